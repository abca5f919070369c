#include "core/checkout/cashdoubt.h"

#include "core/money/int128.h"

namespace kassa {

std::optional<CashDoubt> doubtCash(const Money &typed, const Money &due,
                                   const std::optional<Money> &maximum)
{
    if (!typed.isPositive() || !due.isPositive() || !(typed.currency() == due.currency()))
        return std::nullopt;
    const bool overMaximum = maximum && maximum->isPositive() &&
                             maximum->currency() == typed.currency() &&
                             maximum->minorUnits() < typed.minorUnits();
    const bool overDue = int128(due.minorUnits()) * CashDoubt::timesDue < typed.minorUnits();
    if (!overMaximum && !overDue)
        return std::nullopt;
    qint64 shift = 1;
    for (int i = 0; i < typed.currency().decimals(); ++i)
        shift *= 10;
    // Whole units typed without their decimals: 4590 meant 45.90.
    const qint64 smaller = typed.minorUnits() / shift;
    const bool smallerPays =
        smaller >= due.minorUnits() && shift > 1 &&
        (!maximum || !maximum->isPositive() || smaller <= maximum->minorUnits());
    return CashDoubt{typed, Money(smallerPays ? smaller : due.minorUnits(), typed.currency()),
                     overMaximum};
}

} // namespace kassa
