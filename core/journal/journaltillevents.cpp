// The events an inspector reads besides sales and refunds, as they go to the
// shop database (schema 12): one outbox record "<table>:<id>" each.
#include "core/journal/journal.h"

#include "core/journal/journaldb.h"

#include <QSqlQuery>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

namespace {

struct EventSource
{
    const char *kind;
    const char *select; // one row by id: at, cashier, amount minor, currency, reference, detail
};

const std::map<QString, EventSource> &sources()
{
    static const std::map<QString, EventSource> map{
        {u"drawer_openings"_s,
         {"drawer-opening", "SELECT at, cashier_id, NULL, NULL, cause, reference"
                            " FROM drawer_openings WHERE id=?"}},
        {u"float_changes"_s,
         {"float-change", "SELECT at, cashier_id, float_minor, currency,"
                          " CAST(change_minor AS TEXT), reason FROM float_changes WHERE id=?"}},
        {u"voided_carts"_s,
         {"voided-cart", "SELECT at, cashier_id, amount_minor, currency, CAST(rows AS TEXT), ''"
                         " FROM voided_carts WHERE id=?"}},
        {u"price_changes"_s,
         {"price-change", "SELECT at, changed_by, new_price_minor, currency, ean,"
                          " name || ' (' || source || '), before: ' ||"
                          " COALESCE(CAST(old_price_minor AS TEXT), '-') FROM price_changes"
                          " WHERE id=?"}},
        {u"z_reports"_s,
         {"z-report", "SELECT taken_at, '', sales_minor - returns_minor, currency,"
                      " CAST(number AS TEXT), 'sales ' || sales_minor || ', returns ' ||"
                      " returns_minor FROM z_reports WHERE number=?"}},
        {u"receipt_copies"_s,
         {"receipt-copy", "SELECT made_at, cashier_id, NULL, NULL, CAST(receipt_number AS TEXT),"
                          " '' FROM receipt_copies WHERE id=?"}},
        {u"training_sales"_s,
         {"training-sale", "SELECT completed_at, cashier_id, total_minor, currency,"
                           " CAST(receipt_number AS TEXT), '' FROM sales WHERE training AND id=?"}},
        {u"coupon_releases"_s,
         {"coupon-release", "SELECT released_at, cashier_id, NULL, NULL, code, reason"
                            " FROM coupon_releases WHERE id=?"}},
        {u"return_receipts"_s,
         {"return-receipt", "SELECT rr.made_at, '', r.amount_minor, r.currency,"
                            " CAST(rr.receipt_number AS TEXT), r.refund_ers_reference"
                            " FROM return_receipts rr JOIN refunds r ON r.id = rr.refund_id"
                            " WHERE rr.receipt_number=?"}},
    };
    return map;
}

} // namespace

Result<TillEvent> Journal::tillEvent(const QString &record) const
{
    const QString table = record.section(u':', 0, 0);
    bool ok = false;
    const qint64 id = record.section(u':', 1).toLongLong(&ok);
    const auto source = sources().find(table);
    if (source == sources().end() || !ok)
        return makeError(ErrorCode::InvalidArgument, u"no such journal event: "_s + record);
    Db db(m_connection);
    return db.readOne(u"journal event "_s + record, [&]() -> std::optional<TillEvent> {
        const QString sql = QString::fromLatin1(source->second.select);
        QSqlQuery q = db.run(sql, {id});
        if (!q.next())
            return std::nullopt;
        TillEvent e;
        e.record = record;
        e.kind = QString::fromLatin1(source->second.kind);
        e.at = timeFrom(q.value(0));
        e.cashierId = q.value(1).toString();
        if (!q.value(2).isNull())
            e.amount = moneyFrom(q.value(2), q.value(3));
        e.reference = q.value(4).toString();
        e.detail = q.value(5).toString();
        return e;
    });
}

Result<QList<TillEvent>> Journal::tillEvents(const QDateTime &from, const QDateTime &to) const
{
    return loadEach<TillEvent, QString>(
        Db(m_connection),
        u"SELECT record FROM outbox WHERE kind='event' AND at >= ? AND at < ? ORDER BY seq"_s,
        {from.isValid() ? timeText(from) : QString(), to.isValid() ? timeText(to) : u"9999"_s},
        [this](const QString &record) { return tillEvent(record); });
}

} // namespace kassa::journal
