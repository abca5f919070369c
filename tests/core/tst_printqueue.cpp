#include "core/printing/escposcommands.h"
#include "core/printing/printqueue.h"
#include "core/printing/tillprinter.h"
#include "core/receipt/receiptbuilder.h"
#include "core/terminal/tillconfig.h"
#include "sandbox/virtualprinter.h"
#include "tests/support/freeport.h"
#include "tests/support/printoutcome.h"
#include "tests/support/receiptsamples.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::printing;
using namespace kassa::sandbox;

namespace {

ReceiptContent sampleReceipt()
{
    return saleReceipt(samples::receiptSale(), samples::receiptSettings());
}

PrinterSpec specOf(const QString &text)
{
    auto spec = PrinterSpec::parse(text);
    return spec ? *spec : PrinterSpec{};
}

} // namespace

class TestPrintQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPrinterSettings_data();
    void parsesPrinterSettings();
    void refusesBadPrinterSettings_data();
    void refusesBadPrinterSettings();
    void tillConfigurationKeepsPrinterAndProfile();
    void printsOverTcp();
    void printsOnASerialPort();
    void printsToADeviceFile();
    void paperOutMidReceiptKeepsItAndPrintsItWholeAgain();
    void paperOutBeforePrintingSendsNoReceipt();
    void coverOpenIsSaid();
    void unreachablePrinterIsTriedThreeTimes();
    void drawerKickGoesEvenWithoutPaper();
    void drawerKickFunctionKicksWithTheConfiguredPinAndPulse();
    void statusIsAskedOffTheCallersThread();
};

void TestPrintQueue::parsesPrinterSettings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("baud");
    QTest::addColumn<QString>("again");
    using K = PrinterSpec::Kind;
    QTest::newRow("none") << u""_s << int(K::None) << u""_s << 9100 << 9600 << u""_s;
    QTest::newRow("system") << u"TM-T20 (CUPS)"_s << int(K::System) << u"TM-T20 (CUPS)"_s << 9100
                            << 9600 << u"TM-T20 (CUPS)"_s;
    QTest::newRow("usb") << u"escpos:usb:/dev/usb/lp0"_s << int(K::Usb) << u"/dev/usb/lp0"_s << 9100
                         << 9600 << u"escpos:usb:/dev/usb/lp0"_s;
    QTest::newRow("tcp") << u"escpos:tcp:192.168.1.50:9100"_s << int(K::Tcp) << u"192.168.1.50"_s
                         << 9100 << 9600 << u"escpos:tcp:192.168.1.50:9100"_s;
    QTest::newRow("tcp, no port") << u"escpos:tcp:printer.local"_s << int(K::Tcp)
                                  << u"printer.local"_s << 9100 << 9600
                                  << u"escpos:tcp:printer.local:9100"_s;
    QTest::newRow("tcp v6") << u"escpos:tcp:[::1]:9101"_s << int(K::Tcp) << u"::1"_s << 9101 << 9600
                            << u"escpos:tcp:[::1]:9101"_s;
    QTest::newRow("serial") << u"escpos:serial:/dev/ttyS0:19200"_s << int(K::Serial)
                            << u"/dev/ttyS0"_s << 9100 << 19200
                            << u"escpos:serial:/dev/ttyS0:19200"_s;
    QTest::newRow("serial, no baud")
        << u"escpos:serial:/dev/ttyUSB0"_s << int(K::Serial) << u"/dev/ttyUSB0"_s << 9100 << 9600
        << u"escpos:serial:/dev/ttyUSB0:9600"_s;
    QTest::newRow("cups") << u"escpos:cups:kvitto"_s << int(K::Cups) << u"kvitto"_s << 9100 << 9600
                          << u"escpos:cups:kvitto"_s;
}

void TestPrintQueue::parsesPrinterSettings()
{
    QFETCH(QString, text);
    auto spec = PrinterSpec::parse(text);
    QVERIFY2(spec, spec ? "" : qPrintable(spec.error().detail));
    QFETCH(int, kind);
    QFETCH(QString, target);
    QFETCH(int, port);
    QFETCH(int, baud);
    QFETCH(QString, again);
    QCOMPARE(int(spec->kind), kind);
    QCOMPARE(spec->target, target);
    QCOMPARE(int(spec->port), port);
    QCOMPARE(spec->baud, baud);
    QCOMPARE(spec->toString(), again);
    QCOMPARE(spec->isEscPos(), kind >= int(PrinterSpec::Kind::Usb));
}

void TestPrintQueue::refusesBadPrinterSettings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("no host") << u"escpos:tcp:"_s << u"no host"_s;
    QTest::newRow("bad port") << u"escpos:tcp:host:99999"_s << u"port"_s;
    QTest::newRow("bad baud") << u"escpos:serial:/dev/ttyS0:fast"_s << u"baud"_s;
    QTest::newRow("no device") << u"escpos:usb:"_s << u"no device"_s;
    QTest::newRow("no queue") << u"escpos:cups:"_s << u"no queue"_s;
    QTest::newRow("transport") << u"escpos:bluetooth:aa"_s << u"usb, tcp, serial or cups"_s;
}

void TestPrintQueue::refusesBadPrinterSettings()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto spec = PrinterSpec::parse(text);
    QVERIFY(!spec);
    QCOMPARE(spec.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(spec.error().detail.contains(says), qPrintable(spec.error().detail));
}

void TestPrintQueue::tillConfigurationKeepsPrinterAndProfile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"till.json"_s);
    TillConfig till;
    till.printer = u"escpos:serial:/dev/ttyS1:38400"_s;
    till.printerProfile = PrinterProfile::forPaper(58);
    till.printerProfile.codePage = PrinterProfile::CodePageChoice::Pc858;
    till.printerProfile.cutter = false;
    till.printerProfile.drawerPin = 5;
    till.printerProfile.drawerPulseMs = 150;
    till.printerProfile.logoPath = u"/etc/kassa/logo.png"_s;
    QVERIFY(till.save(path));
    const auto loaded = TillConfig::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->printer, till.printer);
    QCOMPARE(loaded->printerProfile, till.printerProfile);
    QCOMPARE(loaded->printerProfile.columns, 32);
    // --printer overrides the configuration.
    auto printer = loaded->openPrinter(u"escpos:tcp:127.0.0.1:9100"_s);
    QVERIFY(printer && *printer);
    QCOMPARE((*printer)->spec().kind, PrinterSpec::Kind::Tcp);
    QCOMPARE((*printer)->profile().drawerPin, 5);
    QVERIFY((*printer)->logoProblem().contains(u"/etc/kassa/logo.png"_s));
    // A system printer is no ESC/POS printer.
    auto system = loaded->openPrinter(u"Office laser"_s);
    QVERIFY(system && !*system);
}

void TestPrintQueue::printsOverTcp()
{
    VirtualPrinter printer;
    QVERIFY(printer.start());
    TillPrinter till(specOf(printer.tcpSpec()), PrinterProfile());
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const int id = till.printReceipt(sampleReceipt(), u"Receipt 42"_s, 42);
    const PrintOutcome outcome = outcomeOf(finished, id);
    QVERIFY2(outcome.printed, qPrintable(outcome.detail));
    QCOMPARE(outcome.job.receiptNumber, 42);
    QVERIFY(outcome.status.known);
    QCOMPARE(printer.receipts().size(), 1);
    QVERIFY(printer.receipts().first().text.contains(u"TOTAL SEK"_s));
    QVERIFY(printer.receipts().first().text.contains(u"243.90"_s));
    QVERIFY(!till.queue()->hasKeptJobs());
}

void TestPrintQueue::printsOnASerialPort()
{
    VirtualPrinter printer(VirtualPrinterOptions{QHostAddress::LocalHost, 0, false, true, 58, {}});
    QVERIFY(printer.start());
    TillPrinter till(specOf(printer.serialSpec()), PrinterProfile::forPaper(58));
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const PrintOutcome outcome = outcomeOf(finished, till.printReceipt(sampleReceipt(), u"R"_s));
    QVERIFY2(outcome.printed, qPrintable(outcome.detail));
    QVERIFY(outcome.status.known);
    QTRY_COMPARE(printer.receipts().size(), 1);
    QVERIFY(printer.receipts().first().text.contains(u"Kanelbulle"_s));
}

void TestPrintQueue::printsToADeviceFile()
{
    // A pseudo-terminal stands in for /dev/usb/lp0: a device file read and written.
    VirtualPrinter printer(VirtualPrinterOptions{QHostAddress::LocalHost, 0, false, true, 80, {}});
    QVERIFY(printer.start());
    TillPrinter till(specOf(u"escpos:usb:"_s + printer.ptyPath()), PrinterProfile());
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const PrintOutcome outcome = outcomeOf(finished, till.printReceipt(sampleReceipt(), u"R"_s));
    QVERIFY2(outcome.printed, qPrintable(outcome.detail));
    QVERIFY(outcome.status.known);
    QTRY_COMPARE(printer.receipts().size(), 1);
}

void TestPrintQueue::paperOutMidReceiptKeepsItAndPrintsItWholeAgain()
{
    VirtualPrinter printer;
    QVERIFY(printer.start());
    printer.runOutOfPaperAfter(6);
    TillPrinter till(specOf(printer.tcpSpec()), PrinterProfile());
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const PrintOutcome failed =
        outcomeOf(finished, till.printReceipt(sampleReceipt(), u"R 42"_s, 42));
    QVERIFY(!failed.printed);
    QCOMPARE(failed.problem, PrinterProblem::PaperOut);
    QVERIFY(failed.status.paperOut);
    QCOMPARE(describeProblem(failed.problem), u"The printer is out of paper"_s);
    QCOMPARE(till.queue()->keptJobs().size(), 1);
    QCOMPARE(till.queue()->keptJobs().first().receiptNumber, 42);
    QCOMPARE(printer.receipts().size(), 1);
    QVERIFY(!printer.receipts().first().complete);

    printer.setPaperOut(false);
    till.queue()->printKeptAgain();
    QVERIFY(!till.queue()->hasKeptJobs());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    const auto again = finished.last().first().value<PrintOutcome>();
    QVERIFY2(again.printed, qPrintable(again.detail));
    QCOMPARE(printer.receipts().size(), 2);
    QVERIFY(printer.receipts().last().complete);
    QVERIFY(printer.receipts().last().text.contains(u"Café Åkerö"_s));
    QVERIFY(printer.receipts().last().text.contains(u"243.90"_s));
    QVERIFY(printer.receipts().last().text.contains(u"[Code 128: 8012345678901]"_s));
}

void TestPrintQueue::paperOutBeforePrintingSendsNoReceipt()
{
    VirtualPrinter printer;
    QVERIFY(printer.start());
    printer.setPaperOut(true);
    TillPrinter till(specOf(printer.tcpSpec()), PrinterProfile());
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const PrintOutcome outcome = outcomeOf(finished, till.printReceipt(sampleReceipt(), u"R"_s));
    QCOMPARE(outcome.problem, PrinterProblem::PaperOut);
    // Only the three status requests reached the printer.
    QCOMPARE(printer.bytesReceived(), 9);
    QCOMPARE(till.queue()->keptJobs().size(), 1);
}

void TestPrintQueue::coverOpenIsSaid()
{
    VirtualPrinter printer;
    QVERIFY(printer.start());
    printer.setCoverOpen(true);
    TillPrinter till(specOf(printer.tcpSpec()), PrinterProfile());
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const PrintOutcome outcome = outcomeOf(finished, till.printTestPage());
    QCOMPARE(outcome.problem, PrinterProblem::CoverOpen);
    QCOMPARE(describeProblem(outcome.problem), u"The printer's cover is open"_s);
    // A test print is not kept: it is not a receipt.
    QVERIFY(!till.queue()->hasKeptJobs());
}

void TestPrintQueue::unreachablePrinterIsTriedThreeTimes()
{
    TillPrinter till(specOf(u"escpos:tcp:127.0.0.1:%1"_s.arg(kassa::test::freePort())),
                     PrinterProfile());
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const PrintOutcome outcome = outcomeOf(finished, till.printReceipt(sampleReceipt(), u"R"_s, 7));
    QCOMPARE(outcome.problem, PrinterProblem::Unreachable);
    QCOMPARE(outcome.attempts, 3);
    QVERIFY(outcome.detail.contains(u"escpos:tcp:127.0.0.1"_s));
    QCOMPARE(till.queue()->keptJobs().size(), 1);
}

void TestPrintQueue::drawerKickGoesEvenWithoutPaper()
{
    VirtualPrinter printer;
    QVERIFY(printer.start());
    printer.setPaperOut(true);
    PrinterProfile profile;
    profile.drawerPin = 5;
    profile.drawerPulseMs = 60;
    TillPrinter till(specOf(printer.tcpSpec()), profile);
    QSignalSpy finished(till.queue(), &PrintQueue::jobFinished);
    const PrintOutcome outcome = outcomeOf(finished, till.kickDrawer());
    QVERIFY(outcome.printed);
    QTRY_COMPARE(printer.drawerKicks().size(), 1);
    QCOMPARE(printer.drawerKicks().first().pin, 5);
    QCOMPARE(printer.drawerKicks().first().onMs, 60);
    QVERIFY(!till.queue()->hasKeptJobs());
    QCOMPARE(printer.transcript(), u"[drawer: pin 5, 60 ms]\n"_s);
}

void TestPrintQueue::drawerKickFunctionKicksWithTheConfiguredPinAndPulse()
{
    // What the till's CashDrawer is given (setKick): it journals, then calls this.
    VirtualPrinter printer;
    QVERIFY(printer.start());
    TillConfig config;
    config.printer = printer.tcpSpec();
    config.printerProfile.drawerPin = 2;
    config.printerProfile.drawerPulseMs = 200;
    auto till = config.openPrinter();
    QVERIFY(till && *till);
    const std::function<void()> kick = (*till)->drawerKickFunction();
    kick();
    QTRY_COMPARE(printer.drawerKicks().size(), 1);
    QCOMPARE(printer.drawerKicks().first().pin, 2);
    QCOMPARE(printer.drawerKicks().first().onMs, 200);
    QCOMPARE(printer.drawerKicks().first().offMs, 400);
    // The bytes at the printer were ESC p 0 100 200 and nothing else.
    QCOMPARE(printer.bytesReceived(), 5);
    QVERIFY(printer.receipts().isEmpty());
    till.value().reset();
    kick(); // the printer is gone: nothing, no crash
}

void TestPrintQueue::statusIsAskedOffTheCallersThread()
{
    VirtualPrinter printer;
    QVERIFY(printer.start());
    printer.setDrawerOpen(true);
    PrintQueue queue(specOf(printer.tcpSpec()));
    QSignalSpy status(&queue, &PrintQueue::statusChanged);
    queue.requestStatus();
    QTRY_COMPARE(status.size(), 1);
    const auto reported = status.first().first().value<PrinterStatus>();
    QVERIFY(reported.known && reported.drawerOpen && !reported.paperOut);
    QCOMPARE(describeStatus(reported), u"ready, drawer open"_s);
}

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
