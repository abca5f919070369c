#pragma once

#include "core/checkout/checkout.h"
#include "core/controlunit/controlunitservice.h"
#include "core/journal/journal.h"
#include "core/sale/cart.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "tests/support/sandboxfixture.h"

#include <QTemporaryDir>

#include <chrono>
#include <memory>

// A till with a control unit, as the receipt signer's tests need it: an
// in-process seqr-sandbox with the till registered (Till 1, TILL1) and a
// client holding its credentials; a journal in a scratch folder that
// requires the unit; a control-unit sandbox (`unitId`) on a pseudo-terminal;
// and the cart. Torn down in the reverse order.
class SignerFixture
{
public:
    explicit SignerFixture(const QString &unitId);

    // Empty when ready, else the first thing that failed (for QVERIFY2).
    QString problem() const { return m_problem; }
    SandboxFixture &seqr() { return *m_seqr; }
    kassa::seqr::SeqrClient *client() { return m_client.get(); }
    kassa::journal::Journal *journal() { return m_journal.get(); }
    kassa::sandbox::ControlUnitSandbox *unit() { return m_unit.get(); }
    kassa::sandbox::ControlUnitPorts *ports() { return m_ports.get(); }
    kassa::Cart *cart() { return m_cart.get(); }
    // A file in the scratch folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The till's control unit on the pseudo-terminal: it waits `answer` for
    // each answer and asks for the unit's status every `poll`.
    std::unique_ptr<kassa::controlunit::ControlUnitService>
    makeService(const kassa::controlunit::SignerSettings &settings,
                std::chrono::milliseconds answer, std::chrono::milliseconds poll);
    // A checkout of the cart by cashier "anna" with quick payment timing,
    // signing through `service`.
    std::unique_ptr<kassa::Checkout> makeCheckout(kassa::controlunit::ControlUnitService *service,
                                                  const QString &shopName);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_seqr;
    std::unique_ptr<kassa::seqr::SeqrClient> m_client;
    std::unique_ptr<kassa::journal::Journal> m_journal;
    std::unique_ptr<kassa::sandbox::ControlUnitSandbox> m_unit;
    std::unique_ptr<kassa::sandbox::ControlUnitPorts> m_ports;
    std::unique_ptr<kassa::Cart> m_cart;
    QString m_problem;
};
