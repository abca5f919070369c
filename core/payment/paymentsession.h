#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/seqr/seqrclient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kassa {

struct PaymentTiming
{
    int pollIntervalMs = 1000; // getPaymentStatus cadence, from one poll's start to the next
    int roundMs = 30000;       // after this without a final status, ask: try again or cancel
    int journalRetryMs = 1000; // a failed journal write of a PAID payment is retried this often
    int receiptAttempts = 3;   // submitPaymentReceipt tries before leaving it to recovery
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
// cadence. Collaborators must outlive the session. Signals fire from the
// event loop, never from inside a call to this class.
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

    // Journals a new sale from the rows (and the cash part) and sends an
    // invoice for what is left to pay.
    void start(const PaymentRequest &request);
    // Takes over an invoice the journal had in flight (after a crash or
    // restart): polls at once. With `cancelIfOpen`, an invoice still waiting
    // for the buyer is canceled, since nobody is at the till for it.
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
    // Why the session stopped or what went wrong last (code None if nothing).
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(kassa::PaymentSession::State state);
    void connectionProblemChanged(bool problem);
    void statusReceived(kassa::seqr::InvoiceStatus status);
    void finished();

private:
    void setState(State state);
    void fail(State finalState, const Error &error);
    void startPolling();
    void stopPolling();
    void poll();
    void handleStatus(const seqr::GetPaymentStatusResponse &response);
    void handlePaid(const QString &ersReference, const QDateTime &paymentDate);
    void recordPaid();
    void submitReceipt();
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
    seqr::SeqrCall *m_pollCall = nullptr;
    seqr::SeqrCall *m_call = nullptr; // send, cancel or receipt in flight
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
