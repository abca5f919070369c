#include "core/money/vat.h"

#include "core/money/int128.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

bool isSwedishVatRate(const Decimal &rate)
{
    for (int allowed : {25, 12, 6, 0}) {
        if (rate == Decimal::fromInteger(allowed))
            return true;
    }
    return false;
}

Result<Money> vatFromGross(const Money &gross, const Decimal &ratePercent)
{
    if (ratePercent.isNegative() || !(ratePercent < Decimal::fromInteger(100)))
        return makeError(ErrorCode::InvalidArgument,
                         u"VAT rate out of range: "_s + ratePercent.toString());
    // rate = m / 10^s, so vat = gross × m / (100 × 10^s + m).
    const int128 m = ratePercent.mantissa();
    const int128 denominator = int128(100) * pow10(ratePercent.scale()) + m;
    const int128 vat = divideRounded(int128(gross.minorUnits()) * m, denominator);
    return Money(qint64(vat), gross.currency());
}

Result<QList<VatLine>> vatBreakdown(const QList<GrossAtRate> &amounts)
{
    QList<VatLine> lines;
    for (const GrossAtRate &amount : amounts) {
        auto it = std::find_if(lines.begin(), lines.end(), [&](const VatLine &line) {
            return line.ratePercent == amount.ratePercent;
        });
        if (it == lines.end()) {
            lines.append(VatLine{amount.ratePercent, amount.gross, {}, {}});
            continue;
        }
        auto sum = it->gross.plus(amount.gross);
        if (!sum)
            return sum.error();
        it->gross = *sum;
    }
    for (VatLine &line : lines) {
        auto vat = vatFromGross(line.gross, line.ratePercent);
        if (!vat)
            return vat.error();
        line.vat = *vat;
        line.net = *line.gross.minus(line.vat);
    }
    std::sort(lines.begin(), lines.end(),
              [](const VatLine &a, const VatLine &b) { return b.ratePercent < a.ratePercent; });
    return lines;
}

} // namespace kassa
