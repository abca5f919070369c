#pragma once

#include "core/payment/paymentsession.h"
#include "core/sale/cart.h"

#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QScreen;
class QStackedWidget;

namespace kassa::ui {

class CartTableView;
class QrCodeWidget;

// What the customer sees, on the second screen when there is one (full
// screen there, and it moves when a screen is plugged in or out), otherwise
// in a normal window: the shop's name, the rows as they are scanned and the
// total; during a SEQR payment a large QR code with "Pay with SEQR — scan,
// then confirm with your PIN" and the amount; then "Paid — thank you" or
// "Payment canceled"; an idle screen between customers. Below the rows the
// same figures as the receipt: the receipt discount, the discounts in all,
// the cash received and what is left to pay (the QR's amount); after a cash
// sale the change to give back, until the next sale starts. A passive view of
// the cart and the payment session: it never changes either, and it never
// takes the keyboard from the cashier's window. The customer cannot close it
// (Kassa quits with the cashier's window). Sharing one screen with the
// cashier's window it stays below the widgets given to setKeepClear() (the
// barcode field and the message line), with or without a window manager.
class CustomerDisplayWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplayWindow)

public:
    // Where a payment's QR code can be seen by the customer.
    enum class QrPlace
    {
        OwnScreen,    // full screen on a screen of its own
        SharedScreen, // a window on the cashier's screen: it may be covered
        Nowhere,      // hidden or minimized
    };

    enum class Page
    {
        Idle,
        Cart,
        Payment,
        Outcome
    };

    CustomerDisplayWindow(const Cart *cart, QString shopName, const QLocale &locale,
                          QWidget *parent = nullptr);

    // Follows a payment until it ends (the session may be deleted any time).
    void showPayment(PaymentSession *session);
    // The screen the cashier's window is on, to stay off it.
    void setCashierScreen(QScreen *screen);
    // Shows the window on the best screen: full screen on another screen than
    // the cashier's if there is one, else a normal window.
    void place();
    // Widgets of the cashier's window this window must never cover.
    void setKeepClear(const QList<QWidget *> &widgets);
    QrPlace qrPlace() const;
    // Kassa is quitting: the display may close now (it refuses otherwise).
    void setClosable(bool closable) { m_closable = closable; }

    Page page() const { return m_page; }
    QString headline() const;
    QString totalText() const { return m_total->text(); }
    // The figures below the rows, one "label: amount" a line.
    QString balanceText() const { return m_balance->text(); }
    // The VAT in the total, per rate: "VAT 25 %: 4.41", one a line.
    QString vatText() const { return m_vat->text(); }
    // Under the outcome: the change to give back, if any.
    QString outcomeDetail() const;
    QString qrText() const;
    CartTableView *cartView() const { return m_rows; }
    QrCodeWidget *qrCodeWidget() const { return m_qr; }
    int outcomeMs() const { return m_outcomeTimer.interval(); }
    void setOutcomeMs(int ms) { m_outcomeTimer.setInterval(ms); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The constructor's steps: the three pages, then what the window follows.
    QWidget *idlePage();
    QWidget *salePage();
    QWidget *outcomePage();
    void follow();
    void refresh();
    void showBalance(bool paying);
    // The place beside the cashier's window on a shared screen.
    QRect sharedScreenGeometry(QScreen *screen) const;
    // The window manager's frame around this window (none without one).
    QMargins frameMarginsHere();
    void handleSessionState();
    QScreen *customerScreen() const;

    const Cart *m_cart;
    QString m_shopName;
    QLocale m_locale;
    QPointer<PaymentSession> m_session;
    QPointer<QScreen> m_cashierScreen;
    QList<QPointer<QWidget>> m_keepClear;
    bool m_closable = false;
    QTimer m_outcomeTimer;
    Page m_page = Page::Idle;
    QString m_outcome;

    QStackedWidget *m_stack;
    QLabel *m_idleTitle;
    CartTableView *m_rows;
    QLabel *m_balance;
    QLabel *m_total;
    QLabel *m_vat;
    QWidget *m_paymentPanel;
    QrCodeWidget *m_qr;
    QLabel *m_payPrompt;
    QLabel *m_payAmount;
    QLabel *m_outcomeLabel;
    QLabel *m_outcomeDetail;
};

} // namespace kassa::ui
