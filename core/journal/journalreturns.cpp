#include "core/journal/journal.h"

#include "core/journal/journaldb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

namespace {

const QString kReturnColumns =
    u"SELECT rr.receipt_number, rr.made_at, rr.training, r.id, r.original_ers_reference,"
    " r.refund_ers_reference, r.amount_minor, r.currency, r.cashier_id, r.created_at,"
    " COALESCE((SELECT cash_minor FROM refund_intents i"
    "  WHERE i.refund_ers_reference = r.refund_ers_reference AND i.state = 'done'), 0),"
    " COALESCE((SELECT SUM(b.amount_minor) FROM refunds b"
    "  WHERE b.original_ers_reference = r.original_ers_reference AND b.id < r.id), 0)"
    " FROM return_receipts rr JOIN refunds r ON r.id = rr.refund_id "_s;

ReturnReceiptRecord returnFrom(const Db &db, const QSqlQuery &q)
{
    ReturnReceiptRecord record;
    record.receiptNumber = q.value(0).toLongLong();
    record.madeAt = timeFrom(q.value(1));
    record.training = q.value(2).toBool();
    record.refund =
        Refund{q.value(3).toLongLong(),           q.value(4).toString(), q.value(5).toString(),
               moneyFrom(q.value(6), q.value(7)), q.value(8).toString(), timeFrom(q.value(9))};
    record.cash = moneyFrom(q.value(10), q.value(7));
    record.refundedBefore = moneyFrom(q.value(11), q.value(7));
    QSqlQuery rows = db.run(u"SELECT row_position, quantity, total_minor FROM refund_rows"
                            " WHERE refund_id=? ORDER BY row_position"_s,
                            {record.refund.id});
    while (rows.next())
        record.rows.append(RefundRow{rows.value(0).toInt(), decimalFrom(rows.value(1)),
                                     moneyFrom(rows.value(2), q.value(7))});
    return record;
}

} // namespace

Result<ReturnReceiptRecord> Journal::returnReceipt(qint64 receiptNumber) const
{
    Db db(m_connection);
    return db.readOne(u"return receipt "_s + QString::number(receiptNumber),
                      [&]() -> std::optional<ReturnReceiptRecord> {
                          QSqlQuery q = db.run(kReturnColumns + u"WHERE rr.receipt_number=?"_s,
                                               {receiptNumber});
                          if (!q.next())
                              return std::nullopt;
                          return returnFrom(db, q);
                      });
}

Result<std::optional<qint64>> Journal::returnReceiptNumber(const QString &refundErsReference) const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<qint64> {
        QSqlQuery q = db.run(u"SELECT rr.receipt_number FROM return_receipts rr JOIN refunds r"
                             " ON r.id = rr.refund_id WHERE r.refund_ers_reference=?"_s,
                             {refundErsReference});
        if (!q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    });
}

Result<QList<ReturnReceiptRecord>> Journal::returnReceipts(const QDateTime &after,
                                                           const QDateTime &upTo) const
{
    const Db db(m_connection);
    return readList<ReturnReceiptRecord>(
        db,
        kReturnColumns + u"WHERE rr.made_at > ? AND rr.made_at <= ?"
                         " ORDER BY rr.receipt_number"_s,
        {after.isValid() ? timeText(after) : QString(), timeText(upTo)},
        [&](const QSqlQuery &q) { return returnFrom(db, q); });
}

} // namespace kassa::journal
