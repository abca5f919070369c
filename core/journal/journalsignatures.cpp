#include "core/journal/journal.h"

#include "core/journal/journaldb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

namespace {

const QString kColumns = u"id, sale_id, serial_number, type, state, figures, control_code,"
                         " unit_id, requested_at, signed_at"_s;

ReceiptSignature signatureFrom(const QSqlQuery &q)
{
    ReceiptSignature s;
    s.id = q.value(0).toLongLong();
    s.saleId = q.value(1).toLongLong();
    s.serialNumber = q.value(2).toLongLong();
    s.type = q.value(3).toString();
    s.isSigned = q.value(4).toString() == u"signed"_s;
    s.figures = q.value(5).toString();
    s.controlCode = q.value(6).toString();
    s.unitId = q.value(7).toString();
    s.requestedAt = timeFrom(q.value(8));
    s.signedAt = timeFrom(q.value(9));
    return s;
}

} // namespace

Status Journal::setControlUnitRequired(bool required)
{
    Db db(m_connection);
    return transact(db, [&] {
        QSqlQuery now = db.run(u"SELECT value FROM journal_meta WHERE key='control_unit'"_s);
        const QString wanted = required ? u"required"_s : u"none"_s;
        const bool known = now.next();
        // A journal that never had a unit needs no word that it has none.
        if ((known && now.value(0).toString() == wanted) || (!known && !required))
            return;
        db.run(u"INSERT INTO journal_meta(key, value) VALUES('control_unit', ?)"
               " ON CONFLICT(key) DO UPDATE SET value=excluded.value"_s,
               {wanted});
        event(db, u"control-unit"_s, {}, wanted);
    });
}

Result<bool> Journal::isControlUnitRequired() const
{
    Db db(m_connection);
    return db.read([&] {
        QSqlQuery q = db.run(u"SELECT value FROM journal_meta WHERE key='control_unit'"_s);
        return q.next() && q.value(0).toString() == u"required"_s;
    });
}

Result<qint64> Journal::requestSignature(qint64 saleId, qint64 serialNumber, const QString &type)
{
    Db db(m_connection);
    return db.transaction([&] {
        db.run(u"INSERT OR IGNORE INTO receipt_signatures(sale_id, serial_number, type, state,"
               " requested_at) VALUES(?, ?, ?, 'waiting', ?)"_s,
               {saleId > 0 ? QVariant(saleId) : QVariant(), serialNumber, type, nowText()});
        QSqlQuery q =
            db.run(u"SELECT id FROM receipt_signatures WHERE serial_number=? AND type=?"_s,
                   {serialNumber, type});
        if (!q.next())
            throw SqlFailure(u"the signature request was not written"_s, ErrorCode::StorageFailed);
        return q.value(0).toLongLong();
    });
}

Status Journal::recordSignature(qint64 signatureId, const QString &figures,
                                const QString &controlCode, const QString &unitId)
{
    Db db(m_connection);
    return transact(db, [&] {
        QSqlQuery q = db.run(u"SELECT serial_number, type, state FROM receipt_signatures"
                             " WHERE id=?"_s,
                             {signatureId});
        if (!q.next())
            throw SqlFailure(u"no signature "_s + QString::number(signatureId),
                             ErrorCode::NotFound);
        if (q.value(2).toString() == u"signed"_s)
            return; // signed once; the unit answered the same code again
        db.run(u"UPDATE receipt_signatures SET state='signed', figures=?, control_code=?,"
               " unit_id=?, signed_at=? WHERE id=?"_s,
               {figures, controlCode, unitId, nowText(), signatureId});
        event(db, u"receipt-signed"_s, {},
              u"receipt "_s + q.value(0).toString() + u' ' + q.value(1).toString() + u" unit "_s +
                  unitId + u" code "_s + controlCode);
    });
}

Result<QList<ReceiptSignature>> Journal::waitingSignatures() const
{
    Db db(m_connection);
    return db.read([&] {
        QSqlQuery q = db.run(u"SELECT "_s + kColumns +
                             u" FROM receipt_signatures WHERE state='waiting' ORDER BY id"_s);
        QList<ReceiptSignature> list;
        while (q.next())
            list.append(signatureFrom(q));
        return list;
    });
}

Result<std::optional<ReceiptSignature>> Journal::receiptSignature(qint64 serialNumber,
                                                                  const QString &type) const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<ReceiptSignature> {
        QSqlQuery q = db.run(u"SELECT "_s + kColumns +
                                 u" FROM receipt_signatures WHERE serial_number=? AND type=?"_s,
                             {serialNumber, type});
        if (!q.next())
            return std::nullopt;
        return signatureFrom(q);
    });
}

} // namespace kassa::journal
