#include "core/payment/paymentrecovery.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcPayment)

namespace kassa {

PaymentRecovery::PaymentRecovery(seqr::SeqrClient *client, journal::Journal *journal,
                                 QString shopName, PaymentTiming timing, int limitMs,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_shopName(std::move(shopName))
    , m_timing(timing)
{
    m_limit.setSingleShot(true);
    m_limit.setInterval(limitMs);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        m_retry.stop();
        m_finished = true;
        Q_EMIT finished();
    });
    m_retry.setSingleShot(true);
    m_retry.setInterval(m_timing.journalRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &PaymentRecovery::readJournal);
}

PaymentRecovery::~PaymentRecovery() = default;

void PaymentRecovery::run()
{
    m_limit.start();
    // From the event loop: run() never emits.
    QMetaObject::invokeMethod(this, &PaymentRecovery::readJournal, Qt::QueuedConnection);
}

void PaymentRecovery::readJournal()
{
    if (m_finished || m_read)
        return;
    const auto inFlight = m_journal->invoicesInFlight();
    if (!inFlight) {
        // Never taken for "nothing in flight": a paid invoice may be in there.
        m_journalError = inFlight.error();
        qCWarning(lcPayment).noquote()
            << "cannot read the payments in flight from the journal:" << inFlight.error().detail
            << "- trying again";
        Q_EMIT journalUnreadable(m_journalError);
        m_retry.start();
        return;
    }
    m_journalError = {};
    m_read = true;
    for (const journal::SeqrInvoice &invoice : *inFlight) {
        qCInfo(lcPayment).noquote() << "recovering invoice" << invoice.invoiceReference << "left"
                                    << journal::invoiceStateName(invoice.state);
        auto session = std::make_unique<PaymentSession>(m_client, m_journal, m_shopName, m_timing);
        session->setLoyalty(m_loyalty);
        connect(session.get(), &PaymentSession::finished, this, &PaymentRecovery::checkDone);
        PaymentSession *s = session.get();
        connect(s, &PaymentSession::stateChanged, this, [this, s](PaymentSession::State state) {
            // The session journals PAID before it confirms the receipt, and
            // the end of an unpaid invoice before it says it ended.
            using State = PaymentSession::State;
            if (state == State::ConfirmingReceipt || state == State::Canceled ||
                state == State::Failed)
                Q_EMIT paymentSettled(s->saleId(), s->invoiceReference());
        });
        session->resume(invoice, true);
        m_sessions.push_back(std::move(session));
    }
    QMetaObject::invokeMethod(this, &PaymentRecovery::checkDone, Qt::QueuedConnection);
}

bool PaymentRecovery::isComplete() const
{
    if (!m_read)
        return false;
    for (const auto &session : m_sessions) {
        if (!session->isFinished())
            return false;
    }
    return true;
}

bool PaymentRecovery::hasPaymentsLeft() const
{
    return std::any_of(m_sessions.begin(), m_sessions.end(),
                       [](const auto &session) { return !session->isFinished(); });
}

void PaymentRecovery::checkDone()
{
    if (m_completed || !m_read || hasPaymentsLeft())
        return;
    if (!m_finished) {
        m_finished = true;
        m_limit.stop();
        Q_EMIT finished();
    }
    m_completed = true;
    Q_EMIT completed();
}

QList<PaymentRecovery::Outcome> PaymentRecovery::outcomes() const
{
    QList<Outcome> list;
    for (const auto &s : m_sessions)
        list.append(Outcome{s->invoiceReference(), s->state(), s->amount(), s->ersReference(),
                            s->receiptNumber()});
    return list;
}

} // namespace kassa
