#include "core/payment/refundplan.h"

#include "core/money/share.h"
#include "core/sale/salerow.h"

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

} // namespace

QList<RefundableRow> refundableRows(const journal::Journal &journal, const journal::Sale &sale,
                                    const QString &ersReference)
{
    QList<RefundableRow> rows;
    rows.reserve(sale.rows.size());
    for (const journal::SaleRow &row : sale.rows)
        rows.append(RefundableRow{row, Decimal(), Money(0, row.total.currency()), row.quantity});
    if (ersReference.isEmpty())
        return rows;
    const auto refunded = journal.refundedRows(ersReference);
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
        row.remaining = fromMilli(qMax<qint64>(0, milli(row.sold.quantity) - sum.first));
    }
    return rows;
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
    RefundPlan plan;
    plan.ersReference = ersReference;
    plan.receiptNumber = sale.receiptNumber;
    const Currency currency = sale.total.currency();
    plan.amount = Money(0, currency);
    const auto refundable = ersReference.isEmpty()
                                ? Result<Money>(makeError(ErrorCode::NotFound, {}))
                            : knownRefundable ? Result<Money>(*knownRefundable)
                                              : journal.refundable(ersReference);
    if (!refundable) {
        plan.problem = Problem::NotSeqr;
        return plan;
    }
    plan.refundable = *refundable;
    plan.remaining = *refundable;
    const QList<RefundableRow> rows = refundableRows(journal, sale, ersReference);
    std::map<Decimal, qint64> grossPerRate;
    qint64 rowsWorth = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Decimal q = quantities.value(i);
        if (q.isZero())
            continue;
        const auto share = shareOfRow(rows[i].sold, q);
        if (q.isNegative() || !share || milli(q) > milli(rows[i].remaining)) {
            plan.problem = Problem::RowQuantity;
            plan.problemRow = i;
            return plan;
        }
        journal::SaleRow given = rows[i].sold;
        given.quantity = q;
        given.total = *share;
        plan.rows.append(given);
        plan.positions.append(i);
        rowsWorth += share->minorUnits();
        grossPerRate[given.taxRate] += share->minorUnits();
    }
    if (plan.rows.isEmpty() && !amount) {
        plan.problem = Problem::NothingChosen;
        return plan;
    }
    plan.amount = amount ? *amount : Money(rowsWorth, currency);
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
    // The VAT given back: in proportion to the rows given back, or to the
    // whole sale's VAT when an amount alone is refunded.
    QList<GrossAtRate> bases;
    if (!plan.rows.isEmpty()) {
        for (auto it = grossPerRate.rbegin(); it != grossPerRate.rend(); ++it)
            bases.append(GrossAtRate{it->first, Money(it->second, currency)});
    } else {
        for (const VatLine &v : sale.vat)
            bases.append(GrossAtRate{v.ratePercent, v.gross});
    }
    plan.vat = vatInProportion(plan.amount, bases);
    return plan;
}

} // namespace kassa
