#include "core/payment/paymentsession.h"

#include "core/payment/invoicerow.h"
#include "core/payment/invoiceupdater.h"
#include "core/payment/trackedcall.h"
#include "core/seqr/resultcode.h"

#include <QLoggingCategory>
#include <QMetaEnum>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

Q_LOGGING_CATEGORY(lcPayment, "kassa.payment", QtInfoMsg)

namespace kassa {

namespace {

using State = PaymentSession::State;

bool isAllowed(State from, State to)
{
    switch (from) {
    case State::Created:
        return to == State::Sending || to == State::NotSent || to == State::Waiting ||
               to == State::ConfirmingReceipt;
    case State::Sending:
        return to == State::Waiting || to == State::NotSent;
    case State::Waiting:
    case State::Deciding:
    case State::Canceling:
        return to == State::Waiting || to == State::Deciding || to == State::Canceling ||
               to == State::Recording || to == State::Canceled || to == State::Failed;
    case State::Recording:
        // Paid directly only when the journal refuses PAID for good.
        return to == State::ConfirmingReceipt || to == State::Paid;
    case State::ConfirmingReceipt:
        return to == State::Paid;
    case State::Paid:
    case State::Canceled:
    case State::Failed:
    case State::NotSent:
        return false;
    }
    return false;
}

Invoice invoiceFor(const PaymentRequest &request, qint64 saleId, const Money &toPay)
{
    Invoice inv;
    inv.paymentMode = PaymentMode::ImmediateDebit;
    // Without NO_ACKNOWLEDGMENT the buyer's phone would wait for the shop forever.
    inv.acknowledgmentMode = AcknowledgmentMode::NoAcknowledgment;
    inv.issueDate = QDateTime::currentDateTime();
    inv.title = request.title;
    inv.clientInvoiceId = u"S"_s + QString::number(saleId);
    for (const journal::SaleRow &row : request.rows)
        inv.invoiceRows.append(toInvoiceRow(row));
    if (request.cash.isPositive())
        inv.invoiceRows.append(cashInvoiceRow(request.cash));
    inv.totalAmount = Amount::fromMoney(toPay);
    inv.cashierId = request.cashierId;
    inv.footer = request.footer;
    inv.backURL = request.backUrl;
    inv.notificationUrl = request.notificationUrl;
    return inv;
}

} // namespace

bool PaymentSession::isTransitionAllowed(State from, State to)
{
    return isAllowed(from, to);
}

QString paymentStateName(PaymentSession::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<PaymentSession::State>().valueToKey(int(state)));
}

PaymentSession::PaymentSession(SeqrClient *client, journal::Journal *journal, QString shopName,
                               PaymentTiming timing, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_shopName(std::move(shopName))
    , m_timing(timing)
{
    m_pollTimer.setInterval(m_timing.pollIntervalMs);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &PaymentSession::poll);
    m_roundTimer.setSingleShot(true);
    connect(&m_roundTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Waiting)
            setState(State::Deciding);
    });
    m_retryTimer.setSingleShot(true);
}

PaymentSession::~PaymentSession()
{
    // A transition the journal could not take yet gets one more try.
    flushEvents();
    delete m_sendCall;
    delete m_pollCall;
    delete m_cancelCall;
    delete m_receiptCall;
}

bool PaymentSession::isFinished() const
{
    return m_state == State::Paid || m_state == State::Canceled || m_state == State::Failed ||
           m_state == State::NotSent;
}

bool PaymentSession::canCancel() const
{
    return m_state == State::Waiting || m_state == State::Deciding;
}

int PaymentSession::secondsLeftInRound() const
{
    if (m_state != State::Waiting || !m_roundTimer.isActive())
        return 0;
    return (m_roundTimer.remainingTime() + 999) / 1000;
}

bool PaymentSession::setState(State state)
{
    if (state == m_state)
        return true;
    if (!isAllowed(m_state, state)) {
        // Checked in every build: a wrong transition is a defect, and acting
        // on it could lose or double a payment.
        qCCritical(lcPayment).noquote()
            << "refused illegal transition" << paymentStateName(m_state) << "->"
            << paymentStateName(state) << "of payment" << m_invoiceReference;
        return false;
    }
    qCInfo(lcPayment).noquote() << "payment" << m_invoiceReference << paymentStateName(m_state)
                                << "->" << paymentStateName(state);
    m_state = state;
    if (!m_invoiceReference.isEmpty())
        journalEvent(u"payment-state"_s, paymentStateName(state));
    if (isFinished()) {
        // Nothing more to ask SEQR about this payment.
        if (m_pollCall)
            m_pollCall->abort();
        m_retryTimer.stop();
    }
    Q_EMIT stateChanged(state);
    if (isFinished())
        Q_EMIT finished();
    return true;
}

void PaymentSession::journalEvent(const QString &kind, const QString &detail)
{
    m_pendingEvents.append({kind, detail});
    flushEvents();
}

void PaymentSession::flushEvents()
{
    // In order; what cannot be written now is kept for the next write (the
    // state itself is in the invoice's row, this is the readable history).
    while (!m_pendingEvents.isEmpty()) {
        const auto &[kind, detail] = m_pendingEvents.first();
        if (auto written = m_journal->appendEvent(kind, m_invoiceReference, detail); !written) {
            qCWarning(lcPayment).noquote()
                << "cannot journal" << kind << detail << "of payment" << m_invoiceReference << "-"
                << written.error().detail << "(kept, written with the next event)";
            return;
        }
        m_pendingEvents.removeFirst();
    }
}

void PaymentSession::fail(State finalState, const Error &error)
{
    m_lastError = error;
    stopPolling();
    setState(finalState);
}

void PaymentSession::setConnectionProblem(bool problem, const Error &error)
{
    if (problem)
        m_lastError = error;
    if (problem == m_connectionProblem)
        return;
    m_connectionProblem = problem;
    Q_EMIT connectionProblemChanged(problem);
}

void PaymentSession::start(const PaymentRequest &request)
{
    if (m_state != State::Created || m_sendClock.isValid()) {
        qCCritical(lcPayment).noquote() << "refused start() of a session in state"
                                        << paymentStateName(m_state) << m_invoiceReference;
        return;
    }
    m_sendClock.start();
    // The first step runs from the event loop: start() never emits.
    QMetaObject::invokeMethod(
        this,
        [this, request] {
            if (request.rows.isEmpty())
                return fail(State::NotSent,
                            makeError(ErrorCode::InvalidArgument, u"the cart is empty"_s));
            Money total(0, request.rows.first().total.currency());
            for (const journal::SaleRow &row : request.rows) {
                auto sum = total.plus(row.total);
                if (!sum)
                    return fail(State::NotSent, sum.error());
                total = *sum;
            }
            Money toPay = total;
            if (request.cash.isPositive()) {
                auto rest = total.minus(request.cash);
                if (!rest)
                    return fail(State::NotSent, rest.error());
                toPay = *rest;
            }
            if (!toPay.isPositive())
                return fail(State::NotSent, makeError(ErrorCode::InvalidArgument,
                                                      u"the amount to pay must be positive"_s));
            auto saleId = m_journal->createSale(request.cashierId, request.rows);
            if (!saleId)
                return fail(State::NotSent, saleId.error());
            m_saleId = *saleId;
            m_amount = toPay;
            if (request.cash.isPositive()) {
                const Money handed =
                    request.cashTendered.isZero() ? request.cash : request.cashTendered;
                if (auto cash = m_journal->addCashTender(m_saleId, request.cash, handed); !cash) {
                    (void)m_journal->recordSaleAbandoned(m_saleId, cash.error().detail);
                    return fail(State::NotSent, cash.error());
                }
            }
            m_invoice = invoiceFor(request, m_saleId, toPay);
            if (!prepareLoyalty(request))
                return;
            setState(State::Sending);
            sendInvoice();
        },
        Qt::QueuedConnection);
}

void PaymentSession::sendInvoice()
{
    ++m_sendAttempts;
    auto *call = m_client->sendInvoice(m_invoice, m_tokens);
    trackCall(this, call, m_timing.callTimeoutMs, m_sendCall, [this, call] {
        if (m_state != State::Sending)
            return;
        auto *sent = static_cast<TypedSeqrCall<SendInvoiceResponse> *>(call);
        if (!call->isSuccess()) {
            // One lost packet is not "SEQR cannot be reached": a transient
            // fault is sent again, a few times within a few seconds.
            if (isTransient(call->status()) && m_sendAttempts < m_timing.sendAttempts &&
                m_sendClock.elapsed() + m_timing.sendRetryMs < m_timing.sendBudgetMs) {
                qCInfo(lcPayment).noquote()
                    << "sendInvoice attempt" << m_sendAttempts << "of sale" << m_saleId
                    << "failed:" << callStatusName(call->status()) << "- sending again";
                m_lastError = call->error();
                m_retryTimer.callOnTimeout(this, &PaymentSession::sendInvoice,
                                           Qt::SingleShotConnection);
                m_retryTimer.start(m_timing.sendRetryMs);
                return;
            }
            if (auto abandoned = m_journal->recordSaleAbandoned(m_saleId, call->errorDetail());
                !abandoned)
                qCWarning(lcPayment).noquote()
                    << "cannot journal the abandoned sale" << m_saleId << abandoned.error().detail;
            return fail(State::NotSent, call->error());
        }
        const QString reference = sent->response().invoiceReference;
        // Journaled before the QR is shown: no buyer can pay an invoice
        // the till could forget.
        if (auto recorded = m_journal->recordInvoiceSent(m_saleId, reference,
                                                         sent->response().invoiceQRCode, m_amount);
            !recorded) {
            auto *undo = m_client->cancelInvoice(reference);
            connect(undo, &SeqrCall::finished, undo, &QObject::deleteLater);
            if (auto abandoned = m_journal->recordSaleAbandoned(m_saleId, recorded.error().detail);
                !abandoned)
                qCWarning(lcPayment).noquote()
                    << "cannot journal the abandoned sale" << m_saleId << abandoned.error().detail;
            return fail(State::NotSent, recorded.error());
        }
        m_lastError = {};
        m_invoiceReference = reference;
        m_qrCode = sent->response().invoiceQRCode;
        if (m_updater)
            m_updater->setInvoice(m_saleId, reference, m_invoice);
        setState(State::Waiting);
        startPolling();
    });
}

void PaymentSession::resume(const journal::SeqrInvoice &invoice, bool cancelIfOpen)
{
    if (m_state != State::Created || m_sendClock.isValid()) {
        qCCritical(lcPayment).noquote()
            << "refused resume() of" << invoice.invoiceReference << "by a session in state"
            << paymentStateName(m_state) << m_invoiceReference;
        return;
    }
    m_sendClock.start();
    m_saleId = invoice.saleId;
    m_invoiceReference = invoice.invoiceReference;
    m_qrCode = invoice.qrCode;
    m_amount = invoice.amount;
    m_cancelIfOpen = cancelIfOpen;
    if (m_updater)
        m_updater->setInvoice(m_saleId, m_invoiceReference, {});
    QMetaObject::invokeMethod(
        this,
        [this, invoice] {
            journalEvent(u"payment-resumed"_s, journal::invoiceStateName(invoice.state));
            if (invoice.state == journal::InvoiceState::Paid) {
                // Journaled as paid; only SEQR's copy of the receipt is missing.
                m_ersReference = invoice.ersReference;
                // Unreadable now: submitReceipt reads the sale again.
                if (auto sale = m_journal->sale(m_saleId); sale && sale->receiptNumber)
                    m_receiptNumber = *sale->receiptNumber;
                setState(State::ConfirmingReceipt);
                return submitReceipt();
            }
            setState(State::Waiting);
            startPolling();
        },
        Qt::QueuedConnection);
}

void PaymentSession::startPolling()
{
    m_pollTimer.start();
    m_roundTimer.start(m_timing.roundMs);
    poll();
}

void PaymentSession::stopPolling()
{
    m_pollTimer.stop();
    m_roundTimer.stop();
    m_pollAgain = false;
}

void PaymentSession::poll()
{
    if (m_pollCall) {
        // Never two polls in flight: this tick is skipped.
        ++m_skippedPolls;
        return;
    }
    ++m_polls;
    auto *call = m_client->getPaymentStatus(m_invoiceReference, m_version);
    trackCall(this, call, m_timing.callTimeoutMs, m_pollCall, [this, call] {
        if (isFinished() || m_state == State::Recording || m_state == State::ConfirmingReceipt)
            return;
        if (call->isSuccess()) {
            setConnectionProblem(false);
            handleStatus(call->response());
        } else {
            // Not the end of the payment: keep the cadence and say so.
            setConnectionProblem(true, call->error());
        }
        if (m_pollAgain && !isFinished() && m_pollTimer.isActive()) {
            m_pollAgain = false;
            poll();
        }
    });
}

void PaymentSession::handleStatus(const GetPaymentStatusResponse &response)
{
    m_version = response.version;
    m_lastStatus = response.status;
    Q_EMIT statusReceived(response.status);
    switch (response.status) {
    case InvoiceStatus::Paid:
        if (response.ersReference.isEmpty()) {
            setConnectionProblem(
                true, makeError(ErrorCode::ConnectionProblem, u"PAID without an ersReference"_s));
            return;
        }
        return handlePaid(response.ersReference,
                          response.receipt && response.receipt->paymentDate.isValid()
                              ? response.receipt->paymentDate
                              : QDateTime::currentDateTimeUtc());
    case InvoiceStatus::Canceled:
        return endUnpaid(State::Canceled, journal::InvoiceState::Canceled,
                         m_state == State::Canceling ? u"canceled at the till"_s
                                                     : u"canceled by the buyer or by SEQR"_s);
    case InvoiceStatus::Failed:
        return endUnpaid(State::Failed, journal::InvoiceState::Failed, u"the payment failed"_s);
    case InvoiceStatus::Issued:
        if (m_updater)
            m_updater->handleTokens({}); // an update the journal still has pending goes again
        // A buyer whose card the till just answered is at their phone.
        if (m_cancelIfOpen && canCancel() && !(m_updater && m_updater->hasUpdated()))
            cancel();
        return;
    case InvoiceStatus::PendingIssuerAcknowledge:
        if (m_updater)
            m_updater->handleTokens(response.customerTokens);
        return; // without a loyalty flow: keep waiting until the round ends
    default:
        return; // RESERVED, unknown: keep waiting
    }
}

void PaymentSession::handlePaid(const QString &ersReference, const QDateTime &paymentDate)
{
    stopPolling();
    m_ersReference = ersReference;
    m_paymentDate = paymentDate;
    setState(State::Recording);
    recordPaid();
}

void PaymentSession::endUnpaid(State finalState, journal::InvoiceState journalState,
                               const QString &reason)
{
    stopPolling();
    if (auto recorded = m_journal->recordInvoiceEnded(m_invoiceReference, journalState, reason);
        !recorded)
        qCWarning(lcPayment).noquote() << "cannot journal the end of" << m_invoiceReference
                                       << recorded.error().detail << "- recovery will";
    setState(finalState);
}

void PaymentSession::pollNow()
{
    if (m_state != State::Waiting && m_state != State::Deciding && m_state != State::Canceling)
        return;
    if (m_pollCall)
        m_pollAgain = true;
    else
        poll();
}

void PaymentSession::tryAgain()
{
    if (m_state != State::Deciding)
        return;
    setState(State::Waiting);
    m_roundTimer.start(m_timing.roundMs);
}

void PaymentSession::cancel()
{
    if (!canCancel() || m_cancelCall)
        return;
    m_stateBeforeCancel = m_state;
    setState(State::Canceling);
    auto *call = m_client->cancelInvoice(m_invoiceReference);
    trackCall(this, call, m_timing.callTimeoutMs, m_cancelCall, [this, call] {
        if (m_state != State::Canceling)
            return; // a poll ended the payment meanwhile
        if (call->isSuccess())
            return endUnpaid(State::Canceled, journal::InvoiceState::Canceled,
                             u"canceled at the till"_s);
        const int code = call->resultCode();
        if (call->status() == CallStatus::ServiceError &&
            (code == int(ResultCode::CannotCancelPaidInvoice) ||
             code == int(ResultCode::InvoiceAlreadyCanceled))) {
            // Paid (or canceled) after all: the next poll brings the facts.
            m_lastError = call->error();
            if (m_pollCall)
                m_pollAgain = true;
            else
                poll();
            return;
        }
        // The buyer is confirming (51) or SEQR could not be reached: back to
        // waiting, with the reason kept for the cashier.
        m_lastError = call->error();
        if (m_lastError.code == ErrorCode::ConnectionProblem)
            setConnectionProblem(true, m_lastError);
        setState(m_stateBeforeCancel);
    });
}

} // namespace kassa
