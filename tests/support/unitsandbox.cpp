#include "tests/support/unitsandbox.h"

#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"

#include <QDebug>
#include <QHostAddress>

namespace kassa::test {

bool openUnit(std::unique_ptr<sandbox::ControlUnitSandbox> &unit,
              std::unique_ptr<sandbox::ControlUnitPorts> &ports, const QString &unitId,
              const QString &journalPath, UnitLine line)
{
    sandbox::ControlUnitSandboxOptions options;
    options.unitId = unitId;
    options.journalPath = journalPath;
    unit = std::make_unique<sandbox::ControlUnitSandbox>(options);
    if (auto opened = unit->open(); !opened) {
        qWarning().noquote() << "the control unit sandbox did not open:" << opened.error().detail;
        return false;
    }
    ports = std::make_unique<sandbox::ControlUnitPorts>(unit.get(), 0);
    const auto listening =
        line == UnitLine::Tcp ? ports->listenTcp(QHostAddress::LocalHost, 0) : ports->openPty();
    if (!listening)
        qWarning().noquote() << "the control unit sandbox has no line:" << listening.error().detail;
    return bool(listening);
}

QStringList signedTypes(const sandbox::ControlUnitSandbox &unit)
{
    QStringList types;
    const auto receipts = unit.signedReceipts();
    if (!receipts)
        return {receipts.error().detail};
    for (const sandbox::SignedReceipt &r : *receipts)
        types.append(r.type);
    return types;
}

} // namespace kassa::test
