#include "core/journal/journalschema.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace kassa::journal {

Result<int> journalSchemaVersion(const QString &path)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, u"there is no journal at "_s + path + u" yet"_s);
    const QString connection =
        u"kassa-journal-probe-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Result<int> version = makeError(ErrorCode::StorageFailed, u"cannot read "_s + path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            version = makeError(ErrorCode::StorageFailed, u"cannot open the journal "_s + path +
                                                              u": "_s + db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
            else
                version = makeError(ErrorCode::StorageFailed, u"cannot read the journal "_s + path +
                                                                  u": "_s + q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

} // namespace kassa::journal
