// ShopDatabase: the manager's journal browser across the shop's terminals.
#include "core/shopdb/shopdatabase.h"

#include "core/shopdb/shopsql.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa::shopdb {

namespace {

// `text` inside a LIKE pattern, its wildcards taken literally.
QString containsPattern(const QString &text)
{
    return u'%' + likeEscaped(text) + u'%';
}

QDateTime timeOrEpoch(const QDateTime &t)
{
    return t.isValid() ? t : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

QDateTime timeOrFarFuture(const QDateTime &t)
{
    return t.isValid() ? t : QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
}

// What a journal page is asked for: the time range, at most how many rows of
// each kind, the text searched for, the till that reads its own journal.
struct PageWindow
{
    QDateTime from;
    QDateTime to;
    int limit;
    QString needle;
    QString pattern;
    QString exceptTillId;
};

// The other tills' sales completed in the window, oldest first.
void addSales(const Sql &sql, const PageWindow &w, ShopDatabase::JournalPage &page)
{
    // A sale is shown on the day it completed; created_at (indexed) is
    // bounded too, as the till's own journal browser does: sales begun
    // at most a day before.
    QString picked = u"SELECT y.till_id, y.sale_id FROM sales y"
                     " WHERE y.created_at >= ?::timestamptz AND y.created_at < ?::timestamptz"
                     " AND y.completed_at >= ?::timestamptz"
                     " AND y.completed_at < ?::timestamptz AND y.till_id <> ?"_s;
    QVariantList binds{timeText(w.from.addDays(-1)), timeText(w.to), timeText(w.from),
                       timeText(w.to), w.exceptTillId};
    if (!w.needle.isEmpty()) {
        picked += u" AND (y.receipt_number::text LIKE ? OR y.terminal_id ILIKE ?"
                  " OR y.till_id IN (SELECT till_id FROM tills WHERE name ILIKE ?)"
                  " OR EXISTS(SELECT 1 FROM tenders x WHERE x.till_id=y.till_id"
                  " AND x.sale_id=y.sale_id AND (x.ers_reference ILIKE ?"
                  " OR x.invoice_reference ILIKE ?))"
                  " OR EXISTS(SELECT 1 FROM sale_rows x WHERE x.till_id=y.till_id"
                  " AND x.sale_id=y.sale_id AND (x.description ILIKE ? OR x.ean LIKE ?)))"_s;
        for (int i = 0; i < 7; ++i)
            binds.append(w.pattern);
    }
    // One more than asked: tells whether there were more.
    picked += u" ORDER BY y.completed_at, y.till_id, y.sale_id LIMIT ?"_s;
    binds.append(w.limit + 1);
    page.sales = loadSales(sql, u"(s.till_id, s.sale_id) IN ("_s + picked + u')', binds);
    std::stable_sort(page.sales.begin(), page.sales.end(),
                     [](const ShopSale &a, const ShopSale &b) {
                         return a.sale.completedAt < b.sale.completedAt;
                     });
    if (page.sales.size() > w.limit) {
        page.sales.resize(w.limit);
        page.truncated = true;
    }
}

// The other tills' refunds made in the window, oldest first.
void addRefunds(const Sql &sql, const PageWindow &w, ShopDatabase::JournalPage &page)
{
    QString refunds =
        u"SELECT r.till_id, r.terminal_id, t.name, r.refund_id, r.original_ers_reference,"
        " r.refund_ers_reference, r.amount_minor, r.currency, r.cashier_id,"
        " kassa_time(r.created_at) FROM refunds r JOIN tills t USING(till_id)"
        " WHERE r.created_at >= ?::timestamptz AND r.created_at < ?::timestamptz"
        " AND r.till_id <> ?"_s;
    QVariantList binds{timeText(w.from), timeText(w.to), w.exceptTillId};
    if (!w.needle.isEmpty()) {
        refunds += u" AND (r.original_ers_reference ILIKE ? OR r.refund_ers_reference ILIKE ?"
                   " OR r.terminal_id ILIKE ? OR t.name ILIKE ?)"_s;
        for (int i = 0; i < 4; ++i)
            binds.append(w.pattern);
    }
    refunds += u" ORDER BY r.created_at, r.till_id, r.refund_id LIMIT ?"_s;
    binds.append(w.limit + 1);
    QSqlQuery q = sql.run(refunds, binds);
    while (q.next()) {
        if (page.refunds.size() == w.limit) {
            page.truncated = true;
            break;
        }
        page.refunds.append(
            ShopRefund{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       journal::Refund{q.value(3).toLongLong(), q.value(4).toString(),
                                       q.value(5).toString(), moneyFrom(q.value(6), q.value(7)),
                                       q.value(8).toString(), timeFrom(q.value(9))}});
    }
}

} // namespace

Result<ShopDatabase::JournalPage> ShopDatabase::journal(const JournalQuery &query) const
{
    Sql sql(m_connection);
    const QString needle = query.text.trimmed();
    const PageWindow window{timeOrEpoch(query.from),  timeOrFarFuture(query.to),
                            std::max(1, query.limit), needle,
                            containsPattern(needle),  query.exceptTillId};
    return sql.transaction([&] {
        JournalPage page;
        addSales(sql, window, page);
        addRefunds(sql, window, page);
        return page;
    });
}

} // namespace kassa::shopdb
