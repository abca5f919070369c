#include "core/payment/invoicecommand.h"

#include "core/seqr/resultcode.h"

#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa {

InvoiceCommand::InvoiceCommand(SeqrClient *client, journal::Journal *journal, QString shopName,
                               PaymentTiming timing, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_session(std::make_unique<PaymentSession>(client, journal, std::move(shopName), timing))
    , m_giveUpMs(timing.roundMs * 2)
{}

InvoiceCommand::~InvoiceCommand() = default;

void InvoiceCommand::queryStatus(const QString &invoiceReference)
{
    m_reference = invoiceReference;
    auto *call = m_client->getPaymentStatus(invoiceReference, 0);
    connect(call, &SeqrCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->isSuccess()) {
            m_outcome.error = call->error();
            return done();
        }
        handleStatus(call->response());
    });
}

void InvoiceCommand::cancel(const QString &invoiceReference)
{
    m_reference = invoiceReference;
    auto *call = m_client->cancelInvoice(invoiceReference);
    connect(call, &SeqrCall::finished, this, [this, call] {
        call->deleteLater();
        const int code = call->resultCode();
        if (call->isSuccess() || code == int(ResultCode::InvoiceAlreadyCanceled)) {
            m_outcome.status = InvoiceStatus::Canceled;
            if (m_journal) {
                const auto known = m_journal->invoice(m_reference);
                if (!known && known.error().code != ErrorCode::NotFound)
                    m_outcome.error = known.error(); // SEQR canceled it; the journal is unread
                if (known && known->state == journal::InvoiceState::Open) {
                    if (auto ended = m_journal->recordInvoiceEnded(
                            m_reference, journal::InvoiceState::Canceled,
                            u"canceled by a cancel command"_s);
                        !ended)
                        m_outcome.error = ended.error();
                    else
                        m_outcome.journaled = true;
                }
            }
            return done();
        }
        if (call->status() == CallStatus::ServiceError &&
            code == int(ResultCode::CannotCancelPaidInvoice)) {
            // Paid after all: the payment stands; learn it as a status does.
            return queryStatus(m_reference);
        }
        m_outcome.error = call->error();
        done();
    });
}

void InvoiceCommand::handleStatus(const GetPaymentStatusResponse &response)
{
    m_outcome.status = response.status;
    m_outcome.version = response.version;
    m_outcome.ersReference = response.ersReference;
    if (!m_journal)
        return done();
    const auto known = m_journal->invoice(m_reference);
    if (!known && known.error().code != ErrorCode::NotFound)
        m_outcome.error = known.error(); // said plainly: SEQR's answer stands, unjournaled
    if (!known || known->state != journal::InvoiceState::Open)
        return done();
    switch (response.status) {
    case InvoiceStatus::Paid:
        // SEQR has now told this till PAID (and counts it as acknowledged):
        // it must reach the journal, as recovery would bring it there.
        return journalPaid();
    case InvoiceStatus::Canceled:
    case InvoiceStatus::Failed: {
        const bool canceled = response.status == InvoiceStatus::Canceled;
        if (auto ended = m_journal->recordInvoiceEnded(
                m_reference,
                canceled ? journal::InvoiceState::Canceled : journal::InvoiceState::Failed,
                canceled ? u"canceled (learned by a status command)"_s
                         : u"failed (learned by a status command)"_s);
            !ended)
            m_outcome.error = ended.error();
        else
            m_outcome.journaled = true;
        return done();
    }
    default:
        return done(); // still open: whoever works the payment decides
    }
}

void InvoiceCommand::journalPaid()
{
    const auto invoice = m_journal->invoice(m_reference);
    if (!invoice) {
        if (invoice.error().code != ErrorCode::NotFound)
            m_outcome.error = invoice.error();
        return done();
    }
    // The same path crash recovery takes: poll, journal PAID once, confirm
    // the receipt. Never cancels (the invoice is paid).
    connect(m_session.get(), &PaymentSession::finished, this, [this] {
        if (m_session->state() == PaymentSession::State::Paid) {
            m_outcome.journaled = true;
            m_outcome.receiptNumber = m_session->receiptNumber();
            m_outcome.ersReference = m_session->ersReference();
            m_outcome.status = InvoiceStatus::Paid;
        } else {
            m_outcome.error = m_session->lastError();
        }
        done();
    });
    m_session->resume(*invoice, false);
    // Recovery gives up after a while too; what is left stays in flight in
    // the journal for the next start.
    QTimer::singleShot(m_giveUpMs, this, [this] {
        if (m_finished)
            return;
        m_outcome.error = makeError(ErrorCode::ConnectionProblem,
                                    u"PAID is not journaled yet; the next start finishes it"_s);
        done();
    });
}

void InvoiceCommand::done()
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(this, &InvoiceCommand::finished, Qt::QueuedConnection);
}

} // namespace kassa
