#include "ui/cashierwindow.h"

#include "core/drawer/cashdrawer.h"
#include "core/printing/tillprinter.h"
#include "sandbox/virtualprinter.h"
#include "tests/support/amountinput.h"
#include "tests/support/cashierfixture.h"
#include "ui/amountdialog.h"
#include "ui/dayreportwidget.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;

using namespace shelf;

// The cashier's window with an ESC/POS receipt printer (the virtual one, over TCP).
class TestCashierPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cashSalePrintsOnTheReceiptPrinter();
    void paperOutMidReceiptKeepsTheSaleSaysSoAndF9PrintsItWhole();
    void reprintedCopyGoesToTheReceiptPrinter();
    void floatIsAskedAtTheDaysFirstSaleAndCashOpensTheDrawer();
    void noSaleAndFloatChangeKeysJournalThenOpenTheDrawer();
    void managerPrintsTheXAndZReportsOnTheReceiptPrinter();
    void proFormaKeyPrintsEjKvittoAndKeepsTheCart();

private:
    void makeWindow(bool withDrawer = false);
    AmountDialog *dialogNamed(const QString &name);
    static void scan(const QString &code) { CashierFixture::scan(code); }
    void press(int key) { CashierFixture::press(m_window.get(), key); }
    void sellMilkForCash();

    std::unique_ptr<CashierFixture> m_shop;
    std::unique_ptr<sandbox::VirtualPrinter> m_printer;
    std::unique_ptr<printing::TillPrinter> m_tillPrinter;
    std::unique_ptr<CashDrawer> m_drawer;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<CashierWindow> m_window;
};

void TestCashierPrinting::init()
{
    m_shop = std::make_unique<CashierFixture>();
    QVERIFY2(m_shop->problem().isEmpty(), qPrintable(m_shop->problem()));
    m_printer = std::make_unique<sandbox::VirtualPrinter>();
    QVERIFY(m_printer->start());
    auto spec = printing::PrinterSpec::parse(m_printer->tcpSpec());
    QVERIFY(spec);
    m_tillPrinter = std::make_unique<printing::TillPrinter>(*spec, printing::PrinterProfile());
}

void TestCashierPrinting::cleanup()
{
    m_window.reset();
    m_cart.reset();
    m_drawer.reset();
    m_tillPrinter.reset();
    m_printer.reset();
}

void TestCashierPrinting::makeWindow(bool withDrawer)
{
    m_cart = std::make_unique<Cart>(Currency::sek());
    CashierContext context = m_shop->context(m_shop->till(false));
    context.printer = m_tillPrinter.get();
    if (withDrawer) {
        m_drawer = std::make_unique<CashDrawer>(m_shop->journal());
        m_drawer->setKick(m_tillPrinter->drawerKickFunction());
        context.drawer = m_drawer.get();
        context.askFloat = true;
    }
    m_window = CashierFixture::makeWindow(context, *m_cart);
    m_window->show();
    QVERIFY(CashierFixture::activate(m_window.get()));
}

void TestCashierPrinting::sellMilkForCash()
{
    scan(QString::fromLatin1(kMilk));
    press(Qt::Key_F8);
    QVERIFY(CashierFixture::answerPrompt(u"20"_s));
    QTRY_VERIFY(m_cart->isEmpty());
}

void TestCashierPrinting::cashSalePrintsOnTheReceiptPrinter()
{
    makeWindow();
    sellMilkForCash();
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->receipts().size(), 1, 10000);
    const QString text = m_printer->receipts().first().text;
    QVERIFY2(text.contains(u"Lilla Livs"_s) && text.contains(u"Mjölk 1 l"_s), qPrintable(text));
    QVERIFY(text.contains(u"15.90"_s));
    QVERIFY(text.contains(u"Receipt 1"_s));
    QVERIFY(text.endsWith(u"[partial cut]\n"_s));
    QCOMPARE(m_window->message(), u"Change: 4.10"_s);
    // The status bar says what the printer reports, the drawer's switch too.
    auto *status = m_window->findChild<QLabel *>(u"printerStatus"_s);
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Printer: "_s), 10000);
    QVERIFY2(status->text().contains(u"drawer closed"_s), qPrintable(status->text()));
    m_printer->setDrawerOpen(true);
    sellMilkForCash();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"drawer open"_s), 10000);
}

void TestCashierPrinting::paperOutMidReceiptKeepsTheSaleSaysSoAndF9PrintsItWhole()
{
    makeWindow();
    m_printer->runOutOfPaperAfter(4);
    sellMilkForCash();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->message(),
                              u"The printer is out of paper — the receipt is kept; press F9 to "
                              "print it again."_s,
                              10000);
    // The sale stands: it is in the journal, the cart is ready for the next.
    const auto sale = m_shop->journal()->saleByReceiptNumber(1);
    QVERIFY(sale);
    QCOMPARE(sale->total, Money(1590, Currency::sek()));
    QCOMPARE(m_printer->receipts().size(), 1);
    QVERIFY(!m_printer->receipts().first().complete);

    // Paper in, F9: the kept receipt prints whole (the original, not a copy).
    m_printer->setPaperOut(false);
    press(Qt::Key_F9);
    QCOMPARE(m_window->message(), u"Printing receipt 1 again."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->receipts().size(), 2, 10000);
    const sandbox::VirtualPrinter::Receipt whole = m_printer->receipts().last();
    QVERIFY(whole.complete);
    QVERIFY(whole.text.contains(u"Lilla Livs"_s));
    QVERIFY(whole.text.contains(u"Mjölk 1 l"_s));
    QVERIFY(whole.text.contains(u"Receipt 1"_s));
    QVERIFY(whole.text.contains(u"Change"_s));
    QVERIFY(!whole.text.contains(u"COPY"_s));
    QTRY_COMPARE(m_window->message(), u"Receipt 1 printed."_s);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestCashierPrinting::reprintedCopyGoesToTheReceiptPrinter()
{
    makeWindow();
    sellMilkForCash();
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->receipts().size(), 1, 10000);
    // Nothing kept: F9 asks which receipt, and its copy prints on the receipt printer.
    press(Qt::Key_F9);
    AmountDialog *dialog = CashierFixture::prompt();
    QVERIFY(dialog);
    QCOMPARE(dialog->value(), u"1"_s);
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->receipts().size(), 2, 10000);
    QVERIFY(m_printer->receipts().last().text.contains(u"*** KOPIA/COPY ***"_s));
    QVERIFY(m_printer->receipts().last().text.contains(u"Mjölk 1 l"_s));
}

AmountDialog *TestCashierPrinting::dialogNamed(const QString &name)
{
    AmountDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = qobject_cast<AmountDialog *>(QApplication::activeModalWidget());
                return dialog && dialog->objectName() == name;
            },
            10000))
        return nullptr;
    return dialog;
}

void TestCashierPrinting::floatIsAskedAtTheDaysFirstSaleAndCashOpensTheDrawer()
{
    makeWindow(true);
    scan(QString::fromLatin1(kMilk));
    AmountDialog *asked = dialogNamed(u"cashFloatDialog"_s);
    QVERIFY(asked);
    QVERIFY(m_cart->isEmpty()); // the float first, then the milk
    test::answer(asked, u"1000"_s);
    QTRY_COMPARE(m_cart->rowCount(), 1);
    const auto floats = m_shop->journal()->floatChanges({}, QDateTime::currentDateTimeUtc());
    QCOMPARE(floats->size(), 1);
    QCOMPARE(floats->first().floatAmount.toDecimalString(), u"1000.00"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->drawerKicks().size(), 1, 10000); // the float
    // The milk for cash: journaled, then the drawer opens again.
    press(Qt::Key_F8);
    QVERIFY(CashierFixture::answerPrompt(u"20"_s));
    QTRY_VERIFY(m_cart->isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->drawerKicks().size(), 2, 10000);
    const auto openings = m_shop->journal()->drawerOpenings({}, QDateTime::currentDateTimeUtc());
    QCOMPARE(openings->size(), 2);
    QCOMPARE(openings->at(0).cause, journal::DrawerCause::Float);
    QCOMPARE(openings->at(1).cause, journal::DrawerCause::CashSale);
    // The float is set for the day: the next sale asks nothing.
    scan(QString::fromLatin1(kMilk));
    QTRY_COMPARE(m_cart->rowCount(), 1);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestCashierPrinting::noSaleAndFloatChangeKeysJournalThenOpenTheDrawer()
{
    makeWindow(true);
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ControlModifier);
    AmountDialog *why = dialogNamed(u"noSaleDialog"_s);
    QVERIFY(why);
    test::answer(why, u"change for a 500"_s);
    QTRY_COMPARE(m_window->message(), u"No sale: the drawer is opened."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->drawerKicks().size(), 1, 10000);
    // Ctrl+F7: why, then the new float.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTest::keyClick(m_window.get(), Qt::Key_F7, Qt::ControlModifier);
    AmountDialog *reason = dialogNamed(u"floatReasonDialog"_s);
    QVERIFY(reason);
    QTest::keyClick(reason->lineEdit(), Qt::Key_Return); // no reason: refused, kept open
    QVERIFY(!reason->problem().isEmpty());
    test::answer(reason, u"more coins"_s);
    AmountDialog *amount = dialogNamed(u"cashFloatDialog"_s);
    QVERIFY(amount);
    test::answer(amount, u"1500"_s);
    QTRY_COMPARE(m_window->message(), u"Cash float 1,500.00 (change 1,500.00)."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->drawerKicks().size(), 2, 10000);
    const auto openings = m_shop->journal()->drawerOpenings({}, QDateTime::currentDateTimeUtc());
    QCOMPARE(openings->size(), 2);
    QCOMPARE(openings->at(0).cause, journal::DrawerCause::NoSale);
    QCOMPARE(openings->at(0).reference, u"change for a 500"_s);
    QCOMPARE(openings->at(1).cause, journal::DrawerCause::Float);
    QCOMPARE(openings->at(1).reference, u"more coins"_s);
}

// The manager prints the X and the Z report on the till's receipt printer
// (the same core path as `kassa-cli report x|z --print`): the virtual
// printer receives each whole, with its words and figures.
void TestCashierPrinting::managerPrintsTheXAndZReportsOnTheReceiptPrinter()
{
    makeWindow();
    sellMilkForCash();
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->receipts().size(), 1, 10000);
    TillConfig till;
    till.shopName = u"Lilla Livs"_s;
    ManagerContext context;
    context.journal = m_shop->journal();
    context.till = &till;
    context.receiptFolder = m_shop->path(u"receipts"_s);
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    context.printer = m_tillPrinter.get();
    DayReportWidget reports(context);
    auto *print = reports.findChild<QPushButton *>(u"printReport"_s);
    QVERIFY(print && !print->isEnabled());
    QVERIFY(!reports.printReport()); // nothing taken yet: nothing to print
    QVERIFY(reports.takeX());
    QVERIFY(print->isEnabled());
    QTest::mouseClick(print, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->receipts().size(), 2, 10000);
    const sandbox::VirtualPrinter::Receipt x = m_printer->receipts().last();
    QVERIFY(x.complete);
    QVERIFY2(x.text.contains(u"X report"_s) && x.text.contains(u"Lilla Livs"_s) &&
                 x.text.contains(u"15.90"_s),
             qPrintable(x.text));
    QTRY_COMPARE(reports.statusText(), u"X report printed."_s);

    QVERIFY(reports.takeZ());
    QVERIFY(reports.printReport());
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->receipts().size(), 3, 10000);
    const QString z = m_printer->receipts().last().text;
    QVERIFY2(z.contains(u"Z report no. 1"_s) && z.contains(u"15.90"_s), qPrintable(z));
    QTRY_COMPARE(reports.statusText(), u"Z report 1 printed."_s);

    // Paper out: said, and nothing else changes (the Z report stays taken).
    m_printer->setPaperOut(true);
    QVERIFY(reports.printReport());
    QTRY_VERIFY_WITH_TIMEOUT(reports.statusText().startsWith(u"Z report 1 was not printed: "_s),
                             10000);
    QVERIFY2(reports.statusText().contains(u"paper"_s), qPrintable(reports.statusText()));
}

// Ctrl+F9: the cart's pro forma receipt (EJ KVITTO) on the receipt printer,
// journaled in its own series; the cart stays open and no sale is made.
void TestCashierPrinting::proFormaKeyPrintsEjKvittoAndKeepsTheCart()
{
    makeWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F9, Qt::ControlModifier);
    QCOMPARE(m_window->message(),
             u"The cart is empty: a pro forma receipt shows a cart before payment."_s);
    scan(QString::fromLatin1(kMilk));
    QTRY_COMPARE(m_cart->rowCount(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_F9, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->receipts().size(), 1, 10000);
    const QString text = m_printer->receipts().first().text;
    QCOMPARE(text.count(u"EJ KVITTO/NOT A RECEIPT"_s), 2);
    QVERIFY2(text.contains(u"Mjölk 1 l"_s) && text.contains(u"15.90"_s) &&
                 text.contains(u"Pro forma 1"_s) && !text.contains(u"\nCash "_s),
             qPrintable(text));
    QCOMPARE(m_window->message(),
             u"Pro forma receipt 1 (EJ KVITTO) for 15.90. The cart is still open for payment."_s);
    QCOMPARE(m_cart->rowCount(), 1);
    QCOMPARE(m_shop->journal()->proForma(1)->total, Money(1590, Currency::sek()));
    QVERIFY(!m_shop->journal()->lastReceiptNumber().value().has_value()); // no sale, no receipt
    QVERIFY(m_window->lastReceiptPdf().endsWith(u"proforma-1.pdf"_s));
    // The key is in the key help.
    bool listed = false;
    for (QAction *action : m_window->actions())
        listed = listed || (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_F9) &&
                            action->text() == u"Pro forma"_s);
    QVERIFY(listed);
    // Then paid as usual: the sale is receipt 1.
    press(Qt::Key_F8);
    QVERIFY(CashierFixture::answerPrompt(u"20"_s));
    QTRY_VERIFY(m_cart->isEmpty());
    QCOMPARE(m_shop->journal()->lastReceiptNumber().value(), std::optional<qint64>(1));
}

QTEST_MAIN(TestCashierPrinting)
#include "tst_cashierprinting.moc"
