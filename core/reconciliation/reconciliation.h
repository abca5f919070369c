#pragma once

#include "core/journal/journaltypes.h"
#include "core/reconciliation/reconciliationreport.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace kassa {

// One SEQR payment or refund as seen from both sides.
struct ReconciliationLine
{
    Q_GADGET

public:
    enum class Kind
    {
        Matched,
        OnlyAtSeqr,
        OnlyInKassa,
        AmountDiffers
    };
    Q_ENUM(Kind)
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
    // Rows of payments an earlier close (of the shop or of this till) already
    // reconciled: counted, not listed again.
    int closedEarlierCount = 0;
    QDateTime from; // the previous close (invalid: since the journal began)
    QDateTime to;   // this close
    Money seqrTotal;
    Money kassaTotal;

    int count(ReconciliationLine::Kind kind) const;
    bool isClean() const;
};

// Matches a report's rows (STD_RECON_003/007: ErsReference, SalesAmount,
// TerminalId) with the journal's SEQR payments and refunds of the same
// period. Rows of other terminals are counted, not matched; so are rows of
// payments in `closedEarlier` (ersReferences the journal had before the
// period began: a shop close's payments seen again in a till's report).
Reconciliation reconcile(const ReconciliationReport &report,
                         const QList<journal::SeqrMovement> &journal, const QString &terminalId,
                         const Currency &currency, const QSet<QString> &closedEarlier = {});
// The same for the movements of several terminals (`terminalIds`): the
// shop's close matched against every journal this machine holds.
Reconciliation reconcileTills(const ReconciliationReport &report,
                              const QList<journal::SeqrMovement> &journal,
                              const QSet<QString> &terminalIds, const Currency &currency,
                              const QSet<QString> &closedEarlier = {});

QString lineKindName(ReconciliationLine::Kind kind);

} // namespace kassa
