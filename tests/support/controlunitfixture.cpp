#include "tests/support/controlunitfixture.h"

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;
using namespace kassa::sandbox;

ControlUnitFixture::ControlUnitFixture(const QString &unitId, const QString &unitJournalPath)
{
    ControlUnitSandboxOptions o;
    o.unitId = unitId;
    o.journalPath = unitJournalPath;
    m_unit = std::make_unique<ControlUnitSandbox>(o);
    if (auto opened = m_unit->open(); !opened) {
        m_problem = u"the control-unit sandbox did not open: "_s + opened.error().detail;
        return;
    }
    m_ports = std::make_unique<ControlUnitPorts>(m_unit.get(), 0);
    if (auto pty = m_ports->openPty(); !pty)
        m_problem = u"no pseudo-terminal for the control unit: "_s + pty.error().detail;
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
