#include "core/reconciliation/reconciliation.h"

#include "core/common/enumname.h"
#include <QHash>

using namespace Qt::StringLiterals;

namespace kassa {

int Reconciliation::count(ReconciliationLine::Kind kind) const
{
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [kind](const auto &l) { return l.kind == kind; }));
}

bool Reconciliation::isClean() const
{
    return count(ReconciliationLine::Kind::Matched) == lines.size();
}

QString lineKindName(ReconciliationLine::Kind kind)
{
    return enumWords(kind); // matched, only at SEQR, only in Kassa, amount differs
}

Reconciliation reconcile(const ReconciliationReport &report,
                         const QList<journal::SeqrMovement> &journal, const QString &terminalId,
                         const Currency &currency, const QSet<QString> &closedEarlier)
{
    return reconcileTills(report, journal,
                          terminalId.isEmpty() ? QSet<QString>() : QSet<QString>{terminalId},
                          currency, closedEarlier);
}

namespace {

// A report row's SalesAmount in its own currency (the till's when it names none).
std::optional<Money> seqrAmount(const ReconciliationReport::Row &row, const Currency &currency)
{
    const QString code = row.value(u"Currency");
    const auto rowCurrency =
        code.isEmpty() ? std::optional<Currency>(currency) : Currency::fromCode(code);
    if (!rowCurrency)
        return std::nullopt;
    auto amount = Money::parse(row.value(u"SalesAmount"), *rowCurrency);
    if (!amount)
        return std::nullopt;
    return *amount;
}

} // namespace

Reconciliation reconcileTills(const ReconciliationReport &report,
                              const QList<journal::SeqrMovement> &journal,
                              const QSet<QString> &terminalIds, const Currency &currency,
                              const QSet<QString> &closedEarlier)
{
    Reconciliation r;
    r.transactionPeriodId = report.transactionPeriodId;
    r.seqrTotal = Money(0, currency);
    r.kassaTotal = Money(0, currency);
    QHash<QString, const journal::SeqrMovement *> local;
    local.reserve(journal.size());
    r.lines.reserve(report.rows.size());
    for (const journal::SeqrMovement &m : journal) {
        local.insert(m.ersReference, &m);
        r.kassaTotal = r.kassaTotal.plus(m.amount).valueOr(r.kassaTotal);
    }
    for (const ReconciliationReport::Row &row : report.rows) {
        const QString ers = row.value(u"ErsReference");
        if (ers.isEmpty())
            continue;
        const QString rowTerminal = row.value(u"TerminalId");
        if (!terminalIds.isEmpty() && !rowTerminal.isEmpty() &&
            !terminalIds.contains(rowTerminal)) {
            ++r.otherTillsCount;
            continue;
        }
        if (!local.contains(ers) && closedEarlier.contains(ers)) {
            ++r.closedEarlierCount;
            continue;
        }
        ReconciliationLine line;
        line.ersReference = ers;
        line.isRefund = row.value(u"Type") == u"REFUND";
        line.seqrAmount = seqrAmount(row, currency);
        if (line.seqrAmount)
            r.seqrTotal = r.seqrTotal.plus(*line.seqrAmount).valueOr(r.seqrTotal);
        if (const auto *mine = local.take(ers)) {
            line.kassaAmount = mine->amount;
            line.isRefund = mine->isRefund;
            line.kind = line.seqrAmount && *line.seqrAmount == mine->amount
                            ? ReconciliationLine::Kind::Matched
                            : ReconciliationLine::Kind::AmountDiffers;
        } else {
            line.kind = ReconciliationLine::Kind::OnlyAtSeqr;
        }
        r.lines.append(line);
    }
    for (const journal::SeqrMovement &m : journal) {
        if (!local.contains(m.ersReference))
            continue;
        ReconciliationLine line;
        line.kind = ReconciliationLine::Kind::OnlyInKassa;
        line.ersReference = m.ersReference;
        line.kassaAmount = m.amount;
        line.isRefund = m.isRefund;
        r.lines.append(line);
    }
    return r;
}

} // namespace kassa
