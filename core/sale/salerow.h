#pragma once

#include "core/common/result.h"
#include "core/money/decimal.h"
#include "core/money/money.h"

#include <QList>
#include <QString>

namespace kassa {

// What a row is: an item (its description is the item's name), a row
// discount (its description is the discounted item's name) or a receipt
// discount's share at one VAT rate (no description). The words a discount
// row is shown with are made when it is shown (core/sale/rowtext.h), in the
// language of whoever reads it; the journal keeps the kind, not the words.
enum class RowKind
{
    Item,
    RowDiscount,
    ReceiptDiscount
};

// One row of a sale as it is journaled, invoiced and printed: what was sold,
// how much of it (a count, or a weight with up to 3 decimals), the unit
// price, the row's total (gross, VAT included) and its VAT rate; for the
// day reports its main group, whether it is a service and whether it is a
// discount.
struct SaleRow
{
    QString description;
    QString ean;
    QString sku;
    Decimal quantity = Decimal::fromInteger(1);
    QString unit;
    Money unitPrice;
    Money total;
    Decimal taxRate = Decimal::fromInteger(25);
    QString group;         // the catalog's main group (optional)
    bool service = false;  // a service, not an item (the catalog's `service` flag)
    bool discount = false; // a discount the cart made (row or receipt discount)
    RowKind kind = RowKind::Item;
    friend bool operator==(const SaleRow &, const SaleRow &) = default;
};

// A sale row from what a cashier (or kassa-cli) typed: a description, a
// quantity (a count, or a weight with up to 3 decimals), a unit price in the
// currency and a VAT rate (25, 12, 6 or 0). The row total is price × quantity
// rounded half away from zero. Refuses empty descriptions, zero or negative
// quantities, malformed numbers and amounts with more decimals than the
// currency has. A negative price makes a discount row.
Result<SaleRow> makeSaleRow(const QString &description, QStringView quantity, QStringView unitPrice,
                            QStringView taxRate, const Currency &currency);

// What `quantity` of a sold row is worth: the row's total × quantity / the
// row's quantity, rounded half away from zero; refuses more than was sold.
Result<Money> shareOfRow(const SaleRow &row, const Decimal &quantity);

// The sum of the rows; refuses mixed currencies and overflow.
Result<Money> saleTotal(const QList<SaleRow> &rows);

} // namespace kassa
