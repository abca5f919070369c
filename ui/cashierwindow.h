#pragma once

#include "core/catalog/catalog.h"
#include "core/checkout/checkout.h"
#include "core/checkout/scaninterpreter.h"
#include "core/journal/journal.h"
#include "core/ordering/orderqueue.h"
#include "core/payment/paymentsession.h"
#include "core/sale/cart.h"
#include "core/seqr/seqrclient.h"
#include "core/terminal/tillconfig.h"
#include "ui/paymentdialog.h"

#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>

class QAction;
class QGridLayout;
class QLineEdit;
class QPushButton;

namespace kassa::printing {
class TillPrinter;
struct PrintOutcome;
} // namespace kassa::printing
namespace kassa {
class CashDrawer;
}
namespace kassa::controlunit {
class ControlUnitService;
}

namespace kassa::ui {

class AmountDialog;
class CartTableView;
class CustomerDisplayWindow;
class OrderQueueWidget;
class ScannerInput;

// What the cashier's window works with; all must outlive the window.
struct CashierContext
{
    catalog::Catalog *catalog = nullptr;
    journal::Journal *journal = nullptr;
    seqr::SeqrClient *client = nullptr;
    TillConfig till;
    QString cashierId;
    QString receiptFolder; // every receipt is kept here as a PDF
    QString printerName;   // empty: no paper receipt, the PDF only
    // The till's ESC/POS receipt printer (instead of printerName); null: none.
    printing::TillPrinter *printer = nullptr;
    // The till's cash drawer (TillHost::drawer()); null: none.
    CashDrawer *drawer = nullptr;
    // Ask for the cash float at the day's first sale (with a drawer).
    bool askFloat = false;
    PaymentTiming timing;
    QLocale locale;
};

// The cashier's window: a barcode field that has the focus between actions
// (a USB scanner types digits and Enter), the cart, totals with VAT per rate,
// cash with change, and "Pay with SEQR" for the rest. Every action has an
// F-key (F1 lists them). It decides nothing a core class decides: the cart
// says what may be in it, the core Checkout decides the tenders, records cash
// sales, runs the SEQR payment and finishes the sale; the window shows it.
class CashierWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashierWindow)

public:
    CashierWindow(CashierContext context, Cart *cart, QWidget *parent = nullptr);
    ~CashierWindow() override;

    // Shows the window filling its screen: maximized under a window manager,
    // the screen's whole area without one (a kiosk till), with the keyboard.
    void showFilling();

    // What Enter in the barcode field does (core's ScanInterpreter says what
    // it is): a barcode adds the product (a weighed one asks for the weight),
    // a loyalty card or coupon of the shop goes on the sale with its
    // discount shown at once, other text opens the search.
    void scan(const QString &text);
    // Training mode (the journal's), shown as a red band and in the title.
    bool isTraining() const;
    QString trainingText() const;
    // Starts a SEQR payment for what is left to pay, or says why it cannot.
    void payWithSeqr();
    // Why "Pay with SEQR" is refused right now; empty when it is allowed.
    QString seqrRefusal() const;
    Status reprintToPdf(qint64 receiptNumber, const QString &path) const;
    // Keeps a completed sale's receipt as a PDF (and prints it when a printer
    // is set): after every sale, and for payments finished after a restart.
    void keepReceipt(const journal::Sale &sale);

    // A line of text for the status bar (the demo shows its phone page).
    void setStatusNote(const QString &text);
    // Scan to order: shows the orders to hand over beside the sale (a dock).
    void setOrderQueue(ordering::OrderQueue *queue);
    OrderQueueWidget *orderQueueWidget() const { return m_orderQueue; }
    // While SEQR cannot be used yet (payments left in flight by an earlier
    // run are being finished, the demo till is being registered), "Pay with
    // SEQR" says `reason`; an empty reason allows it again.
    void setSeqrBlocked(const QString &reason);
    // The till's control unit (null: none): sales wait for it, receipts are
    // printed once signed, and the status bar shows its state at once.
    void setControlUnit(controlunit::ControlUnitService *unit);
    void setTill(const TillConfig &till);
    void showNotice(const QString &text, bool problem = false) { showMessage(text, problem); }

    QLineEdit *barcodeField() const { return m_barcode; }
    // What the customer display must never cover: the barcode field and the
    // message line.
    QList<QWidget *> keepClearWidgets() const;
    // Where a payment's QR code is shown; without a customer display that
    // can show it, the payment dialog shows it and the cashier is told.
    void setCustomerDisplay(CustomerDisplayWindow *display);
    QString message() const { return m_message->text(); }
    QString totalText() const { return m_total->text(); }
    QString vatText() const { return m_vat->text(); }
    // The balance below the total: discounts, cash received, left to pay.
    QString balanceText() const;
    // The change to give back, big, until the next sale starts.
    QString changeText() const;
    Money cashReceived() const { return m_cart->cashReceived(); }
    CartTableView *cartView() const { return m_table; }
    PaymentSession *paymentSession() const { return m_checkout->session(); }
    Checkout *checkout() const { return m_checkout; }
    PaymentDialog *paymentDialog() const { return m_paymentDialog; }
    QString lastReceiptPdf() const { return m_lastReceiptPdf; }
    QList<QAction *> shortcutActions() const { return m_actions; }
    QAction *action(const QString &objectName) const;

    QString cashierId() const { return m_context.cashierId; }
    void setCashierId(const QString &id);

Q_SIGNALS:
    void paymentStarted(kassa::PaymentSession *session);
    // F10: the manager's tools were asked for (whoever opens them asks the PIN).
    void managerRequested();
    void saleCompleted(qint64 receiptNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // cashierwindowlayout.cpp: the window's parts, laid out.
    void layOutCart(QGridLayout *layout);
    void layOutTotals(QGridLayout *layout);
    QGridLayout *keyButtons(QWidget *central);
    QWidget *withTrainingBanner(QWidget *central);
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &key,
                       void (CashierWindow::*slot)());
    void showMessage(const QString &text, bool problem = false);
    void focusBarcode();
    // After a dialog, the manager window or a print preview closed: the
    // keyboard comes back to the barcode field (or to the prompt still open),
    // and a scan made during the prompt is added now.
    void reclaimFocus();
    void handleScannedInPrompt(const QString &code);
    void openDialog(QDialog *dialog);
    int currentRow() const;
    // The row the cashier is on; -1, said in the message line, when the
    // cart is empty.
    int chosenRow();
    Money toPay() const;
    void refreshTotals();
    // The F8 prompt for the cash received towards `due`, which asks again
    // about an amount that looks like a slip of the finger.
    AmountDialog *cashDialog(const Money &due);
    // The cash the cashier typed: the sale finishes with the change, or
    // SEQR or more cash takes the rest.
    void takeCash(const QString &typed);
    void finishWithCash();
    void showChange(const CashOutcome &outcome);
    void showNotRecorded(const Error &error);
    void handlePaymentStarted(PaymentSession *session);
    void addProduct(const catalog::Product &product);
    // Asks for a discount on `of` (an amount, or a percentage like 10%) and
    // hands it to `apply`, which says whether the cart took it.
    void askDiscount(const QString &title, const QString &prompt, const Money &of,
                     const QString &tooMuch, const std::function<Status(const Money &)> &apply);
    // Asks for a quantity (or a weight) of `product`, starting at `typed`,
    // and hands it and the text typed to `apply`, which says whether the
    // cart took it.
    void askQuantity(const QString &title, const QString &prompt, const QString &typed,
                     const catalog::Product &product,
                     const std::function<Status(const Decimal &, const QString &)> &apply);
    void handleSaleCompleted(qint64 saleId);
    void handleReceiptReady(qint64 saleId);
    void handlePaymentFinished();
    // cashierwindowloyalty.cpp: a scanned card or coupon put on the sale;
    // a card or coupon from the buyer's app said when it lowers the amount.
    void addLoyaltyToken(const ScanMeaning &meaning);
    void watchLoyalty(PaymentSession *session);
    // What the buyer's app took off the SEQR payment under way (as the
    // journal has it; zero when none is): its lines appended to `lines`.
    qint64 appDiscount(QStringList &lines) const;
    // The ESC/POS printer (cashierwindowprinting.cpp): its outcomes said in
    // the message line; F9 prints a receipt it kept, whole.
    void connectPrinter();
    void handlePrintFinished(const printing::PrintOutcome &outcome);
    bool printKeptReceipts();
    void printOnReceiptPrinter(const journal::Sale &sale, bool copy);
    // The one copy of a receipt: recorded (a second refused with the
    // reason), signed by the control unit when there is one, then printed.
    void printCopy(qint64 receiptNumber);
    void whenCopySigned(qint64 receiptNumber, const std::function<void()> &print);
    // Closing while a sale is open asks first; during a payment it is refused.
    bool confirmClose();

    void onHelp();
    void onQuantity();
    void onSearch();
    void onVoidRow();
    void onRowDiscount();
    void onReceiptDiscount();
    void onVoidSale();
    void onCash();
    void onReprint();
    void onManager();
    void onSignIn();
    void onPayWithSeqr();
    // cashierwindowdrawer.cpp: Ctrl+F7 the cash float (with a reason),
    // Ctrl+F8 No sale; the float asked at the day's first sale.
    void onCashFloat();
    void onNoSale();
    // cashierwindowproforma.cpp: Ctrl+F9 the cart's pro forma receipt (EJ KVITTO).
    void onProForma();
    void keepProForma(qint64 number);
    // The control unit's trouble as the cashier reads it: what the unit
    // stops (no sale can start) and which pro forma receipts wait for it,
    // so neither sentence hides the other.
    void showUnitTrouble();
    void askFloat(const QString &reason, const std::function<void()> &then);
    // True when the float dialog opened (`then` follows when it closes).
    bool askFloatFirst(const std::function<void()> &then);

    void refreshTillStatus();
    void refreshTraining();

    CashierContext m_context;
    Cart *m_cart;
    Checkout *m_checkout;
    QPointer<PaymentDialog> m_paymentDialog;
    QString m_lastReceiptPdf;
    QList<QAction *> m_actions;
    ScannerInput *m_scanner;
    QStringList m_pendingScans; // scanned while a prompt was open
    bool m_reclaimQueued = false;
    bool m_floatAsked = false;   // this day's float was asked (asked again after a sale)
    bool m_printingKept = false; // F9 sent kept receipts to the printer again
    bool m_closeConfirmed = false;
    QPointer<CustomerDisplayWindow> m_display;

    QLineEdit *m_barcode;
    OrderQueueWidget *m_orderQueue = nullptr;
    QLabel *m_message;
    CartTableView *m_table;
    QLabel *m_total;
    QLabel *m_vat;
    QLabel *m_cashLine;
    QLabel *m_change;
    QLabel *m_tillStatus;
    QLabel *m_note;
    QLabel *m_trainingBanner = nullptr;
    QLabel *m_unitStatus = nullptr;
    QMap<qint64, QString> m_proFormasWaiting; // number -> why it waits
    QLabel *m_printerStatus = nullptr;
};

} // namespace kassa::ui
