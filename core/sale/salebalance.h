#pragma once

#include "core/money/money.h"

#include <QList>
#include <QString>

namespace kassa {

// Where a sale stands: what it comes to, the discounts in it, the cash the
// customer handed over so far and what that leaves — to pay (with SEQR, the
// last tender) or to give back. The cashier's window, the customer display
// and the receipt all tell this one story. A plain value; all amounts are in
// the cart's currency.
// A loyalty card or coupon on the sale, as its own line below the rows:
// "Kassa Club ****0042 10 %" and the discount it gives (or the points a
// points-only card earns).
struct LoyaltyLine
{
    QString text;
    Money discount; // ≥ 0
    qint64 points = 0;
    friend bool operator==(const LoyaltyLine &, const LoyaltyLine &) = default;
};

struct SaleBalance
{
    Money rowDiscounts;         // the rows' discounts together, ≥ 0
    Money receiptDiscount;      // off the whole receipt, ≥ 0
    Money total;                // what the sale comes to, after all discounts
    Money cash;                 // cash received so far
    Money seqr;                 // paid with SEQR (only once the sale is completed)
    QList<LoyaltyLine> loyalty; // the cards and coupons, in the total already

    // Row and receipt discounts together.
    Money discounts() const;
    // What is still to be paid: the total less the cash (and SEQR), never
    // below zero. This is the amount SEQR is asked for.
    Money toPay() const;
    // The cash to give back: what was handed over beyond the total.
    Money change() const;
    // The cash received covers the whole total: the sale is finished with
    // cash (giving back the change), SEQR has nothing to take.
    bool isCoveredByCash() const;
};

} // namespace kassa
