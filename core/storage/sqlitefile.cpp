#include "core/storage/sqlitefile.h"

#include "core/storage/sqlrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kassa {

SqliteFile::SqliteFile(QString connection)
    : m_connection(std::move(connection))
{}

SqliteFile::SqliteFile(SqliteFile &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
{}

SqliteFile &SqliteFile::operator=(SqliteFile &&other) noexcept
{
    if (this != &other) {
        SqliteFile gone(std::move(*this));
        m_connection = std::exchange(other.m_connection, QString());
    }
    return *this;
}

SqliteFile::~SqliteFile()
{
    if (m_connection.isEmpty())
        return;
    closeConnection(m_connection);
}

bool isTransientSqlite(int code)
{
    switch (code & 0xff) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
    case 7:  // SQLITE_NOMEM
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 15: // SQLITE_PROTOCOL
        return true;
    default:
        return false;
    }
}

Error SqliteFile::queryError(const QString &what, const QSqlError &error)
{
    return makeError(isTransientSqlite(error.nativeErrorCode().toInt()) ? ErrorCode::StorageBusy
                                                                        : ErrorCode::StorageFailed,
                     what + u": "_s + error.text());
}

QSqlDatabase SqliteFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<SqliteFile> SqliteFile::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot create the folder "_s + info.absolutePath());
    SqliteFile file(options.connectionPrefix + QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, file.m_connection);
        db.setDatabaseName(info.absoluteFilePath());
        if (options.busyTimeoutMs > 0)
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s +
                                 QString::number(options.busyTimeoutMs));
        if (!db.open())
            return makeError(ErrorCode::StorageFailed, u"cannot open "_s + options.what + u' ' +
                                                           path + u": "_s + db.lastError().text());
        QSqlQuery q(db);
        QStringList statements{u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s};
        statements += options.statements;
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql))
                return makeError(ErrorCode::StorageFailed, u"cannot prepare "_s + options.what +
                                                               u' ' + path + u": "_s +
                                                               q.lastError().text());
        }
    }
    return file;
}

} // namespace kassa
