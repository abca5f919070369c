#include "core/sale/salebalance.h"

namespace kassa {

Money SaleBalance::discounts() const
{
    return Money(rowDiscounts.minorUnits() + receiptDiscount.minorUnits(), total.currency());
}

Money SaleBalance::toPay() const
{
    const qint64 left = total.minorUnits() - cash.minorUnits() - seqr.minorUnits();
    return Money(left > 0 ? left : 0, total.currency());
}

Money SaleBalance::change() const
{
    // SEQR is asked for exactly what is left, so only cash is given back.
    const qint64 over = cash.minorUnits() + seqr.minorUnits() - total.minorUnits();
    return Money(over > 0 ? over : 0, total.currency());
}

bool SaleBalance::isCoveredByCash() const
{
    return cash.isPositive() && total.minorUnits() <= cash.minorUnits();
}

} // namespace kassa
