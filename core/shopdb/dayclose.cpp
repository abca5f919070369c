#include "core/shopdb/dayclose.h"

#include "core/shopdb/shopendofday.h"

namespace kassa::shopdb {

namespace {

// The shop's close from the shop database; an error leaves the till's own.
Status closeShopWide(const DayCloseSetup &setup, const ReconciliationReport &report, DayClose &day)
{
    const Reconciliation &tillOnly = day.reconciliation;
    const QDateTime to = tillOnly.to.isValid() ? tillOnly.to : QDateTime::currentDateTimeUtc();
    auto shop = ShopDatabase::open(setup.shopDatabase);
    if (!shop)
        return shop.error();
    auto matched = reconcileShop(**shop, report, tillOnly.from, to, setup.currency);
    if (!matched)
        return matched.error();
    Reconciliation wide = *matched;
    wide.transactionPeriodId = tillOnly.transactionPeriodId;
    wide.from = tillOnly.from;
    wide.to = tillOnly.to;
    auto z = shopZReport(**shop, tillOnly.from, to, setup.currency, {}, &wide);
    if (!z)
        return z.error();
    day.reconciliation = wide;
    day.z = std::move(z).value();
    day.shopWide = true;
    if (auto behind = tillsBehind(**shop); behind) {
        for (const TillProgress &t : *behind)
            day.notFinal.append(t.till.name.isEmpty() ? t.till.terminalId : t.till.name);
    }
    return Ok{};
}

} // namespace

Result<DayClose> closeDay(const DayCloseSetup &setup, const Reconciliation &closed,
                          const std::optional<ReconciliationReport> &report)
{
    DayClose day;
    day.reconciliation = closed;
    if (!closed.perTerminal && setup.shopDatabase.isEnabled() && report) {
        const Status shop = closeShopWide(setup, *report, day);
        if (shop)
            return day;
        day.shopProblem = shop.error();
    }
    QList<const journal::Journal *> journals{setup.journal};
    if (!closed.perTerminal)
        journals.append(setup.localTills);
    auto z = makeZReport(journals, closed.from,
                         closed.to.isValid() ? closed.to : QDateTime::currentDateTimeUtc(),
                         setup.currency, &closed);
    if (!z)
        return z.error();
    day.z = std::move(z).value();
    day.z.tillName = setup.tillName;
    return day;
}

} // namespace kassa::shopdb
