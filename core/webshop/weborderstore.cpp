#include "core/webshop/weborderstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::webshop {

namespace {

// The first row `select` finds for `key`: NotFound saying `missing` when
// there is none, a query error saying `what` when it cannot be read.
Result<QSqlQuery> firstRow(const QSqlDatabase &db, const QString &select, const QVariant &key,
                           const QString &what, const QString &missing)
{
    QSqlQuery q(db);
    if (!q.prepare(select))
        return SqliteFile::queryError(what, q.lastError());
    q.addBindValue(key);
    if (!q.exec())
        return SqliteFile::queryError(what, q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return SqliteFile::queryError(what, q.lastError());
        return makeError(ErrorCode::NotFound, missing);
    }
    return q;
}

} // namespace

WebOrderStore::WebOrderStore(SqliteFile file)
    : m_file(std::move(file))
{}

WebOrderStore::~WebOrderStore() = default;

Result<std::unique_ptr<WebOrderStore>> WebOrderStore::open(const QString &path)
{
    auto file = SqliteFile::open(path, {u"kassa-weborders-"_s,
                                        u"the web orders"_s,
                                        {u"CREATE TABLE IF NOT EXISTS web_orders(order_id TEXT"
                                         " PRIMARY KEY, sale_id INTEGER NOT NULL,"
                                         " created_at TEXT NOT NULL)"_s}});
    if (!file)
        return file.error();
    std::unique_ptr<WebOrderStore> store(new WebOrderStore(std::move(file).value()));
    QSqlDatabase db = store->m_file.database();
    QSqlQuery q(db);
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
    if (version < 2) {
        // 2: the order of a sale (recovery finishes sales; pushes go to orders).
        if (!db.transaction() ||
            !q.exec(u"CREATE INDEX IF NOT EXISTS web_orders_sale ON web_orders(sale_id)"_s) ||
            !q.exec(u"PRAGMA user_version = 2"_s) || !db.commit()) {
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
    QSqlQuery q(m_file.database());
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

Result<WebOrderStore::Entry> WebOrderStore::entry(const QString &orderId) const
{
    const auto q =
        firstRow(m_file.database(),
                 u"SELECT order_id, sale_id, place, created_at FROM web_orders WHERE order_id=?"_s,
                 orderId, u"cannot read the web order"_s, u"no such order"_s);
    if (!q)
        return q.error();
    return Entry{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(),
                 QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs)};
}

std::optional<qint64> WebOrderStore::saleOf(const QString &orderId) const
{
    const auto found = entry(orderId);
    if (!found)
        return std::nullopt;
    return found->saleId;
}

Result<QString> WebOrderStore::orderOf(qint64 saleId) const
{
    const auto q =
        firstRow(m_file.database(), u"SELECT order_id FROM web_orders WHERE sale_id=? LIMIT 1"_s,
                 saleId, u"cannot read the order of a sale"_s, u"no order of this sale"_s);
    if (!q)
        return q.error();
    return q->value(0).toString();
}

QList<WebOrderStore::Entry> WebOrderStore::placedSince(const QDateTime &since) const
{
    QSqlQuery q(m_file.database());
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
    QSqlQuery q(m_file.database());
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

} // namespace kassa::webshop
