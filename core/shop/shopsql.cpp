#include "core/shop/shopsql.h"

#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcShop)

namespace kassa::shop {

Sql::Sql(const QString &connection)
    : m_db(QSqlDatabase::database(connection, false))
{}

QSqlQuery Sql::run(const QString &statement, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES:
    // statements without binds (DDL, LOCK) run as they are.
    if (binds.isEmpty()) {
        if (!q.exec(statement)) {
            const QString why = q.lastError().text();
            throw SqlFailure(why + u" in "_s + statement.left(60), isConnectionLoss(why));
        }
        return q;
    }
    if (!q.prepare(statement)) {
        const QString why = q.lastError().text();
        throw SqlFailure(why + u" in "_s + statement.left(60), isConnectionLoss(why));
    }
    for (const QVariant &b : binds) {
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QString(u""_s));
        else
            q.addBindValue(b);
    }
    if (!q.exec()) {
        const QString why = q.lastError().text();
        throw SqlFailure(why, isConnectionLoss(why));
    }
    return q;
}

bool Sql::isConnectionLoss(const QString &message)
{
    // libpq's words for a server that went away or cannot be reached.
    for (const auto *words :
         {"server closed the connection", "no connection to the server", "terminating connection",
          "could not connect", "connection to server", "Connection refused", "could not send",
          "could not receive", "the database system is shutting down",
          "the database system is starting up"}) {
        if (message.contains(QLatin1StringView(words), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error Sql::failure(const SqlFailure &e)
{
    const QString what = QString::fromStdString(e.what());
    qCWarning(lcShop) << "shop database statement failed:" << what;
    return makeError(e.connectionLost ? ErrorCode::ConnectionProblem : ErrorCode::StorageFailed,
                     what);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s) : QString();
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Money moneyFrom(const QVariant &minor, const QVariant &currency)
{
    const auto c = Currency::fromCode(currency.toString());
    return Money(minor.toLongLong(), c ? *c : Currency::sek());
}

Decimal decimalFrom(const QVariant &v)
{
    const auto d = Decimal::parse(v.toString());
    return d ? *d : Decimal();
}

} // namespace kassa::shop
