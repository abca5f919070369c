#include "core/journal/journal.h"

#include "core/common/enumname.h"
#include "core/journal/journaldb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

// The journal's records for the Swedish day reports (schema 10): drawer
// openings, the cash float, voided carts, price changes and the Z reports.
namespace kassa::journal {

using namespace detail;

namespace {

// The cause as the journal stores it: "cash-sale", "no-sale", …
QString causeText(DrawerCause cause)
{
    return enumWords(cause).replace(u' ', u'-');
}

DrawerCause causeFrom(const QString &text)
{
    return enumFromText<DrawerCause>(QString(text).replace(u'-', u' '))
        .value_or(DrawerCause::NoSale);
}

QString fromText(const QDateTime &after)
{
    return after.isValid() ? timeText(after) : QString();
}

ZRecord zFrom(const QSqlQuery &q)
{
    ZRecord z;
    z.number = q.value(0).toLongLong();
    z.takenAt = timeFrom(q.value(1));
    z.from = timeFrom(q.value(2));
    const QVariant currency = q.value(3);
    z.sales = moneyFrom(q.value(4), currency);
    z.returns = moneyFrom(q.value(5), currency);
    z.grand = GrandTotals{moneyFrom(q.value(6), currency), moneyFrom(q.value(7), currency),
                          moneyFrom(q.value(8), currency)};
    z.report = q.value(9).toString().toUtf8();
    return z;
}

constexpr auto kZColumns = "number, taken_at, from_at, currency, sales_minor, returns_minor,"
                           " grand_sales_minor, grand_returns_minor, grand_net_minor, report";

} // namespace

Status Journal::recordDrawerOpening(DrawerCause cause, const QString &reference,
                                    const QString &cashierId)
{
    Db db(m_connection);
    return transact(db, [&] {
        db.run(u"INSERT INTO drawer_openings(at, cause, reference, cashier_id) VALUES(?,?,?,?)"_s,
               {nowText(), causeText(cause), reference, cashierId});
        event(db, u"drawer-opened"_s, {}, causeText(cause) + u' ' + reference);
    });
}

Result<QList<DrawerOpening>> Journal::drawerOpenings(const QDateTime &after,
                                                     const QDateTime &upTo) const
{
    return readList<DrawerOpening>(
        Db(m_connection),
        u"SELECT id, at, cause, reference, cashier_id FROM drawer_openings"
        " WHERE at > ? AND at <= ? ORDER BY id"_s,
        {fromText(after), timeText(upTo)}, [&](const QSqlQuery &q) {
            return DrawerOpening{q.value(0).toLongLong(), timeFrom(q.value(1)),
                                 causeFrom(q.value(2).toString()), q.value(3).toString(),
                                 q.value(4).toString()};
        });
}

Result<FloatChange> Journal::recordFloat(const Money &amount, const QDateTime &dayStart,
                                         const QString &reason, const QString &cashierId)
{
    Db db(m_connection);
    return db.transaction([&] {
        QSqlQuery last = db.run(u"SELECT float_minor FROM float_changes WHERE at > ?"
                                " ORDER BY id DESC LIMIT 1"_s,
                                {fromText(dayStart)});
        const qint64 before = last.next() ? last.value(0).toLongLong() : 0;
        FloatChange change;
        change.at = QDateTime::currentDateTimeUtc();
        change.floatAmount = amount;
        change.change = Money(amount.minorUnits() - before, amount.currency());
        change.reason = reason;
        change.cashierId = cashierId;
        QSqlQuery q = db.run(u"INSERT INTO float_changes(at, float_minor, change_minor, currency,"
                             " reason, cashier_id) VALUES(?,?,?,?,?,?)"_s,
                             {timeText(change.at), amount.minorUnits(), change.change.minorUnits(),
                              amount.currency().code(), reason, cashierId});
        change.id = q.lastInsertId().toLongLong();
        event(db, u"float-changed"_s, {},
              amount.toDecimalString() + u' ' + amount.currency().code() + u" change "_s +
                  change.change.toDecimalString() + u' ' + reason);
        return change;
    });
}

Result<QList<FloatChange>> Journal::floatChanges(const QDateTime &after,
                                                 const QDateTime &upTo) const
{
    return readList<FloatChange>(Db(m_connection),
                                 u"SELECT id, at, float_minor, change_minor, currency, reason,"
                                 " cashier_id FROM float_changes WHERE at > ? AND at <= ?"
                                 " ORDER BY id"_s,
                                 {fromText(after), timeText(upTo)}, [&](const QSqlQuery &q) {
                                     return FloatChange{q.value(0).toLongLong(),
                                                        timeFrom(q.value(1)),
                                                        moneyFrom(q.value(2), q.value(4)),
                                                        moneyFrom(q.value(3), q.value(4)),
                                                        q.value(5).toString(),
                                                        q.value(6).toString()};
                                 });
}

Status Journal::recordVoidedCart(int rows, const Money &amount, const QString &cashierId)
{
    Db db(m_connection);
    return transact(db, [&] {
        db.run(u"INSERT INTO voided_carts(at, rows, amount_minor, currency, cashier_id)"
               " VALUES(?,?,?,?,?)"_s,
               {nowText(), rows, amount.minorUnits(), amount.currency().code(), cashierId});
        event(db, u"cart-voided"_s, {},
              QString::number(rows) + u" rows "_s + amount.toDecimalString() + u' ' +
                  amount.currency().code());
    });
}

Result<QList<VoidedCart>> Journal::voidedCarts(const QDateTime &after, const QDateTime &upTo) const
{
    return readList<VoidedCart>(
        Db(m_connection),
        u"SELECT id, at, rows, amount_minor, currency, cashier_id"
        " FROM voided_carts WHERE at > ? AND at <= ? ORDER BY id"_s,
        {fromText(after), timeText(upTo)}, [&](const QSqlQuery &q) {
            return VoidedCart{q.value(0).toLongLong(), timeFrom(q.value(1)), q.value(2).toInt(),
                              moneyFrom(q.value(3), q.value(4)), q.value(5).toString()};
        });
}

Status Journal::recordPriceChanges(const QList<PriceChange> &changes)
{
    Db db(m_connection);
    return transact(db, [&] {
        const QString now = nowText();
        for (const PriceChange &c : changes) {
            db.run(u"INSERT INTO price_changes(at, ean, name, old_price_minor, new_price_minor,"
                   " currency, source, changed_by) VALUES(?,?,?,?,?,?,?,?)"_s,
                   {c.at.isValid() ? timeText(c.at) : now, c.ean, c.name,
                    c.oldPrice ? QVariant(c.oldPrice->minorUnits()) : QVariant(),
                    c.newPrice.minorUnits(), c.newPrice.currency().code(), c.source, c.who});
        }
        if (!changes.isEmpty())
            event(db, u"prices-changed"_s, {},
                  QString::number(changes.size()) + u" by "_s + changes.first().source +
                      (changes.first().who.isEmpty() ? QString()
                                                     : u" ("_s + changes.first().who + u')'));
    });
}

Result<QList<PriceChange>> Journal::priceChanges(const QDateTime &after,
                                                 const QDateTime &upTo) const
{
    Db db(m_connection);
    return db.read([&] {
        QList<PriceChange> list;
        QSqlQuery q = db.run(u"SELECT id, at, ean, name, old_price_minor, new_price_minor,"
                             " currency, source, changed_by FROM price_changes"
                             " WHERE at > ? AND at <= ?"
                             " ORDER BY id"_s,
                             {fromText(after), timeText(upTo)});
        while (q.next()) {
            PriceChange c;
            c.id = q.value(0).toLongLong();
            c.at = timeFrom(q.value(1));
            c.ean = q.value(2).toString();
            c.name = q.value(3).toString();
            if (!q.value(4).isNull())
                c.oldPrice = moneyFrom(q.value(4), q.value(6));
            c.newPrice = moneyFrom(q.value(5), q.value(6));
            c.source = q.value(7).toString();
            c.who = q.value(8).toString();
            list.append(c);
        }
        return list;
    });
}

Result<GrandTotals> Journal::grandTotals(const QDateTime &upTo, const Currency &currency) const
{
    Db db(m_connection);
    return db.read([&] {
        QSqlQuery s = db.run(
            u"SELECT COALESCE(SUM(total_minor), 0) FROM sales"
            " WHERE status='completed' AND training=0 AND completed_at <= ? AND currency=?"_s,
            {timeText(upTo), currency.code()});
        const qint64 sales = s.next() ? s.value(0).toLongLong() : 0;
        QSqlQuery r = db.run(u"SELECT COALESCE(SUM(amount_minor), 0) FROM refunds"
                             " WHERE created_at <= ? AND currency=?"_s,
                             {timeText(upTo), currency.code()});
        const qint64 returns = r.next() ? r.value(0).toLongLong() : 0;
        return GrandTotals{Money(sales, currency), Money(returns, currency),
                           Money(sales - returns, currency)};
    });
}

Result<QList<EventRecord>> Journal::eventLog(const QDateTime &after, const QDateTime &upTo) const
{
    return readList<EventRecord>(
        Db(m_connection),
        u"SELECT id, at, kind, invoice_reference, detail FROM events"
        " WHERE at > ? AND at <= ? ORDER BY id"_s,
        {fromText(after), timeText(upTo)}, [&](const QSqlQuery &q) {
            return EventRecord{q.value(0).toLongLong(), timeFrom(q.value(1)), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString()};
        });
}

Result<ZRecord> Journal::recordZReport(ZRecord record)
{
    Db db(m_connection);
    return db.transaction([&] {
        QSqlQuery next = db.run(u"SELECT COALESCE(MAX(number), 0) + 1 FROM z_reports"_s);
        next.next();
        const qint64 number = next.value(0).toLongLong();
        // A report made for a number must not be filed under another.
        if (record.number != 0 && record.number != number)
            throw SqlFailure(u"another Z report was taken meanwhile; take this one again"_s,
                             ErrorCode::StorageFailed);
        record.number = number;
        db.run(u"INSERT INTO z_reports("_s + QString::fromLatin1(kZColumns) +
                   u") VALUES(?,?,?,?,?,?,?,?,?,?)"_s,
               {record.number, timeText(record.takenAt),
                record.from.isValid() ? QVariant(timeText(record.from)) : QVariant(),
                record.sales.currency().code(), record.sales.minorUnits(),
                record.returns.minorUnits(), record.grand.sales.minorUnits(),
                record.grand.returns.minorUnits(), record.grand.net.minorUnits(),
                QString::fromUtf8(record.report)});
        event(db, u"z-report"_s, {},
              u"Z "_s + QString::number(record.number) + u" sales "_s +
                  record.sales.toDecimalString() + u" grand net "_s +
                  record.grand.net.toDecimalString());
        return record;
    });
}

Result<std::optional<ZRecord>> Journal::lastZReport() const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<ZRecord> {
        QSqlQuery q = db.run(u"SELECT "_s + QString::fromLatin1(kZColumns) +
                             u" FROM z_reports ORDER BY number DESC LIMIT 1"_s);
        if (!q.next())
            return std::nullopt;
        return zFrom(q);
    });
}

Result<QList<ZRecord>> Journal::zReports(const QDateTime &after, const QDateTime &upTo) const
{
    return readList<ZRecord>(Db(m_connection),
                             u"SELECT "_s + QString::fromLatin1(kZColumns) +
                                 u" FROM z_reports WHERE taken_at > ? AND taken_at <= ?"
                                 " ORDER BY number"_s,
                             {fromText(after), timeText(upTo)},
                             [&](const QSqlQuery &q) { return zFrom(q); });
}

} // namespace kassa::journal
