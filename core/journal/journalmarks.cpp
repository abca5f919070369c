#include "core/journal/journal.h"
#include "core/journal/journaldb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

// Period marks live in the append-only event log: its ids order them with
// the refunds' requests ("refund-pending"), whatever the clock says.

Result<qint64> Journal::recordMarkAsked(const QString &terminalId, const QString &why)
{
    Db db(m_connection);
    return db.transaction([&] {
        const QSqlQuery q =
            db.run(u"INSERT INTO events(at, kind, invoice_reference, detail) VALUES(?,?,?,?)"_s,
                   {nowText(), u"period-mark-asked"_s, terminalId, why});
        return q.lastInsertId().toLongLong();
    });
}

Status Journal::recordMarkMade(qint64 askedId, const QString &terminalId, const QString &periodId)
{
    Db db(m_connection);
    return transact(db, [&] {
        event(db, u"period-mark-made"_s, terminalId, QString::number(askedId) + u' ' + periodId);
    });
}

Result<std::optional<Journal::PeriodMark>> Journal::firstMarkAfter(const RefundIntent &intent,
                                                                   const QString &terminalId) const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<PeriodMark> {
        QSqlQuery sent = db.run(u"SELECT MIN(id) FROM events WHERE kind='refund-pending'"
                                " AND invoice_reference=?"_s,
                                {intent.clientReference});
        const qint64 after = sent.next() ? sent.value(0).toLongLong() : 0;
        QSqlQuery asked = db.run(u"SELECT MIN(id) FROM events WHERE kind='period-mark-asked'"
                                 " AND invoice_reference=? AND id > ?"_s,
                                 {terminalId, after});
        if (!asked.next() || asked.value(0).isNull())
            return std::nullopt;
        PeriodMark mark{asked.value(0).toLongLong(), {}};
        const QString prefix = QString::number(mark.askedId) + u' ';
        QSqlQuery made =
            db.run(u"SELECT detail FROM events WHERE kind='period-mark-made'"
                   " AND invoice_reference=? AND id > ? AND substr(detail, 1, ?) = ?"_s,
                   {terminalId, mark.askedId, prefix.size(), prefix});
        if (made.next())
            mark.periodId = made.value(0).toString().mid(prefix.size());
        return mark;
    });
}

} // namespace kassa::journal
