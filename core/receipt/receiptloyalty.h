#pragma once

#include "core/journal/loyaltytypes.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptwords.h"

namespace kassa {

// A sale's loyalty cards and coupons on its receipt, after the payments:
// each with its kind, friendly name and masked number ("Loyalty card: Kassa
// Club ****0042") and what it gave (the discount, which is also a row of
// the receipt, or the points a points-only card earned).
void addLoyalty(ReceiptContent &doc, const QList<journal::LoyaltyDiscount> &loyalty,
                const ReceiptWords &w);

} // namespace kassa
