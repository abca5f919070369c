#include "core/shop/weborderstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kassa {

WebOrderStore::WebOrderStore(QString connection)
    : m_connection(std::move(connection))
{}

WebOrderStore::~WebOrderStore()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<WebOrderStore>> WebOrderStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot create the folder "_s + info.absolutePath());
    const QString connection = u"kassa-weborders-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<WebOrderStore> store(new WebOrderStore(connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(info.absoluteFilePath());
    if (!db.open())
        return makeError(ErrorCode::StorageFailed,
                         u"cannot open the web orders "_s + path + u": "_s + db.lastError().text());
    QSqlQuery q(db);
    for (const QString &sql : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                               u"CREATE TABLE IF NOT EXISTS web_orders(order_id TEXT PRIMARY KEY,"
                               " sale_id INTEGER NOT NULL, created_at TEXT NOT NULL)"_s}) {
        if (!q.exec(sql))
            return makeError(ErrorCode::StorageFailed,
                             u"cannot prepare the web orders: "_s + q.lastError().text());
    }
    return store;
}

Status WebOrderStore::remember(const QString &orderId, qint64 saleId, const QDateTime &createdAt)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO web_orders(order_id, sale_id, created_at) VALUES(?,?,?)"_s);
    q.addBindValue(orderId);
    q.addBindValue(saleId);
    q.addBindValue(createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return makeError(ErrorCode::StorageFailed,
                         u"cannot keep the web order: "_s + q.lastError().text());
    return Ok{};
}

std::optional<qint64> WebOrderStore::saleOf(const QString &orderId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT sale_id FROM web_orders WHERE order_id=?"_s);
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace kassa
