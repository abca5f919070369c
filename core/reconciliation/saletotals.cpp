#include "core/reconciliation/saletotals.h"

namespace kassa {

void SaleTotals::add(const journal::Sale &sale)
{
    total += sale.total.minorUnits();
    for (const journal::Tender &t : sale.tenders)
        (t.kind == journal::TenderKind::Cash ? cash : seqr) += t.amount.minorUnits();
    for (const VatLine &v : sale.vat) {
        auto &sums = vat[v.ratePercent];
        sums[0] += v.gross.minorUnits();
        sums[1] += v.vat.minorUnits();
        sums[2] += v.net.minorUnits();
    }
}

QList<VatLine> SaleTotals::vatLines(const Currency &currency) const
{
    QList<VatLine> lines;
    for (auto it = vat.rbegin(); it != vat.rend(); ++it)
        lines.append(VatLine{it->first, Money(it->second[0], currency),
                             Money(it->second[1], currency), Money(it->second[2], currency)});
    return lines;
}

} // namespace kassa
