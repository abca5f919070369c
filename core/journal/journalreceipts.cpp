// Training mode, receipt copies and pro forma receipts (schema 8).
#include "core/journal/journal.h"

#include "core/journal/journaldb.h"
#include "core/sale/rowtext.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

namespace {

bool unitRequired(const Db &db)
{
    QSqlQuery q = db.run(u"SELECT 1 FROM journal_meta WHERE key='control_unit'"
                         " AND value='required'"_s);
    return q.next();
}

void awaitSignature(const Db &db, const QVariant &saleId, qint64 serial, const QString &type)
{
    if (unitRequired(db))
        db.run(u"INSERT OR IGNORE INTO receipt_signatures(sale_id, serial_number, type, state,"
               " requested_at) VALUES(?, ?, ?, 'waiting', ?)"_s,
               {saleId, serial, type, nowText()});
}

ReceiptCopy copyFrom(const QSqlQuery &q)
{
    return ReceiptCopy{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       timeFrom(q.value(3))};
}

const QString kCopyColumns =
    u"SELECT receipt_number, sale_id, cashier_id, made_at FROM receipt_copies "_s;

} // namespace

Status Journal::setTraining(bool on, const QString &who)
{
    Db db(m_connection);
    return transact(db, [&] {
        const QString wanted = on ? u"on"_s : u"off"_s;
        QSqlQuery now = db.run(u"SELECT value FROM journal_meta WHERE key='training'"_s);
        const QString was = now.next() ? now.value(0).toString() : u"off"_s;
        if (was == wanted)
            return;
        db.run(u"INSERT INTO journal_meta(key, value) VALUES('training', ?)"
               " ON CONFLICT(key) DO UPDATE SET value=excluded.value"_s,
               {wanted});
        event(db, u"training"_s, {}, wanted + u" by "_s + who);
    });
}

Result<bool> Journal::isTraining() const
{
    Db db(m_connection);
    return db.read([&] {
        QSqlQuery q = db.run(u"SELECT value FROM journal_meta WHERE key='training'"_s);
        return q.next() && q.value(0).toString() == u"on"_s;
    });
}

Result<ReceiptCopy> Journal::recordCopy(qint64 receiptNumber, const QString &cashierId)
{
    Db db(m_connection);
    return db.transaction([&] {
        // A sale's receipt, or a return's (schema 13: no sale of its own).
        QSqlQuery sale = db.run(u"SELECT id FROM sales WHERE receipt_number=?"_s, {receiptNumber});
        const bool isSale = sale.next();
        if (!isSale &&
            !db.run(u"SELECT 1 FROM return_receipts WHERE receipt_number=?"_s, {receiptNumber})
                 .next())
            throw SqlFailure(u"no receipt "_s + QString::number(receiptNumber),
                             ErrorCode::NotFound);
        QSqlQuery made = db.run(kCopyColumns + u"WHERE receipt_number=?"_s, {receiptNumber});
        if (made.next())
            throw SqlFailure(u"receipt "_s + QString::number(receiptNumber) +
                                 u" has its copy already"_s,
                             ErrorCode::InvalidArgument);
        const qint64 saleId = isSale ? sale.value(0).toLongLong() : 0;
        const QVariant saleRef =
            isSale ? QVariant(saleId) : QVariant(QMetaType::fromType<qint64>());
        const QString at = nowText();
        db.run(u"INSERT INTO receipt_copies(receipt_number, sale_id, cashier_id, made_at)"
               " VALUES(?,?,?,?)"_s,
               {receiptNumber, saleRef, cashierId, at});
        awaitSignature(db, saleRef, receiptNumber, u"kopia"_s);
        event(db, u"receipt-copy"_s, {},
              u"receipt "_s + QString::number(receiptNumber) + u" copy by "_s + cashierId);
        return ReceiptCopy{receiptNumber, saleId, cashierId, timeFrom(at)};
    });
}

Result<std::optional<ReceiptCopy>> Journal::copy(qint64 receiptNumber) const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<ReceiptCopy> {
        QSqlQuery q = db.run(kCopyColumns + u"WHERE receipt_number=?"_s, {receiptNumber});
        if (!q.next())
            return std::nullopt;
        return copyFrom(q);
    });
}

Result<QList<ReceiptCopy>> Journal::copies(const QDateTime &since) const
{
    return readList<ReceiptCopy>(Db(m_connection),
                                 kCopyColumns + u"WHERE made_at >= ? ORDER BY id"_s,
                                 {since.isValid() ? timeText(since) : QString()},
                                 [&](const QSqlQuery &q) { return copyFrom(q); });
}

Result<ProFormaReceipt> Journal::recordProForma(const QString &cashierId,
                                                const QList<SaleRow> &rows)
{
    auto totals = totalsOf(rows);
    if (!totals)
        return totals.error();
    Db db(m_connection);
    auto number = db.transaction([&] {
        const QString at = nowText();
        QSqlQuery q = db.run(
            u"INSERT INTO proforma_receipts(made_at, cashier_id, currency, total_minor, training)"
            " VALUES(?,?,?,?, EXISTS(SELECT 1 FROM journal_meta WHERE key='training'"
            " AND value='on'))"_s,
            {at, cashierId, totals->total.currency().code(), totals->total.minorUnits()});
        const qint64 n = q.lastInsertId().toLongLong();
        int position = 0;
        for (const SaleRow &row : rows)
            db.run(u"INSERT INTO proforma_rows(number, position, description, ean, sku, quantity,"
                   " unit, unit_price_minor, total_minor, tax_rate, row_kind)"
                   " VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s,
                   QVariantList{n, position++} + rowColumns(row) +
                       QVariantList{rowKindName(row.kind)});
        for (const VatLine &line : totals->vat)
            db.run(u"INSERT INTO proforma_vat(number, rate, gross_minor, vat_minor, net_minor)"
                   " VALUES(?,?,?,?,?)"_s,
                   {n, line.ratePercent.toString(), line.gross.minorUnits(), line.vat.minorUnits(),
                    line.net.minorUnits()});
        awaitSignature(db, QVariant(), n, u"profo"_s);
        event(db, u"proforma-receipt"_s, {},
              u"pro forma "_s + QString::number(n) + u" total "_s +
                  totals->total.toDecimalString() + u" by "_s + cashierId);
        return n;
    });
    if (!number)
        return number.error();
    return proForma(*number);
}

Result<ProFormaReceipt> Journal::proForma(qint64 number) const
{
    Db db(m_connection);
    return db.readOne(
        u"pro forma receipt "_s + QString::number(number), [&]() -> std::optional<ProFormaReceipt> {
            QSqlQuery q = db.run(u"SELECT made_at, cashier_id, currency, total_minor, training"
                                 " FROM proforma_receipts WHERE number=?"_s,
                                 {number});
            if (!q.next())
                return std::nullopt;
            ProFormaReceipt p;
            p.number = number;
            p.madeAt = timeFrom(q.value(0));
            p.cashierId = q.value(1).toString();
            const QVariant currency = q.value(2);
            p.total = moneyFrom(q.value(3), currency);
            p.training = q.value(4).toBool();
            QSqlQuery rows = db.run(
                u"SELECT description, ean, sku, quantity, unit, unit_price_minor, total_minor,"
                " tax_rate, row_kind FROM proforma_rows WHERE number=? ORDER BY position"_s,
                {number});
            while (rows.next()) {
                SaleRow row{rows.value(0).toString(),           rows.value(1).toString(),
                            rows.value(2).toString(),           decimalFrom(rows.value(3)),
                            rows.value(4).toString(),           moneyFrom(rows.value(5), currency),
                            moneyFrom(rows.value(6), currency), decimalFrom(rows.value(7))};
                row.kind = rowKindFrom(rows.value(8).toString());
                row.discount = row.kind != RowKind::Item;
                p.rows.append(row);
            }
            QSqlQuery vat =
                db.run(u"SELECT rate, gross_minor, vat_minor, net_minor FROM proforma_vat"
                       " WHERE number=? ORDER BY CAST(rate AS REAL) DESC"_s,
                       {number});
            while (vat.next())
                p.vat.append(VatLine{decimalFrom(vat.value(0)), moneyFrom(vat.value(1), currency),
                                     moneyFrom(vat.value(2), currency),
                                     moneyFrom(vat.value(3), currency)});
            return p;
        });
}

Result<QList<ProFormaReceipt>> Journal::proFormas(const QDateTime &since) const
{
    return loadEach<ProFormaReceipt, qint64>(
        Db(m_connection),
        u"SELECT number FROM proforma_receipts WHERE made_at >= ? ORDER BY number"_s,
        {since.isValid() ? timeText(since) : QString()}, [this](qint64 n) { return proForma(n); });
}

} // namespace kassa::journal
