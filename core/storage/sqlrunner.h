#pragma once

#include "core/common/result.h"
#include "core/money/decimal.h"
#include "core/money/money.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>
#include <stdexcept>

class QSqlError;

namespace kassa {

// Thrown inside a SqlRunner's work only: a failed statement, already sorted
// into the ErrorCode the caller will see. Never crosses a transaction() or
// read() call.
struct SqlFailure : std::runtime_error
{
    SqlFailure(const QString &what, ErrorCode errorCode)
        : std::runtime_error(what.toStdString())
        , code(errorCode)
    {}
    ErrorCode code;
};

// Statements on one named QtSql connection, shared by the till's journal
// (SQLite) and the shop database (PostgreSQL): run() prepares and binds (an
// absent QString is bound as '', never NULL) and throws SqlFailure;
// transaction() runs work in one transaction and rolls back on any failure;
// read() and readOne() turn a failed statement into an Error, so a store that
// cannot be read is never mistaken for an empty one.
//
// The dialect says how a failed statement maps to an ErrorCode (SQLite: busy
// or I/O → StorageBusy; PostgreSQL: a lost server → ConnectionProblem) and
// what a closed connection is. Not thread-safe: use it on the connection's
// thread.
class SqlRunner
{
public:
    struct Dialect
    {
        ErrorCode (*classify)(const QSqlError &error) = nullptr;
        ErrorCode notOpenCode = ErrorCode::StorageFailed;
        const char *notOpenText = "not open";
        const char *logName = "store"; // "journal", "shop database": for the log line
        // A transaction that cannot even begin: a server connection that
        // went away (PostgreSQL) is told apart from a busy file (SQLite).
        bool beginFailureIsNotOpen = false;
    };
    static const Dialect sqlite;
    static const Dialect postgres;

    SqlRunner(const QString &connection, const Dialect &dialect);

    QSqlQuery run(const QString &statement, const QVariantList &binds = {}) const;

    template<class Work> auto transaction(Work work) const -> Result<decltype(work())>
    {
        if (!m_db.isOpen())
            return notOpen();
        QSqlDatabase db = m_db;
        if (!db.transaction())
            return failure(beginFailure(db));
        try {
            auto value = work();
            if (!db.commit())
                throw failureOf(u"commit", db);
            return value;
        } catch (const SqlFailure &e) {
            db.rollback();
            return failure(e);
        }
    }

    template<class Work> auto read(Work work) const -> Result<decltype(work())>
    {
        if (!m_db.isOpen())
            return notOpen();
        try {
            return work();
        } catch (const SqlFailure &e) {
            return failure(e);
        }
    }

    // A read of one record: `work` answers std::nullopt when there is none,
    // which becomes NotFound ("<what> is not in the <store>").
    template<class Work>
    auto readOne(const QString &what, Work work) const
        -> Result<typename decltype(work())::value_type>
    {
        auto r = read(work);
        if (!r)
            return r.error();
        if (!r.value())
            return makeError(ErrorCode::NotFound, what + QStringLiteral(" is not in the ") +
                                                      QString::fromLatin1(m_dialect->logName));
        return std::move(*std::move(r).value());
    }

private:
    Error notOpen() const;
    Error failure(const SqlFailure &e) const;
    SqlFailure failureOf(const char16_t *step, const QSqlDatabase &db) const;
    SqlFailure beginFailure(const QSqlDatabase &db) const;

    QSqlDatabase m_db;
    const Dialect *m_dialect;
};

// Closes the named QtSql connection and forgets it: the last thing its
// owner (the journal, the shop database, a SqliteFile) does.
void closeConnection(const QString &connection);

// How the journal and the shop database store times (UTC, milliseconds) and
// read back money and decimals (journaldb.h and shopsql.h use the namespace).
namespace sqlvalues {
QString timeText(const QDateTime &t);
QDateTime timeFrom(const QVariant &v);
// Throw SqlFailure (to be caught by read() or transaction()) for an unknown
// currency (UnknownCurrency) or an unreadable amount or number: never SEK, never 0.
Money moneyFrom(const QVariant &minor, const QVariant &currency);
Decimal decimalFrom(const QVariant &v);
// `text` for a LIKE pattern with ESCAPE '\\': its wildcards (% _) and
// backslashes taken literally.
QString likeEscaped(const QString &text);
} // namespace sqlvalues

} // namespace kassa
