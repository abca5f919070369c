#include "core/reconciliation/dayreport.h"

#include "core/journal/journal.h"
#include "core/reconciliation/saletotals.h"

#include <QJsonDocument>

#include <map>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

bool inDay(const QDateTime &t, const QDateTime &from, const QDateTime &to)
{
    return t.isValid() && (!from.isValid() || t > from) && t <= to;
}

// What the day's sales add up to, row by row and tender by tender.
struct SaleSums : SaleTotals
{
    qint64 itemsMilli = 0, servicesMilli = 0;
    std::map<QString, qint64> groups;
    int receipts = 0, discounts = 0, reductions = 0;
    qint64 discountMinor = 0, reductionMinor = 0;
    bool hasGroups = false;

    void addRow(const SaleRow &row)
    {
        const qint64 amount = row.total.minorUnits();
        groups[row.group] += amount;
        hasGroups = hasGroups || !row.group.isEmpty();
        if (row.discount) {
            ++discounts;
            discountMinor -= amount;
            return;
        }
        if (amount < 0) { // a typed row with a negative price: another reduction
            ++reductions;
            reductionMinor -= amount;
            return;
        }
        // A row sold by weight is one item; a count is its quantity.
        const auto milli = row.unit == u"kg" ? Result<qint64>(1000) : row.quantity.scaledTo(3);
        (row.service ? servicesMilli : itemsMilli) += milli ? *milli : 1000;
    }

    void addSale(const journal::Sale &sale)
    {
        ++receipts;
        add(sale);
        for (const SaleRow &row : sale.rows)
            addRow(row);
    }
};

void fillSales(DayReport &r, const QList<journal::Sale> &sales)
{
    SaleSums sums;
    const Currency c = r.currency;
    for (const journal::Sale &sale : sales) {
        if (sale.status == journal::SaleStatus::Completed && sale.training &&
            inDay(sale.completedAt, r.from, r.takenAt)) {
            // Training sales are counted only here: never in sales or VAT.
            ++r.training.count;
            r.training.amount = Money(r.training.amount.minorUnits() + sale.total.minorUnits(), c);
        } else if (sale.status == journal::SaleStatus::Completed &&
                   inDay(sale.completedAt, r.from, r.takenAt))
            sums.addSale(sale);
        else if (sale.status == journal::SaleStatus::Canceled &&
                 inDay(sale.createdAt, r.from, r.takenAt)) {
            ++r.unfinished.count; // a payment canceled
            r.unfinished.amount =
                Money(r.unfinished.amount.minorUnits() + sale.total.minorUnits(), c);
        }
    }
    r.totalSales = Money(sums.total, c);
    r.cash = Money(sums.cash, c);
    r.seqr = Money(sums.seqr, c);
    r.receipts = sums.receipts;
    r.itemsSold = Decimal::fromParts(sums.itemsMilli, 3);
    r.servicesSold = Decimal::fromParts(sums.servicesMilli, 3);
    r.discounts = CountedAmount{sums.discounts, Money(sums.discountMinor, c)};
    r.otherReductions = CountedAmount{sums.reductions, Money(sums.reductionMinor, c)};
    if (sums.hasGroups)
        for (const auto &[group, amount] : sums.groups)
            r.groups.append(DayReport::GroupTotal{group, Money(amount, c)});
    r.vat = sums.vatLines(c);
}

// What a copied receipt says: the sale's total, or what a return gave back
// (negative: a return's copy takes nothing in).
Result<qint64> copiedAmount(const journal::Journal &journal, const journal::ReceiptCopy &copy)
{
    if (copy.saleId == 0) {
        const auto made = journal.returnReceipt(copy.receiptNumber);
        if (!made)
            return made.error();
        return -(made->refund.amount.minorUnits() + made->cash.minorUnits());
    }
    const auto sale = journal.sale(copy.saleId);
    if (!sale)
        return sale.error();
    return sale->total.minorUnits();
}

Status fillMovements(DayReport &r, const journal::Journal &journal)
{
    const Currency c = r.currency;
    const auto openings = journal.drawerOpenings(r.from, r.takenAt);
    if (!openings)
        return openings.error();
    r.drawerOpenings = int(openings->size());
    for (const journal::DrawerOpening &o : *openings)
        r.noSales += o.cause == journal::DrawerCause::NoSale ? 1 : 0;
    const auto floats = journal.floatChanges(r.from, r.takenAt);
    if (!floats)
        return floats.error();
    qint64 in = 0, out = 0;
    for (const journal::FloatChange &f : *floats)
        (f.change.isNegative() ? out : in) += qAbs(f.change.minorUnits());
    r.floatChanges = int(floats->size());
    r.cashFloat = floats->isEmpty() ? Money(0, c) : floats->last().floatAmount;
    r.cashIn = Money(in, c);
    r.cashOut = Money(out, c);
    const auto voided = journal.voidedCarts(r.from, r.takenAt);
    if (!voided)
        return voided.error();
    qint64 unfinished = r.unfinished.amount.minorUnits();
    for (const journal::VoidedCart &v : *voided)
        unfinished += v.amount.minorUnits();
    r.unfinished = CountedAmount{r.unfinished.count + int(voided->size()), Money(unfinished, c)};
    const auto refunds = journal.refunds(r.from);
    if (!refunds)
        return refunds.error();
    qint64 returned = 0;
    for (const journal::Refund &refund : *refunds) {
        if (!inDay(refund.createdAt, r.from, r.takenAt))
            continue;
        ++r.returns.count;
        returned += refund.amount.minorUnits();
    }
    r.returns.amount = Money(returned, c);
    // Item 11 counts every kassakvitto: a return receipt is one (its number
    // is in the sales' unbroken series), so returns count here too — and
    // still in item 16 with their amount.
    r.receipts += r.returns.count;
    // Copies: how many were made this day, and what the copied receipts say.
    const auto copies = journal.copies(r.from);
    if (!copies)
        return copies.error();
    qint64 copied = 0;
    int copyCount = 0;
    for (const journal::ReceiptCopy &copy : *copies) {
        if (!inDay(copy.madeAt, r.from, r.takenAt))
            continue;
        const auto amount = copiedAmount(journal, copy);
        if (!amount)
            return amount.error();
        ++copyCount;
        copied += *amount;
    }
    r.copies = CountedAmount{copyCount, Money(copied, c)};
    r.expectedCash = Money(r.cashFloat.minorUnits() + r.cash.minorUnits(), c);
    return Ok{};
}

} // namespace

Result<QDateTime> dayStart(const journal::Journal &journal)
{
    const auto last = journal.lastZReport();
    if (!last)
        return last.error();
    return *last ? (*last)->takenAt : QDateTime();
}

Result<DayReport> makeDayReport(const journal::Journal &journal, DayReport::Kind kind,
                                const DayReportHeader &header, const Currency &currency,
                                const QDateTime &at)
{
    const auto from = dayStart(journal);
    if (!from)
        return from.error();
    DayReport r;
    r.kind = kind;
    r.shop = header.shop;
    r.tillDesignation = header.tillDesignation;
    r.currency = currency;
    r.from = *from;
    r.takenAt = at;
    r.unfinished.amount = Money(0, currency);
    r.returns.amount = Money(0, currency);
    r.training = CountedAmount{0, Money(0, currency)};
    // A sale started the day before and paid after the last Z is this day's.
    const auto sales = journal.sales(from->isValid() ? from->addDays(-1) : *from);
    if (!sales)
        return sales.error();
    fillSales(r, *sales);
    if (auto moved = fillMovements(r, journal); !moved)
        return moved.error();
    const auto grand = journal.grandTotals(at, currency);
    if (!grand)
        return grand.error();
    r.grand = *grand;
    return r;
}

Result<DayReport> takeXReport(journal::Journal &journal, const DayReportHeader &header,
                              const Currency &currency)
{
    auto report = makeDayReport(journal, DayReport::Kind::X, header, currency,
                                QDateTime::currentDateTimeUtc());
    if (!report)
        return report;
    if (auto logged =
            journal.appendEvent(u"x-report"_s, {},
                                u"sales "_s + report->totalSales.toDecimalString() +
                                    u" grand net "_s + report->grand.net.toDecimalString());
        !logged)
        return logged.error();
    return report;
}

Result<DayReport> takeZReport(journal::Journal &journal, const DayReportHeader &header,
                              const Currency &currency)
{
    const auto last = journal.lastZReport();
    if (!last)
        return last.error();
    auto made = makeDayReport(journal, DayReport::Kind::Z, header, currency,
                              QDateTime::currentDateTimeUtc());
    if (!made)
        return made;
    DayReport report = std::move(made).value();
    report.zNumber = *last ? (*last)->number + 1 : 1;
    journal::ZRecord record;
    record.number = report.zNumber;
    record.takenAt = report.takenAt;
    record.from = report.from;
    record.sales = report.totalSales;
    record.returns = report.returns.amount;
    record.grand = report.grand;
    record.report = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    const auto recorded = journal.recordZReport(record);
    if (!recorded)
        return recorded.error();
    return report;
}

} // namespace kassa
