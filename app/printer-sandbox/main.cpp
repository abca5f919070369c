// printer-sandbox: a virtual ESC/POS receipt printer for demos, tests and
// installers: a till prints to it over TCP (or a pseudo-terminal) and every
// receipt becomes a PNG of the paper and a text transcript.
#include "core/common/commandline.h"
#include "core/common/console.h"
#include "core/common/result.h"
#include "core/common/stopsignals.h"
#include "sandbox/virtualprinter.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kassa::sandbox;

namespace {

// Faults from standard input, one command a line.
void handleCommand(VirtualPrinter &printer, const QString &line)
{
    const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    const QString command = words.value(0);
    if (command == u"paper-out")
        printer.setPaperOut(true);
    else if (command == u"paper-in")
        printer.setPaperOut(false);
    else if (command == u"paper-out-after")
        printer.runOutOfPaperAfter(words.value(1).toInt());
    else if (command == u"cover-open" || command == u"cover-closed")
        printer.setCoverOpen(command == u"cover-open");
    else if (command == u"offline" || command == u"online")
        printer.setOffline(command == u"offline");
    else if (command == u"drawer-open" || command == u"drawer-closed")
        printer.setDrawerOpen(command == u"drawer-open");
    else if (!command.isEmpty()) {
        kassa::sayLine(
            u"unknown command: "_s + command +
            u" (paper-out, paper-in, paper-out-after N, cover-open, cover-closed, offline, "
            "online, drawer-open, drawer-closed)"_s);
        return;
    }
    if (!command.isEmpty())
        kassa::sayLine(u"ok: "_s + line.simplified());
}

void readCommands(QCoreApplication &app, VirtualPrinter &printer)
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier, &printer] {
        static QByteArray pending;
        char buffer[512];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            notifier->setEnabled(false); // standard input closed: keep printing
            return;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            handleCommand(printer, QString::fromUtf8(pending.left(end)));
            pending.remove(0, end + 1);
        }
    });
}

// Reads the command line into `parser` (--help and --version are answered
// there): the printer's options, or the sentence of the first one that is
// wrong.
kassa::Result<VirtualPrinterOptions> optionsFrom(QCommandLineParser &parser, QGuiApplication &app)
{
    const QCommandLineOption port(u"port"_s, u"TCP port (default 9100; 0 picks a free one)."_s,
                                  u"N"_s, u"9100"_s);
    const QCommandLineOption bind(u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s,
                                  u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption pty(u"pty"_s, u"Also take bytes on a pseudo-terminal (serial)."_s);
    const QCommandLineOption paper(u"paper"_s, u"Paper width in mm: 80 (default) or 58."_s, u"MM"_s,
                                   u"80"_s);
    const QCommandLineOption out(u"out"_s,
                                 u"Folder for receipt-NNNN.png/.txt and transcript.txt "
                                 "(default: printer-out)."_s,
                                 u"DIR"_s, u"printer-out"_s);
    parser.addOptions({port, bind, pty, paper, out});
    parser.process(app);
    VirtualPrinterOptions options;
    if (!options.bind.setAddress(parser.value(bind)))
        return kassa::makeError(kassa::ErrorCode::InvalidArgument,
                                u"--bind wants an IP address, got "_s + parser.value(bind));
    bool ok = true;
    const int portNumber = parser.value(port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return kassa::makeError(kassa::ErrorCode::InvalidArgument, u"--port wants 0-65535"_s);
    options.port = quint16(portNumber);
    options.paperMm = parser.value(paper).toInt(&ok);
    if (!ok || (options.paperMm != 80 && options.paperMm != 58))
        return kassa::makeError(kassa::ErrorCode::InvalidArgument, u"--paper wants 80 or 58"_s);
    options.pty = parser.isSet(pty);
    options.outputDir = parser.value(out);
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    // Text is drawn on the paper's picture without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    kassa::setProgramIdentity(u"printer-sandbox"_s);

    QCommandLineParser parser;
    kassa::describeCommandLine(
        parser, u"A virtual ESC/POS receipt printer: each receipt becomes a PNG and a transcript.\n"
                "Faults on standard input: paper-out, paper-in, paper-out-after N, cover-open, "
                "cover-closed, offline, online, drawer-open, drawer-closed."_s);
    auto options = optionsFrom(parser, app);
    if (!options)
        return kassa::failLine(options.error().detail);

    VirtualPrinter printer(*options);
    if (auto started = printer.start(); !started)
        return kassa::failLine(started.error().detail);
    QObject::connect(&printer, &VirtualPrinter::receiptPrinted, &app, [&printer](int index) {
        const auto &receipt = printer.receipts().at(index);
        kassa::sayLine(u"receipt %1: %2"_s.arg(receipt.number).arg(receipt.pngPath));
    });
    QObject::connect(&printer, &VirtualPrinter::paperRanOut, &app,
                     [] { kassa::sayLine(u"out of paper (paper-in to load more)"_s); });
    QObject::connect(&printer, &VirtualPrinter::drawerKicked, &app, [](int pin, int onMs) {
        kassa::sayLine(u"drawer: pin %1, %2 ms"_s.arg(pin).arg(onMs));
    });
    kassa::quitOnStopSignals(app);
    readCommands(app, printer);

    kassa::sayLine(u"printer-sandbox %1 (%2 mm) printing to %3\n  printer: %4"_s
                       .arg(QStringLiteral(KASSA_VERSION))
                       .arg(options->paperMm)
                       .arg(options->outputDir, printer.tcpSpec()));
    if (options->pty)
        kassa::sayLine(u"  printer: "_s + printer.serialSpec());
    return app.exec();
}
