#include "tests/support/tillfixture.h"

using namespace Qt::StringLiterals;
using namespace kassa;

TillFixture::TillFixture()
    : m_sandbox(std::make_unique<SandboxFixture>())
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
