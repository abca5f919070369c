#include "tests/support/controlunitfixture.h"

#include "tests/support/unitsandbox.h"

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;
using namespace kassa::sandbox;

ControlUnitFixture::ControlUnitFixture(const QString &unitId, const QString &unitJournalPath)
{
    if (!kassa::test::openUnit(m_unit, m_ports, unitId, unitJournalPath,
                               kassa::test::UnitLine::Pty))
        m_problem = u"the control-unit sandbox did not open on a pseudo-terminal (see the "
                    "warning above)"_s;
}

std::unique_ptr<ControlUnitService>
ControlUnitFixture::makeService(journal::Journal *journal, const SignerSettings &settings,
                                std::chrono::milliseconds answer, std::chrono::milliseconds poll)
{
    ControlUnitOptions o;
    o.device = m_ports->ptyPath();
    o.answerTimeout = answer;
    o.commandGap = std::chrono::milliseconds(5);
    auto service = std::make_unique<ControlUnitService>(journal, o, settings);
    service->setPollInterval(poll);
    return service;
}
