#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace kassa {

// One SQLite file of Kassa's own (catalog, web orders, order book): its
// folder created, opened under a connection name of its own (prefix + a
// random id, so that two objects on the same file never share one) in WAL
// mode with every commit on disk before it returns (synchronous=FULL), then
// `statements` (pragmas, CREATE … IF NOT EXISTS) run in order.
// `what` names the file in the error ("the catalog /path: why").
//
// The connection lives as long as the returned object; closing and removing
// it is the destructor's work, so a failed open leaves nothing behind.
class SqliteFile
{
public:
    SqliteFile() = default;
    SqliteFile(SqliteFile &&other) noexcept;
    SqliteFile &operator=(SqliteFile &&other) noexcept;
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;
    ~SqliteFile();

    struct Options
    {
        QString connectionPrefix; // e.g. "kassa-catalog-"
        QString what;             // e.g. "the catalog"
        QStringList statements;
        int busyTimeoutMs = 0; // 0: SQLite's default
    };
    static Result<SqliteFile> open(const QString &path, const Options &options);
    // A failed statement as an Error: StorageBusy when trying again may help
    // (busy, locked, an I/O error, a full disk…), StorageFailed otherwise (a
    // missing table, a damaged file). `what` says what was being done.
    static Error queryError(const QString &what, const QSqlError &error);

    const QString &connectionName() const { return m_connection; }
    QSqlDatabase database() const;

private:
    explicit SqliteFile(QString connection);
    QString m_connection;
};

// SQLite failures that may pass when tried again, by SQLite's (extended)
// result code: the database is busy or locked by another connection, memory
// ran out, an I/O error, a full disk, the file cannot be opened right now.
// Everything else (a constraint, a damaged file, a read-only file, a missing
// table) stays.
bool isTransientSqlite(int code);

} // namespace kassa
