#include "tests/support/tillfixture.h"

using namespace Qt::StringLiterals;
using namespace kassa;

TillFixture::TillFixture(sandbox::SandboxOptions options)
    : m_sandbox(std::make_unique<SandboxFixture>(std::move(options)))
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
}

bool TillFixture::requireControlUnit()
{
    if (!m_problem.isEmpty())
        return false;
    if (auto required = m_journal->setControlUnitRequired(true); !required) {
        m_problem = u"the journal did not take the control unit: "_s + required.error().detail;
        return false;
    }
    return true;
}

QString TillFixture::registerTill(const QString &name, const QString &seqrId)
{
    if (!m_problem.isEmpty())
        return {};
    const QString terminalId = m_sandbox->registerTill(*m_client, name, seqrId);
    if (terminalId.isEmpty())
        m_problem = u"the till could not be registered at the sandbox"_s;
    return terminalId;
}

std::unique_ptr<Checkout> TillFixture::makeCheckout(Cart *cart, const QString &shopName)
{
    PaymentTiming timing;
    timing.pollIntervalMs = 100;
    timing.roundMs = 5000;
    timing.journalRetryMs = 100;
    return std::make_unique<Checkout>(
        CheckoutContext{client(), journal(), shopName, u"anna"_s, timing}, cart);
}
