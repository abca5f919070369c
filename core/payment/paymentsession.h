#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/seqr/seqrclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace kassa {

class InvoiceUpdater;

struct PaymentTiming
{
    int pollIntervalMs = 1000; // getPaymentStatus cadence, from one poll's start to the next
    int roundMs = 30000;       // after this without a final status, ask: try again or cancel
    int journalRetryMs = 1000; // a failed journal write of a PAID payment is retried this often
    int receiptAttempts = 3;   // submitPaymentReceipt tries before leaving it to recovery
    // A sendInvoice that meets a transient fault (no answer, HTTP error,
    // SOAP Fault, unreadable reply) is sent again, at most sendAttempts times
    // and not after sendBudgetMs since the first: an orphaned invoice is
    // harmless, its QR is never shown.
    int sendAttempts = 4;
    int sendRetryMs = 300;
    int sendBudgetMs = 5000;
    // A request of this payment (sendInvoice, a poll, cancel, the receipt)
    // without an answer after this long counts as lost: a lost sendInvoice
    // is sent again within the budget above, a lost poll makes way for the
    // next (a 10 s wait would eat half of SEQR's 20 s window for a PAID).
    int callTimeoutMs = 3000;
};

struct PaymentRequest
{
    QString cashierId;
    QString title; // shown on the buyer's phone
    QString footer;
    // Web flows: SEQR POSTs to notificationUrl when the status changes, and
    // the buyer's app opens backURL after the payment. Empty: not sent.
    QString notificationUrl;
    QString backUrl;
    QList<journal::SaleRow> rows;
    // Split tender: cash already taken (SEQR is last, for the remainder).
    // `cash` is what counts towards the sale, `cashTendered` what the
    // customer handed over; both zero when SEQR pays it all.
    Money cash;
    Money cashTendered;
    // Loyalty cards swiped at the till (already in the rows as discount
    // rows): sent with sendInvoice as tokens (status 1) and journaled with
    // the sale as what each gave.
    QList<seqr::CustomerToken> tokens;
    QList<journal::LoyaltyDiscount> loyalty;
};

// One SEQR payment, as an explicit state machine:
//
//   Created → Sending → Waiting ⇄ Deciding → Canceling → Canceled
//                  ↘ NotSent      ↘ (PAID) Recording → ConfirmingReceipt → Paid
//                                 ↘ Failed / Canceled (by the buyer or SEQR)
//
// It journals the sale before sending, the invoice reference before the QR
// is shown, and PAID before anything acts on it. It polls getPaymentStatus
// every pollIntervalMs (never two polls in flight, each reply handled once)
// with the last version received, in rounds of roundMs; at the end of a round
// it asks (Deciding) but keeps polling, so a buyer who pays while the cashier
// decides is still acknowledged inside SEQR's 20 s window. Transport trouble
// never ends a payment: it raises hasConnectionProblem() and keeps the
// cadence. A PAID that cannot be journaled is retried while the failure is
// transient (busy, I/O, full disk); a permanent one ends in Paid with
// lastError() StorageFailed — SEQR keeps the payment and reconciliation
// finds it. Every transition is checked against the diagram above in every
// build: an illegal one is refused and logged. Collaborators must outlive
// the session (the client may go first only if the session is never touched
// again). Signals fire from the event loop, never from inside a call to this
// class.
class PaymentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentSession)

public:
    enum class State
    {
        Created,
        Sending,
        Waiting,
        Deciding,
        Canceling,
        Recording,
        ConfirmingReceipt,
        Paid,
        Canceled,
        Failed,
        NotSent,
    };
    Q_ENUM(State)

    PaymentSession(seqr::SeqrClient *client, journal::Journal *journal, QString shopName,
                   PaymentTiming timing = {}, QObject *parent = nullptr);
    ~PaymentSession() override;

    // The shop's loyalty programmes and coupons (before start or resume).
    // With any, the invoice asks for OPTIONAL_ACKNOWLEDGMENT and the buyer's
    // tokens are answered with updateInvoice (InvoiceUpdater); without,
    // every request stays as it was.
    // `shopSaysUsed`, when given, is asked as well as the journal whether a
    // coupon from the buyer's app was used (true also when it cannot tell:
    // the coupon is answered 90 rather than used twice).
    void setLoyalty(const loyalty::LoyaltyConfig &config,
                    std::function<bool(const QString &)> shopSaysUsed = {});
    // What the sale's loyalty cards and coupons gave (as journaled).
    QList<journal::LoyaltyDiscount> loyaltyDiscounts() const;
    // The VAT per rate of the sale as journaled (with what a card or coupon
    // from the buyer's app took off): the figures its receipt shows. Empty
    // before the sale is journaled or when the journal cannot be read.
    QList<VatLine> saleVat() const;

    // Journals a new sale from the rows (and the cash part) and sends an
    // invoice for what is left to pay. Refused (and logged) unless Created.
    void start(const PaymentRequest &request);
    // Takes over an invoice the journal had in flight (after a crash or
    // restart): polls at once. With `cancelIfOpen`, an invoice still waiting
    // for the buyer is canceled, since nobody is at the till for it.
    // Refused (and logged) unless Created.
    void resume(const journal::SeqrInvoice &invoice, bool cancelIfOpen);

    void tryAgain();
    void cancel();
    // Something (a notification from SEQR) says the status may have changed:
    // polls at once, or right after the poll in flight. Ignored unless the
    // session is waiting for the buyer.
    void pollNow();

    State state() const { return m_state; }
    bool isFinished() const;
    bool canCancel() const;
    bool canTryAgain() const { return m_state == State::Deciding; }
    bool hasConnectionProblem() const { return m_connectionProblem; }
    int secondsLeftInRound() const;

    qint64 saleId() const { return m_saleId; }
    QString invoiceReference() const { return m_invoiceReference; }
    QString qrCode() const { return m_qrCode; }
    Money amount() const { return m_amount; }
    QString ersReference() const { return m_ersReference; }
    qint64 receiptNumber() const { return m_receiptNumber; }
    QDateTime paymentDate() const { return m_paymentDate; }
    seqr::InvoiceStatus lastStatus() const { return m_lastStatus; }
    int polls() const { return m_polls; }
    // Poll ticks skipped because the previous poll had not answered yet.
    int skippedPolls() const { return m_skippedPolls; }
    // sendInvoice requests made for this payment (1 without retries).
    int sendAttempts() const { return m_sendAttempts; }
    // True when the payment is paid but its PAID could not be journaled.
    bool isUnrecorded() const { return m_unrecorded; }
    // Why the session stopped or what went wrong last (code None if nothing).
    const Error &lastError() const { return m_lastError; }

    // The transition table of the diagram above.
    static bool isTransitionAllowed(State from, State to);

Q_SIGNALS:
    void stateChanged(kassa::PaymentSession::State state);
    void connectionProblemChanged(bool problem);
    void statusReceived(kassa::seqr::InvoiceStatus status);
    void finished();
    // The buyer's card or coupon lowered what is to pay (amount() is new),
    // journaled before SEQR is told.
    void amountChanged(const kassa::Money &amount);
    // SEQR took the updated invoice: the buyer's phone shows the new amount.
    void invoiceUpdated();
    // The update could not be journaled or SEQR refused it or could not be
    // reached (lastError() says why); it is sent again at the next poll.
    void invoiceUpdateFailed(const kassa::Error &error);

private:
    bool setState(State state);
    void journalEvent(const QString &kind, const QString &detail);
    void flushEvents();
    void sendInvoice();
    // Journals the swiped cards with the sale and readies the invoice's
    // acknowledgment mode and tokens; false: the sale is abandoned (NotSent).
    bool prepareLoyalty(const PaymentRequest &request);
    void fail(State finalState, const Error &error);
    void startPolling();
    void stopPolling();
    void poll();
    void handleStatus(const seqr::GetPaymentStatusResponse &response);
    void handlePaid(const QString &ersReference, const QDateTime &paymentDate);
    void recordPaid();
    void submitReceipt();
    void retryReceipt(const Error &error);
    void endUnpaid(State finalState, journal::InvoiceState journalState, const QString &reason);
    void setConnectionProblem(bool problem, const Error &error = {});

    seqr::SeqrClient *m_client;
    journal::Journal *m_journal;
    QString m_shopName;
    PaymentTiming m_timing;

    State m_state = State::Created;
    State m_stateBeforeCancel = State::Waiting;
    QTimer m_pollTimer;
    QTimer m_roundTimer;
    QTimer m_retryTimer;
    // One tracked call per purpose, each deleted with the session.
    seqr::SeqrCall *m_sendCall = nullptr;
    seqr::SeqrCall *m_pollCall = nullptr;
    seqr::SeqrCall *m_cancelCall = nullptr;
    seqr::SeqrCall *m_receiptCall = nullptr;
    seqr::Invoice m_invoice; // what sendInvoice sends (again, after a fault)
    QList<seqr::CustomerToken> m_tokens;
    InvoiceUpdater *m_updater = nullptr; // a child; only with loyalty programmes
    QElapsedTimer m_sendClock;
    int m_sendAttempts = 0;
    // Events the journal could not take yet, written before the next ones.
    QList<std::pair<QString, QString>> m_pendingEvents;
    int m_skippedPolls = 0;
    bool m_unrecorded = false;
    bool m_pollAgain = false;
    bool m_cancelIfOpen = false;
    bool m_connectionProblem = false;
    int m_version = 0;
    int m_polls = 0;
    int m_receiptAttempts = 0;

    qint64 m_saleId = 0;
    QString m_invoiceReference;
    QString m_qrCode;
    Money m_amount;
    QString m_ersReference;
    QDateTime m_paymentDate;
    qint64 m_receiptNumber = 0;
    seqr::InvoiceStatus m_lastStatus = seqr::InvoiceStatus::Unknown;
    Error m_lastError;
};

QString paymentStateName(PaymentSession::State state);

} // namespace kassa
