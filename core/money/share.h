#pragma once

#include "core/money/decimal.h"

#include <QList>

namespace kassa {

// `percent` per cent of an amount in minor units ("10 % of 99.95" = 10.00 kr
// rounded from 9.995), rounded half away from zero by divideRounded(), the one
// rounding rule for money.
qint64 percentOf(qint64 minor, const Decimal &percent);

// `total` split in proportion to `weights` (each >= 0): each share rounded by
// divideRounded(), and the rounding rest given to the largest weight (the first
// of equal ones), so the shares always add up to `total` exactly. When the
// weights add up to zero, the first takes all. Used for a receipt discount
// over VAT rates and rows, and for what a refund gives back of each row.
QList<qint64> splitInProportion(qint64 total, const QList<qint64> &weights);

} // namespace kassa
