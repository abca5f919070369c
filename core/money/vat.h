#pragma once

#include "core/common/result.h"
#include "core/money/decimal.h"
#include "core/money/money.h"

#include <QList>

namespace kassa {

// VAT contained in a gross (VAT-inclusive) amount at a percentage rate such as
// 25, 12, 6 or 0: gross × rate / (100 + rate), rounded by divideRounded().
// Swedish VAT rates a row may carry: 25, 12, 6 or 0 per cent.
bool isSwedishVatRate(const Decimal &ratePercent);

Result<Money> vatFromGross(const Money &gross, const Decimal &ratePercent);

struct VatLine
{
    Decimal ratePercent;
    Money gross;
    Money vat;
    Money net;
};

struct GrossAtRate
{
    Decimal ratePercent;
    Money gross;
};

// Groups gross amounts by rate (highest rate first) and extracts the VAT of
// each group once, so the receipt's per-rate VAT does not accumulate per-row
// rounding. Refuses negative rates, rates of 100 % or more and mixed currencies.
Result<QList<VatLine>> vatBreakdown(const QList<GrossAtRate> &amounts);

} // namespace kassa
