#include "core/refund/refundplan.h"

#include "core/money/share.h"
#include "core/sale/salerow.h"

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr int kQuantityScale = 3; // quantities have at most 3 decimals (weights)

qint64 milli(const Decimal &d)
{
    return d.scaledTo(kQuantityScale).valueOr(0);
}

Decimal fromMilli(qint64 m)
{
    return Decimal::fromParts(m, kQuantityScale);
}

// What a sale paid in cash, if any of it.
std::optional<Money> paidInCash(const journal::Sale &sale)
{
    std::optional<Money> cash;
    for (const journal::Tender &t : sale.tenders) {
        if (t.kind == journal::TenderKind::Cash)
            cash = Money(cash.value_or(Money(0, t.amount.currency())).minorUnits() +
                             t.amount.minorUnits(),
                         t.amount.currency());
    }
    return cash;
}

// What SEQR gives back of `worth` refunded of a sale paid partly in cash:
// the rows' worth split between cash and SEQR as the sale was paid
// (splitInProportion), the cash part at most `cashLeft`, SEQR's at most
// `seqrLeft`; so refunds piece by piece end with both given back exactly.
qint64 seqrShare(qint64 worth, const journal::Sale &sale, const Money &cashPaid, qint64 cashLeft,
                 qint64 seqrLeft)
{
    const qint64 seqrPaid = sale.total.minorUnits() - cashPaid.minorUnits();
    qint64 cash =
        qMin(splitInProportion(worth, {cashPaid.minorUnits(), seqrPaid}).first(), cashLeft);
    if (worth - cash > seqrLeft)
        cash = worth - seqrLeft;
    if (cash == worth && seqrLeft > 0) // a little refund: SEQR's share rounded to nothing
        cash = worth - qMin(worth, seqrLeft);
    return worth - cash;
}

} // namespace

QList<Money> paidPerRow(const journal::Sale &sale)
{
    const QList<journal::SaleRow> &rows = sale.rows;
    const Currency currency = sale.total.currency();
    QList<qint64> paid(rows.size(), 0);
    std::map<Decimal, qint64> receiptDiscount; // per rate, negative
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qint64 total = rows[i].total.minorUnits();
        if (total >= 0)
            paid[i] = total;
        else if (i > 0 && rows[i - 1].total.minorUnits() > 0 &&
                 rows[i - 1].taxRate == rows[i].taxRate && rows[i].kind == RowKind::RowDiscount &&
                 rows[i].description == rows[i - 1].description)
            paid[i - 1] += total; // the row's own discount
        else
            receiptDiscount[rows[i].taxRate] += total;
    }
    for (const auto &[rate, discount] : receiptDiscount) {
        QList<qsizetype> at;
        QList<qint64> weights;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i].total.minorUnits() > 0 && rows[i].taxRate == rate) {
                at.append(i);
                weights.append(qMax<qint64>(0, paid[i]));
            }
        }
        const QList<qint64> shares = splitInProportion(discount, weights);
        for (qsizetype k = 0; k < at.size(); ++k)
            paid[at[k]] += shares[k];
    }
    QList<Money> money;
    for (qint64 p : paid)
        money.append(Money(p, currency));
    return money;
}

Money refundShare(const RefundableRow &row, const Decimal &quantity)
{
    const qint64 q = milli(quantity);
    const qint64 left = milli(row.remaining);
    const qint64 paid = row.paid.minorUnits();
    if (q >= left) // the last of the row: exactly what is left of it
        return Money(paid - row.refundedAmount.minorUnits(), row.paid.currency());
    const qint64 sold = milli(row.sold.quantity);
    return Money(splitInProportion(paid, {q, sold - q}).first(), row.paid.currency());
}

QList<RefundableRow> refundableRows(const journal::Journal &journal, const journal::Sale &sale,
                                    const QString &ersReference)
{
    if (ersReference.isEmpty())
        return refundableRows(sale, QList<journal::RefundRow>());
    const auto refunded = journal.refundedRows(ersReference);
    return refundableRows(sale, refunded ? std::optional(*refunded) : std::nullopt);
}

QList<RefundableRow> refundableRows(const journal::Sale &sale,
                                    const std::optional<QList<journal::RefundRow>> &refunded)
{
    QList<RefundableRow> rows;
    rows.reserve(sale.rows.size());
    const QList<Money> paid = paidPerRow(sale);
    for (qsizetype i = 0; i < sale.rows.size(); ++i) {
        const journal::SaleRow &row = sale.rows[i];
        // A discount row goes with its row: nothing of it to give back alone.
        rows.append(RefundableRow{row, Decimal(), Money(0, row.total.currency()),
                                  row.total.isNegative() ? Decimal() : row.quantity, paid[i]});
    }
    if (!refunded) {
        // Unknown what was given back: no row may be refunded (an amount still may).
        for (RefundableRow &row : rows)
            row.remaining = Decimal();
        return rows;
    }
    std::map<int, std::pair<qint64, qint64>> given; // position → (milli quantity, minor units)
    for (const journal::RefundRow &r : *refunded) {
        auto &sum = given[r.position];
        sum.first += milli(r.quantity);
        sum.second += r.total.minorUnits();
    }
    for (const auto &[position, sum] : given) {
        if (position < 0 || position >= rows.size())
            continue;
        RefundableRow &row = rows[position];
        row.refunded = fromMilli(sum.first);
        row.refundedAmount = Money(sum.second, row.sold.total.currency());
        row.remaining = row.sold.total.isNegative()
                            ? Decimal()
                            : fromMilli(qMax<qint64>(0, milli(row.sold.quantity) - sum.first));
    }
    return rows;
}

Result<RefundLimits> refundLimits(const journal::Journal &journal, const QString &ersReference,
                                  const Currency &currency)
{
    const auto refundable = journal.refundable(ersReference);
    if (!refundable)
        return refundable.error();
    const auto rows = journal.refundedRows(ersReference);
    if (!rows)
        return rows.error();
    const auto cash = journal.refundedInCash(ersReference, currency);
    if (!cash)
        return cash.error();
    return RefundLimits{*refundable, *rows, *cash};
}

QList<journal::RefundRow> RefundPlan::refundRows() const
{
    QList<journal::RefundRow> list;
    for (int i = 0; i < rows.size(); ++i)
        list.append(journal::RefundRow{positions.value(i), rows[i].quantity, rows[i].total});
    return list;
}

QList<VatLine> vatInProportion(const Money &amount, const QList<GrossAtRate> &bases)
{
    QList<qint64> weights;
    for (const GrossAtRate &b : bases)
        weights.append(qMax<qint64>(0, b.gross.minorUnits()));
    const QList<qint64> split = splitInProportion(amount.minorUnits(), weights);
    QList<GrossAtRate> shares;
    for (qsizetype i = 0; i < bases.size(); ++i)
        shares.append(GrossAtRate{bases[i].ratePercent, Money(split[i], amount.currency())});
    return vatBreakdown(shares).valueOr({});
}

RefundPlan RefundPlan::make(const journal::Journal &journal, const journal::Sale &sale,
                            const QString &ersReference, const QList<Decimal> &quantities,
                            std::optional<Money> amount, std::optional<Money> knownRefundable)
{
    auto limits = ersReference.isEmpty()
                      ? Result<RefundLimits>(makeError(ErrorCode::NotFound, {}))
                      : refundLimits(journal, ersReference, sale.total.currency());
    if (!limits || !knownRefundable)
        return make(sale, ersReference, quantities, amount, limits);
    RefundLimits known = *limits;
    known.refundable = *knownRefundable;
    return make(sale, ersReference, quantities, amount, known);
}

namespace {

// The rows given back at the quantities asked (each row's gross added to its
// VAT rate in `grossPerRate`): their worth, or nothing when a quantity is wrong.
std::optional<qint64> takeRows(RefundPlan &plan, const QList<RefundableRow> &rows,
                               const QList<Decimal> &quantities,
                               std::map<Decimal, qint64> &grossPerRate)
{
    qint64 rowsWorth = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Decimal q = quantities.value(i);
        if (q.isZero())
            continue;
        if (q.isNegative() || q.scale() > kQuantityScale || milli(q) > milli(rows[i].remaining)) {
            plan.problem = RefundPlan::Problem::RowQuantity;
            plan.problemRow = i;
            return std::nullopt;
        }
        journal::SaleRow given = rows[i].sold;
        given.quantity = q;
        given.total = refundShare(rows[i], q);
        plan.rows.append(given);
        plan.positions.append(i);
        rowsWorth += given.total.minorUnits();
        grossPerRate[given.taxRate] += given.total.minorUnits();
    }
    return rowsWorth;
}

// What SEQR gives back: the amount asked, else the rows' worth, of which a
// sale paid partly in cash gives back what SEQR may and the rest in cash.
void chooseAmount(RefundPlan &plan, const journal::Sale &sale, std::optional<Money> amount,
                  const RefundLimits &limits, qint64 rowsWorth,
                  const std::optional<Money> &cashPaid)
{
    const Currency currency = sale.total.currency();
    if (cashPaid && !plan.rows.isEmpty())
        plan.cashLeft = Money(
            qMax<qint64>(0, cashPaid->minorUnits() - limits.cashRefunded.minorUnits()), currency);
    if (amount)
        plan.amount = *amount;
    else if (cashPaid && !plan.rows.isEmpty())
        plan.amount = Money(seqrShare(rowsWorth, sale, *cashPaid, plan.cashLeft.minorUnits(),
                                      limits.refundable.minorUnits()),
                            currency);
    else
        plan.amount = Money(rowsWorth, currency);
}

// The VAT given back: in proportion to the rows given back, or to the whole
// sale's VAT when an amount alone is refunded.
QList<GrossAtRate> vatBases(const RefundPlan &plan, const std::map<Decimal, qint64> &grossPerRate,
                            const journal::Sale &sale)
{
    QList<GrossAtRate> bases;
    if (!plan.rows.isEmpty()) {
        for (auto it = grossPerRate.rbegin(); it != grossPerRate.rend(); ++it)
            bases.append(GrossAtRate{it->first, Money(it->second, sale.total.currency())});
    } else {
        for (const VatLine &v : sale.vat)
            bases.append(GrossAtRate{v.ratePercent, v.gross});
    }
    return bases;
}

} // namespace

RefundPlan RefundPlan::make(const journal::Sale &sale, const QString &ersReference,
                            const QList<Decimal> &quantities, std::optional<Money> amount,
                            const Result<RefundLimits> &limits)
{
    RefundPlan plan;
    plan.ersReference = ersReference;
    plan.receiptNumber = sale.receiptNumber;
    const Currency currency = sale.total.currency();
    plan.amount = Money(0, currency);
    if (ersReference.isEmpty() || !limits) {
        plan.problem = Problem::NotSeqr;
        if (!limits)
            plan.limitsError = limits.error();
        return plan;
    }
    const Money *refundable = &limits->refundable;
    plan.refundable = *refundable;
    plan.remaining = *refundable;
    const QList<RefundableRow> rows = refundableRows(sale, limits->refunded);
    std::map<Decimal, qint64> grossPerRate;
    const std::optional<qint64> worth = takeRows(plan, rows, quantities, grossPerRate);
    if (!worth)
        return plan;
    const qint64 rowsWorth = *worth;
    if (plan.rows.isEmpty() && !amount) {
        plan.problem = Problem::NothingChosen;
        return plan;
    }
    plan.cash = Money(0, currency);
    plan.kept = Money(0, currency);
    const auto cashPaid = paidInCash(sale);
    chooseAmount(plan, sale, amount, *limits, rowsWorth, cashPaid);
    if (!(plan.amount.currency() == currency) || !plan.amount.isPositive()) {
        plan.problem = Problem::AmountNotPositive;
        return plan;
    }
    if (!plan.rows.isEmpty() && plan.amount.minorUnits() > rowsWorth) {
        plan.problem = Problem::MoreThanRows;
        return plan;
    }
    if (plan.amount.minorUnits() > refundable->minorUnits()) {
        plan.problem = Problem::MoreThanRefundable;
        return plan;
    }
    plan.remaining = Money(refundable->minorUnits() - plan.amount.minorUnits(), currency);
    const qint64 beyond = plan.rows.isEmpty() ? 0 : rowsWorth - plan.amount.minorUnits();
    if (cashPaid && beyond > plan.cashLeft.minorUnits()) {
        plan.problem = Problem::MoreCashThanPaid;
        return plan;
    }
    (cashPaid ? plan.cash : plan.kept) = Money(beyond, currency);
    plan.vat = vatInProportion(plan.total(), vatBases(plan, grossPerRate, sale));
    return plan;
}

} // namespace kassa
