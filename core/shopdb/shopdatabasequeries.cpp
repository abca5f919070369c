// ShopDatabase: the catalog and the shop-wide queries (end of day, refunds
// across tills). Terminals' deliveries are in shopdatabase.cpp.
#include "core/shopdb/shopdatabase.h"

#include "core/shopdb/shopsql.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa::shopdb {

Result<int> ShopDatabase::importProducts(const QList<catalog::Product> &products)
{
    Sql sql(m_connection);
    return sql.transaction([&] {
        // One importer at a time, and the revision taken under the lock: a
        // copy that has seen revision r never misses a change committed later
        // with a smaller number. Plain reads are not blocked.
        sql.run(u"LOCK TABLE products IN EXCLUSIVE MODE"_s);
        QSqlQuery next = sql.run(u"SELECT nextval('catalog_revision')"_s);
        next.next();
        const qint64 revision = next.value(0).toLongLong();
        int changed = 0;
        for (const catalog::Product &p : products) {
            QSqlQuery q = sql.run(
                u"INSERT INTO products(ean, sku, name, price_minor, currency, tax_rate, by_weight,"
                " deleted, revision, updated_at) VALUES(?,?,?,?,?,?,?,false,?,now())"
                " ON CONFLICT(ean) DO UPDATE SET sku=EXCLUDED.sku, name=EXCLUDED.name,"
                " price_minor=EXCLUDED.price_minor, currency=EXCLUDED.currency,"
                " tax_rate=EXCLUDED.tax_rate, by_weight=EXCLUDED.by_weight, deleted=false,"
                " revision=EXCLUDED.revision, updated_at=now()"
                " WHERE (products.sku, products.name, products.price_minor, products.currency,"
                " products.tax_rate, products.by_weight, products.deleted) IS DISTINCT FROM"
                " (EXCLUDED.sku, EXCLUDED.name, EXCLUDED.price_minor, EXCLUDED.currency,"
                " EXCLUDED.tax_rate, EXCLUDED.by_weight, false) RETURNING ean"_s,
                {p.ean, p.sku, p.name, p.unitPrice.minorUnits(), p.unitPrice.currency().code(),
                 p.taxRate.toString(), p.soldByWeight, revision});
            if (q.next())
                ++changed;
        }
        return changed;
    });
}

Status ShopDatabase::removeProducts(const QStringList &eans)
{
    Sql sql(m_connection);
    auto r = sql.transaction([&] {
        sql.run(u"LOCK TABLE products IN EXCLUSIVE MODE"_s);
        QSqlQuery next = sql.run(u"SELECT nextval('catalog_revision')"_s);
        next.next();
        const qint64 revision = next.value(0).toLongLong();
        for (const QString &ean : eans)
            sql.run(u"UPDATE products SET deleted=true, revision=?, updated_at=now()"
                    " WHERE ean=? AND NOT deleted"_s,
                    {revision, ean});
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Result<ShopDatabase::ProductChanges> ShopDatabase::productChanges(qint64 revision) const
{
    Sql sql(m_connection);
    return sql.transaction([&] {
        ProductChanges changes;
        changes.revision = revision;
        QSqlQuery q = sql.run(u"SELECT ean, sku, name, price_minor, currency, tax_rate, by_weight,"
                              " deleted, revision FROM products WHERE revision > ?"
                              " ORDER BY revision, ean"_s,
                              {revision});
        while (q.next()) {
            if (q.value(7).toBool()) {
                changes.removed.append(q.value(0).toString());
            } else {
                catalog::Product p;
                p.ean = q.value(0).toString();
                p.sku = q.value(1).toString();
                p.name = q.value(2).toString();
                p.unitPrice = moneyFrom(q.value(3), q.value(4));
                p.taxRate = decimalFrom(q.value(5));
                p.soldByWeight = q.value(6).toBool();
                changes.changed.append(p);
            }
            changes.revision = std::max(changes.revision, q.value(8).toLongLong());
        }
        return changes;
    });
}

Result<qint64> ShopDatabase::catalogRevision() const
{
    Sql sql(m_connection);
    return sql.read([&] {
        QSqlQuery q = sql.run(u"SELECT COALESCE(MAX(revision), 0) FROM products"_s);
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    });
}

namespace {

// A day's rows are newer than the tables' statistics (PostgreSQL analyses
// them now and then, and never knows the last hour's sales), so the planner
// guesses a handful of rows and picks a nested loop: four times slower over a
// day of 20,000 sales than the hash join it takes once it knows. A report
// over a period reads all of its rows anyway.
void avoidNestedLoops(const Sql &sql)
{
    sql.run(u"SET LOCAL enable_nestloop = off"_s);
}

} // namespace

Result<QList<ShopSale>> ShopDatabase::sales(const QDateTime &since, const QDateTime &until,
                                            const QString &terminalId, bool withRows) const
{
    Sql sql(m_connection);
    return sql.transaction([&] {
        QString filter = u"s.created_at >= ?::timestamptz"_s;
        QVariantList binds{timeText(since.isValid() ? since : QDateTime::fromSecsSinceEpoch(0))};
        if (until.isValid()) {
            filter += u" AND s.created_at < ?::timestamptz"_s;
            binds.append(timeText(until));
        }
        if (!terminalId.isEmpty()) {
            filter += u" AND s.terminal_id = ?"_s;
            binds.append(terminalId);
        }
        return loadSales(sql, filter, binds, withRows);
    });
}

Result<std::optional<ShopSale>> ShopDatabase::saleByErsReference(const QString &ersReference) const
{
    Sql sql(m_connection);
    return sql.transaction([&]() -> std::optional<ShopSale> {
        const QList<ShopSale> found =
            loadSales(sql,
                      u"(s.till_id, s.sale_id) IN (SELECT till_id, sale_id FROM tenders"
                      " WHERE kind='seqr' AND ers_reference=?)"_s,
                      {ersReference});
        if (found.isEmpty())
            return std::nullopt;
        return found.first();
    });
}

Result<QList<journal::Refund>> ShopDatabase::refunds(const QString &originalErsReference) const
{
    Sql sql(m_connection);
    return sql.read([&] {
        QList<journal::Refund> list;
        QSqlQuery q = sql.run(
            u"SELECT refund_id, original_ers_reference, refund_ers_reference, amount_minor,"
            " currency, cashier_id, kassa_time(created_at), cash_minor, till_id FROM refunds"
            " WHERE original_ers_reference=? ORDER BY created_at"_s,
            {originalErsReference});
        QStringList tills;
        while (q.next()) {
            journal::Refund r{q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toString(),   moneyFrom(q.value(3), q.value(4)),
                              q.value(5).toString(),   timeFrom(q.value(6))};
            r.cash = moneyFrom(q.value(7), q.value(4));
            list.append(r);
            tills.append(q.value(8).toString());
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            QSqlQuery rows = sql.run(u"SELECT row_position, quantity, total_minor FROM refund_rows"
                                     " WHERE till_id=? AND refund_id=? ORDER BY row_position"_s,
                                     {tills[i], list[i].id});
            while (rows.next())
                list[i].rows.append(
                    journal::RefundRow{rows.value(0).toInt(), decimalFrom(rows.value(1)),
                                       moneyFrom(rows.value(2), list[i].amount.currency().code())});
        }
        return list;
    });
}

Result<QList<ShopEvent>> ShopDatabase::events(const QDateTime &from, const QDateTime &to,
                                              const QString &terminalId,
                                              const QString &exceptTillId) const
{
    Sql sql(m_connection);
    return sql.read([&] {
        QList<ShopEvent> list;
        QSqlQuery q =
            sql.run(u"SELECT e.till_id, e.terminal_id, t.name, e.record, e.kind, kassa_time(e.at),"
                    " e.cashier_id, e.amount_minor, e.currency, e.reference, e.detail"
                    " FROM till_events e JOIN tills t ON t.till_id = e.till_id"
                    " WHERE e.at >= ?::timestamptz AND e.at < ?::timestamptz"
                    " AND (? = '' OR e.terminal_id = ?) AND e.till_id <> ? ORDER BY e.at, e.seq"_s,
                    {timeText(from.isValid() ? from : QDateTime::fromSecsSinceEpoch(0)),
                     timeText(to.isValid() ? to : QDateTime::currentDateTimeUtc().addYears(100)),
                     terminalId, terminalId, exceptTillId});
        while (q.next()) {
            ShopEvent e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
            e.event.record = q.value(3).toString();
            e.event.kind = q.value(4).toString();
            e.event.at = timeFrom(q.value(5));
            e.event.cashierId = q.value(6).toString();
            if (!q.value(7).isNull())
                e.event.amount = moneyFrom(q.value(7), q.value(8));
            e.event.reference = q.value(9).toString();
            e.event.detail = q.value(10).toString();
            list.append(e);
        }
        return list;
    });
}

Result<ShopDatabase::SalesFigures> ShopDatabase::salesFigures(const QDateTime &after,
                                                              const QDateTime &upTo,
                                                              const Currency &currency,
                                                              const QString &terminalId) const
{
    Sql sql(m_connection);
    return sql.transaction([&] {
        avoidNestedLoops(sql);
        SalesFigures f;
        QString filter = u"s.completed_at > ?::timestamptz AND s.completed_at <= ?::timestamptz"_s;
        QVariantList binds{timeText(after.isValid() ? after : QDateTime::fromSecsSinceEpoch(0)),
                           timeText(upTo)};
        if (!terminalId.isEmpty()) {
            filter += u" AND s.terminal_id = ?"_s;
            binds.append(terminalId);
        }
        // One statement, the period's sales read once: hours, tenders by
        // kind, VAT by rate (kinds 0, 1, 2).
        QSqlQuery q = sql.run(
            u"WITH day AS MATERIALIZED (SELECT s.till_id, s.sale_id, s.total_minor,"
            " floor(extract(epoch FROM s.completed_at) / 3600)::bigint AS hour FROM sales s WHERE "_s +
                filter +
                u") SELECT 0, hour * 3600, '', count(*), sum(total_minor)::bigint, 0, 0 FROM day"
                " GROUP BY hour"
                " UNION ALL SELECT 1, 0, x.kind, 0, sum(x.amount_minor)::bigint, 0, 0"
                " FROM tenders x JOIN day USING(till_id, sale_id) GROUP BY x.kind"
                " UNION ALL SELECT 2, 0, v.rate, 0, sum(v.gross_minor)::bigint,"
                " sum(v.vat_minor)::bigint, sum(v.net_minor)::bigint FROM sale_vat v JOIN day "
                "USING(till_id, sale_id)"
                " GROUP BY v.rate"_s,
            binds);
        while (q.next()) {
            switch (q.value(0).toInt()) {
            case 0:
                f.hours.append(SalesFigures::Hour{
                    QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                    q.value(3).toInt(), q.value(4).toLongLong()});
                break;
            case 1:
                (q.value(2).toString() == u"cash" ? f.cashMinor : f.seqrMinor) +=
                    q.value(4).toLongLong();
                break;
            default:
                f.vat.append(VatLine{decimalFrom(q.value(2)),
                                     Money(q.value(4).toLongLong(), currency),
                                     Money(q.value(5).toLongLong(), currency),
                                     Money(q.value(6).toLongLong(), currency)});
            }
        }
        std::sort(f.hours.begin(), f.hours.end(),
                  [](const SalesFigures::Hour &a, const SalesFigures::Hour &b) {
                      return a.start < b.start;
                  });
        // Highest rate first, as on receipts.
        std::sort(f.vat.begin(), f.vat.end(),
                  [](const VatLine &a, const VatLine &b) { return b.ratePercent < a.ratePercent; });
        return f;
    });
}

Result<QList<journal::Refund>> ShopDatabase::refundsBetween(const QDateTime &after,
                                                            const QDateTime &upTo,
                                                            const QString &terminalId) const
{
    Sql sql(m_connection);
    return sql.read([&] {
        QList<journal::Refund> list;
        QVariantList binds{timeText(after.isValid() ? after : QDateTime::fromSecsSinceEpoch(0)),
                           timeText(upTo)};
        if (!terminalId.isEmpty())
            binds.append(terminalId);
        QSqlQuery q =
            sql.run(u"SELECT refund_id, original_ers_reference, refund_ers_reference, amount_minor,"
                    " currency, cashier_id, kassa_time(created_at) FROM refunds"
                    " WHERE created_at > ?::timestamptz AND created_at <= ?::timestamptz"_s +
                        (terminalId.isEmpty() ? QString() : u" AND terminal_id = ?"_s) +
                        u" ORDER BY created_at"_s,
                    binds);
        while (q.next())
            list.append(journal::Refund{q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toString(), moneyFrom(q.value(3), q.value(4)),
                                        q.value(5).toString(), timeFrom(q.value(6))});
        return list;
    });
}

Result<Money> ShopDatabase::refundable(const QString &ersReference) const
{
    Sql sql(m_connection);
    auto r = sql.read([&]() -> std::optional<Money> {
        QSqlQuery paid = sql.run(u"SELECT amount_minor, currency FROM tenders"
                                 " WHERE kind='seqr' AND ers_reference=? LIMIT 1"_s,
                                 {ersReference});
        if (!paid.next())
            return std::nullopt;
        const Money amount = moneyFrom(paid.value(0), paid.value(1));
        QSqlQuery refunded = sql.run(
            u"SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE original_ers_reference=?"_s,
            {ersReference});
        refunded.next();
        return Money(amount.minorUnits() - refunded.value(0).toLongLong(), amount.currency());
    });
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorCode::NotFound,
                         u"no SEQR payment "_s + ersReference + u" in the shop database"_s);
    return **r;
}

Result<QList<journal::SeqrMovement>> ShopDatabase::seqrMovements(const QDateTime &after,
                                                                 const QDateTime &upTo,
                                                                 const QString &terminalId) const
{
    Sql sql(m_connection);
    const QString from = timeText(after.isValid() ? after : QDateTime::fromSecsSinceEpoch(0));
    const QString to = timeText(upTo);
    // Times come as epoch milliseconds: 100,000 rows of text times cost
    // more to parse than the rest of the end of day.
    const auto millisecondsFrom = [](const QVariant &v) {
        return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
    };
    return sql.transaction([&] {
        avoidNestedLoops(sql);
        QList<journal::SeqrMovement> list;
        const QString byTerminal = terminalId.isEmpty() ? QString() : u" AND s.terminal_id = ?"_s;
        QVariantList binds{from, to};
        if (!terminalId.isEmpty())
            binds.append(terminalId);
        // The shop's whole day needs no sales: only a till's day is found
        // through its sales' terminal.
        const QString tenders = terminalId.isEmpty()
                                    ? u" FROM tenders x"_s
                                    : u" FROM tenders x JOIN sales s USING(till_id, sale_id)"_s;
        QSqlQuery t = sql.run(
            u"SELECT x.ers_reference, x.amount_minor, x.currency,"
            " (extract(epoch FROM x.payment_date) * 1000)::bigint"_s +
                tenders +
                u" WHERE x.kind='seqr'"
                " AND x.payment_date > ?::timestamptz AND x.payment_date <= ?::timestamptz"_s +
                byTerminal + u" ORDER BY x.payment_date"_s,
            binds);
        while (t.next())
            list.append(journal::SeqrMovement{t.value(0).toString(),
                                              moneyFrom(t.value(1), t.value(2)),
                                              millisecondsFrom(t.value(3)), false});
        QSqlQuery r = sql.run(
            u"SELECT refund_ers_reference, amount_minor, currency,"
            " (extract(epoch FROM created_at) * 1000)::bigint"
            " FROM refunds s WHERE created_at > ?::timestamptz AND created_at <= ?::timestamptz"_s +
                byTerminal + u" ORDER BY created_at"_s,
            binds);
        while (r.next())
            list.append(journal::SeqrMovement{r.value(0).toString(),
                                              moneyFrom(-r.value(1).toLongLong(), r.value(2)),
                                              millisecondsFrom(r.value(3)), true});
        return list;
    });
}

Result<std::optional<journal::Period>> ShopDatabase::lastPeriod(const QString &terminalId) const
{
    Sql sql(m_connection);
    return sql.read([&]() -> std::optional<journal::Period> {
        QSqlQuery q = sql.run(u"SELECT period_id, terminal_id, kassa_time(closed_at) FROM periods"
                              " WHERE terminal_id=? ORDER BY closed_at DESC LIMIT 1"_s,
                              {terminalId});
        if (!q.next())
            return std::nullopt;
        return journal::Period{q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2))};
    });
}

} // namespace kassa::shopdb
