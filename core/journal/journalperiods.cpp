#include "core/journal/journal.h"

#include "core/journal/journaldb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

Status Journal::recordPeriod(const Period &period)
{
    Db db(m_connection);
    return transact(db, [&] {
        db.run(u"INSERT INTO periods(id, terminal_id, closed_at) VALUES(?,?,?)"_s,
               {period.id, period.terminalId, timeText(period.closedAt)});
        event(db, u"period-closed"_s, {}, u"transactionPeriodId "_s + period.id);
    });
}

Result<std::optional<Period>> Journal::lastPeriod(bool perTerminal) const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<Period> {
        QSqlQuery q = db.run(
            perTerminal ? u"SELECT id, terminal_id, closed_at FROM periods WHERE terminal_id <> ''"
                          " ORDER BY closed_at DESC LIMIT 1"_s
                        : u"SELECT id, terminal_id, closed_at FROM periods WHERE terminal_id = ''"
                          " ORDER BY closed_at DESC LIMIT 1"_s);
        if (!q.next())
            return std::nullopt;
        return Period{q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2))};
    });
}

Result<QList<SeqrMovement>> Journal::seqrMovements(const QDateTime &after,
                                                   const QDateTime &upTo) const
{
    Db db(m_connection);
    const QString from = after.isValid() ? timeText(after) : QString();
    const QString to = timeText(upTo);
    return db.read([&] {
        QList<SeqrMovement> list;
        QSqlQuery t =
            db.run(u"SELECT ers_reference, amount_minor, currency, payment_date FROM tenders"
                   " WHERE kind='seqr' AND payment_date > ? AND payment_date <= ?"
                   // A training sale paid at the sandbox is none of SEQR's reconciliation.
                   " AND sale_id NOT IN (SELECT id FROM sales WHERE training)"
                   " ORDER BY payment_date"_s,
                   {from, to});
        while (t.next())
            list.append(SeqrMovement{t.value(0).toString(), moneyFrom(t.value(1), t.value(2)),
                                     timeFrom(t.value(3)), false});
        QSqlQuery r =
            db.run(u"SELECT refund_ers_reference, amount_minor, currency, created_at FROM refunds"
                   " WHERE created_at > ? AND created_at <= ? ORDER BY created_at"_s,
                   {from, to});
        while (r.next())
            list.append(SeqrMovement{r.value(0).toString(),
                                     moneyFrom(-r.value(1).toLongLong(), r.value(2)),
                                     timeFrom(r.value(3)), true});
        return list;
    });
}

Result<QList<OutboxEntry>> Journal::outbox(qint64 afterSeq, int limit) const
{
    Db db(m_connection);
    try {
        QList<OutboxEntry> list;
        QSqlQuery q =
            db.run(u"SELECT seq, kind, record, at FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                   {afterSeq, limit});
        while (q.next()) {
            const QString kind = q.value(1).toString();
            list.append(OutboxEntry{q.value(0).toLongLong(),
                                    kind == u"sale"     ? OutboxEntry::Kind::Sale
                                    : kind == u"refund" ? OutboxEntry::Kind::Refund
                                    : kind == u"event"  ? OutboxEntry::Kind::Event
                                                        : OutboxEntry::Kind::Period,
                                    q.value(2).toString(), timeFrom(q.value(3))});
        }
        return list;
    } catch (const SqlFailure &e) {
        return makeError(e.code, QString::fromStdString(e.what()));
    }
}

Result<qint64> Journal::lastOutboxSeq() const
{
    Db db(m_connection);
    try {
        QSqlQuery q = db.run(u"SELECT COALESCE(MAX(seq), 0) FROM outbox"_s);
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    } catch (const SqlFailure &e) {
        return makeError(e.code, QString::fromStdString(e.what()));
    }
}

Result<Period> Journal::period(const QString &periodId) const
{
    Db db(m_connection);
    return db.readOne(u"period "_s + periodId, [&]() -> std::optional<Period> {
        QSqlQuery q =
            db.run(u"SELECT id, terminal_id, closed_at FROM periods WHERE id=?"_s, {periodId});
        if (!q.next())
            return std::nullopt;
        return Period{q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2))};
    });
}

} // namespace kassa::journal
