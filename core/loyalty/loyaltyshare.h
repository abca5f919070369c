#pragma once

#include "core/money/decimal.h"

#include <QList>

// Stand-ins with the exact signatures and rule of core/money/share.h
// (INTERFACES.md, owned by refund27) until that header is in main; then
// loyalty uses it and this file goes. The rounding is divideRounded's, the
// one rule for money.
namespace kassa::loyalty::detail {

qint64 percentOf(qint64 minor, const Decimal &percent);
QList<qint64> splitInProportion(qint64 total, const QList<qint64> &weights);

} // namespace kassa::loyalty::detail
