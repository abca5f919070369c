#include "core/shopdb/shopdatabaseconfig.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace kassa::shopdb {

Result<QString> ShopDatabaseConfig::password() const
{
    if (qEnvironmentVariableIsSet(passwordVariable))
        return qEnvironmentVariable(passwordVariable);
    if (passwordFile.isEmpty())
        return QString();
    QFile file(passwordFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot read the shop database's password file "_s + passwordFile +
                             u": "_s + file.errorString());
    // The first line, without its line end (as `echo pw > file` writes it).
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString ShopDatabaseConfig::displayName() const
{
    return user + u'@' + host + u':' + QString::number(port) + u'/' + name;
}

ShopDatabaseConfig ShopDatabaseConfig::fromJson(const QJsonObject &o)
{
    ShopDatabaseConfig c;
    c.host = o.value(u"host"_s).toString();
    c.port = o.value(u"port"_s).toInt(c.port);
    c.name = o.value(u"name"_s).toString(c.name);
    c.user = o.value(u"user"_s).toString(c.user);
    c.passwordFile = o.value(u"passwordFile"_s).toString();
    c.sslMode = o.value(u"sslMode"_s).toString();
    c.connectTimeoutSeconds = o.value(u"connectTimeoutSeconds"_s).toInt(c.connectTimeoutSeconds);
    return c;
}

QJsonObject ShopDatabaseConfig::toJson() const
{
    QJsonObject o{{u"host"_s, host}, {u"port"_s, port}, {u"name"_s, name}, {u"user"_s, user}};
    if (!passwordFile.isEmpty())
        o.insert(u"passwordFile"_s, passwordFile);
    if (!sslMode.isEmpty())
        o.insert(u"sslMode"_s, sslMode);
    if (connectTimeoutSeconds != 3)
        o.insert(u"connectTimeoutSeconds"_s, connectTimeoutSeconds);
    return o;
}

} // namespace kassa::shopdb
