#include "tests/support/cashierfixture.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;

CashierFixture::CashierFixture(const QByteArray &catalogCsv)
    : CashierFixture(catalogCsv, sandbox::SandboxOptions{})
{}

CashierFixture::CashierFixture(const QByteArray &catalogCsv, const sandbox::SandboxOptions &options)
    : m_sandbox(std::make_unique<SandboxFixture>(options))
{
    if (!m_sandbox->isRunning()) {
        m_problem = u"the seqr-sandbox did not start: "_s + m_sandbox->error();
        return;
    }
    m_client = m_sandbox->makeClient();
    auto journal = journal::Journal::open(path(u"journal.sqlite"_s));
    if (!journal) {
        m_problem = u"the journal did not open: "_s + journal.error().detail;
        return;
    }
    m_journal = std::move(journal).value();
    auto catalog = catalog::Catalog::open(path(u"catalog.sqlite"_s));
    if (!catalog) {
        m_problem = u"the catalog did not open: "_s + catalog.error().detail;
        return;
    }
    m_catalog = std::move(catalog).value();
    if (auto imported = m_catalog->importCsv(catalogCsv, Currency::sek()); !imported)
        m_problem = u"the catalog did not take the CSV: "_s + imported.error().detail;
}

TillConfig CashierFixture::till(bool registered)
{
    TillConfig till;
    till.shopName = u"Lilla Livs"_s;
    if (registered) {
        till.terminalId = m_sandbox->registerTill(*m_client, u"Till 1"_s, u"LILLALIVS1"_s);
        till.terminalPassword = u"(in the client)"_s;
        till.seqrId = u"LILLALIVS1"_s;
    }
    return till;
}

ui::CashierContext CashierFixture::context(const TillConfig &till)
{
    ui::CashierContext context;
    context.catalog = m_catalog.get();
    context.journal = m_journal.get();
    context.client = m_client.get();
    context.till = till;
    context.cashierId = u"anna"_s;
    context.receiptFolder = path(u"receipts"_s);
    context.timing.pollIntervalMs = 100;
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return context;
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
