#include "core/ordering/orderserviceconfig.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kassa::ordering {

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

bool OrderServiceConfig::isValidServiceId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

QString OrderServiceConfig::codeText(const ServiceCode &code) const
{
    QString text = u"HTTP://SEQR.SE/000/"_s + serviceId;
    QChar separator = u'?';
    for (const auto &[key, value] : code.parameters) {
        text += separator + encoded(key) + u'=' + encoded(value);
        separator = u'&';
    }
    return text;
}

QString OrderServiceConfig::placeOf(const QList<QPair<QString, QString>> &parameters) const
{
    QList<QPair<QString, QString>> own;
    for (const auto &p : parameters) {
        if (p.first != u"msisdn" && p.first != u"subscriberKey" && !own.contains(p))
            own.append(p);
    }
    for (const ServiceCode &code : codes) {
        if (code.parameters.size() != own.size())
            continue;
        bool all = true;
        for (const auto &p : code.parameters)
            all = all && own.contains(p);
        if (all)
            return code.label;
    }
    return {};
}

QList<ServiceCode> OrderServiceConfig::tables(int count, const QString &word)
{
    QList<ServiceCode> list;
    for (int i = 1; i <= count; ++i)
        list.append(
            ServiceCode{word + u' ' + QString::number(i), {{u"table"_s, QString::number(i)}}});
    return list;
}

ServiceCode OrderServiceConfig::parseCode(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return {};
    ServiceCode code;
    code.label = text.left(colon).trimmed();
    for (const QString &pair : text.mid(colon + 1).split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return {};
        code.parameters.append({pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed()});
    }
    if (code.parameters.isEmpty())
        return {};
    return code;
}

OrderServiceConfig OrderServiceConfig::fromJson(const QJsonObject &o)
{
    OrderServiceConfig c;
    c.serviceId = o.value(u"serviceId"_s).toString();
    c.feedKey = o.value(u"feedKey"_s).toString();
    for (const QJsonValue &v : o.value(u"menu"_s).toArray())
        c.menu << v.toString();
    for (const QJsonValue &v : o.value(u"codes"_s).toArray()) {
        const QJsonObject co = v.toObject();
        ServiceCode code;
        code.label = co.value(u"label"_s).toString();
        // Parameters as an ordered list of [key, value] pairs, or an object.
        const QJsonValue params = co.value(u"parameters"_s);
        if (params.isArray()) {
            for (const QJsonValue &p : params.toArray())
                code.parameters.append(
                    {p.toArray().at(0).toString(), p.toArray().at(1).toString()});
        } else {
            const QJsonObject po = params.toObject();
            for (auto it = po.begin(); it != po.end(); ++it)
                code.parameters.append({it.key(), it.value().toString()});
        }
        if (!code.label.isEmpty() && !code.parameters.isEmpty())
            c.codes.append(code);
    }
    return c;
}

QJsonObject OrderServiceConfig::toJson() const
{
    QJsonArray codeList;
    for (const ServiceCode &code : codes) {
        QJsonArray params;
        for (const auto &[key, value] : code.parameters)
            params.append(QJsonArray{key, value});
        codeList.append(QJsonObject{{u"label"_s, code.label}, {u"parameters"_s, params}});
    }
    return QJsonObject{{u"serviceId"_s, serviceId},
                       {u"feedKey"_s, feedKey},
                       {u"menu"_s, QJsonArray::fromStringList(menu)},
                       {u"codes"_s, codeList}};
}

OrderFeedConfig OrderFeedConfig::fromJson(const QJsonObject &o)
{
    return OrderFeedConfig{o.value(u"url"_s).toString(), o.value(u"key"_s).toString()};
}

QJsonObject OrderFeedConfig::toJson() const
{
    return QJsonObject{{u"url"_s, url}, {u"key"_s, key}};
}

} // namespace kassa::ordering
