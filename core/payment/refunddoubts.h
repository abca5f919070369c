#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/reconciliation/reconciler.h"
#include "core/reconciliation/reconciliationreport.h"
#include "core/seqr/seqrclient.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace kassa {

// What SEQR's report says of a refund in doubt: the reference of the refund
// it lists for the same payment and amount that the journal does not know
// yet (`known`: the journal's refund references), or an empty string when it
// lists none (SEQR did not make it).
QString refundInReport(const journal::RefundIntent &intent, const ReconciliationReport &report,
                       const QSet<QString> &known);

// The manager settles a refund in doubt by hand, having looked at the
// evidence (SEQR's report, its back office, the customer's account):
// `refundErsReference` when SEQR made it (the refund is then recorded),
// empty when it did not. Refused (InvalidArgument, with why) without a note,
// with a refund reference the journal already holds, or for a refund that
// is not in doubt. The window and kassa-cli both settle through it.
Status settleRefundByManager(journal::Journal &journal, qint64 intentId,
                             const QString &refundErsReference, const QString &managerNote);

// What SEQR's report says of one refund in doubt, for the manager.
struct RefundEvidence
{
    enum class Kind
    {
        Listed,     // the report lists a refund of that payment and amount: `refundErsReference`
        NotListed,  // the report was read and lists none
        Unreadable, // the report could not be read: `error`
    };
    qint64 intentId = 0;
    Kind kind = Kind::Unreadable;
    QString refundErsReference;
    QString periodId; // the report's period
    Error error;
};

// The evidence in words, in the process's language (the window, kassa-cli);
// `whyUnreadable`: the report's error as said to a person (errortext's describe()).
QString describeEvidence(const RefundEvidence &evidence, const journal::RefundIntent &intent,
                         const QString &whyUnreadable);

// Settles every refund in doubt from SEQR's report: marks a checkpoint
// period for this till (markTransactionPeriod with TERMINALID, journaled as
// a checkpoint, not as a close; the mark asked is journaled first), then for
// each refund reads the STD_RECON_007 report of the period it lies in — the
// first marked after its request, this one or a close or checkpoint in
// between (waiting while SEQR says REPORT_NOT_READY) — and records it as
// made (with the reference the report lists) or not made. A refund whose
// period's mark lost its answer stays in doubt for the manager. A refund SEQR's report cannot
// settle, or SEQR not answering, leaves it in doubt (said in failures()).
// A refund left pending by a run that stopped is in doubt first.
class RefundDoubtResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDoubtResolver)

public:
    struct Settled
    {
        journal::RefundIntent intent;
        QString refundErsReference; // empty: SEQR did not make it
    };

    RefundDoubtResolver(seqr::SeqrClient *client, journal::Journal *journal,
                        ReconcilerTiming timing = {}, QObject *parent = nullptr);

    // Only reads SEQR's report for the manager: evidence() says what it
    // lists of each refund in doubt, and nothing is settled (a refund still
    // Pending is left as it is).
    void setEvidenceOnly(bool only) { m_evidenceOnly = only; }
    // Calls finished() (queued) also when nothing was in doubt.
    void run();
    const QList<RefundEvidence> &evidence() const { return m_evidence; }
    bool isFinished() const { return m_finished; }
    const QList<Settled> &settled() const { return m_settled; }
    // Why refunds stay in doubt (untranslated detail); empty when none do.
    const QList<Error> &failures() const { return m_failures; }

Q_SIGNALS:
    void finished();

private:
    void sortByPeriod(const QString &terminalId, const QString &ownPeriodId);
    void fetchReport();
    void settle(const QString &periodId, const ReconciliationReport &report);
    void finish(std::optional<Error> error = std::nullopt);

    seqr::SeqrClient *m_client;
    journal::Journal *m_journal;
    ReconcilerTiming m_timing;
    QList<journal::RefundIntent> m_doubts;
    QStringList m_periods; // whose reports are still to read, in order
    QHash<QString, QList<journal::RefundIntent>> m_doubtsOf; // by period
    int m_attempt = 0;
    QTimer m_timer;
    bool m_finished = false;
    QList<Settled> m_settled;
    QList<Error> m_failures;
    bool m_evidenceOnly = false;
    QList<RefundEvidence> m_evidence;
};

} // namespace kassa
