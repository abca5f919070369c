#include "tests/support/clidevices.h"

#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "sandbox/virtualprinter.h"
#include "tests/support/unitsandbox.h"

using namespace Qt::StringLiterals;

CliPrinterFixture::CliPrinterFixture(kassa::sandbox::SandboxOptions options)
    : CliFixture(std::move(options))
    , m_printer(std::make_unique<kassa::sandbox::VirtualPrinter>())
{
    if (const auto started = m_printer->start(); !started)
        m_printerProblem = u"the virtual printer did not start: "_s + started.error().detail;
}

CliPrinterFixture::~CliPrinterFixture() = default;

QString CliPrinterFixture::problem() const
{
    if (const QString cli = CliFixture::problem(); !cli.isEmpty())
        return cli;
    return m_printerProblem;
}

CliUnitFixture::CliUnitFixture(const QString &unitId, kassa::sandbox::SandboxOptions options)
    : CliFixture(std::move(options))
{
    m_unitOpened = kassa::test::openUnit(m_unit, m_ports, unitId, path(u"unit.sqlite"_s));
}

CliUnitFixture::~CliUnitFixture()
{
    m_ports.reset();
    m_unit.reset();
}

QString CliUnitFixture::problem() const
{
    if (const QString cli = CliFixture::problem(); !cli.isEmpty())
        return cli;
    return m_unitOpened ? QString() : u"the control unit sandbox did not open (see the warning)"_s;
}

namespace kassa::test {

sandbox::SandboxOptions threeSecondAckWindow()
{
    sandbox::SandboxOptions options;
    options.ackWindowMs = 3000;
    return options;
}

} // namespace kassa::test
