#pragma once

#include "core/terminal/terminalservice.h"
#include "core/terminal/tillconfig.h"
#include "tests/support/tillfixture.h"
#include "ui/managercontext.h"

#include <memory>

// The manager window's surroundings, as its tests need them: TillFixture's
// parts, the till's configuration (shop "Lilla Livs", SEQR at the sandbox,
// not registered yet) and the terminal service that registers it and saves
// it to till.json in the scratch folder. The window is the test's own.
class ManagerFixture : public TillFixture
{
public:
    ManagerFixture();

    kassa::TillConfig *till() { return m_till.get(); }
    kassa::TerminalService *terminal() { return m_terminal.get(); }
    // The window's context: the journal, client, terminal service and
    // configuration above, receipts in the scratch folder, manager "boss",
    // English (United Kingdom).
    kassa::ui::ManagerContext context();

private:
    std::unique_ptr<kassa::TillConfig> m_till;
    std::unique_ptr<kassa::TerminalService> m_terminal;
};
