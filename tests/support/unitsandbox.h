#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace kassa::sandbox {
class ControlUnitSandbox;
class ControlUnitPorts;
} // namespace kassa::sandbox

// The control unit sandbox as the end-to-end tests stand it in for a till's
// unit: written once.
namespace kassa::test {

enum class UnitLine
{
    Tcp,
    Pty
};

// A unit `unitId` keeping its own journal at `journalPath`, on a free TCP
// port on loopback (ports->tcpDevice()) or a pseudo-terminal
// (ports->ptyPath()); false, with a warning saying why, when it cannot.
bool openUnit(std::unique_ptr<sandbox::ControlUnitSandbox> &unit,
              std::unique_ptr<sandbox::ControlUnitPorts> &ports, const QString &unitId,
              const QString &journalPath, UnitLine line = UnitLine::Tcp);

// What the unit signed, in order, by type ("normal", "kopia", "ovning", …).
QStringList signedTypes(const sandbox::ControlUnitSandbox &unit);

} // namespace kassa::test
