#include "tests/support/managerfixture.h"

using namespace Qt::StringLiterals;
using namespace kassa;

ManagerFixture::ManagerFixture()
    : m_till(std::make_unique<TillConfig>())
{
    if (!m_problem.isEmpty())
        return;
    m_till->endpoint = sandbox().soapUrl().toString();
    m_till->shopName = u"Lilla Livs"_s;
    m_terminal = std::make_unique<TerminalService>(client(), m_till.get(), path(u"till.json"_s));
}

ui::ManagerContext ManagerFixture::context()
{
    ui::ManagerContext context;
    context.journal = journal();
    context.client = client();
    context.terminal = m_terminal.get();
    context.till = m_till.get();
    context.configPath = path(u"till.json"_s);
    context.receiptFolder = path(u"receipts"_s);
    context.cashierId = u"boss"_s;
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return context;
}
