#include "core/payment/returnreceipts.h"

#include "core/journal/journal.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receiptbuilder.h"
#include "core/refund/refundplan.h"

#include <map>

namespace kassa {

namespace {

// What the payment's SEQR tender was, or none when this journal lacks it.
std::optional<Money> seqrPaid(const journal::Sale &sale, const QString &ersReference)
{
    for (const journal::Tender &t : sale.tenders)
        if (t.kind == journal::TenderKind::Seqr && t.ersReference == ersReference)
            return t.amount;
    return std::nullopt;
}

} // namespace

Result<ReturnReceipt> returnReceiptOf(const journal::Journal &journal, qint64 receiptNumber)
{
    auto record = journal.returnReceipt(receiptNumber);
    if (!record)
        return record.error();
    ReturnReceipt r;
    r.record = std::move(record).value();
    const journal::Refund &refund = r.record.refund;
    const Currency currency = refund.amount.currency();
    r.total = refund.amount.plus(r.record.cash).valueOr(refund.amount);
    // A payment made at another till (refunded here through the shop
    // database) has no sale in this journal: no rows, no VAT known.
    const auto sale = journal.saleByErsReference(refund.originalErsReference);
    if (!sale && sale.error().code != ErrorCode::NotFound)
        return sale.error();
    std::map<Decimal, qint64> grossPerRate;
    if (sale) {
        r.originalReceiptNumber = sale->receiptNumber;
        for (const journal::RefundRow &given : r.record.rows) {
            if (given.position < 0 || given.position >= sale->rows.size())
                continue;
            journal::SaleRow row = sale->rows[given.position];
            row.quantity = given.quantity;
            row.total = given.total;
            r.rows.append(row);
            grossPerRate[row.taxRate] += row.total.minorUnits();
        }
    }
    QList<GrossAtRate> bases;
    if (!grossPerRate.empty()) {
        for (auto it = grossPerRate.rbegin(); it != grossPerRate.rend(); ++it)
            bases.append(GrossAtRate{it->first, Money(it->second, currency)});
    } else if (sale) {
        for (const VatLine &v : sale->vat)
            bases.append(GrossAtRate{v.ratePercent, v.gross});
    }
    r.vat = bases.isEmpty() ? QList<VatLine>() : vatInProportion(r.total, bases);
    const std::optional<Money> paid =
        sale ? seqrPaid(*sale, refund.originalErsReference) : std::nullopt;
    r.remaining = paid
                      ? Money(paid->minorUnits() - r.record.refundedBefore.minorUnits() -
                                  refund.amount.minorUnits(),
                              currency)
                      : journal.refundable(refund.originalErsReference).valueOr(Money(0, currency));
    return r;
}

Result<ReceiptContent> journaledReturnReceipt(const journal::Journal &journal, qint64 receiptNumber,
                                              const ReceiptSettings &settings, bool electronic,
                                              std::optional<Money> remaining)
{
    auto made = returnReceiptOf(journal, receiptNumber);
    if (!made)
        return made.error();
    ReturnReceipt receipt = std::move(made).value();
    if (remaining)
        receipt.remaining = *remaining;
    ReceiptOptions options;
    options.electronic = electronic;
    auto stamp = journaledStamp(journal, receiptNumber, receipt.record.signatureType());
    if (!stamp)
        return stamp.error();
    options.stamp = *stamp;
    return returnReceipt(receipt, settings, options);
}

Result<ReceiptContent> journaledReceiptCopy(const journal::Journal &journal, qint64 receiptNumber,
                                            const ReceiptSettings &settings)
{
    const auto made = journal.copy(receiptNumber);
    if (!made)
        return made.error();
    if (!*made || (*made)->saleId != 0)
        return journaledCopy(journal, receiptNumber, settings);
    auto receipt = returnReceiptOf(journal, receiptNumber);
    if (!receipt)
        return receipt.error();
    const auto options = journaledCopyOptions(journal, receiptNumber);
    if (!options)
        return options.error();
    return returnReceipt(*receipt, settings, *options);
}

} // namespace kassa
