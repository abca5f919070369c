#include "core/payment/paymentrecovery.h"

#include <QLoggingCategory>

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
        m_finished = true;
        Q_EMIT finished();
    });
}

PaymentRecovery::~PaymentRecovery() = default;

void PaymentRecovery::run()
{
    for (const journal::SeqrInvoice &invoice : m_journal->invoicesInFlight()) {
        qCInfo(lcPayment).noquote() << "recovering invoice" << invoice.invoiceReference << "left"
                                    << journal::invoiceStateName(invoice.state);
        auto session = std::make_unique<PaymentSession>(m_client, m_journal, m_shopName, m_timing);
        connect(session.get(), &PaymentSession::finished, this, &PaymentRecovery::checkDone);
        session->resume(invoice, true);
        m_sessions.push_back(std::move(session));
    }
    m_limit.start();
    QMetaObject::invokeMethod(this, &PaymentRecovery::checkDone, Qt::QueuedConnection);
}

void PaymentRecovery::checkDone()
{
    if (m_finished)
        return;
    for (const auto &session : m_sessions) {
        if (!session->isFinished())
            return;
    }
    m_finished = true;
    m_limit.stop();
    Q_EMIT finished();
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
