#include "core/sale/salerow.h"

#include "core/money/vat.h"

#include "core/money/int128.h"

using namespace Qt::StringLiterals;

namespace kassa {

Result<SaleRow> makeSaleRow(const QString &description, QStringView quantity, QStringView unitPrice,
                            QStringView taxRate, const Currency &currency)
{
    SaleRow row;
    row.description = description.trimmed();
    if (row.description.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"a row needs a description"_s);
    auto q = Decimal::parse(quantity);
    if (!q)
        return makeError(ErrorCode::InvalidArgument, u"quantity \u201c"_s + quantity.toString() +
                                                         u"\u201d: "_s + q.error().detail);
    if (q->isNegative() || q->isZero())
        return makeError(ErrorCode::InvalidArgument, u"quantity must be more than zero"_s);
    if (q->scale() > 3)
        return makeError(ErrorCode::InvalidArgument, u"quantity has more than 3 decimals"_s);
    auto price = Money::parse(unitPrice, currency);
    if (!price)
        return makeError(ErrorCode::InvalidArgument, u"price \u201c"_s + unitPrice.toString() +
                                                         u"\u201d: "_s + price.error().detail);
    auto rate = Decimal::parse(taxRate.isEmpty() ? u"25" : taxRate);
    if (!rate || !isSwedishVatRate(*rate))
        return makeError(ErrorCode::InvalidArgument, u"VAT rate \u201c"_s + taxRate.toString() +
                                                         u"\u201d is not 25, 12, 6 or 0"_s);
    auto total = price->timesQuantity(*q);
    if (!total)
        return total.error();
    row.quantity = *q;
    row.unit = q->scale() > 0 ? u"kg"_s : u"st"_s;
    row.unitPrice = *price;
    row.total = *total;
    row.taxRate = *rate;
    return row;
}

Result<Money> shareOfRow(const SaleRow &row, const Decimal &quantity)
{
    if (quantity.isNegative())
        return makeError(ErrorCode::InvalidArgument, u"a quantity cannot be negative"_s);
    if (row.quantity < quantity)
        return makeError(ErrorCode::InvalidArgument,
                         u"more than the "_s + row.quantity.toString() + u" sold"_s);
    if (row.quantity.isZero())
        return Money(0, row.total.currency());
    // total × q / Q with both quantities brought to integers at a common scale.
    const int scale = qMax(row.quantity.scale(), quantity.scale());
    const auto q = quantity.scaledTo(scale);
    const auto sold = row.quantity.scaledTo(scale);
    if (!q || !sold)
        return makeError(ErrorCode::Overflow, u"quantity too precise"_s);
    const int128 share = divideRounded(int128(row.total.minorUnits()) * *q, *sold);
    return Money(qint64(share), row.total.currency());
}

Result<Money> saleTotal(const QList<SaleRow> &rows)
{
    if (rows.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"no rows"_s);
    Money total(0, rows.first().total.currency());
    for (const SaleRow &row : rows) {
        auto sum = total.plus(row.total);
        if (!sum)
            return sum.error();
        total = *sum;
    }
    return total;
}

} // namespace kassa
