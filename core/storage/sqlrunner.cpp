#include "core/storage/sqlrunner.h"

#include "core/storage/sqlitefile.h"

#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "kassa.sql", QtInfoMsg)

namespace kassa {

namespace {

ErrorCode classifySqlite(const QSqlError &error)
{
    return isTransientSqlite(error.nativeErrorCode().toInt()) ? ErrorCode::StorageBusy
                                                              : ErrorCode::StorageFailed;
}

ErrorCode classifyPostgres(const QSqlError &error)
{
    // libpq's words for a server that went away or cannot be reached.
    const QString message = error.text();
    for (const auto *words :
         {"server closed the connection", "no connection to the server", "terminating connection",
          "could not connect", "connection to server", "Connection refused", "could not send",
          "could not receive", "the database system is shutting down",
          "the database system is starting up"}) {
        if (message.contains(QLatin1StringView(words), Qt::CaseInsensitive))
            return ErrorCode::ConnectionProblem;
    }
    return ErrorCode::StorageFailed;
}

} // namespace

const SqlRunner::Dialect SqlRunner::sqlite{&classifySqlite, ErrorCode::StorageFailed,
                                           "the journal is not open", "journal", false};
const SqlRunner::Dialect SqlRunner::postgres{&classifyPostgres, ErrorCode::ConnectionProblem,
                                             "not connected", "shop database", true};

SqlRunner::SqlRunner(const QString &connection, const Dialect &dialect)
    : m_db(QSqlDatabase::database(connection, false))
    , m_dialect(&dialect)
{}

QSqlQuery SqlRunner::run(const QString &statement, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES:
    // statements without binds (DDL, LOCK, PRAGMA) run as they are.
    if (binds.isEmpty()) {
        if (!q.exec(statement))
            throw SqlFailure(q.lastError().text() + u" in "_s + statement.left(60),
                             m_dialect->classify(q.lastError()));
        return q;
    }
    if (!q.prepare(statement))
        throw SqlFailure(q.lastError().text() + u" in "_s + statement.left(60),
                         m_dialect->classify(q.lastError()));
    for (const QVariant &b : binds) {
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QString(u""_s));
        else
            q.addBindValue(b);
    }
    if (!q.exec())
        throw SqlFailure(q.lastError().text(), m_dialect->classify(q.lastError()));
    return q;
}

Error SqlRunner::notOpen() const
{
    return makeError(m_dialect->notOpenCode, QString::fromLatin1(m_dialect->notOpenText));
}

Error SqlRunner::failure(const SqlFailure &e) const
{
    const QString what = QString::fromStdString(e.what());
    qCWarning(lcSql) << m_dialect->logName << "statement failed:" << what;
    return makeError(e.code, what);
}

SqlFailure SqlRunner::failureOf(const char16_t *step, const QSqlDatabase &db) const
{
    return SqlFailure(QStringView(step) + u": "_s + db.lastError().text(),
                      m_dialect->classify(db.lastError()));
}

SqlFailure SqlRunner::beginFailure(const QSqlDatabase &db) const
{
    SqlFailure f = failureOf(u"begin", db);
    if (m_dialect->beginFailureIsNotOpen)
        f.code = m_dialect->notOpenCode;
    return f;
}

void closeConnection(const QString &connection)
{
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
}

namespace sqlvalues {

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
    // Never guessed: an unknown currency is not SEK, an unreadable amount not 0.
    const auto c = Currency::fromCode(currency.toString());
    if (!c)
        throw SqlFailure(u"the stored currency \u201c"_s + currency.toString() +
                             u"\u201d is not one Kassa knows"_s,
                         ErrorCode::UnknownCurrency);
    bool ok = false;
    const qint64 units = minor.toLongLong(&ok);
    if (minor.isNull() || !ok)
        throw SqlFailure(u"the stored amount \u201c"_s + minor.toString() +
                             u"\u201d is not a whole number of minor units"_s,
                         ErrorCode::StorageFailed);
    return Money(units, *c);
}

Decimal decimalFrom(const QVariant &v)
{
    const auto d = Decimal::parse(v.toString());
    if (!d)
        throw SqlFailure(u"the stored number \u201c"_s + v.toString() + u"\u201d cannot be read"_s,
                         ErrorCode::StorageFailed);
    return *d;
}

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped;
}

} // namespace sqlvalues

} // namespace kassa
