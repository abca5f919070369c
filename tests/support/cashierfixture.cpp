#include "tests/support/cashierfixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;

CashierFixture::CashierFixture(const QByteArray &catalogCsv, const sandbox::SandboxOptions &options)
    : TillFixture(options)
{
    if (!m_problem.isEmpty())
        return;
    auto catalog = catalog::Catalog::open(path(u"catalog.sqlite"_s));
    if (!catalog) {
        m_problem = u"the catalog did not open: "_s + catalog.error().detail;
        return;
    }
    m_catalog = std::move(catalog).value();
    if (auto imported = m_catalog->importCsv(catalogCsv, Currency::sek()); !imported)
        m_problem = u"the catalog did not take the CSV: "_s + imported.error().detail;
}

QByteArray CashierFixture::shelfCsv()
{
    return "ean,sku,name,price,vat,unit\n"
           "7310865004703,K1,Mjölk 1 l,15.90,12,\n"
           "4006381333931,K2,Tvål,24.50,25,\n"
           "2000000000008,K3,Bananer,24.90,12,kg\n"
           "7350000000016,K4,Espressomaskin Deluxe med mjölkskummare "
           "och lång beskrivning,11999.00,25,\n"
           "7350000000023,K5,Lösgodis,119.90,12,kg\n";
}

ControlUnitFixture *CashierFixture::addControlUnit(const QString &unitId)
{
    if (!requireControlUnit())
        return nullptr;
    m_unit = std::make_unique<ControlUnitFixture>(unitId, path(u"unit.sqlite"_s));
    m_problem = m_unit->problem();
    return m_problem.isEmpty() ? m_unit.get() : nullptr;
}

TillConfig CashierFixture::till(bool registered)
{
    TillConfig till;
    till.shopName = u"Lilla Livs"_s;
    if (registered) {
        till.terminalId = sandbox().registerTill(*client(), u"Till 1"_s, u"LILLALIVS1"_s);
        till.terminalPassword = u"(in the client)"_s;
        till.seqrId = u"LILLALIVS1"_s;
    }
    return till;
}

ui::CashierContext CashierFixture::context(const TillConfig &till)
{
    ui::CashierContext context;
    context.catalog = m_catalog.get();
    context.journal = journal();
    context.client = client();
    context.till = till;
    context.cashierId = u"anna"_s;
    context.receiptFolder = path(u"receipts"_s);
    context.timing.pollIntervalMs = 100;
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return context;
}

std::unique_ptr<ui::CashierWindow> CashierFixture::makeWindow(const ui::CashierContext &context,
                                                              Cart &cart)
{
    cart.setLocale(context.locale);
    return std::make_unique<ui::CashierWindow>(context, &cart);
}

bool CashierFixture::activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

ui::AmountDialog *CashierFixture::prompt(int timeoutMs)
{
    ui::AmountDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            return (dialog = qobject_cast<ui::AmountDialog *>(QApplication::activeModalWidget()));
        },
        timeoutMs);
    return dialog;
}

bool CashierFixture::answerPrompt(const QString &text)
{
    ui::AmountDialog *dialog = prompt();
    if (!dialog)
        return false;
    dialog->lineEdit()->setText(text);
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Return);
    return true;
}

void CashierFixture::scan(const QString &code)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, code);
    QTest::keyClick(focus, Qt::Key_Return);
}

void CashierFixture::press(QWidget *window, int key)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : window, Qt::Key(key));
}

std::unique_ptr<ui::CustomerDisplayWindow>
CashierFixture::displayFor(ui::CashierWindow &window, const Cart &cart,
                           const ui::CashierContext &context)
{
    auto display =
        std::make_unique<ui::CustomerDisplayWindow>(&cart, context.till.shopName, context.locale);
    QObject::connect(&window, &ui::CashierWindow::paymentStarted, display.get(),
                     &ui::CustomerDisplayWindow::showPayment);
    window.setCustomerDisplay(display.get());
    return display;
}
