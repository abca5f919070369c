#include "ui/paymentdialog.h"

#include "core/common/errortext.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

using State = PaymentSession::State;

PaymentDialog::PaymentDialog(PaymentSession *session, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_locale(locale)
    , m_amount(new QLabel(this))
    , m_status(new QLabel(this))
    , m_seconds(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel payment"), this))
    , m_tryAgain(new QPushButton(tr("Try again"), this))
    , m_done(new QPushButton(tr("Done"), this))
{
    setWindowTitle(tr("SEQR payment"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    QFont big = m_amount->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_amount->setFont(big);
    m_amount->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_amount);
    QFont medium = m_status->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_status->setFont(medium);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_status);
    m_seconds->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_seconds);
    m_connection->setWordWrap(true);
    m_connection->setAlignment(Qt::AlignCenter);
    m_connection->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #664d03; padding: 8px; border-radius: 4px;"));
    m_connection->setText(tr("Connection problem: SEQR does not answer. Kassa keeps trying — "
                             "ask the customer to wait."));
    m_connection->hide();
    layout->addWidget(m_connection);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_tryAgain, m_cancel, m_done}) {
        b->setMinimumHeight(56);
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, m_session, &PaymentSession::cancel);
    connect(m_tryAgain, &QPushButton::clicked, m_session, &PaymentSession::tryAgain);
    connect(m_done, &QPushButton::clicked, this, &PaymentDialog::accept);
    connect(m_session, &PaymentSession::stateChanged, this, &PaymentDialog::refresh);
    connect(m_session, &PaymentSession::connectionProblemChanged, this, &PaymentDialog::refresh);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &PaymentDialog::refresh);
    m_tick.start();
    refresh();
}

void PaymentDialog::refresh()
{
    const State state = m_session->state();
    if (m_session->amount().isPositive())
        m_amount->setText(m_session->amount().toLocalizedString(m_locale) + QLatin1Char(' ') +
                          m_session->amount().currency().code());
    QString status;
    switch (state) {
    case State::Created:
    case State::Sending:
        status = tr("Sending the invoice to SEQR…");
        break;
    case State::Waiting:
        status = tr("Waiting for the customer to scan the code and confirm with their PIN.");
        break;
    case State::Deciding:
        status = tr("The customer has not paid yet. Try again, or cancel the payment?");
        break;
    case State::Canceling:
        status = tr("Canceling the payment…");
        break;
    case State::Recording:
    case State::ConfirmingReceipt:
        status = tr("Paid. Recording the sale…");
        break;
    case State::Paid:
        status = m_session->isUnrecorded()
                     ? tr("Paid (SEQR reference %1), but the journal cannot record the sale: %2 "
                          "Note the reference: the payment is safe at SEQR and the end-of-day "
                          "reconciliation lists it.")
                           .arg(m_session->ersReference(), describe(m_session->lastError(), false))
                     : tr("Paid. SEQR reference %1, receipt %2.")
                           .arg(m_session->ersReference())
                           .arg(m_session->receiptNumber());
        break;
    case State::Canceled:
        status = tr("Payment canceled. Nothing was paid.");
        break;
    case State::Failed:
        status = tr("The payment failed. Nothing was paid.");
        break;
    case State::NotSent:
        status = tr("The payment could not be started: %1")
                     .arg(describeNotStarted(m_session->lastError(), false));
        break;
    }
    m_status->setText(status);
    const bool counting = state == State::Waiting;
    m_seconds->setText(
        counting ? tr("%n second(s) left in this round", nullptr, m_session->secondsLeftInRound())
                 : QString());
    m_connection->setVisible(m_session->hasConnectionProblem() && !m_session->isFinished());
    m_cancel->setVisible(!m_session->isFinished());
    m_cancel->setEnabled(m_session->canCancel());
    m_tryAgain->setVisible(m_session->canTryAgain());
    m_done->setVisible(m_session->isFinished());
    if (m_session->isFinished()) {
        m_tick.stop();
        m_done->setDefault(true);
        m_done->setFocus();
    }
}

QString PaymentDialog::statusText() const
{
    return m_status->text();
}

QString PaymentDialog::secondsText() const
{
    return m_seconds->text();
}

bool PaymentDialog::isConnectionProblemShown() const
{
    return !m_connection->isHidden();
}

void PaymentDialog::reject()
{
    // Esc never abandons a payment: undecided, it asks SEQR to cancel.
    if (m_session->isFinished())
        QDialog::reject();
    else if (m_session->canCancel())
        m_session->cancel();
}

void PaymentDialog::closeEvent(QCloseEvent *event)
{
    if (m_session->isFinished()) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_session->canCancel())
        m_session->cancel();
}

} // namespace kassa::ui
