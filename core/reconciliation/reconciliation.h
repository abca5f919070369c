#pragma once

#include "core/journal/journaltypes.h"
#include "core/reconciliation/reconciliationreport.h"

#include <QList>
#include <QString>

#include <optional>

namespace kassa {

// One SEQR payment or refund as seen from both sides.
struct ReconciliationLine
{
    enum class Kind
    {
        Matched,
        OnlyAtSeqr,
        OnlyInKassa,
        AmountDiffers
    };
    Kind kind = Kind::Matched;
    QString ersReference;
    std::optional<Money> seqrAmount;
    std::optional<Money> kassaAmount;
    bool isRefund = false;
};

struct Reconciliation
{
    QString transactionPeriodId;
    bool perTerminal = false;
    QList<ReconciliationLine> lines;
    int otherTillsCount = 0; // rows of other tills in a shop report: not this till's to match
    Money seqrTotal;
    Money kassaTotal;

    int count(ReconciliationLine::Kind kind) const;
    bool isClean() const;
};

// Matches a report's rows (STD_RECON_003/007: ErsReference, SalesAmount,
// TerminalId) with the journal's SEQR payments and refunds of the same
// period. Rows of other terminals are counted, not matched.
Reconciliation reconcile(const ReconciliationReport &report,
                         const QList<journal::SeqrMovement> &journal, const QString &terminalId,
                         const Currency &currency);

QString lineKindName(ReconciliationLine::Kind kind);

} // namespace kassa
