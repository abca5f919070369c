#pragma once

#include "core/controlunit/controlunitservice.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"

#include <chrono>
#include <memory>

namespace kassa::journal {
class Journal;
}

// A control unit as a till sees it: a control-unit sandbox (`unitId`, its
// own journal at `unitJournalPath`) behind a pseudo-terminal, and the till's
// side of it on request. Shared by SignerFixture and CashierFixture.
class ControlUnitFixture
{
public:
    ControlUnitFixture(const QString &unitId, const QString &unitJournalPath);

    // Empty when ready, else the first thing that failed (for QVERIFY2).
    QString problem() const { return m_problem; }
    kassa::sandbox::ControlUnitSandbox *unit() { return m_unit.get(); }
    kassa::sandbox::ControlUnitPorts *ports() { return m_ports.get(); }

    // The till's control unit on the pseudo-terminal, journaling into
    // `journal`: it waits `answer` for each answer and asks for the unit's
    // status every `poll`.
    std::unique_ptr<kassa::controlunit::ControlUnitService>
    makeService(kassa::journal::Journal *journal,
                const kassa::controlunit::SignerSettings &settings,
                std::chrono::milliseconds answer, std::chrono::milliseconds poll);

private:
    std::unique_ptr<kassa::sandbox::ControlUnitSandbox> m_unit;
    std::unique_ptr<kassa::sandbox::ControlUnitPorts> m_ports;
    QString m_problem;
};
