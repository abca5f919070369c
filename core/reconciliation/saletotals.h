#pragma once

#include "core/journal/journaltypes.h"
#include "core/money/vat.h"

#include <QList>

#include <array>
#include <map>

namespace kassa {

// What completed sales add up to, as the day report (X) and the Z report
// count them: the total, the cash and SEQR tenders, the VAT per rate.
// Minor units of the one currency the reports are in.
struct SaleTotals
{
    qint64 total = 0;
    qint64 cash = 0;
    qint64 seqr = 0;
    std::map<Decimal, std::array<qint64, 3>> vat; // gross, vat, net

    void add(const journal::Sale &sale);
    // The VAT lines, the highest rate first.
    QList<VatLine> vatLines(const Currency &currency) const;
};

} // namespace kassa
