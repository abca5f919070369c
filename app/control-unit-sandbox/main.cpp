// control-unit-sandbox: a CleanCash-like control unit (CCSP) on a
// pseudo-terminal and TCP, with its own journal and faults on demand.
#include "core/common/commandline.h"
#include "core/common/console.h"
#include "core/common/stopsignals.h"
#include "sandbox/controlunitcontrol.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kassa::sandbox;

namespace {

struct Settings
{
    ControlUnitSandboxOptions unit;
    int baud = 9600;
    bool pty = true;
    int tcpPort = -1;
    int controlPort = 0;
};

std::optional<QString> parse(const QCoreApplication &app, Settings &s)
{
    QCommandLineParser parser;
    kassa::describeCommandLine(
        parser,
        u"A control unit (kontrollenhet) speaking CCSP like a CleanCash unit, for demos and "
        "tests. Prints its pseudo-terminal, TCP device and control API."_s);
    const QCommandLineOption unitId(u"unit-id"_s, u"The manufacturing number."_s, u"ID"_s,
                                    s.unit.unitId);
    const QCommandLineOption protocol(u"protocol"_s, u"CCSP version, 1 or 2 (default 2)."_s, u"N"_s,
                                      u"2"_s);
    const QCommandLineOption journal(u"journal"_s, u"The unit's SQLite journal."_s, u"FILE"_s,
                                     QDir::current().filePath(u"control-unit.sqlite"_s));
    const QCommandLineOption key(u"key"_s, u"The key of its control codes."_s, u"KEY"_s,
                                 QString::fromLatin1(s.unit.key));
    const QCommandLineOption baud(u"baud"_s,
                                  u"Answer as late as a serial line at this speed would "
                                  "(default 9600; 0: at once)."_s,
                                  u"N"_s, u"9600"_s);
    const QCommandLineOption tcp(u"tcp"_s, u"Also listen on this TCP port (0: a free one)."_s,
                                 u"PORT"_s);
    const QCommandLineOption noPty(u"no-pty"_s, u"No pseudo-terminal (TCP only)."_s);
    const QCommandLineOption control(
        u"control-port"_s, u"The control API's port (default 0: a free one)."_s, u"PORT"_s, u"0"_s);
    parser.addOptions({unitId, protocol, journal, key, baud, tcp, noPty, control});
    parser.process(app);
    bool ok = true;
    s.unit.unitId = parser.value(unitId);
    s.unit.protocolVersion = parser.value(protocol).toInt(&ok);
    if (!ok || (s.unit.protocolVersion != 1 && s.unit.protocolVersion != 2))
        return u"--protocol wants 1 or 2"_s;
    s.unit.journalPath = parser.value(journal);
    s.unit.key = parser.value(key).toUtf8();
    s.baud = parser.value(baud).toInt(&ok);
    if (!ok || s.baud < 0)
        return u"--baud wants a number >= 0"_s;
    s.pty = !parser.isSet(noPty);
    if (parser.isSet(tcp)) {
        s.tcpPort = parser.value(tcp).toInt(&ok);
        if (!ok || s.tcpPort < 0 || s.tcpPort > 65535)
            return u"--tcp wants 0-65535"_s;
    }
    s.controlPort = parser.value(control).toInt(&ok);
    if (!ok || s.controlPort < 0 || s.controlPort > 65535)
        return u"--control-port wants 0-65535"_s;
    if (!s.pty && s.tcpPort < 0)
        return u"--no-pty wants --tcp"_s;
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    kassa::setProgramIdentity(u"control-unit-sandbox"_s);
    Settings s;
    if (auto problem = parse(app, s))
        return kassa::failLine(*problem);

    ControlUnitSandbox unit(s.unit);
    if (auto opened = unit.open(); !opened)
        return kassa::failLine(opened.error().detail);
    ControlUnitPorts ports(&unit, s.baud);
    if (s.pty)
        if (auto opened = ports.openPty(); !opened)
            return kassa::failLine(opened.error().detail);
    if (s.tcpPort >= 0)
        if (auto listening = ports.listenTcp(QHostAddress::LocalHost, quint16(s.tcpPort));
            !listening)
            return kassa::failLine(listening.error().detail);
    ControlUnitControl control(&unit, &ports);
    if (auto listening = control.listen(QHostAddress::LocalHost, quint16(s.controlPort));
        !listening)
        return kassa::failLine(listening.error().detail);
    kassa::quitOnStopSignals(app);

    std::printf("control-unit-sandbox %s: unit %s, CCSP v%d\n", KASSA_VERSION,
                qPrintable(s.unit.unitId), s.unit.protocolVersion);
    if (s.pty)
        std::printf("  pty:         %s\n", qPrintable(ports.ptyPath()));
    if (s.tcpPort >= 0)
        std::printf("  tcp:         %s\n", qPrintable(ports.tcpDevice()));
    std::printf("  control API: %sstate\n  journal:     %s\n",
                qPrintable(control.baseUrl().toString()), qPrintable(s.unit.journalPath));
    std::fflush(stdout);
    return app.exec();
}
