#pragma once

#include "core/payment/paymentsession.h"

#include <QDialog>
#include <QLocale>
#include <QTimer>

class QLabel;
class QPushButton;

namespace kassa::ui {

// The cashier's view of one SEQR payment. It re-reads the session on every
// change and only passes clicks on (cancel, try again); it cannot be closed
// while the payment is undecided — Esc and the window's close button ask
// for a cancel instead — so no payment is abandoned from here.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    PaymentDialog(PaymentSession *session, const QLocale &locale, QWidget *parent = nullptr);

    QString statusText() const;
    QString secondsText() const;
    bool isConnectionProblemShown() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QPushButton *doneButton() const { return m_done; }

    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();

    PaymentSession *m_session;
    QLocale m_locale;
    QTimer m_tick;
    QLabel *m_amount;
    QLabel *m_status;
    QLabel *m_seconds;
    QLabel *m_connection;
    QPushButton *m_cancel;
    QPushButton *m_tryAgain;
    QPushButton *m_done;
};

} // namespace kassa::ui
