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
    // Forward-only migrations, counted in user_version.
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return makeError(ErrorCode::StorageFailed,
                         u"cannot read the web orders' version: "_s + q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (version < 1) {
        // 1: the place of a scan-to-order order.
        if (!db.transaction() ||
            !q.exec(u"ALTER TABLE web_orders ADD COLUMN place TEXT NOT NULL DEFAULT ''"_s) ||
            !q.exec(u"CREATE INDEX IF NOT EXISTS web_orders_placed ON web_orders(created_at)"
                    " WHERE place <> ''"_s) ||
            !q.exec(u"PRAGMA user_version = 1"_s) || !db.commit()) {
            const QString why = q.lastError().text();
            db.rollback();
            return makeError(ErrorCode::StorageFailed,
                             u"cannot bring the web orders up to date: "_s + why);
        }
    }
    return store;
}

Status WebOrderStore::remember(const QString &orderId, qint64 saleId, const QDateTime &createdAt,
                               const QString &place)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO web_orders(order_id, sale_id, created_at, place)"
              " VALUES(?,?,?,?)"_s);
    q.addBindValue(orderId);
    q.addBindValue(saleId);
    q.addBindValue(createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(place);
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

std::optional<WebOrderStore::Entry> WebOrderStore::entry(const QString &orderId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT order_id, sale_id, place, created_at FROM web_orders WHERE order_id=?"_s);
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Entry{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                 QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
}

QList<WebOrderStore::Entry> WebOrderStore::placedSince(const QDateTime &since) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT order_id, sale_id, place, created_at FROM web_orders"
              " WHERE place <> '' AND created_at >= ? ORDER BY created_at"_s);
    q.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    QList<Entry> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                     QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
    return list;
}

QList<WebOrderStore::Entry> WebOrderStore::placedExcept(const QSet<qint64> &known) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QList<Entry> list;
    if (!q.exec(u"SELECT sale_id, order_id, place, created_at FROM web_orders"
                " WHERE place <> '' ORDER BY created_at"_s))
        return list;
    while (q.next()) {
        const qint64 saleId = q.value(0).toLongLong();
        if (known.contains(saleId))
            continue;
        list.append({q.value(1).toString(), saleId, q.value(2).toString(),
                     QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
    }
    return list;
}

} // namespace kassa
