// The cashier's window with a control unit (control-unit-sandbox on a
// pseudo-terminal): the status bar names the unit and says at once when it
// stops answering, a cash sale's receipt is kept only once signed, and a
// sale is refused with the reason while the unit does not work.
#include "tests/support/cashierfixture.h"
#include "tests/support/pdftext.h"
#include "ui/amountdialog.h"
#include "ui/cashierwindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;

class TestCashierControlUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statusBarNamesTheUnitAndSaysWhenItStops();
    void receiptIsKeptOnceSignedAndSalesWaitForTheUnit();
    void proFormaIsKeptOnceSignedAsProForma();

private:
    void sellForCash(const QString &received);
    QString unitStatus() const;

    std::unique_ptr<CashierFixture> m_shop;
    sandbox::ControlUnitSandbox *m_unit = nullptr;
    std::unique_ptr<controlunit::ControlUnitService> m_service;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<CashierWindow> m_window;
};

void TestCashierControlUnit::init()
{
    m_shop = std::make_unique<CashierFixture>();
    ControlUnitFixture *unit = m_shop->addControlUnit(u"SBX-UI-1"_s);
    QVERIFY2(unit, qPrintable(m_shop->problem()));
    m_unit = unit->unit();
    m_service = unit->makeService(
        m_shop->journal(),
        controlunit::SignerSettings{u"KASSA1"_s, u"556677-8899"_s, std::chrono::milliseconds(200)},
        std::chrono::milliseconds(300), std::chrono::milliseconds(300));

    m_cart = std::make_unique<Cart>(Currency::sek());
    const CashierContext context = m_shop->context(m_shop->till(false));
    m_window = CashierFixture::makeWindow(context, *m_cart);
    m_window->setControlUnit(m_service.get());
    m_window->show();
    QVERIFY(CashierFixture::activate(m_window.get()));
}

void TestCashierControlUnit::cleanup()
{
    m_window.reset();
    m_cart.reset();
    m_service.reset();
    m_unit = nullptr;
    m_shop.reset();
}

QString TestCashierControlUnit::unitStatus() const
{
    auto *label = m_window->findChild<QLabel *>(u"controlUnitStatus"_s);
    return label ? label->text() : QString();
}

void TestCashierControlUnit::sellForCash(const QString &received)
{
    CashierFixture::scan(QString::fromLatin1(shelf::kMilk));
    QTRY_VERIFY(!m_cart->isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QVERIFY(CashierFixture::answerPrompt(received));
}

void TestCashierControlUnit::statusBarNamesTheUnitAndSaysWhenItStops()
{
    m_service->check();
    QTRY_COMPARE(unitStatus(), u"Control unit SBX-UI-1: ready"_s);
    sandbox::UnitFaults silent;
    silent.silent = true;
    m_unit->setFaults(silent);
    // Mid-day, with no sale: the watch notices.
    QTRY_VERIFY_WITH_TIMEOUT(unitStatus().contains(u"does not answer"_s), 10000);
    QVERIFY2(m_window->message().contains(u"no sale can start"_s), qPrintable(m_window->message()));
    m_unit->setFaults(sandbox::UnitFaults{});
    QTRY_COMPARE_WITH_TIMEOUT(unitStatus(), u"Control unit SBX-UI-1: ready"_s, 10000);
}

void TestCashierControlUnit::receiptIsKeptOnceSignedAndSalesWaitForTheUnit()
{
    m_service->check();
    QTRY_COMPARE(unitStatus(), u"Control unit SBX-UI-1: ready"_s);
    sellForCash(u"20"_s);
    QTRY_VERIFY(m_cart->isEmpty());
    QCOMPARE(m_window->message(), u"Change: 4.10"_s);
    QTRY_VERIFY(QFile::exists(m_window->lastReceiptPdf()));
    const auto signature = m_shop->journal()->receiptSignature(1, u"normal"_s).value();
    QVERIFY(signature && signature->isSigned);
    QCOMPARE(signature->controlCode, m_unit->signedReceipts()->first().controlCode);

    sandbox::UnitFaults down;
    down.notOperational = true;
    m_unit->setFaults(down);
    QTRY_VERIFY_WITH_TIMEOUT(unitStatus().contains(u"not operational"_s), 10000);
    sellForCash(u"20"_s);
    QTRY_VERIFY(m_window->message().contains(u"not operational"_s));
    QVERIFY(!m_cart->isEmpty()); // nothing recorded, the cart is kept
    QCOMPARE(m_shop->journal()->lastReceiptNumber().value().value(), 1);
}

// Ctrl+F9 with a control unit: the pro forma receipt is registered as pro
// forma and kept (PDF) only once its code is journaled; while the unit does
// not answer, it waits (journaled, not kept); the cart stays open throughout.
void TestCashierControlUnit::proFormaIsKeptOnceSignedAsProForma()
{
    m_service->check();
    QTRY_COMPARE(unitStatus(), u"Control unit SBX-UI-1: ready"_s);
    CashierFixture::scan(QString::fromLatin1(shelf::kMilk));
    QTRY_VERIFY(!m_cart->isEmpty());
    sandbox::UnitFaults silent;
    silent.silent = true;
    m_unit->setFaults(silent);
    QTest::keyClick(m_window.get(), Qt::Key_F9, Qt::ControlModifier);
    // Journaled at once, kept only once signed: not while the unit is silent.
    QTRY_VERIFY_WITH_TIMEOUT(unitStatus().contains(u"does not answer"_s), 10000);
    // The cashier reads both: no sale can start, and the pro forma waits
    // (the unit's status never hides the waiting receipt).
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_window->message().contains(u"sale can start"_s) &&
            m_window->message().contains(
                u"Pro forma receipt 1 is printed when the control unit has signed it"_s),
        qPrintable(m_window->message()), 10000);
    QVERIFY(m_shop->journal()->proForma(1));
    QVERIFY(!m_shop->journal()->receiptSignature(1, u"profo"_s).value().value().isSigned);
    QVERIFY(m_window->lastReceiptPdf().isEmpty());
    m_unit->setFaults(sandbox::UnitFaults{});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastReceiptPdf().endsWith(u"proforma-1.pdf"_s), 10000);
    const auto signature = m_shop->journal()->receiptSignature(1, u"profo"_s).value();
    QVERIFY(signature && signature->isSigned);
    const auto atUnit = m_unit->signedReceipts().value();
    QCOMPARE(atUnit.size(), 1);
    QCOMPARE(atUnit.first().type, u"profo"_s);
    QVERIFY2(atUnit.first().fields.contains(u"#1#KASSA1#556677-8899#profo#15,90#0,00#"_s),
             qPrintable(atUnit.first().fields));
    const QString text = test::pdfText(m_window->lastReceiptPdf()).simplified();
    for (const QString &item :
         {u"EJ KVITTO/NOT A RECEIPT"_s, u"Pro forma 1"_s, u"Mjölk 1 l 15.90"_s,
          u"Control unit SBX-UI-1"_s, QString(u"Control code "_s + signature->controlCode)})
        QVERIFY2(text.contains(item), qPrintable(item + u" missing in:\n"_s + text));
    QCOMPARE(m_cart->rowCount(), 1); // still open for payment
    QVERIFY(!m_shop->journal()->lastReceiptNumber().value().has_value());
}

QTEST_MAIN(TestCashierControlUnit)
#include "tst_cashiercontrolunit.moc"
