#pragma once

#include <QtGlobal>

#include <limits>

namespace kassa {

// 128-bit intermediate for exact products of two 64-bit amounts; never stored.
__extension__ typedef __int128 int128;

inline bool fitsInt64(int128 v)
{
    return v >= int128(std::numeric_limits<qint64>::min()) &&
           v <= int128(std::numeric_limits<qint64>::max());
}

// 10^exponent for exponent in [0, 18].
qint64 pow10(int exponent);

// The one rounding rule for money in Kassa: divide and round half away from
// zero ("commercial rounding": 0.5 → 1, -0.5 → -1, 0.49 → 0). Every row total,
// VAT amount and unit conversion goes through here. denominator > 0.
int128 divideRounded(int128 numerator, int128 denominator);

} // namespace kassa
