#include "core/shop/shopendofday.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kassa::shop {

Result<Reconciliation> reconcileShop(const ShopDatabase &shop, const ReconciliationReport &report,
                                     const QDateTime &after, const QDateTime &upTo,
                                     const Currency &currency, const QString &terminalId)
{
    auto movements = shop.seqrMovements(after, upTo, terminalId);
    if (!movements)
        return movements.error();
    Reconciliation r = reconcile(report, *movements, terminalId, currency);
    r.perTerminal = !terminalId.isEmpty();
    return r;
}

Result<ZReport> shopZReport(const ShopDatabase &shop, const QDateTime &from, const QDateTime &to,
                            const Currency &currency, const QString &terminalId,
                            const Reconciliation *reconciliation)
{
    // A sale counts by when it completed; one created the evening before and
    // paid after `from` belongs here too.
    auto sales = shop.sales(from.isValid() ? from.addDays(-1) : from, to.addSecs(1), terminalId);
    if (!sales)
        return sales.error();
    auto refunds = shop.refundsBetween(from, to, terminalId);
    if (!refunds)
        return refunds.error();
    QList<journal::Sale> plain;
    plain.reserve(sales->size());
    for (const ShopSale &s : *sales)
        plain.append(s.sale);
    return makeZReport(plain, *refunds, from, to, currency, reconciliation);
}

Result<Money> refundableAcrossTills(const ShopDatabase &shop, const journal::Journal &local,
                                    const QString &ersReference)
{
    auto remaining = shop.refundable(ersReference);
    if (!remaining) {
        // A payment of this till not in the shop database yet: its own journal knows it.
        if (remaining.error().code == ErrorCode::NotFound)
            return local.refundable(ersReference);
        return remaining.error();
    }
    auto known = shop.refunds(ersReference);
    if (!known)
        return known.error();
    QSet<QString> counted;
    for (const journal::Refund &r : *known)
        counted.insert(r.refundErsReference);
    const auto localRefunds = local.refunds({});
    if (!localRefunds)
        return localRefunds.error();
    qint64 left = remaining->minorUnits();
    for (const journal::Refund &r : *localRefunds) {
        if (r.originalErsReference == ersReference && !counted.contains(r.refundErsReference))
            left -= r.amount.minorUnits();
    }
    return Money(left, remaining->currency());
}

Result<QList<TillProgress>> tillsBehind(const ShopDatabase &shop)
{
    auto all = shop.progress();
    if (!all)
        return all.error();
    QList<TillProgress> behind;
    for (const TillProgress &p : *all) {
        if (p.behind() > 0)
            behind.append(p);
    }
    return behind;
}

} // namespace kassa::shop
