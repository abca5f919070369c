#include "core/journal/journal.h"

#include "core/journal/journaldb.h"
#include "core/money/vat.h"
#include "core/sale/rowtext.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

namespace {

// Inserts an open sale with its rows and VAT inside the caller's transaction.
qint64 insertSale(const Db &db, const QString &cashierId, const QList<SaleRow> &rows,
                  const Money &total, const QList<VatLine> &vat)
{
    // A sale made in training mode is a training sale from its start.
    QSqlQuery q = db.run(u"INSERT INTO sales(status, created_at, cashier_id, currency, total_minor,"
                         " training) VALUES('open',?,?,?,?, EXISTS(SELECT 1 FROM journal_meta"
                         " WHERE key='training' AND value='on'))"_s,
                         {nowText(), cashierId, total.currency().code(), total.minorUnits()});
    const qint64 saleId = q.lastInsertId().toLongLong();
    insertSaleRows(db, saleId, rows, 0);
    for (const VatLine &line : vat) {
        db.run(
            u"INSERT INTO sale_vat(sale_id, rate, gross_minor, vat_minor, net_minor) VALUES(?,?,?,?,?)"_s,
            {saleId, line.ratePercent.toString(), line.gross.minorUnits(), line.vat.minorUnits(),
             line.net.minorUnits()});
    }
    event(db, u"sale-created"_s, {},
          u"sale "_s + QString::number(saleId) + u" total "_s + total.toDecimalString() + u' ' +
              total.currency().code());
    return saleId;
}

void insertCashTender(const Db &db, qint64 saleId, const Money &amount, const Money &tendered)
{
    db.run(
        u"INSERT INTO tenders(sale_id, kind, amount_minor, currency, payment_date,"
        " tendered_minor) VALUES(?,'cash',?,?,?,?)"_s,
        {saleId, amount.minorUnits(), amount.currency().code(), nowText(), tendered.minorUnits()});
}

qint64 completeSale(const Db &db, qint64 saleId)
{
    // One unbroken series for sales and returns (schema 11).
    QSqlQuery next =
        db.run(u"SELECT MAX((SELECT COALESCE(MAX(receipt_number), 0) FROM sales),"
               " (SELECT COALESCE(MAX(receipt_number), 0) FROM return_receipts)) + 1"_s);
    next.next();
    const qint64 receiptNumber = next.value(0).toLongLong();
    db.run(u"UPDATE sales SET status='completed', receipt_number=?, completed_at=? WHERE id=?"_s,
           {receiptNumber, nowText(), saleId});
    return receiptNumber;
}

} // namespace

Result<qint64> Journal::createSale(const QString &cashierId, const QList<SaleRow> &rows)
{
    auto totals = totalsOf(rows);
    if (!totals)
        return totals.error();
    Db db(m_connection);
    return db.transaction(
        [&] { return insertSale(db, cashierId, rows, totals->total, totals->vat); });
}

Result<qint64> Journal::recordCashSale(const QString &cashierId, const QList<SaleRow> &rows,
                                       const Money &tendered, const QList<LoyaltyDiscount> &loyalty)
{
    auto totals = totalsOf(rows);
    if (!totals)
        return totals.error();
    if (!totals->total.isPositive() && !totals->total.isZero())
        return makeError(ErrorCode::InvalidArgument, u"the total is negative"_s);
    if (!(tendered.currency() == totals->total.currency()))
        return makeError(ErrorCode::CurrencyMismatch, tendered.currency().code());
    if (tendered.minorUnits() < totals->total.minorUnits())
        return makeError(ErrorCode::InvalidArgument, u"less cash than the total"_s);
    Db db(m_connection);
    return db.transaction([&] {
        const qint64 saleId = insertSale(db, cashierId, rows, totals->total, totals->vat);
        insertCashTender(db, saleId, totals->total, tendered);
        for (const LoyaltyDiscount &d : loyalty)
            insertLoyaltyDiscount(db, saleId, {}, d);
        const qint64 receipt = completeSale(db, saleId);
        event(db, u"sale-paid-cash"_s, {},
              u"sale "_s + QString::number(saleId) + u" receipt "_s + QString::number(receipt) +
                  u" tendered "_s + tendered.toDecimalString());
        return saleId;
    });
}

Status Journal::addCashTender(qint64 saleId, const Money &amount, const Money &tendered)
{
    Db db(m_connection);
    return transact(db, [&] {
        insertCashTender(db, saleId, amount, tendered);
        event(db, u"cash-tendered"_s, {},
              u"sale "_s + QString::number(saleId) + u" cash "_s + amount.toDecimalString() +
                  u" tendered "_s + tendered.toDecimalString());
    });
}

Status Journal::recordSaleAbandoned(qint64 saleId, const QString &reason)
{
    Db db(m_connection);
    return transact(db, [&] {
        db.run(u"UPDATE sales SET status='canceled' WHERE id=? AND status='open'"_s, {saleId});
        event(db, u"sale-abandoned"_s, {}, u"sale "_s + QString::number(saleId) + u": "_s + reason);
    });
}

Status Journal::recordInvoiceSent(qint64 saleId, const QString &invoiceReference,
                                  const QString &qrCode, const Money &amount)
{
    Db db(m_connection);
    return transact(db, [&] {
        const QString now = nowText();
        db.run(u"INSERT INTO seqr_invoices(invoice_reference, sale_id, state, qr_code, "
               u"amount_minor, currency,"
               " created_at, updated_at) VALUES(?,?,'open',?,?,?,?,?)"_s,
               {invoiceReference, saleId, qrCode, amount.minorUnits(), amount.currency().code(),
                now, now});
        event(db, u"invoice-sent"_s, invoiceReference,
              u"sale "_s + QString::number(saleId) + u" amount "_s + amount.toDecimalString());
    });
}

Result<qint64> Journal::recordSeqrPaid(const QString &invoiceReference, const QString &ersReference,
                                       const QDateTime &paymentDate)
{
    Db db(m_connection);
    return db.transaction([&]() -> qint64 {
        QSqlQuery inv = db.run(u"SELECT sale_id, state, amount_minor, currency FROM seqr_invoices"
                               " WHERE invoice_reference=?"_s,
                               {invoiceReference});
        if (!inv.next())
            throw SqlFailure(u"unknown invoice "_s + invoiceReference, ErrorCode::StorageFailed);
        const qint64 saleId = inv.value(0).toLongLong();
        if (inv.value(1).toString() == u"paid") {
            QSqlQuery existing = db.run(u"SELECT receipt_number FROM sales WHERE id=?"_s, {saleId});
            return existing.next() ? existing.value(0).toLongLong() : 0;
        }
        const QString now = nowText();
        db.run(
            u"UPDATE seqr_invoices SET state='paid', ers_reference=?, updated_at=? WHERE invoice_reference=?"_s,
            {ersReference, now, invoiceReference});
        db.run(u"INSERT INTO tenders(sale_id, kind, amount_minor, currency, invoice_reference, "
               u"ers_reference,"
               " payment_date) VALUES(?,'seqr',?,?,?,?,?)"_s,
               {saleId, inv.value(2), inv.value(3), invoiceReference, ersReference,
                timeText(paymentDate.isValid() ? paymentDate : QDateTime::currentDateTimeUtc())});
        const qint64 receiptNumber = completeSale(db, saleId);
        event(db, u"invoice-paid"_s, invoiceReference,
              u"ersReference "_s + ersReference + u" receipt "_s + QString::number(receiptNumber));
        return receiptNumber;
    });
}

Status Journal::recordInvoiceEnded(const QString &invoiceReference, InvoiceState state,
                                   const QString &reason)
{
    Q_ASSERT(state == InvoiceState::Canceled || state == InvoiceState::Failed);
    Db db(m_connection);
    return transact(db, [&] {
        QSqlQuery inv =
            db.run(u"SELECT sale_id, state FROM seqr_invoices WHERE invoice_reference=?"_s,
                   {invoiceReference});
        if (!inv.next())
            throw SqlFailure(u"unknown invoice "_s + invoiceReference, ErrorCode::StorageFailed);
        if (inv.value(1).toString() == u"paid")
            throw SqlFailure(u"invoice "_s + invoiceReference + u" is already recorded as paid"_s,
                             ErrorCode::StorageFailed);
        db.run(u"UPDATE seqr_invoices SET state=?, updated_at=? WHERE invoice_reference=?"_s,
               {stateText(state), nowText(), invoiceReference});
        db.run(u"UPDATE sales SET status='canceled' WHERE id=? AND status='open'"_s,
               {inv.value(0)});
        event(db, u"invoice-"_s + stateText(state), invoiceReference, reason);
    });
}

Status Journal::recordReceiptSubmitted(const QString &invoiceReference)
{
    Db db(m_connection);
    return transact(db, [&] {
        db.run(
            u"UPDATE seqr_invoices SET receipt_submitted=1, updated_at=? WHERE invoice_reference=?"_s,
            {nowText(), invoiceReference});
        event(db, u"receipt-submitted"_s, invoiceReference, {});
    });
}

namespace {
SeqrInvoice invoiceFrom(const QSqlQuery &q)
{
    SeqrInvoice i;
    i.invoiceReference = q.value(0).toString();
    i.saleId = q.value(1).toLongLong();
    i.state = stateFrom(q.value(2).toString());
    i.qrCode = q.value(3).toString();
    i.amount = moneyFrom(q.value(4), q.value(5));
    i.ersReference = q.value(6).toString();
    i.receiptSubmitted = q.value(7).toBool();
    i.createdAt = timeFrom(q.value(8));
    return i;
}
constexpr auto kInvoiceColumns =
    "SELECT invoice_reference, sale_id, state, qr_code, amount_minor, currency,"
    " ers_reference, receipt_submitted, created_at FROM seqr_invoices ";
} // namespace

Result<QList<SeqrInvoice>> Journal::invoicesInFlight() const
{
    Db db(m_connection);
    return db.read([&] {
        QList<SeqrInvoice> list;
        // Open invoices, and paid ones whose receipt SEQR has not confirmed.
        QSqlQuery q = db.run(
            QString::fromLatin1(kInvoiceColumns) +
            u"WHERE state='open' OR (state='paid' AND receipt_submitted=0) ORDER BY created_at"_s);
        while (q.next())
            list.append(invoiceFrom(q));
        return list;
    });
}

Result<SeqrInvoice> Journal::invoice(const QString &invoiceReference) const
{
    Db db(m_connection);
    return db.readOne(u"invoice "_s + invoiceReference, [&]() -> std::optional<SeqrInvoice> {
        QSqlQuery q = db.run(QString::fromLatin1(kInvoiceColumns) + u"WHERE invoice_reference=?"_s,
                             {invoiceReference});
        if (!q.next())
            return std::nullopt;
        return invoiceFrom(q);
    });
}

namespace {

QList<SaleRow> saleRowsOf(const Db &db, qint64 saleId, const QVariant &currency)
{
    QList<SaleRow> out;
    QSqlQuery rows =
        db.run(u"SELECT description, ean, sku, quantity, unit, unit_price_minor, total_minor,"
               " tax_rate, product_group, service, discount, row_kind FROM sale_rows"
               " WHERE sale_id=? ORDER BY position"_s,
               {saleId});
    while (rows.next())
        out.append(SaleRow{rows.value(0).toString(), rows.value(1).toString(),
                           rows.value(2).toString(), decimalFrom(rows.value(3)),
                           rows.value(4).toString(), moneyFrom(rows.value(5), currency),
                           moneyFrom(rows.value(6), currency), decimalFrom(rows.value(7)),
                           rows.value(8).toString(), rows.value(9).toInt() != 0,
                           rows.value(10).toInt() != 0, rowKindFrom(rows.value(11).toString())});
    return out;
}

// The sale's VAT lines, the highest rate first.
QList<VatLine> saleVatOf(const Db &db, qint64 saleId, const QVariant &currency)
{
    QList<VatLine> out;
    QSqlQuery vat =
        db.run(u"SELECT rate, gross_minor, vat_minor, net_minor FROM sale_vat WHERE sale_id=?"_s,
               {saleId});
    while (vat.next())
        out.append(VatLine{decimalFrom(vat.value(0)), moneyFrom(vat.value(1), currency),
                           moneyFrom(vat.value(2), currency), moneyFrom(vat.value(3), currency)});
    std::sort(out.begin(), out.end(),
              [](const VatLine &a, const VatLine &b) { return b.ratePercent < a.ratePercent; });
    return out;
}

QList<Tender> tendersOf(const Db &db, qint64 saleId)
{
    QList<Tender> out;
    QSqlQuery tenders =
        db.run(u"SELECT kind, amount_minor, currency, invoice_reference, ers_reference,"
               " payment_date, tendered_minor FROM tenders WHERE sale_id=? ORDER BY id"_s,
               {saleId});
    while (tenders.next()) {
        const Money amount = moneyFrom(tenders.value(1), tenders.value(2));
        out.append(Tender{
            tenders.value(0).toString() == u"seqr" ? TenderKind::Seqr : TenderKind::Cash, amount,
            tenders.value(3).toString(), tenders.value(4).toString(), timeFrom(tenders.value(5)),
            tenders.value(6).isNull() ? amount : moneyFrom(tenders.value(6), tenders.value(2))});
    }
    return out;
}

} // namespace

Result<Sale> Journal::sale(qint64 saleId) const
{
    Db db(m_connection);
    return db.readOne(u"sale "_s + QString::number(saleId), [&]() -> std::optional<Sale> {
        QSqlQuery q = db.run(
            u"SELECT id, receipt_number, status, created_at, completed_at, cashier_id, currency,"
            " total_minor, training FROM sales WHERE id=?"_s,
            {saleId});
        if (!q.next())
            return std::nullopt;
        Sale s;
        s.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            s.receiptNumber = q.value(1).toLongLong();
        const QString status = q.value(2).toString();
        s.status = status == u"completed"  ? SaleStatus::Completed
                   : status == u"canceled" ? SaleStatus::Canceled
                                           : SaleStatus::Open;
        s.createdAt = timeFrom(q.value(3));
        s.completedAt = timeFrom(q.value(4));
        s.cashierId = q.value(5).toString();
        s.total = moneyFrom(q.value(7), q.value(6));
        s.training = q.value(8).toBool();
        const QVariant currency = q.value(6);
        s.rows = saleRowsOf(db, saleId, currency);
        s.vat = saleVatOf(db, saleId, currency);
        s.tenders = tendersOf(db, saleId);
        s.loyalty = loyaltyDiscountsOf(db, saleId);
        return s;
    });
}

Result<Sale> Journal::saleByReceiptNumber(qint64 receiptNumber) const
{
    Db db(m_connection);
    const auto id =
        db.readOne(u"receipt "_s + QString::number(receiptNumber), [&]() -> std::optional<qint64> {
            QSqlQuery q = db.run(u"SELECT id FROM sales WHERE receipt_number=?"_s, {receiptNumber});
            if (!q.next())
                return std::nullopt;
            return q.value(0).toLongLong();
        });
    return id ? sale(*id) : Result<Sale>(id.error());
}

Result<Sale> Journal::saleByErsReference(const QString &ersReference) const
{
    Db db(m_connection);
    const auto id = db.readOne(u"SEQR payment "_s + ersReference, [&]() -> std::optional<qint64> {
        QSqlQuery q = db.run(u"SELECT sale_id FROM tenders WHERE kind='seqr' AND ers_reference=?"_s,
                             {ersReference});
        if (!q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    });
    return id ? sale(*id) : Result<Sale>(id.error());
}

Result<std::optional<qint64>> Journal::lastReceiptNumber() const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<qint64> {
        QSqlQuery q = db.run(u"SELECT MAX(n) FROM (SELECT MAX(receipt_number) AS n FROM sales"
                             " UNION ALL SELECT MAX(receipt_number) FROM return_receipts)"_s);
        if (!q.next() || q.value(0).isNull())
            return std::nullopt;
        return q.value(0).toLongLong();
    });
}

Result<QList<Sale>> Journal::sales(const QDateTime &since) const
{
    return loadEach<Sale, qint64>(
        Db(m_connection), u"SELECT id FROM sales WHERE created_at >= ? ORDER BY id"_s,
        {since.isValid() ? timeText(since) : QString()}, [this](qint64 id) { return sale(id); });
}

} // namespace kassa::journal
