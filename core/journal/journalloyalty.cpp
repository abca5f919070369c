#include "core/journal/journal.h"

#include "core/journal/journaldb.h"
#include "core/money/vat.h"
#include "core/sale/rowtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;

namespace {

QString tokensText(const QList<AnsweredToken> &tokens)
{
    QJsonArray a;
    for (const AnsweredToken &t : tokens)
        a.append(QJsonObject{{u"type"_s, t.type},
                             {u"value"_s, t.value},
                             {u"description"_s, t.description},
                             {u"status"_s, t.status}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<AnsweredToken> tokensFrom(const QString &text)
{
    QList<AnsweredToken> tokens;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        tokens.append({o.value(u"type"_s).toString(), o.value(u"value"_s).toString(),
                       o.value(u"description"_s).toString(), o.value(u"status"_s).toInt()});
    }
    return tokens;
}

// Appends the discount rows to an open sale and sets its total and VAT anew.
void appendRows(const Db &db, qint64 saleId, const QList<SaleRow> &rows)
{
    QSqlQuery sale = db.run(u"SELECT status, currency FROM sales WHERE id=?"_s, {saleId});
    if (!sale.next() || sale.value(0).toString() != u"open")
        throw SqlFailure(u"sale "_s + QString::number(saleId) + u" is not open"_s,
                         ErrorCode::StorageFailed);
    const QVariant currency = sale.value(1);
    QSqlQuery last = db.run(
        u"SELECT COALESCE(MAX(position), -1) + 1 FROM sale_rows WHERE sale_id=?"_s, {saleId});
    insertSaleRows(db, saleId, rows, last.next() ? last.value(0).toInt() : 0);
    QSqlQuery all =
        db.run(u"SELECT total_minor, tax_rate FROM sale_rows WHERE sale_id=?"_s, {saleId});
    QList<GrossAtRate> gross;
    qint64 total = 0;
    while (all.next()) {
        const Money amount = moneyFrom(all.value(0), currency);
        total += amount.minorUnits();
        gross.append({decimalFrom(all.value(1)), amount});
    }
    auto vat = vatBreakdown(gross);
    if (!vat)
        throw SqlFailure(vat.error().detail, ErrorCode::StorageFailed);
    db.run(u"UPDATE sales SET total_minor=? WHERE id=?"_s, {total, saleId});
    db.run(u"DELETE FROM sale_vat WHERE sale_id=?"_s, {saleId});
    for (const VatLine &line : *vat)
        db.run(u"INSERT INTO sale_vat(sale_id, rate, gross_minor, vat_minor, net_minor)"
               " VALUES(?,?,?,?,?)"_s,
               {saleId, line.ratePercent.toString(), line.gross.minorUnits(), line.vat.minorUnits(),
                line.net.minorUnits()});
}

} // namespace

void detail::insertLoyaltyDiscount(const Db &db, qint64 saleId, const QString &invoiceReference,
                                   const LoyaltyDiscount &d)
{
    db.run(u"INSERT INTO loyalty_discounts(sale_id, invoice_reference, token_type, token_value,"
           " name, kind, source, amount_minor, currency, points, applied_at)"
           " VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s,
           {saleId, invoiceReference, d.tokenType, d.value, d.name,
            d.isCoupon ? u"coupon"_s : u"card"_s, d.fromApp ? u"app"_s : u"till"_s,
            d.amount.minorUnits(), d.amount.currency().code(), d.points, nowText()});
    if (d.isCoupon)
        db.run(u"INSERT INTO used_coupons(code, sale_id, used_at) VALUES(?,?,?)"_s,
               {d.value.toUpper(), saleId, nowText()});
}

namespace {

void updateInvoice(const Db &db, qint64 saleId, const QString &invoiceReference, qint64 discount,
                   const QList<AnsweredToken> &answered)
{
    QSqlQuery inv =
        db.run(u"SELECT amount_minor FROM seqr_invoices WHERE invoice_reference=? AND state='open'"
               " AND sale_id=?"_s,
               {invoiceReference, saleId});
    if (!inv.next())
        throw SqlFailure(u"invoice "_s + invoiceReference + u" is not open"_s,
                         ErrorCode::StorageFailed);
    if (inv.value(0).toLongLong() - discount <= 0)
        throw SqlFailure(u"the discount leaves nothing to pay"_s, ErrorCode::StorageFailed);
    db.run(u"UPDATE seqr_invoices SET amount_minor=amount_minor-?, updated_at=?"
           " WHERE invoice_reference=?"_s,
           {discount, nowText(), invoiceReference});
    QSqlQuery previous = db.run(u"SELECT tokens FROM invoice_updates WHERE invoice_reference=?"_s,
                                {invoiceReference});
    QList<AnsweredToken> tokens =
        previous.next() ? tokensFrom(previous.value(0).toString()) : QList<AnsweredToken>();
    tokens.append(answered);
    db.run(u"INSERT INTO invoice_updates(invoice_reference, sale_id, tokens, state, updated_at)"
           " VALUES(?,?,?,'pending',?) ON CONFLICT(invoice_reference) DO UPDATE SET"
           " tokens=excluded.tokens, state='pending', updated_at=excluded.updated_at"_s,
           {invoiceReference, saleId, tokensText(tokens), nowText()});
}

} // namespace

Status Journal::recordLoyalty(qint64 saleId, const QList<SaleRow> &addedRows,
                              const QList<LoyaltyDiscount> &discounts,
                              const QString &invoiceReference, const QList<AnsweredToken> &answered)
{
    qint64 discount = 0;
    for (const LoyaltyDiscount &d : discounts)
        discount += d.amount.minorUnits();
    Db db(m_connection);
    return transact(db, [&] {
        if (!addedRows.isEmpty())
            appendRows(db, saleId, addedRows);
        for (const LoyaltyDiscount &d : discounts)
            insertLoyaltyDiscount(db, saleId, invoiceReference, d);
        if (!invoiceReference.isEmpty())
            updateInvoice(db, saleId, invoiceReference, discount, answered);
        QStringList what;
        for (const LoyaltyDiscount &d : discounts)
            what.append(d.tokenType + u' ' + d.name + u" -"_s + d.amount.toDecimalString() +
                        (d.points ? u" points "_s + QString::number(d.points) : QString()));
        for (const AnsweredToken &t : answered)
            if (t.status != 1)
                what.append(t.type + u" status "_s + QString::number(t.status));
        event(db, u"loyalty-applied"_s, invoiceReference,
              u"sale "_s + QString::number(saleId) + u": "_s + what.join(u"; "_s));
    });
}

QList<LoyaltyDiscount> detail::loyaltyDiscountsOf(const Db &db, qint64 saleId)
{
    QList<LoyaltyDiscount> list;
    QSqlQuery q = db.run(u"SELECT token_type, token_value, name, kind, source, amount_minor,"
                         " currency, points FROM loyalty_discounts WHERE sale_id=? ORDER BY id"_s,
                         {saleId});
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString() == u"coupon", q.value(4).toString() == u"app",
                     moneyFrom(q.value(5), q.value(6)), q.value(7).toLongLong()});
    return list;
}

Result<QList<LoyaltyDiscount>> Journal::loyaltyDiscounts(qint64 saleId) const
{
    Db db(m_connection);
    return db.read([&] { return loyaltyDiscountsOf(db, saleId); });
}

Result<bool> Journal::isCouponUsed(const QString &code) const
{
    Db db(m_connection);
    return db.read([&] {
        QSqlQuery q = db.run(u"SELECT 1 FROM used_coupons WHERE code=?"_s, {code.toUpper()});
        return q.next();
    });
}

Status Journal::recordCouponRelease(const QString &code, const QString &cashierId,
                                    const QString &reason)
{
    Db db(m_connection);
    auto r = db.transaction([&] {
        db.run(u"INSERT INTO coupon_releases(code, cashier_id, reason, released_at)"
               " VALUES(?,?,?,?)"_s,
               {code.trimmed().toUpper(), cashierId, reason, nowText()});
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Result<std::optional<InvoiceUpdate>> Journal::invoiceUpdate(const QString &invoiceReference) const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<InvoiceUpdate> {
        QSqlQuery q = db.run(u"SELECT sale_id, tokens, state FROM invoice_updates"
                             " WHERE invoice_reference=?"_s,
                             {invoiceReference});
        if (!q.next())
            return std::nullopt;
        return InvoiceUpdate{invoiceReference, q.value(0).toLongLong(),
                             tokensFrom(q.value(1).toString()),
                             q.value(2).toString() == u"acknowledged"};
    });
}

Status Journal::recordInvoiceUpdateAcknowledged(const QString &invoiceReference)
{
    Db db(m_connection);
    return transact(db, [&] {
        db.run(u"UPDATE invoice_updates SET state='acknowledged', updated_at=?"
               " WHERE invoice_reference=?"_s,
               {nowText(), invoiceReference});
        event(db, u"invoice-updated"_s, invoiceReference, u"SEQR accepted updateInvoice"_s);
    });
}

} // namespace kassa::journal
