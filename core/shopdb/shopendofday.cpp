#include "core/shopdb/shopendofday.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kassa::shopdb {

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
    // The database adds the sales up (a day of 100,000 sales is a few rows);
    // refunds are few and counted here, with the reconciliation's figures.
    auto figures = shop.salesFigures(from, to, currency, terminalId);
    if (!figures)
        return figures.error();
    auto refunds = shop.refundsBetween(from, to, terminalId);
    if (!refunds)
        return refunds.error();
    ZReport z = makeZReport(QList<journal::Sale>(), *refunds, from, to, currency, reconciliation);
    qint64 total = 0;
    for (const ShopDatabase::SalesFigures::Hour &h : figures->hours) {
        z.salesCount += h.count;
        total += h.totalMinor;
        const int hour = h.start.toLocalTime().time().hour();
        z.salesPerHour[hour] += h.totalMinor;
        z.countPerHour[hour] += h.count;
    }
    z.total = Money(total, currency);
    z.cash = Money(figures->cashMinor, currency);
    z.seqr = Money(figures->seqrMinor, currency);
    z.net = Money(total - z.refunds.minorUnits(), currency);
    z.vat = figures->vat;
    // The inspector's events of every till (or the one), per till and in all.
    auto events = shop.events(from, to, terminalId);
    if (!events)
        return events.error();
    QList<std::pair<QString, journal::TillEvent>> byTill;
    for (const ShopEvent &e : *events)
        byTill.append({e.tillName.isEmpty() ? e.terminalId : e.tillName, e.event});
    addZReportEvents(z, byTill);
    return z;
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

Result<ShopDayEvents> shopDayEvents(const ShopDatabase &shop, const QDateTime &from,
                                    const QDateTime &to, const QString &terminalId)
{
    auto events = shop.events(from, to, terminalId);
    if (!events)
        return events.error();
    ShopDayEvents day;
    day.events = *events;
    for (const ShopEvent &e : *events) {
        ++day.count[e.event.kind];
        // A float change's amount is the float then, not money taken in.
        if (e.event.amount && e.event.kind != u"float-change" && e.event.kind != u"price-change")
            day.amount[e.event.kind] += e.event.amount->minorUnits();
    }
    return day;
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

} // namespace kassa::shopdb
