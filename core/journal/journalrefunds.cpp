#include "core/journal/journal.h"

#include "core/journal/journaldb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

Result<Money> Journal::refundable(const QString &ersReference) const
{
    Db db(m_connection);
    std::optional<Money> paid;
    Money refunded;
    try {
        QSqlQuery t = db.run(
            u"SELECT amount_minor, currency FROM tenders WHERE kind='seqr' AND ers_reference=?"_s,
            {ersReference});
        if (t.next())
            paid = moneyFrom(t.value(0), t.value(1));
        if (!paid)
            return makeError(ErrorCode::NotFound,
                             u"no SEQR payment "_s + ersReference + u" in the journal"_s);
        QSqlQuery r = db.run(
            u"SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE original_ers_reference=?"_s,
            {ersReference});
        r.next();
        refunded = Money(r.value(0).toLongLong(), paid->currency());
    } catch (const SqlFailure &e) {
        return makeError(e.code, QString::fromStdString(e.what()));
    }
    return paid->minus(refunded);
}

Status Journal::recordRefund(const QString &originalErsReference, const QString &refundErsReference,
                             const Money &amount, const QString &cashierId,
                             const QList<RefundRow> &rows)
{
    Db db(m_connection);
    return transact(db, [&] {
        QSqlQuery q = db.run(
            u"INSERT INTO refunds(original_ers_reference, refund_ers_reference, amount_minor, "
            u"currency,"
            " cashier_id, created_at) VALUES(?,?,?,?,?,?)"_s,
            {originalErsReference, refundErsReference, amount.minorUnits(),
             amount.currency().code(), cashierId, nowText()});
        const qint64 refundId = q.lastInsertId().toLongLong();
        for (const RefundRow &row : rows)
            db.run(u"INSERT INTO refund_rows(refund_id, row_position, quantity, total_minor)"
                   " VALUES(?,?,?,?)"_s,
                   {refundId, row.position, row.quantity.toString(), row.total.minorUnits()});
        event(db, u"refund"_s, {},
              u"refund "_s + refundErsReference + u" of "_s + originalErsReference + u" amount "_s +
                  amount.toDecimalString());
    });
}

Result<QList<RefundRow>> Journal::refundedRows(const QString &originalErsReference) const
{
    return readList<RefundRow>(
        Db(m_connection),
        u"SELECT rr.row_position, rr.quantity, rr.total_minor, r.currency FROM refund_rows rr"
        " JOIN refunds r ON r.id = rr.refund_id WHERE r.original_ers_reference=?"
        " ORDER BY r.id, rr.row_position"_s,
        {originalErsReference}, [&](const QSqlQuery &q) {
            return RefundRow{q.value(0).toInt(), decimalFrom(q.value(1)),
                             moneyFrom(q.value(2), q.value(3))};
        });
}

Result<QList<Refund>> Journal::refunds(const QDateTime &since) const
{
    return readList<Refund>(
        Db(m_connection),
        u"SELECT id, original_ers_reference, refund_ers_reference, amount_minor, currency,"
        " cashier_id, created_at FROM refunds WHERE created_at >= ? ORDER BY id"_s,
        {since.isValid() ? timeText(since) : QString()}, [&](const QSqlQuery &q) {
            return Refund{q.value(0).toLongLong(), q.value(1).toString(),
                          q.value(2).toString(),   moneyFrom(q.value(3), q.value(4)),
                          q.value(5).toString(),   timeFrom(q.value(6))};
        });
}

namespace {

// A refund's rows and its cash part (from its intent, when it had one).
void fillRefund(const Db &db, Refund &refund)
{
    QSqlQuery rows = db.run(u"SELECT row_position, quantity, total_minor FROM refund_rows"
                            " WHERE refund_id=? ORDER BY row_position"_s,
                            {refund.id});
    while (rows.next())
        refund.rows.append(RefundRow{rows.value(0).toInt(), decimalFrom(rows.value(1)),
                                     moneyFrom(rows.value(2), refund.amount.currency().code())});
    QSqlQuery cash = db.run(u"SELECT cash_minor FROM refund_intents"
                            " WHERE refund_ers_reference=? AND state='done'"_s,
                            {refund.refundErsReference});
    refund.cash = Money(cash.next() ? cash.value(0).toLongLong() : 0, refund.amount.currency());
}

const QString kRefundColumns = u"SELECT id, original_ers_reference, refund_ers_reference,"
                               " amount_minor, currency, cashier_id, created_at FROM refunds"_s;

Refund refundFrom(const QSqlQuery &q)
{
    return Refund{q.value(0).toLongLong(),           q.value(1).toString(), q.value(2).toString(),
                  moneyFrom(q.value(3), q.value(4)), q.value(5).toString(), timeFrom(q.value(6))};
}

} // namespace

Result<Refund> Journal::refund(qint64 refundId) const
{
    Db db(m_connection);
    return db.readOne(u"refund "_s + QString::number(refundId), [&]() -> std::optional<Refund> {
        QSqlQuery q = db.run(kRefundColumns + u" WHERE id=?"_s, {refundId});
        if (!q.next())
            return std::nullopt;
        Refund refund = refundFrom(q);
        fillRefund(db, refund);
        return refund;
    });
}

Result<QList<Refund>> Journal::refundsOf(const QString &originalErsReference) const
{
    Db db(m_connection);
    return db.read([&] {
        QList<Refund> list;
        QSqlQuery q = db.run(kRefundColumns + u" WHERE original_ers_reference=? ORDER BY id"_s,
                             {originalErsReference});
        while (q.next())
            list.append(refundFrom(q));
        for (Refund &refund : list)
            fillRefund(db, refund);
        return list;
    });
}

} // namespace kassa::journal
