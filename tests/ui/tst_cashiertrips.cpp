#include "ui/cashierwindow.h"

#include "tests/support/amountinput.h"
#include "tests/support/cashierfixture.h"
#include "tests/support/cashierscreens.h"
#include "tests/support/kassawords.h"
#include "tests/support/qrreader.h"
#include "ui/amountdialog.h"
#include "ui/customerdisplaywindow.h"
#include "ui/paymentdialog.h"
#include "ui/qrcodewidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtTest/qtestspontaneevent.h>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;

using namespace shelf;

namespace {

// The words of a prompt: every label of the dialog, one a line.
QString dialogText(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dialog) && !label->text().isEmpty())
            texts.append(label->text());
    }
    return texts.join(u'\n');
}

QRect globalRect(const QWidget *w)
{
    return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
}

} // namespace

// What a new cashier tripped on, offscreen (one screen, no window manager):
// prompts that say and keep their bounds, cash that looks mistyped, the
// window after a sale, closing Kassa, and the customer display's place.
class TestCashierTrips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void quantityPromptSaysAndKeepsItsBound();
    void weightPromptSaysAndKeepsItsBound();
    void cashFarOverWhatIsDueAsksDidYouMean_data();
    void cashFarOverWhatIsDueAsksDidYouMean();
    void nextSaleIsCleanAfterASale();
    void closingWithAnOpenSaleAsksFirst();
    void closingDuringAPaymentIsRefused();
    void customerCannotCloseTheDisplay();
    void qrWithNowhereToBeShownIsInThePaymentDialog();
    void oneScreenDisplayLeavesTheBarcodeAndMessageFree();

private:
    void makeWindow(bool registered = false, qint64 cashMaximum = 0);
    static void scan(const QString &code) { CashierFixture::scan(code); }
    void press(int key) { CashierFixture::press(m_screens->window.get(), key); }
    static AmountDialog *prompt() { return CashierFixture::prompt(5000); }

    std::unique_ptr<CashierFixture> m_shop;
    std::unique_ptr<CashierScreens> m_screens;
    QTranslator m_english;
};

void TestCashierTrips::initTestCase()
{
    // As kassa --language en: the English words, with their plurals.
    QVERIFY(installKassaWords(m_english, QLocale::English));
}

void TestCashierTrips::init()
{
    m_shop = std::make_unique<CashierFixture>();
    QVERIFY2(m_shop->problem().isEmpty(), qPrintable(m_shop->problem()));
}

void TestCashierTrips::cleanup()
{
    m_screens.reset();
}

void TestCashierTrips::makeWindow(bool registered, qint64 cashMaximum)
{
    TillConfig till = m_shop->till(registered);
    QVERIFY(!registered || !till.terminalId.isEmpty());
    till.cashMaximum = cashMaximum;
    m_screens = std::make_unique<CashierScreens>(m_shop->context(till));
    // As Kassa starts them.
    m_screens->window->showFilling();
    m_screens->display->setCashierScreen(m_screens->window->screen());
    m_screens->display->setKeepClear(m_screens->window->keepClearWidgets());
    m_screens->display->place();
    QVERIFY(CashierFixture::activate(m_screens->window.get()));
}

void TestCashierTrips::quantityPromptSaysAndKeepsItsBound()
{
    makeWindow();
    scan(QString::fromLatin1(kMilk));
    press(Qt::Key_F2);
    AmountDialog *dialog = prompt();
    QVERIFY(dialog);
    QVERIFY2(dialogText(dialog).contains(u"How many Mjölk 1 l? (1 to 9,999)"_s),
             qPrintable(dialogText(dialog)));
    test::answer(dialog, u"10000"_s);
    QCOMPARE(dialog->problem(), u"At most 9,999 pieces in one row."_s);
    QVERIFY(dialog->isVisible());
    test::answer(dialog, u"two"_s);
    QCOMPARE(dialog->problem(), u"Type how many, a whole number from 1 to 9,999."_s);
    test::answer(dialog, u"9999"_s);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_screens->cart->lines().first().quantity, Decimal::fromInteger(9999));
    QCOMPARE(m_screens->window->totalText(), u"Total 158,984.10 SEK"_s);
}

void TestCashierTrips::weightPromptSaysAndKeepsItsBound()
{
    makeWindow();
    scan(QString::fromLatin1(kBananas));
    AmountDialog *dialog = prompt();
    QVERIFY(dialog);
    QVERIFY2(dialogText(dialog).contains(u"(at most 1,000 kg)"_s), qPrintable(dialogText(dialog)));
    test::answer(dialog, u"1000.5"_s);
    QCOMPARE(dialog->problem(), u"A weight is at most 1,000 kg."_s);
    test::answer(dialog, u"heavy"_s);
    QCOMPARE(dialog->problem(), u"Type the weight in kg, for example 0.250."_s);
    QVERIFY(m_screens->cart->isEmpty());
    test::answer(dialog, u"0.5"_s);
    QTRY_COMPARE(m_screens->cart->rowCount(), 1);
    QCOMPARE(m_screens->window->totalText(), u"Total 12.45 SEK"_s);
}

void TestCashierTrips::cashFarOverWhatIsDueAsksDidYouMean_data()
{
    QTest::addColumn<qint64>("cashMaximum"); // the till's most cash for one sale; 0: none
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("corrected"); // the same again: OK twice takes it
    QTest::addColumn<QString>("change");
    QTest::addColumn<qint64>("tendered"); // in öre
    // 4000 typed for 40.00: the decimal point forgotten.
    QTest::newRow("100 times what is due")
        << qint64(0) << QStringList{QString::fromLatin1(kMilk)} // 15.90
        << u"4000"_s
        << u"Did you mean 40.00? 4,000.00 is more than 100 times what is to pay. Press OK again "
           "to take 4,000.00."_s
        << u"40"_s << u"24.10"_s << qint64(4000);
    // A customer who really pays 2,000.00 for a 15.90 milk.
    QTest::newRow("OK twice")
        << qint64(0) << QStringList{QString::fromLatin1(kMilk)} << u"2000"_s
        << u"Did you mean 20.00? 2,000.00 is more than 100 times what is to pay. Press OK again "
           "to take 2,000.00."_s
        << u"2000"_s << u"1,984.10"_s << qint64(200000);
    QTest::newRow("over the till's maximum")
        << qint64(500) << QStringList{QString::fromLatin1(kMilk), QString::fromLatin1(kSoap)}
        << u"600"_s // for 40.40
        << u"Did you mean 40.40? 600.00 is more cash than this till takes for one sale. Press OK "
           "again to take 600.00."_s
        << u"500"_s << u"459.60"_s << qint64(50000);
}

void TestCashierTrips::cashFarOverWhatIsDueAsksDidYouMean()
{
    QFETCH(qint64, cashMaximum);
    QFETCH(QStringList, codes);
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    QFETCH(QString, corrected);
    QFETCH(QString, change);
    QFETCH(qint64, tendered);
    makeWindow(false, cashMaximum);
    for (const QString &code : codes)
        scan(code);
    press(Qt::Key_F8);
    AmountDialog *dialog = prompt();
    QVERIFY(dialog);
    test::answer(dialog, typed);
    QCOMPARE(dialog->problem(), problem);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_screens->window->cashReceived(), Money(0, Currency::sek()));
    // The cashier corrects it (taken without a question) or presses OK again.
    test::answer(dialog, corrected);
    QTRY_VERIFY(m_screens->cart->isEmpty());
    QCOMPARE(m_screens->window->message(), u"Change: "_s + change);
    const auto sale = m_shop->journal()->saleByReceiptNumber(1);
    QVERIFY(sale);
    QCOMPARE(sale->tenders.first().tendered, Money(tendered, Currency::sek()));
    // Ready for the next customer.
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
}

void TestCashierTrips::nextSaleIsCleanAfterASale()
{
    makeWindow();
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kSoap)); // 40.40
    press(Qt::Key_F8);
    AmountDialog *dialog = prompt();
    QVERIFY(dialog);
    test::answer(dialog, u"50"_s);
    QTRY_VERIFY(m_screens->cart->isEmpty());
    // The next sale's total with nothing of the last one under it but the
    // change still to give back, said to be the last sale's.
    QCOMPARE(m_screens->window->totalText(), u"Total 0.00 SEK"_s);
    QCOMPARE(m_screens->window->vatText(), QString());
    QCOMPARE(m_screens->window->balanceText(), QString());
    QCOMPARE(m_screens->window->changeText(), u"Last sale: change 9.60 SEK"_s);
    QCOMPARE(m_screens->display->outcomeDetail(), u"Change 9.60 SEK"_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());
    scan(QString::fromLatin1(kMilk));
    QCOMPARE(m_screens->window->changeText(), QString());
    QCOMPARE(m_screens->window->totalText(), u"Total 15.90 SEK"_s);
}

void TestCashierTrips::closingWithAnOpenSaleAsksFirst()
{
    makeWindow();
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kMilk));
    QVERIFY(!m_screens->window->close());
    QMessageBox *ask = nullptr;
    QTRY_VERIFY((ask = m_screens->window->findChild<QMessageBox *>(u"quitQuestion"_s)));
    QCOMPARE(ask->text(), u"A sale is open: 1 row, 31.80 SEK. Quit Kassa anyway? The open sale "
                          "is not kept."_s);
    QTest::keyClick(ask, Qt::Key_Escape); // "Keep selling"
    QTRY_VERIFY(!m_screens->window->findChild<QMessageBox *>(u"quitQuestion"_s));
    QVERIFY(m_screens->window->isVisible());
    QCOMPARE(m_screens->cart->rowCount(), 1);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->window->barcodeField());

    QVERIFY(!m_screens->window->close());
    QTRY_VERIFY((ask = m_screens->window->findChild<QMessageBox *>(u"quitQuestion"_s)));
    QPushButton *quit = nullptr;
    for (QAbstractButton *b : ask->buttons()) {
        if (b->text() == u"&Quit Kassa"_s)
            quit = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(quit);
    QTest::mouseClick(quit, Qt::LeftButton);
    QTRY_VERIFY(!m_screens->window->isVisible());
    // The customer display never keeps Kassa running on its own.
    QVERIFY(!m_screens->display->testAttribute(Qt::WA_QuitOnClose));

    // With nothing open, closing closes at once.
    makeWindow();
    QVERIFY(m_screens->window->close());
}

void TestCashierTrips::closingDuringAPaymentIsRefused()
{
    makeWindow(true);
    scan(QString::fromLatin1(kMilk));
    press(Qt::Key_F12);
    QTRY_VERIFY(m_screens->window->paymentSession() &&
                !m_screens->window->paymentSession()->qrCode().isEmpty());
    QVERIFY(!m_screens->window->close());
    QCOMPARE(m_screens->window->message(),
             u"A SEQR payment is in progress: finish or cancel it before closing."_s);
    QVERIFY(m_screens->window->isVisible());
    QVERIFY(m_screens->window->paymentDialog()->isVisible());
}

void TestCashierTrips::customerCannotCloseTheDisplay()
{
    makeWindow();
    QVERIFY(m_screens->display->isVisible());
    // As a window manager's close button or Alt+F4 on the display asks.
    QCloseEvent asked;
    QSpontaneKeyEvent::setSpontaneous(&asked);
    qApp->notify(m_screens->display.get(), &asked);
    QVERIFY(!asked.isAccepted());
    QVERIFY(m_screens->display->isVisible());
    scan(QString::fromLatin1(kMilk));
    QTRY_COMPARE(m_screens->display->page(), CustomerDisplayWindow::Page::Cart);
    // Kassa quitting closes it.
    m_screens->display->setClosable(true);
    QVERIFY(m_screens->display->close());
}

void TestCashierTrips::qrWithNowhereToBeShownIsInThePaymentDialog()
{
    makeWindow(true);
    // The display is gone from sight (minimized, or taken off by a window
    // manager): the QR code has nowhere to be shown but the payment dialog.
    m_screens->display->hide();
    QTRY_VERIFY(QApplication::focusWidget() == m_screens->window->barcodeField());
    scan(QString::fromLatin1(kMilk));
    press(Qt::Key_F12);
    PaymentSession *session = m_screens->window->paymentSession();
    QVERIFY(session);
    QTRY_VERIFY(!session->qrCode().isEmpty());
    PaymentDialog *dialog = m_screens->window->paymentDialog();
    QTRY_COMPARE(dialog->qrText(), session->qrCode());
    QVERIFY2(m_screens->window->message().contains(
                 u"The customer display cannot show the QR code, so it "
                 "is shown in the payment dialog"_s),
             qPrintable(m_screens->window->message()));
    // What a phone's camera reads off the cashier's screen.
    QCOMPARE(readQr(dialog->qrCodeWidget()->grab().toImage()), session->qrCode());
    QVERIFY(session->qrCode().startsWith(u"HTTP://SEQR.SE/R"_s));
    // Paid: the code is gone from the dialog.
    QVERIFY(m_shop->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), PaymentSession::State::Paid);
    QTRY_COMPARE(dialog->qrText(), QString());
}

void TestCashierTrips::oneScreenDisplayLeavesTheBarcodeAndMessageFree()
{
    QCOMPARE(QGuiApplication::screens().size(), 1);
    makeWindow();
    QVERIFY(m_screens->display->isVisible());
    const QRect display = m_screens->display->frameGeometry();
    for (QWidget *kept : m_screens->window->keepClearWidgets()) {
        QVERIFY(kept->isVisible());
        QVERIFY2(!display.intersects(globalRect(kept)),
                 qPrintable(u"%1 covers %2"_s.arg(QDebug::toString(display),
                                                  QDebug::toString(globalRect(kept)))));
    }
    QVERIFY2(m_screens->window->screen()->availableGeometry().contains(display),
             qPrintable(QDebug::toString(display) +
                        QDebug::toString(m_screens->window->screen()->availableGeometry())));
    QVERIFY2(display.width() >= 320 && display.height() >= 240,
             qPrintable(QDebug::toString(display)));
}

QTEST_MAIN(TestCashierTrips)
#include "tst_cashiertrips.moc"
