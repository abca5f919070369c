#include "core/journal/journal.h"

#include "core/journal/journaldb.h"

#include <QSqlQuery>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

namespace {

const QString kColumns =
    u"id, original_ers_reference, client_reference, amount_minor, currency, cashier_id, rows,"
    " state, refund_ers_reference, detail, created_at, updated_at, cash_minor"_s;

// The states as stored (and in the event names, "refund-in-doubt"), in the
// order of RefundIntent::State: one list for both ways.
constexpr std::array kStateNames{"pending"_L1, "done"_L1, "in-doubt"_L1, "failed"_L1};

QString stateText(RefundIntent::State state)
{
    return kStateNames[std::size_t(state)];
}

RefundIntent::State stateFromText(const QString &text)
{
    const auto found = std::find(kStateNames.begin(), kStateNames.end(), text);
    return found == kStateNames.end() ? RefundIntent::State::Pending
                                      : RefundIntent::State(found - kStateNames.begin());
}

// "position:quantity:total_minor" per row, ';' between rows.
QString rowsText(const QList<RefundRow> &rows)
{
    QStringList parts;
    for (const RefundRow &r : rows)
        parts.append(QString::number(r.position) + u':' + r.quantity.toString() + u':' +
                     QString::number(r.total.minorUnits()));
    return parts.join(u';');
}

QList<RefundRow> rowsFrom(const QString &text, const Currency &currency)
{
    QList<RefundRow> rows;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList f = part.split(u':');
        bool okPosition = false;
        bool okTotal = false;
        const int position = f.value(0).toInt(&okPosition);
        const auto quantity = Decimal::parse(f.value(1));
        const qint64 total = f.value(2).toLongLong(&okTotal);
        if (f.size() != 3 || !okPosition || !quantity || !okTotal)
            throw SqlFailure(u"a refund intent's rows cannot be read: "_s + text,
                             ErrorCode::StorageFailed);
        rows.append(RefundRow{position, *quantity, Money(total, currency)});
    }
    return rows;
}

RefundIntent intentFrom(const QSqlQuery &q)
{
    RefundIntent i;
    i.id = q.value(0).toLongLong();
    i.originalErsReference = q.value(1).toString();
    i.clientReference = q.value(2).toString();
    i.amount = moneyFrom(q.value(3), q.value(4));
    i.cashierId = q.value(5).toString();
    i.rows = rowsFrom(q.value(6).toString(), i.amount.currency());
    i.state = stateFromText(q.value(7).toString());
    i.refundErsReference = q.value(8).toString();
    i.detail = q.value(9).toString();
    i.createdAt = timeFrom(q.value(10));
    i.updatedAt = timeFrom(q.value(11));
    i.cash = moneyFrom(q.value(12), q.value(4));
    return i;
}

std::optional<RefundIntent> unresolvedOf(const Db &db, const QString &originalErsReference)
{
    QSqlQuery q = db.run(u"SELECT "_s + kColumns +
                             u" FROM refund_intents WHERE original_ers_reference=?"
                             " AND state IN ('pending','in-doubt') ORDER BY id LIMIT 1"_s,
                         {originalErsReference});
    if (!q.next())
        return std::nullopt;
    return intentFrom(q);
}

RefundIntent intentById(const Db &db, qint64 intentId)
{
    QSqlQuery q =
        db.run(u"SELECT "_s + kColumns + u" FROM refund_intents WHERE id=?"_s, {intentId});
    if (!q.next())
        throw SqlFailure(u"no refund intent "_s + QString::number(intentId), ErrorCode::NotFound);
    return intentFrom(q);
}

void setState(const Db &db, const RefundIntent &intent, RefundIntent::State state,
              const QString &detail, const QString &refundErsReference = {})
{
    if (!intent.isUnresolved())
        throw SqlFailure(u"refund intent "_s + QString::number(intent.id) + u" is already "_s +
                             stateText(intent.state),
                         ErrorCode::InvalidArgument);
    db.run(u"UPDATE refund_intents SET state=?, detail=?, refund_ers_reference=?, updated_at=?"
           " WHERE id=?"_s,
           {stateText(state), detail,
            refundErsReference.isEmpty() ? QVariant() : QVariant(refundErsReference), nowText(),
            intent.id});
    event(db, u"refund-"_s + stateText(state), intent.clientReference,
          u"refund of "_s + intent.originalErsReference + u" amount "_s +
              intent.amount.toDecimalString() +
              (refundErsReference.isEmpty() ? QString() : u" as "_s + refundErsReference) +
              u": "_s + detail);
}

} // namespace

Result<qint64> Journal::recordRefundIntent(const RefundIntent &intent)
{
    Db db(m_connection);
    return db.transaction([&]() -> qint64 {
        if (const auto open = unresolvedOf(db, intent.originalErsReference))
            throw SqlFailure(u"refund "_s + open->clientReference + u" of "_s +
                                 open->amount.toDecimalString() + u" made "_s +
                                 timeText(open->createdAt) + u" is in doubt"_s,
                             ErrorCode::RefundInDoubt);
        const QString now = nowText();
        QSqlQuery q = db.run(
            u"INSERT INTO refund_intents(original_ers_reference, client_reference, amount_minor,"
            " currency, cashier_id, rows, state, detail, created_at, updated_at, cash_minor)"
            " VALUES(?,?,?,?,?,?,'pending','',?,?,?)"_s,
            {intent.originalErsReference, intent.clientReference, intent.amount.minorUnits(),
             intent.amount.currency().code(), intent.cashierId, rowsText(intent.rows), now, now,
             intent.cash.minorUnits()});
        const qint64 id = q.lastInsertId().toLongLong(); // before the event's insert
        event(db, u"refund-pending"_s, intent.clientReference,
              u"refund of "_s + intent.originalErsReference + u" amount "_s +
                  intent.amount.toDecimalString() + u" sent to SEQR"_s);
        return id;
    });
}

Status Journal::recordRefundMade(qint64 intentId, const QString &refundErsReference,
                                 const QString &how)
{
    Db db(m_connection);
    return transact(db, [&] {
        const RefundIntent intent = intentById(db, intentId);
        setState(db, intent, RefundIntent::State::Done, how, refundErsReference);
        QSqlQuery q = db.run(
            u"INSERT INTO refunds(original_ers_reference, refund_ers_reference, amount_minor,"
            " currency, cashier_id, created_at) VALUES(?,?,?,?,?,?)"_s,
            {intent.originalErsReference, refundErsReference, intent.amount.minorUnits(),
             intent.amount.currency().code(), intent.cashierId, nowText()});
        const qint64 refundId = q.lastInsertId().toLongLong();
        for (const RefundRow &row : intent.rows)
            db.run(u"INSERT INTO refund_rows(refund_id, row_position, quantity, total_minor)"
                   " VALUES(?,?,?,?)"_s,
                   {refundId, row.position, row.quantity.toString(), row.total.minorUnits()});
        event(db, u"refund"_s, {},
              u"refund "_s + refundErsReference + u" of "_s + intent.originalErsReference +
                  u" amount "_s + intent.amount.toDecimalString());
        if (intent.cash.isPositive())
            // The drawer's opening follows as its own record (Refunder).
            event(db, u"refund-cash"_s, intent.clientReference,
                  u"given back in cash "_s + intent.cash.toDecimalString() + u" with refund "_s +
                      refundErsReference);
    });
}

Status Journal::recordRefundNotMade(qint64 intentId, const QString &why)
{
    Db db(m_connection);
    return transact(
        db, [&] { setState(db, intentById(db, intentId), RefundIntent::State::Failed, why); });
}

Status Journal::recordRefundInDoubt(qint64 intentId, const QString &why)
{
    Db db(m_connection);
    return transact(
        db, [&] { setState(db, intentById(db, intentId), RefundIntent::State::InDoubt, why); });
}

Result<RefundIntent> Journal::refundIntent(qint64 intentId) const
{
    Db db(m_connection);
    return db.read([&] { return intentById(db, intentId); });
}

Result<QList<RefundIntent>> Journal::refundsInDoubt() const
{
    return readList<RefundIntent>(Db(m_connection),
                                  u"SELECT "_s + kColumns +
                                      u" FROM refund_intents WHERE state IN ('pending','in-doubt')"
                                      " ORDER BY id"_s,
                                  {}, [&](const QSqlQuery &q) { return intentFrom(q); });
}

Result<std::optional<RefundIntent>>
Journal::refundInDoubt(const QString &originalErsReference) const
{
    Db db(m_connection);
    return db.read([&] { return unresolvedOf(db, originalErsReference); });
}

Result<Money> Journal::refundedInCash(const QString &originalErsReference,
                                      const Currency &currency) const
{
    Db db(m_connection);
    return db.read([&] {
        QSqlQuery q = db.run(u"SELECT currency, cash_minor FROM refund_intents"
                             " WHERE original_ers_reference=? AND state='done'"_s,
                             {originalErsReference});
        qint64 sum = 0;
        while (q.next()) {
            const Money cash = moneyFrom(q.value(1), q.value(0));
            if (!(cash.currency() == currency))
                throw SqlFailure(u"a refund of "_s + originalErsReference + u" was in "_s +
                                     cash.currency().code(),
                                 ErrorCode::CurrencyMismatch);
            sum += cash.minorUnits();
        }
        return Money(sum, currency);
    });
}

Status Journal::recordCheckpoint(const Period &checkpoint)
{
    Db db(m_connection);
    return transact(db, [&] {
        db.run(u"INSERT INTO seqr_checkpoints(period_id, terminal_id, marked_at) VALUES(?,?,?)"_s,
               {checkpoint.id, checkpoint.terminalId, timeText(checkpoint.closedAt)});
        event(db, u"seqr-checkpoint"_s, {},
              u"SEQR period "_s + checkpoint.id + u" marked to read its report"_s);
    });
}

Result<QList<Period>> Journal::checkpoints(const QDateTime &after) const
{
    return readList<Period>(
        Db(m_connection),
        u"SELECT period_id, terminal_id, marked_at FROM seqr_checkpoints"
        " WHERE marked_at > ? ORDER BY marked_at"_s,
        {after.isValid() ? timeText(after) : QString()}, [&](const QSqlQuery &q) {
            return Period{q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2))};
        });
}

} // namespace kassa::journal
