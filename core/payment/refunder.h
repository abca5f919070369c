#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/refund/refundplan.h"
#include "core/seqr/seqrclient.h"

#include <QObject>

#include <functional>

namespace kassa {
class CashDrawer;
}

namespace kassa {

// One refund of a SEQR payment: checked against the journal first (more than
// what remains refundable is refused before SEQR is asked; so is any refund
// of a payment whose earlier refund is in doubt), its intent journaled with
// the request's clientReference, then refundPayment, then the outcome
// journaled: made (with SEQR's reference), not made (SEQR refused it or was
// never reached), or in doubt (the answer was lost: RefundInDoubt, resolved
// later by RefundDoubts from SEQR's report or by the manager). Ends with
// finished(); result() then holds the refund's ersReference and what remains,
// or why it failed. A refund SEQR made but the journal could not record is
// reported as StorageFailed with the refund's reference in the detail.
class Refunder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Refunder)

public:
    struct Outcome
    {
        QString refundErsReference;
        Money amount;
        Money remaining;
        Money cash; // to give back in cash beside SEQR (journaled with the refund)
    };

    Refunder(seqr::SeqrClient *client, journal::Journal *journal, QObject *parent = nullptr);

    // What may still be refunded of a payment; by default this journal's
    // answer. A till with a shop database asks it across tills
    // (shopdb::refundableAcrossTills), so the over-refund rule holds for a
    // payment made at another till or refunded there before.
    using RefundableFn = std::function<Result<Money>(const QString &ersReference)>;
    void setRefundable(RefundableFn refundable) { m_refundable = std::move(refundable); }
    // The till's drawer: a refund with a cash part opens it once the refund
    // is journaled (cause cash refund). None: the cash part is only said.
    void setDrawer(CashDrawer *drawer) { m_drawer = drawer; }

    // `rows` are what is given back (for the refund receipt); may be empty.
    void refund(const QString &ersReference, const Money &amount, const QString &cashierId,
                const QList<journal::SaleRow> &rows = {});
    // Carries out a checked plan (RefundPlan::make): its rows go to SEQR and
    // to the journal, so the sale shows afterwards what each row has left.
    // A plan with a problem is refused without asking SEQR.
    void refund(const RefundPlan &plan, const QString &cashierId);
    bool isFinished() const { return m_finished; }
    const Result<Outcome> &result() const { return m_result; }

    // The error that says a refund is in doubt, with what the journal knows.
    static Error inDoubtError(const journal::RefundIntent &intent);
    // A call that ended so: SEQR surely did not make the refund.
    static bool surelyNotMade(seqr::CallStatus status);

Q_SIGNALS:
    void finished();

private:
    void finish(Result<Outcome> result);
    void handleAnswer(seqr::TypedSeqrCall<seqr::RefundPaymentResponse> *call,
                      const QString &ersReference, qint64 intentId);
    void send(const QString &ersReference, const Money &amount, const QString &cashierId,
              const QList<journal::SaleRow> &rows, const QList<journal::RefundRow> &refundRows,
              const Money &cash = {});

    seqr::SeqrClient *m_client;
    journal::Journal *m_journal;
    bool m_finished = false;
    Result<Outcome> m_result = makeError(ErrorCode::None, {});
    RefundableFn m_refundable;
    CashDrawer *m_drawer = nullptr;
};

} // namespace kassa
