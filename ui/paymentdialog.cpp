#include "ui/paymentdialog.h"

#include "core/loyalty/loyaltyrules.h"
#include "core/seqr/resultcode.h"
#include "core/terminal/errortext.h"
#include "ui/balancetext.h"
#include "ui/dialogfit.h"
#include "ui/plainlabel.h"
#include "ui/qrcodewidget.h"
#include "ui/widgetfont.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

using State = PaymentSession::State;

PaymentDialog::PaymentDialog(PaymentSession *session, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_locale(locale)
    , m_amount(new PlainLabel(this))
    , m_loyalty(new PlainLabel(this))
    , m_status(new PlainLabel(this))
    , m_seconds(new PlainLabel(this))
    , m_connection(new PlainLabel(this))
    , m_note(new PlainLabel(this))
    , m_cancel(new QPushButton(tr("Cancel payment"), this))
    , m_tryAgain(new QPushButton(tr("Try again"), this))
    , m_done(new QPushButton(tr("Done"), this))
{
    setWindowTitle(tr("SEQR payment"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    enlargeFont(m_amount, 2.2, true);
    m_amount->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_amount);
    m_loyalty->setAlignment(Qt::AlignCenter);
    m_loyalty->setStyleSheet(QStringLiteral("color: #0a5d2b; font-weight: bold"));
    m_loyalty->hide();
    layout->addWidget(m_loyalty);
    enlargeFont(m_status, 1.3);
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
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setStyleSheet(QStringLiteral("color: #664d03; font-weight: bold"));
    m_note->hide();
    layout->addWidget(m_note);
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
    // The buyer's card or coupon from the app: the discount and the new amount at once.
    connect(m_session, &PaymentSession::amountChanged, this, [this] {
        refreshLoyalty();
        refresh();
    });
    refreshLoyalty();
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &PaymentDialog::refresh);
    m_tick.start();
    refresh();
}

void PaymentDialog::refreshLoyalty()
{
    QStringList lines;
    for (const journal::LoyaltyDiscount &d : m_session->loyaltyDiscounts())
        if (const BalanceLine line = BalanceText::loyalty(loyalty::lineOf(d), m_locale);
            !line.amount.isEmpty())
            lines.append(tr("%1: %2").arg(line.label, line.amount));
    m_loyalty->setText(lines.join(u'\n'));
    m_loyalty->setVisible(!lines.isEmpty());
}

QString PaymentDialog::amountText() const
{
    return m_amount->text();
}

QString PaymentDialog::loyaltyText() const
{
    return m_loyalty->text();
}

void PaymentDialog::refresh()
{
    const State state = m_session->state();
    const State before = m_shownState;
    m_shownState = state;
    const QSize sizeBefore = sizeHint();
    if (state != before)
        showNote(before, state);
    if (m_session->amount().isPositive())
        m_amount->setText(m_session->amount().toLocalizedString(m_locale) + QLatin1Char(' ') +
                          m_session->amount().currency().code());
    m_status->setText(statusText(state));
    if (m_qr) {
        const bool show = !m_session->isFinished() && !m_session->qrCode().isEmpty();
        m_qr->setText(show ? m_session->qrCode() : QString());
        m_qr->setVisible(show);
        m_qrWhy->setVisible(show);
    }
    const bool counting = state == State::Waiting;
    m_seconds->setText(
        counting ? tr("%n second(s) left in this round", nullptr, m_session->secondsLeftInRound())
                 : QString());
    m_connection->setVisible(m_session->hasConnectionProblem() && !m_session->isFinished());
    refreshButtons(before);
    if (sizeHint() != sizeBefore)
        growToFit(this);
}

void PaymentDialog::showNote(State before, State state)
{
    // SEQR refused the cancel because the customer is confirming (51):
    // the payment goes on, and the cashier is told why.
    const Error &why = m_session->lastError();
    const bool refused = before == State::Canceling && !m_session->isFinished() &&
                         why.code == ErrorCode::ServiceRefused &&
                         why.resultCode == int(seqr::ResultCode::CannotCancelInvoiceInProgress);
    if (refused)
        m_note->setText(tr("The payment cannot be canceled now: the customer is confirming "
                           "it on their phone. Wait for the outcome."));
    else if (before == State::Canceling && !m_session->isFinished())
        m_note->setText(tr("The payment could not be canceled; it is still open. Try again "
                           "in a moment."));
    else if (state != State::Waiting && state != State::Deciding)
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
}

QString PaymentDialog::statusText(State state) const
{
    switch (state) {
    case State::Created:
    case State::Sending:
        return tr("Sending the invoice to SEQR…");
    case State::Waiting:
        return tr("Waiting for the customer to scan the code and confirm with their PIN.");
    case State::Deciding:
        return tr("The customer has not paid yet. Try again, or cancel the payment?");
    case State::Canceling:
        return tr("Canceling the payment…");
    case State::Recording:
    case State::ConfirmingReceipt:
        return tr("Paid. Recording the sale…");
    case State::Paid:
        return m_session->isUnrecorded()
                   ? tr("Paid (SEQR reference %1), but the journal cannot record the sale: %2 "
                        "Note the reference: the payment is safe at SEQR and the end-of-day "
                        "reconciliation lists it.")
                         .arg(m_session->ersReference(), describe(m_session->lastError(), false))
                   : tr("Paid. SEQR reference %1, receipt %2.")
                         .arg(m_session->ersReference())
                         .arg(m_session->receiptNumber());
    case State::Canceled:
        return tr("Payment canceled. Nothing was paid.");
    case State::Failed:
        return tr("The payment was declined. Nothing was paid.");
    case State::NotSent:
        return tr("The payment could not be started: %1")
            .arg(describeNotStarted(m_session->lastError(), false));
    }
    return {};
}

void PaymentDialog::refreshButtons(State before)
{
    m_cancel->setVisible(!m_session->isFinished());
    m_cancel->setEnabled(m_session->canCancel());
    m_tryAgain->setVisible(m_session->canTryAgain());
    m_done->setVisible(m_session->isFinished());
    if (m_session->canTryAgain() && before != State::Deciding) {
        // The end of a round: Enter tries again.
        m_tryAgain->setDefault(true);
        m_tryAgain->setFocus();
    } else if (!m_session->canTryAgain()) {
        m_tryAgain->setDefault(false);
    }
    if (m_session->isFinished()) {
        m_tick.stop();
        if (m_question)
            m_question->reject(); // nothing left to cancel
        m_done->setDefault(true);
        m_done->setFocus();
    }
}

void PaymentDialog::showQrToo(const QString &why)
{
    if (m_qr)
        return;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    m_qrWhy = new PlainLabel(why, this);
    m_qrWhy->setWordWrap(true);
    m_qrWhy->setAlignment(Qt::AlignCenter);
    m_qrWhy->setStyleSheet(QStringLiteral("color: #664d03; font-weight: bold"));
    m_qr = new QrCodeWidget(this);
    m_qr->setMinimumSize(240, 240);
    // Under the status, above the buttons.
    layout->insertWidget(2, m_qrWhy);
    layout->insertWidget(3, m_qr, 1);
    refresh();
}

QString PaymentDialog::qrText() const
{
    return m_qr && !m_qr->isHidden() ? m_qr->text() : QString();
}

QString PaymentDialog::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void PaymentDialog::askToCancel()
{
    if (m_question || !m_session->canCancel())
        return;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Cancel payment"),
                                tr("Cancel this SEQR payment? The customer has not paid yet."),
                                QMessageBox::NoButton, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = ask->addButton(tr("Cancel payment"), QMessageBox::DestructiveRole);
    QPushButton *no = ask->addButton(tr("Keep waiting"), QMessageBox::RejectRole);
    ask->setDefaultButton(no);
    ask->setEscapeButton(no);
    connect(ask, &QMessageBox::finished, this, [this, ask, yes] {
        if (ask->clickedButton() == yes && m_session->canCancel())
            m_session->cancel();
    });
    m_question = ask;
    ask->open();
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
    // Esc never abandons a payment: undecided, it asks whether to cancel.
    if (m_session->isFinished())
        QDialog::reject();
    else
        askToCancel();
}

void PaymentDialog::closeEvent(QCloseEvent *event)
{
    if (m_session->isFinished()) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
    askToCancel();
}

} // namespace kassa::ui
