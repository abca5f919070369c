#include "core/sale/cart.h"

namespace kassa {

void Cart::setLoyalty(const QList<SaleRow> &rows, const QList<LoyaltyLine> &lines)
{
    if (rows == m_loyaltyRows && lines == m_loyaltyLines)
        return;
    m_loyaltyRows = rows;
    m_loyaltyLines = lines;
    changed();
}

} // namespace kassa
