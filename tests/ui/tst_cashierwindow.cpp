#include "tests/support/testing.h"
#include "ui/cashierwindow.h"

#include "core/receipt/journalreceipts.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/amountinput.h"
#include "tests/support/cashierfixture.h"
#include "tests/support/cashierscreens.h"
#include "tests/support/kassawords.h"
#include "tests/support/pdftext.h"
#include "tests/support/qrreader.h"
#include "ui/amountdialog.h"
#include "ui/carttableview.h"
#include "ui/customerdisplaywindow.h"
#include "ui/paymentdialog.h"
#include "ui/pindialog.h"
#include "ui/productsearchdialog.h"
#include "ui/receiptprinter.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;
using kassa::test::pdfText;

using namespace shelf;

namespace {

// What a view shows of `text` in a cell `width` pixels wide (as the item
// delegate elides it): the whole text when it fits.
bool fitsCell(const QTableView *view, const QString &text, int width)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const QFontMetrics metrics(view->font());
    return metrics.elidedText(text, Qt::ElideRight, width - 2 * margin) == text;
}

// Every visible label shows all of its (wrapped) text and every visible
// button lies inside the dialog: nothing is cut.
QString cutText(QWidget *dialog)
{
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(dialog) || label->text().isEmpty())
            continue;
        const int needed =
            label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (label->height() < needed || label->width() < label->minimumSizeHint().width())
            return label->text();
    }
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (!button->isVisibleTo(dialog))
            continue;
        const QRect r(button->mapTo(dialog, QPoint(0, 0)), button->size());
        if (!dialog->rect().contains(r) || button->width() < button->minimumSizeHint().width())
            return u"%1 at %2,%3 %4x%5 in %6x%7"_s.arg(button->text())
                .arg(r.x())
                .arg(r.y())
                .arg(r.width())
                .arg(r.height())
                .arg(dialog->width())
                .arg(dialog->height());
    }
    return {};
}

} // namespace

// The cashier's window and the customer display, offscreen, against the real
// sandbox on loopback, with a real journal, catalog and receipt PDFs.
class TestCashierWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scanCartPayPaidReceipt();
    void customerDisplayShowsTheInvoiceQr();
    void cashierCancelsThePayment();
    void customerDeclinesThePayment();
    void tryAgainAfterARound();
    void connectionProblemIsShownAndPaymentCompletes();
    void escapeDoesNotAbandonThePayment();
    void refusesSeqrWithReasons();
    void unknownBarcodeSaysSo();
    void weighedItemAsksForTheWeight();
    void scannerFocusReturnsAfterDialogs();
    void cashWithChange();
    void splitTenderCashThenSeqr();
    void discountsByShortcut();
    void reprintIsMarkedAsCopy();
    void swedishStringsLoad();
    void columnsFitTheLongestFigure();
    void customerDisplayTellsTheReceiptsStory();
    void changeIsShownUntilTheNextSale();
    void cashCoveringTheTotalAfterVoidsFinishesTheSale();
    void scanDuringTheWeightPromptIsKept();
    void scanDuringTheDoneDialogStartsTheNextSale();
    void scanWhileSeqrConfirmsTheReceiptStartsTheNextSale();
    void paymentDialogAnswersTheKeyboard();
    void cancelRefusedWhileConfirmingIsExplained();
    void voidSaleAsksFirst();
    void dialogsGrowWithTheirMessages();
    void englishTakesADecimalComma();

private:
    void makeWindow(bool registered = true, int roundMs = 30000);
    static void scan(const QString &code) { CashierFixture::scan(code); }
    void press(int key) { CashierFixture::press(m_screens->window.get(), key); }
    PaymentSession *startSeqr();
    // A window (SEQR rounds of `roundMs`) with `code` scanned and SEQR's
    // payment started (F12); null when no QR code came.
    PaymentSession *seqrSaleOf(const char *code, int roundMs = 30000);
    void payAtSandbox();
    // F8 and `typed` in cash, short of the total: the window counts
    // `receivedMinor` received and waits at the barcode field for the rest.
    void takePartInCash(const QString &typed, qint64 receivedMinor);

    std::unique_ptr<CashierFixture> m_shop;
    std::unique_ptr<CashierScreens> m_screens;
    TillConfig m_till;
};

void TestCashierWindow::init()
{
    m_shop = std::make_unique<CashierFixture>();
    QVERIFY2(m_shop->problem().isEmpty(), qPrintable(m_shop->problem()));
}

void TestCashierWindow::cleanup()
{
    m_screens.reset();
}

void TestCashierWindow::makeWindow(bool registered, int roundMs)
{
    m_till = m_shop->till(registered);
    QVERIFY(!registered || !m_till.terminalId.isEmpty());
    CashierContext context = m_shop->context(m_till);
    context.timing.roundMs = roundMs;
    context.timing.journalRetryMs = 100;
    m_screens = std::make_unique<CashierScreens>(context);
    m_screens->display->resize(800, 480);
    m_screens->display->show();
    m_screens->window->show();
    QVERIFY(CashierFixture::activate(m_screens->window.get()));
}

PaymentSession *TestCashierWindow::startSeqr()
{
    press(Qt::Key_F12);
    PaymentSession *session = m_screens->window->paymentSession();
    if (!session || !QTest::qWaitFor([session] { return !session->qrCode().isEmpty(); }, 10000))
        return nullptr;
    return session;
}

PaymentSession *TestCashierWindow::seqrSaleOf(const char *code, int roundMs)
{
    makeWindow(true, roundMs);
    scan(QString::fromLatin1(code));
    return startSeqr();
}

void TestCashierWindow::payAtSandbox()
{
    const auto paid = m_shop->sandbox().service().pay(
        m_screens->window->paymentSession()->invoiceReference(), u"1234"_s);
    QVERIFY2(paid, paid ? "" : qPrintable(paid.error().detail));
}

void TestCashierWindow::takePartInCash(const QString &typed, qint64 receivedMinor)
{
    press(Qt::Key_F8);
    QVERIFY(CashierFixture::answerPrompt(typed));
    QTRY_COMPARE(m_screens->window->cashReceived(), Money(receivedMinor, Currency::sek()));
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
}

void TestCashierWindow::scanCartPayPaidReceipt()
{
    makeWindow();
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kSoap));
    QCOMPARE(m_screens->cart->rowCount(), 2);
    QCOMPARE(m_screens->window->totalText(), u"Total 56.30 SEK"_s);
    QVERIFY(m_screens->window->vatText().contains(u"VAT 25 %: 4.90"_s));
    QVERIFY(m_screens->window->vatText().contains(u"VAT 12 %: 3.41"_s));

    PaymentSession *session = startSeqr();
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY(dialog->statusText().contains(u"Waiting for the customer"_s));
    QVERIFY(dialog->secondsText().contains(u"second"_s));
    QCOMPARE(session->amount(), Money(5630, Currency::sek()));
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    const QString ers = session->ersReference();
    QVERIFY(!ers.isEmpty());
    QTRY_VERIFY(dialog->statusText().contains(ers));
    QVERIFY(dialog->doneButton()->isVisible());

    // The journal has the sale with the SEQR tender.
    const auto sale = m_shop->journal()->sale(session->saleId());
    QVERIFY(sale);
    QCOMPARE(sale->receiptNumber, 1);
    QCOMPARE(sale->total, Money(5630, Currency::sek()));
    QCOMPARE(sale->rows.size(), 2);
    QCOMPARE(sale->tenders.size(), 1);
    QCOMPARE(sale->tenders[0].ersReference, ers);
    QVERIFY(m_screens->cart->isEmpty());
    QVERIFY(m_screens->window->message().contains(ers));

    // The receipt PDF says what the customer paid and the reference.
    const QString pdf = m_screens->window->lastReceiptPdf();
    QVERIFY(pdf.endsWith(u"receipt-1.pdf"_s));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        KASSA_SKIP("pdftotext (poppler-utils) is not installed; the receipt's text is not checked");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(ers), qPrintable(text));
    QVERIFY(text.contains(u"TOTAL SEK"_s) && text.contains(u"56.30"_s));
    QVERIFY(text.contains(u"SEQR payment"_s));
    QVERIFY(text.contains(u"Lilla Livs"_s));
    QVERIFY(text.contains(u"Receipt 1"_s));

    QTest::mouseClick(dialog->doneButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_screens->window->paymentDialog());
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
}

void TestCashierWindow::customerDisplayShowsTheInvoiceQr()
{
    makeWindow();
    QCOMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Idle);
    scan(QString::fromLatin1(kSoap));
    QTRY_COMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Cart);
    QCOMPARE(m_screens->display->totalText(), u"Total 24.50 SEK"_s);
    PaymentSession *session = startSeqr();
    QVERIFY(session);
    QTRY_COMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Payment);
    QVERIFY(session->qrCode().startsWith(u"HTTP://SEQR.SE/R"_s));
    QCOMPARE(m_screens->display->headline(), u"Pay with SEQR — scan, then confirm with your PIN"_s);
    // What a phone's camera reads off the customer's screen.
    QCOMPARE(readQr(m_screens->display->grab().toImage()), session->qrCode());
    payAtSandbox();
    QTRY_COMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Outcome);
    QCOMPARE(m_screens->display->headline(), u"Paid — thank you!"_s);
    QVERIFY(readQr(m_screens->display->grab().toImage()).isEmpty());
    // The next customer's first item ends the outcome screen.
    QTest::mouseClick(m_screens->window->paymentDialog()->doneButton(), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    scan(QString::fromLatin1(kMilk));
    QTRY_COMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Cart);
}

// SEQR's FAILED (the customer said no in the app) is one word to the
// cashier and to the customer: declined.
void TestCashierWindow::customerDeclinesThePayment()
{
    PaymentSession *session = seqrSaleOf(kSoap);
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    QTRY_VERIFY(dialog->cancelButton()->isEnabled());
    const auto declined = m_shop->sandbox().service().decline(session->invoiceReference());
    QVERIFY2(declined, declined ? "" : qPrintable(declined.error().detail));
    QTRY_COMPARE(session->state(), PaymentSession::State::Failed);
    QTRY_COMPARE(dialog->statusText(), u"The payment was declined. Nothing was paid."_s);
    QTRY_COMPARE(m_screens->display->headline(), u"Payment declined"_s);
    QCOMPARE(m_screens->cart->rowCount(), 1); // kept for another try
}

void TestCashierWindow::cashierCancelsThePayment()
{
    PaymentSession *session = seqrSaleOf(kSoap);
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    QTRY_VERIFY(dialog->cancelButton()->isEnabled());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(session->state(), PaymentSession::State::Canceled);
    QTRY_VERIFY(dialog->statusText().contains(u"Payment canceled"_s));
    QTRY_COMPARE(m_screens->display->headline(), u"Payment canceled"_s);
    // The cart is kept for another try; the journal knows the invoice ended.
    QCOMPARE(m_screens->cart->rowCount(), 1);
    QVERIFY(m_screens->window->message().contains(u"canceled"_s));
    const auto invoice = m_shop->journal()->invoice(session->invoiceReference());
    QVERIFY(invoice);
    QCOMPARE(invoice->state, journal::InvoiceState::Canceled);
    QVERIFY(m_shop->journal()->invoicesInFlight()->isEmpty());
}

void TestCashierWindow::tryAgainAfterARound()
{
    PaymentSession *session = seqrSaleOf(kMilk, 1500);
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    QVERIFY(!dialog->tryAgainButton()->isVisible());
    // The round ends without a payment: the cashier is asked.
    QTRY_COMPARE(session->state(), PaymentSession::State::Deciding);
    QTRY_VERIFY(dialog->tryAgainButton()->isVisible());
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(dialog->statusText().contains(u"Try again, or cancel"_s));
    QTest::mouseClick(dialog->tryAgainButton(), Qt::LeftButton);
    QCOMPARE(session->state(), PaymentSession::State::Waiting);
    QTRY_VERIFY(!dialog->tryAgainButton()->isVisible());
    // Same invoice, same QR: the customer pays in the new round.
    const QString reference = session->invoiceReference();
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    QCOMPARE(session->invoiceReference(), reference);
}

void TestCashierWindow::connectionProblemIsShownAndPaymentCompletes()
{
    PaymentSession *session = seqrSaleOf(kMilk);
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    m_shop->sandbox().server().injectFaults(sandbox::FaultKind::DroppedConnection, 1000);
    QTRY_VERIFY(dialog->isConnectionProblemShown());
    QVERIFY(session->hasConnectionProblem());
    payAtSandbox();
    m_shop->sandbox().server().injectFaults(sandbox::FaultKind::None, 0);
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    QTRY_VERIFY(!dialog->isConnectionProblemShown());
    QCOMPARE(m_shop->journal()->sale(session->saleId())->receiptNumber, 1);
}

void TestCashierWindow::escapeDoesNotAbandonThePayment()
{
    PaymentSession *session = seqrSaleOf(kMilk);
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    // While the customer is paying, a cancel is refused by SEQR: the dialog stays.
    QVERIFY(m_shop->sandbox().service().confirm(session->invoiceReference()));
    dialog->close();
    QTRY_VERIFY(dialog->cancelQuestion());
    QTest::keyClick(dialog->cancelQuestion(), Qt::Key_Escape); // "Keep waiting"
    QTRY_VERIFY(!dialog->cancelQuestion());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog->cancelQuestion());
    QVERIFY(dialog->isVisible());
    QVERIFY(m_screens->window->close() == false);
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    QTRY_VERIFY(!dialog->cancelQuestion()); // nothing left to cancel
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_screens->window->paymentDialog());
}

void TestCashierWindow::refusesSeqrWithReasons()
{
    makeWindow(false);
    press(Qt::Key_F12);
    QVERIFY(!m_screens->window->paymentSession());
    QCOMPARE(m_screens->window->message(), u"The cart is empty: scan something first."_s);
    scan(QString::fromLatin1(kMilk));
    press(Qt::Key_F12);
    QVERIFY(!m_screens->window->paymentSession());
    QVERIFY(m_screens->window->message().contains(u"not registered"_s));
    // A receipt discount of everything leaves nothing to pay.
    m_till.terminalId = m_shop->sandbox().registerTill(*m_shop->client(), u"Till 2"_s, {});
    m_till.terminalPassword = u"x"_s;
    m_screens->window->setTill(m_till);
    QVERIFY(m_screens->cart->setReceiptDiscount(m_screens->cart->total()));
    press(Qt::Key_F12);
    QVERIFY(!m_screens->window->paymentSession());
    QCOMPARE(m_screens->window->message(), u"There is nothing to pay."_s);
    m_screens->window->setSeqrBlocked(u"Kassa is still connecting to SEQR."_s);
    QVERIFY(m_screens->cart->setReceiptDiscount(Money(0, Currency::sek())));
    QCOMPARE(m_screens->window->seqrRefusal(), u"Kassa is still connecting to SEQR."_s);
    m_screens->window->setSeqrBlocked({});
    QVERIFY(m_screens->window->seqrRefusal().isEmpty());
}

void TestCashierWindow::unknownBarcodeSaysSo()
{
    makeWindow();
    scan(u"7310865004704"_s);
    QVERIFY(m_screens->cart->isEmpty());
    QVERIFY(m_screens->window->message().contains(u"No product has the barcode 7310865004704"_s));
    QCOMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    QVERIFY(m_screens->window->barcodeField()->text().isEmpty());
}

void TestCashierWindow::weighedItemAsksForTheWeight()
{
    makeWindow();
    scan(QString::fromLatin1(kBananas));
    auto *dialog = qobject_cast<AmountDialog *>(QApplication::activeModalWidget());
    QTRY_VERIFY((dialog = qobject_cast<AmountDialog *>(QApplication::activeModalWidget())));
    QTest::keyClicks(dialog->lineEdit(), u"-1"_s);
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problem().contains(u"weight"_s));
    dialog->lineEdit()->clear();
    QTest::keyClicks(dialog->lineEdit(), u"1.234"_s);
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_screens->cart->rowCount(), 1);
    QCOMPARE(m_screens->cart->lines()[0].quantity, Decimal::fromParts(1234, 3));
    QCOMPARE(m_screens->window->totalText(), u"Total 30.73 SEK"_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
}

void TestCashierWindow::scannerFocusReturnsAfterDialogs()
{
    makeWindow();
    // Typing a name searches; picking a product closes the search.
    scan(u"tvål"_s);
    ProductSearchDialog *search = nullptr;
    QTRY_VERIFY((search = qobject_cast<ProductSearchDialog *>(QApplication::activeModalWidget())));
    QCOMPARE(search->resultCount(), 1);
    QTest::keyClick(search->searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_screens->cart->rowCount(), 1);
    QCOMPARE(m_screens->cart->lines()[0].quantity, Decimal::fromInteger(1)); // added once
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    // The next scan lands in the barcode field, whatever was clicked before.
    scan(QString::fromLatin1(kMilk));
    QCOMPARE(m_screens->cart->rowCount(), 2);
    // Help, then Escape: back in the barcode field.
    press(Qt::Key_F1);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    scan(QString::fromLatin1(kMilk));
    QCOMPARE(m_screens->cart->lines()[1].quantity, Decimal::fromInteger(2));
    // Every action has its F-key.
    QStringList keys;
    for (QAction *a : m_screens->window->shortcutActions())
        keys.append(a->shortcut().toString());
    QCOMPARE(keys, (QStringList{u"F1"_s, u"F2"_s, u"F3"_s, u"F4"_s, u"F5"_s, u"F6"_s, u"F7"_s,
                                u"F8"_s, u"F9"_s, u"F10"_s, u"F11"_s, u"F12"_s, u"Ctrl+F7"_s,
                                u"Ctrl+F8"_s, u"Ctrl+F9"_s}));
}

void TestCashierWindow::cashWithChange()
{
    makeWindow(false); // cash needs no SEQR registration
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kSoap));
    press(Qt::Key_F8);
    AmountDialog *dialog = CashierFixture::prompt();
    QVERIFY(dialog);
    QCOMPARE(dialog->value(), u"40.40"_s);
    test::answer(dialog, u"50"_s);
    QTRY_VERIFY(m_screens->cart->isEmpty());
    QCOMPARE(m_screens->window->message(), u"Change: 9.60"_s);
    const auto sale = m_shop->journal()->saleByReceiptNumber(1);
    QVERIFY(sale);
    QCOMPARE(sale->tenders[0].kind, journal::TenderKind::Cash);
    QCOMPARE(sale->tenders[0].amount, Money(4040, Currency::sek()));
    QCOMPARE(sale->tenders[0].tendered, Money(5000, Currency::sek()));
    QVERIFY(QFile::exists(m_screens->window->lastReceiptPdf()));
}

void TestCashierWindow::splitTenderCashThenSeqr()
{
    makeWindow();
    scan(QString::fromLatin1(kSoap));
    scan(QString::fromLatin1(kSoap)); // 49.00
    takePartInCash(u"20"_s, 2000);
    PaymentSession *session = startSeqr();
    QVERIFY(session);
    // SEQR takes the rest; the invoice's rows still add up (a cash row balances).
    QCOMPARE(session->amount(), Money(2900, Currency::sek()));
    const auto invoice = m_shop->sandbox().service().invoice(session->invoiceReference());
    QVERIFY(invoice);
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    const auto sale = m_shop->journal()->sale(session->saleId());
    QCOMPARE(sale->total, Money(4900, Currency::sek()));
    QCOMPARE(sale->tenders.size(), 2);
    QCOMPARE(sale->tenders[0].kind, journal::TenderKind::Cash);
    QCOMPARE(sale->tenders[0].amount, Money(2000, Currency::sek()));
    QCOMPARE(sale->tenders[1].kind, journal::TenderKind::Seqr);
    QCOMPARE(sale->tenders[1].amount, Money(2900, Currency::sek()));
    QCOMPARE(m_screens->window->cashReceived(), Money(0, Currency::sek()));
}

void TestCashierWindow::discountsByShortcut()
{
    makeWindow();
    scan(QString::fromLatin1(kSoap));
    press(Qt::Key_F5);
    AmountDialog *dialog = CashierFixture::prompt();
    QVERIFY(dialog);
    test::answer(dialog, u"30"_s); // more than the row
    QVERIFY(dialog->problem().contains(u"cannot be more than the row"_s));
    test::answer(dialog, u"10%"_s);
    QTRY_COMPARE(m_screens->window->totalText(), u"Total 22.05 SEK"_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    press(Qt::Key_F6);
    QTRY_VERIFY((dialog = qobject_cast<AmountDialog *>(QApplication::activeModalWidget())));
    test::answer(dialog, u"2.05"_s);
    QTRY_COMPARE(m_screens->window->totalText(), u"Total 20.00 SEK"_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    press(Qt::Key_F4); // void the row
    QVERIFY(m_screens->cart->isEmpty());
    QCOMPARE(m_screens->window->totalText(), u"Total 0.00 SEK"_s);
}

void TestCashierWindow::reprintIsMarkedAsCopy()
{
    PaymentSession *session = seqrSaleOf(kMilk);
    QVERIFY(session);
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    // F9 asks which receipt (the last one by default) and opens a print preview.
    QTest::mouseClick(m_screens->window->paymentDialog()->doneButton(), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    press(Qt::Key_F9);
    AmountDialog *which = CashierFixture::prompt();
    QVERIFY(which);
    QCOMPARE(which->value(), u"1"_s);
    QTest::keyClick(which->lineEdit(), Qt::Key_Return);
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())));
    preview->close();
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());

    // One copy per receipt: F9 made it, a second is refused with the reason.
    const QString copy = m_shop->path(u"copy.pdf"_s);
    const Status second = m_screens->window->reprintToPdf(1, copy);
    QVERIFY(!second);
    QVERIFY2(second.error().detail.contains(u"already has its copy"_s),
             qPrintable(second.error().detail));
    QVERIFY(!m_screens->window->reprintToPdf(2, copy));
    QCOMPARE(m_shop->journal()->copies({}).value().size(), 1);
    press(Qt::Key_F9);
    QTRY_VERIFY((which = qobject_cast<AmountDialog *>(QApplication::activeModalWidget())));
    QTest::keyClick(which->lineEdit(), Qt::Key_Return);
    QVERIFY(qobject_cast<AmountDialog *>(QApplication::activeModalWidget()) == which);
    which->reject();
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    // The copy as it was made, from the journal.
    QVERIFY(ReceiptPrinter(journaledCopy(*m_shop->journal(), 1,
                                         ReceiptSettings::forTill(TillConfig(), QLocale()))
                               .value())
                .writePdf(copy));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        KASSA_SKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(copy);
    QVERIFY2(text.contains(u"KOPIA/COPY"_s), qPrintable(text));
    QVERIFY(text.contains(session->ersReference()));
    QVERIFY(!pdfText(m_screens->window->lastReceiptPdf()).contains(u"COPY"_s));
}

void TestCashierWindow::swedishStringsLoad()
{
    QTranslator swedish;
    QVERIFY(installKassaWords(swedish, QLocale::Swedish));
    makeWindow(false);
    QCOMPARE(m_screens->window->action(u"payWithSeqr"_s)->text(), u"Betala med SEQR"_s);
    press(Qt::Key_F12);
    QCOMPARE(m_screens->window->message(), u"Varukorgen är tom: skanna något först."_s);
    QCOMPARE(m_screens->cart->headerData(Cart::QuantityColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"Antal"_s);
    QApplication::removeTranslator(&swedish);

    // Every string people read has its Swedish (and English) words.
    for (const char *file : {"kassa_sv.ts", "kassa_en.ts"}) {
        QFile ts(qEnvironmentVariable("KASSA_SOURCE_DIR") + u"/translations/"_s +
                 QString::fromLatin1(file));
        QVERIFY2(ts.open(QIODevice::ReadOnly), file);
        const QByteArray xml = ts.readAll();
        QVERIFY(xml.count("<message") > 200);
        QVERIFY2(!xml.contains("type=\"unfinished\""), file);
    }
}

void TestCashierWindow::columnsFitTheLongestFigure()
{
    makeWindow(false);
    m_screens->window->showFilling();
    // The cashier's window fills its screen.
    QTRY_COMPARE(m_screens->window->frameGeometry().size(),
                 m_screens->window->screen()->availableGeometry().size());
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kEspresso));
    QVERIFY(m_screens->cart->setQuantity(1, Decimal::fromInteger(9999))); // 119 978 001.00
    QVERIFY(m_screens->cart->addProduct(*m_shop->catalog()->findByEan(QString::fromLatin1(kCandy)),
                                        Decimal::fromParts(456, 3)));
    QVERIFY(m_screens->cart->setRowDiscount(0, Money(159, Currency::sek())));
    // No event loop has run since the last change: the widths must be right now.
    for (CartTableView *view : {m_screens->window->cartView(), m_screens->display->cartView()}) {
        for (int row = 0; row < m_screens->cart->rowCount(); ++row) {
            for (int c : {int(Cart::QuantityColumn), int(Cart::UnitPriceColumn),
                          int(Cart::DiscountColumn), int(Cart::TotalColumn)}) {
                const QString text = m_screens->cart->index(row, c).data().toString();
                QVERIFY2(fitsCell(view, text, view->columnWidth(c)),
                         qPrintable(u"%1 is cut in a column %2 px wide"_s.arg(text).arg(
                             view->columnWidth(c))));
            }
        }
    }
    // English shows no Swedish unit.
    QCOMPARE(m_screens->cart->index(1, Cart::QuantityColumn).data().toString(), u"9999 pcs"_s);
    QCOMPARE(m_screens->cart->index(2, Cart::QuantityColumn).data().toString(), u"0.456 kg"_s);
    // The total shows its currency on both screens.
    QVERIFY(m_screens->window->totalText().endsWith(u" SEK"_s));
    QVERIFY(m_screens->display->totalText().endsWith(u" SEK"_s));
}

void TestCashierWindow::customerDisplayTellsTheReceiptsStory()
{
    makeWindow();
    scan(QString::fromLatin1(kSoap));
    scan(QString::fromLatin1(kSoap));                                         // 49.00 at 25 %
    scan(QString::fromLatin1(kMilk));                                         // 15.90 at 12 %
    QVERIFY(m_screens->cart->setRowDiscount(1, Money(159, Currency::sek()))); // 10 % off the milk
    QVERIFY(m_screens->cart->setReceiptDiscount(Money(500, Currency::sek())));
    QVERIFY(m_screens->cart->addCash(Money(2000, Currency::sek())));
    // The display's rows and its receipt discount add up to its total.
    qint64 rows = 0;
    for (int row = 0; row < m_screens->cart->rowCount(); ++row)
        rows +=
            Money::parseLocalized(m_screens->cart->index(row, Cart::TotalColumn).data().toString(),
                                  Currency::sek(), QLocale(QLocale::English))
                ->minorUnits();
    QCOMPARE(rows - 500, qint64(5831));
    QCOMPARE(m_screens->display->totalText(), u"Total 58.31 SEK"_s);
    const QString shown = m_screens->display->balanceText();
    QVERIFY2(shown.contains(u"Receipt discount: -5.00"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Discounts in all: -6.59"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Cash received: 20.00"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Left to pay: 38.31"_s), qPrintable(shown));
    // The cashier sees the same figures, in the same words.
    QCOMPARE(m_screens->window->balanceText(), shown);
    QCOMPARE(m_screens->window->totalText(), m_screens->display->totalText());

    // What is left to pay is what the QR asks for.
    PaymentSession *session = startSeqr();
    QVERIFY(session);
    QCOMPARE(session->amount(), Money(3831, Currency::sek()));
    QTRY_COMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Payment);
    QVERIFY(m_screens->display->balanceText().contains(u"Left to pay: 38.31"_s));
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);

    // The receipt has the same figures.
    const auto sale = m_shop->journal()->sale(session->saleId());
    QVERIFY(sale);
    QCOMPARE(sale->total, Money(5831, Currency::sek()));
    qint64 discounts = 0;
    for (const auto &row : sale->rows) {
        if (row.total.isNegative())
            discounts -= row.total.minorUnits();
    }
    QCOMPARE(discounts, qint64(659));
    QCOMPARE(sale->tenders.size(), 2);
    QCOMPARE(sale->tenders[0].tendered, Money(2000, Currency::sek()));
    QCOMPARE(sale->tenders[1].amount, Money(3831, Currency::sek()));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        KASSA_SKIP("pdftotext (poppler-utils) is not installed; the receipt's text is not checked");
    const QString text = pdfText(m_screens->window->lastReceiptPdf());
    for (const QString &figure : {u"58.31"_s, u"20.00"_s, u"38.31"_s, u"-1.59"_s})
        QVERIFY2(text.contains(figure), qPrintable(figure + u" not in\n"_s + text));
}

void TestCashierWindow::changeIsShownUntilTheNextSale()
{
    makeWindow(false);
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kSoap)); // 40.40
    press(Qt::Key_F8);
    QVERIFY(CashierFixture::answerPrompt(u"50"_s));
    QTRY_VERIFY(m_screens->cart->isEmpty());
    // Big, to the cashier and to the customer.
    QCOMPARE(m_screens->window->changeText(), u"Last sale: change 9.60 SEK"_s);
    QCOMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Outcome);
    QCOMPARE(m_screens->display->outcomeDetail(), u"Change 9.60 SEK"_s);
    // It stays until the next sale starts, then it is gone everywhere.
    QVERIFY(kassa::test::nothingMoreFor(
        200, [&] { return m_screens->display->outcomeDetail() != u"Change 9.60 SEK"_s; }));
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    scan(QString::fromLatin1(kMilk));
    QCOMPARE(m_screens->window->changeText(), QString());
    QVERIFY(!m_screens->window->balanceText().contains(u"Cash"_s));
    QCOMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Cart);
    QVERIFY(m_screens->display->balanceText().isEmpty());
    QVERIFY(!m_screens->window->message().contains(u"Change"_s));
}

void TestCashierWindow::cashCoveringTheTotalAfterVoidsFinishesTheSale()
{
    makeWindow();
    scan(QString::fromLatin1(kSoap));
    scan(QString::fromLatin1(kMilk)); // 40.40
    takePartInCash(u"30"_s, 3000);
    // The soap is voided: 15.90 left, 30.00 received.
    press(Qt::Key_Up);
    press(Qt::Key_F4);
    QCOMPARE(m_screens->cart->total(), Money(1590, Currency::sek()));
    QVERIFY(m_screens->window->message().contains(u"press F8"_s));
    press(Qt::Key_F12);
    QVERIFY(!m_screens->window->paymentSession());
    QVERIFY2(
        m_screens->window->message().contains(u"press F8 to finish the sale and give back 14.10"_s),
        qPrintable(m_screens->window->message()));
    press(Qt::Key_F8);
    QTRY_VERIFY(m_screens->cart->isEmpty());
    QCOMPARE(m_screens->window->message(), u"Change: 14.10"_s);
    QCOMPARE(m_screens->window->changeText(), u"Last sale: change 14.10 SEK"_s);
    const auto sale = m_shop->journal()->saleByReceiptNumber(1);
    QVERIFY(sale);
    QCOMPARE(sale->total, Money(1590, Currency::sek()));
    QCOMPARE(sale->tenders.size(), 1);
    QCOMPARE(sale->tenders[0].kind, journal::TenderKind::Cash);
    QCOMPARE(sale->tenders[0].tendered, Money(3000, Currency::sek()));
}

void TestCashierWindow::scanDuringTheWeightPromptIsKept()
{
    makeWindow();
    scan(QString::fromLatin1(kBananas));
    AmountDialog *dialog = CashierFixture::prompt();
    QVERIFY(dialog);
    // The scanner fires into the weight field: a product, not a weight.
    QTest::keyClicks(dialog->lineEdit(), QString::fromLatin1(kMilk));
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->problem(), QString());
    QCOMPARE(dialog->lineEdit()->text(), QString());
    test::answer(dialog, u"0.5"_s);
    // Both products are in the cart.
    QTRY_COMPARE(m_screens->cart->rowCount(), 2);
    QCOMPARE(m_screens->cart->lines()[0].product.ean, QString::fromLatin1(kBananas));
    QCOMPARE(m_screens->cart->lines()[0].quantity, Decimal::fromParts(500, 3));
    QCOMPARE(m_screens->cart->lines()[1].product.ean, QString::fromLatin1(kMilk));
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
}

void TestCashierWindow::scanDuringTheDoneDialogStartsTheNextSale()
{
    PaymentSession *session = seqrSaleOf(kSoap);
    QVERIFY(session);
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    QTRY_COMPARE(QApplication::focusWidget(), dialog->doneButton());
    // The next customer's first product, scanned while "Done" is shown.
    scan(QString::fromLatin1(kMilk));
    QTRY_VERIFY(!m_screens->window->paymentDialog());
    QTRY_COMPARE(m_screens->cart->rowCount(), 1);
    QCOMPARE(m_screens->cart->lines()[0].product.ean, QString::fromLatin1(kMilk));
    QCOMPARE(m_shop->journal()->saleByReceiptNumber(1)->total, Money(2450, Currency::sek()));
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
}

void TestCashierWindow::scanWhileSeqrConfirmsTheReceiptStartsTheNextSale()
{
    PaymentSession *session = seqrSaleOf(kSoap);
    QVERIFY(session);
    // SEQR is slow to confirm the receipt: the sale is journaled, "Done" is
    // not shown yet, and the next customer's first product is scanned.
    auto &server = m_shop->sandbox().server();
    connect(&server, &sandbox::SandboxServer::soapRequestReceived, &server,
            [&server](const QByteArray &body) {
                if (body.contains("submitPaymentReceipt"))
                    server.injectFaults(sandbox::FaultKind::SlowReply, 1, 1500);
            });
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::ConfirmingReceipt);
    // No button has the focus while SEQR confirms: the keys reach the dialog.
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog, QString::fromLatin1(kMilk));
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(!session->isFinished());
    QVERIFY(m_screens->window->paymentDialog());
    // Once SEQR has confirmed, that scan closes "Done" as a later one would.
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    QTRY_VERIFY(!m_screens->window->paymentDialog());
    QTRY_COMPARE(m_screens->cart->rowCount(), 1);
    QCOMPARE(m_screens->cart->lines()[0].product.ean, QString::fromLatin1(kMilk));
    QCOMPARE(m_shop->journal()->saleByReceiptNumber(1)->total, Money(2450, Currency::sek()));
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
}

void TestCashierWindow::paymentDialogAnswersTheKeyboard()
{
    PaymentSession *session = seqrSaleOf(kMilk, 1500);
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    // The round ends: Enter is "Try again".
    QTRY_COMPARE(session->state(), PaymentSession::State::Deciding);
    QTRY_VERIFY(dialog->tryAgainButton()->isDefault());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(session->state(), PaymentSession::State::Waiting);
    // Esc asks before cancelling; "Keep waiting" is the default.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QMessageBox *ask = nullptr;
    QTRY_VERIFY((ask = dialog->cancelQuestion()));
    QTest::keyClick(ask, Qt::Key_Return);
    QTRY_VERIFY(!dialog->cancelQuestion());
    QVERIFY(!session->isFinished());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY((ask = dialog->cancelQuestion()));
    QPushButton *cancel = nullptr;
    for (QAbstractButton *b : ask->buttons()) {
        if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
            cancel = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(session->state(), PaymentSession::State::Canceled);
}

void TestCashierWindow::cancelRefusedWhileConfirmingIsExplained()
{
    PaymentSession *session = seqrSaleOf(kMilk);
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    QVERIFY(m_shop->sandbox().service().confirm(session->invoiceReference()));
    QTRY_VERIFY(dialog->cancelButton()->isEnabled());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->noteText().contains(u"the customer is confirming"_s));
    QVERIFY(!session->isFinished());
    QVERIFY(cutText(dialog).isEmpty());
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    QTRY_VERIFY(dialog->noteText().isEmpty());
}

void TestCashierWindow::voidSaleAsksFirst()
{
    makeWindow();
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kSoap));
    press(Qt::Key_F7);
    QMessageBox *ask = nullptr;
    QTRY_VERIFY((ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QVERIFY(ask->text().contains(u"40.40"_s));
    QTest::keyClick(ask, Qt::Key_Return); // the default keeps the sale
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    QCOMPARE(m_screens->cart->rowCount(), 2);
    press(Qt::Key_F7);
    QTRY_VERIFY((ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *b : ask->buttons()) {
        if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
            yes = b;
    }
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QTRY_VERIFY(m_screens->cart->isEmpty());
    QCOMPARE(m_screens->window->message(), u"Sale voided."_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
}

void TestCashierWindow::dialogsGrowWithTheirMessages()
{
    makeWindow();
    // The quantity prompt's error.
    scan(QString::fromLatin1(kMilk));
    press(Qt::Key_F2);
    QVERIFY(CashierFixture::answerPrompt(u"1.5"_s));
    AmountDialog *quantity = CashierFixture::prompt(); // still open, with the problem
    QVERIFY(quantity);
    QVERIFY(!quantity->problem().isEmpty());
    QTRY_VERIFY2(cutText(quantity).isEmpty(), qPrintable(cutText(quantity)));
    QTest::keyClick(quantity, Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());

    // The payment dialog's connection-problem banner.
    PaymentSession *session = startSeqr();
    QVERIFY(session);
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    m_shop->sandbox().server().injectFaults(sandbox::FaultKind::DroppedConnection, 1000);
    QTRY_VERIFY(dialog->isConnectionProblemShown());
    QTRY_VERIFY2(cutText(dialog).isEmpty(), qPrintable(cutText(dialog)));
    m_shop->sandbox().server().injectFaults(sandbox::FaultKind::None, 0);
    payAtSandbox();
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    // The manager's PIN: too short, then locked out (counting down).
    ManagerPin pin = *ManagerPin::load(m_shop->path(u"manager.json"_s));
    {
        PinDialog setting(&pin, m_screens->window.get());
        setting.show();
        setting.pinField()->setText(u"12"_s);
        setting.repeatField()->setText(u"12"_s);
        setting.accept();
        QVERIFY(setting.problem().contains(u"at least 4"_s));
        QTRY_VERIFY2(cutText(&setting).isEmpty(), qPrintable(cutText(&setting)));
        setting.pinField()->setText(u"2468"_s);
        setting.repeatField()->setText(u"2468"_s);
        setting.accept();
        QVERIFY(pin.isSet());
        QVERIFY(!setting.isVisible());
    }
    PinDialog ask(&pin, m_screens->window.get());
    ask.show();
    for (int i = 0; i < 3; ++i) {
        ask.pinField()->setText(u"0000"_s);
        ask.accept();
    }
    const QString first = ask.problem();
    QVERIFY2(first.contains(u"second"_s), qPrintable(first));
    QTRY_VERIFY2(cutText(&ask).isEmpty(), qPrintable(cutText(&ask)));
    QTRY_VERIFY_WITH_TIMEOUT(ask.problem() != first, 3000); // it counts down
    ask.close();
}

void TestCashierWindow::englishTakesADecimalComma()
{
    makeWindow();
    scan(QString::fromLatin1(kBananas));
    QVERIFY(CashierFixture::answerPrompt(u"0,5"_s));
    QTRY_COMPARE(m_screens->cart->rowCount(), 1);
    QCOMPARE(m_screens->cart->lines()[0].quantity, Decimal::fromParts(5, 1));
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    takePartInCash(u"5,50"_s, 550);
}

QTEST_MAIN(TestCashierWindow)
#include "tst_cashierwindow.moc"
