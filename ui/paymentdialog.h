#pragma once

#include "core/payment/paymentsession.h"

#include <QDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;

namespace kassa::ui {

class QrCodeWidget;

// The cashier's view of one SEQR payment. It re-reads the session on every
// change and only passes clicks on (cancel, try again); it cannot be closed
// while the payment is undecided — Esc and the window's close button ask
// whether to cancel instead — so no payment is abandoned from here. At the
// end of a round Enter is "Try again"; when SEQR refuses a cancel because the
// customer is confirming, it says so. It grows with its messages.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    PaymentDialog(PaymentSession *session, const QLocale &locale, QWidget *parent = nullptr);

    QString statusText() const;
    // The amount to pay, big ("162,00 SEK"): lowered at once when the
    // buyer's loyalty card or coupon gives a discount.
    QString amountText() const;
    // What the sale's cards and coupons gave, one "name ****0042: −18,00" a line.
    QString loyaltyText() const;
    QString secondsText() const;
    bool isConnectionProblemShown() const;
    // The note under the status ("the customer is confirming…"), if any.
    QString noteText() const;
    // No customer display can show the QR code on a screen of its own: this
    // dialog shows it too, under `why` for the cashier.
    void showQrToo(const QString &why);
    // The QR code shown in this dialog, if any.
    QString qrText() const;
    QrCodeWidget *qrCodeWidget() const { return m_qr; }
    // The "Cancel the payment?" question Esc opened, while it is open.
    QMessageBox *cancelQuestion() const { return m_question; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QPushButton *doneButton() const { return m_done; }

    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    // refresh()'s steps: the note on a cancel that did not happen, the
    // state in words, the buttons.
    void showNote(PaymentSession::State before, PaymentSession::State state);
    QString statusText(PaymentSession::State state) const;
    void refreshButtons(PaymentSession::State before);
    void refreshLoyalty();
    void askToCancel();

    PaymentSession *m_session;
    QLocale m_locale;
    QTimer m_tick;
    QLabel *m_amount;
    QLabel *m_loyalty;
    QLabel *m_status;
    QLabel *m_seconds;
    QLabel *m_connection;
    QLabel *m_note;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_qrWhy = nullptr;
    QPointer<QMessageBox> m_question;
    PaymentSession::State m_shownState = PaymentSession::State::Created;
    QPushButton *m_cancel;
    QPushButton *m_tryAgain;
    QPushButton *m_done;
};

} // namespace kassa::ui
