#pragma once

#include "tests/support/clifixture.h"

#include <QString>

#include <memory>

namespace kassa::sandbox {
class ControlUnitPorts;
class ControlUnitSandbox;
class VirtualPrinter;
} // namespace kassa::sandbox

// kassa-cli (CliFixture) with the devices a till's commands reach, made and
// started with it on loopback and gone before it: written once for the
// end-to-end tests of what kassa-cli prints and signs.

// With a virtual ESC/POS receipt printer (printer().tcpSpec() for --printer).
class CliPrinterFixture : public CliFixture
{
public:
    explicit CliPrinterFixture(kassa::sandbox::SandboxOptions options = {});
    ~CliPrinterFixture();

    // Empty when ready, else why not (for QVERIFY2).
    QString problem() const;
    kassa::sandbox::VirtualPrinter &printer() { return *m_printer; }

private:
    std::unique_ptr<kassa::sandbox::VirtualPrinter> m_printer;
    QString m_printerProblem;
};

// With a control unit sandbox `unitId` (its journal unit.sqlite in the
// scratch folder) on a TCP port: ports().tcpDevice() for control-unit set.
class CliUnitFixture : public CliFixture
{
public:
    explicit CliUnitFixture(const QString &unitId, kassa::sandbox::SandboxOptions options = {});
    ~CliUnitFixture();

    // Empty when ready, else why not (for QVERIFY2).
    QString problem() const;
    kassa::sandbox::ControlUnitSandbox &unit() { return *m_unit; }
    kassa::sandbox::ControlUnitPorts &ports() { return *m_ports; }

private:
    std::unique_ptr<kassa::sandbox::ControlUnitSandbox> m_unit;
    std::unique_ptr<kassa::sandbox::ControlUnitPorts> m_ports; // uses the unit: goes first
    bool m_unitOpened = false;
};

namespace kassa::test {

// The sandbox as the tests of a till killed or restarted mid-payment run
// it: a PAID no till acknowledges within 3 s (20 s by default) is reversed,
// so a test sees on the sandbox's clock that a till's own PAID was not.
sandbox::SandboxOptions threeSecondAckWindow();

} // namespace kassa::test
