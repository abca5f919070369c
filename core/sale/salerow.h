#pragma once

#include "core/common/result.h"
#include "core/journal/journaltypes.h"

namespace kassa {

// Swedish VAT rates a row may carry.
bool isSwedishVatRate(const Decimal &ratePercent);

// A sale row from what a cashier (or kassa-cli) typed: a description, a
// quantity (a count, or a weight with up to 3 decimals), a unit price in the
// currency and a VAT rate (25, 12, 6 or 0). The row total is price × quantity
// rounded half away from zero. Refuses empty descriptions, zero or negative
// quantities, malformed numbers and amounts with more decimals than the
// currency has. A negative price makes a discount row.
Result<journal::SaleRow> makeSaleRow(const QString &description, QStringView quantity,
                                     QStringView unitPrice, QStringView taxRate,
                                     const Currency &currency);

// What `quantity` of a sold row is worth: the row's total × quantity / the
// row's quantity, rounded half away from zero; refuses more than was sold.
Result<Money> shareOfRow(const journal::SaleRow &row, const Decimal &quantity);

// The sum of the rows; refuses mixed currencies and overflow.
Result<Money> saleTotal(const QList<journal::SaleRow> &rows);

} // namespace kassa
