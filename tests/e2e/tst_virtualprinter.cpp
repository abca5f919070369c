#include "core/printing/escposcommands.h"
#include "core/printing/escposrenderer.h"
#include "core/receipt/receiptbuilder.h"
#include "core/receipt/receiptlayout.h"
#include "sandbox/escposdecoder.h"
#include "sandbox/virtualprinter.h"
#include "tests/support/receiptsamples.h"
#include "tests/support/testing.h"
#include "ui/receiptprinter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::printing;
using namespace kassa::sandbox;

namespace {

// The sample receipt's QR code: a link that names the receipt.
const QString receiptLink = u"https://shop.example/r/{receipt}"_s;

// A tool the test needs: missing, it fails under CI and skips elsewhere.
QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty() && qEnvironmentVariable("CI") == u"true")
        qFatal("%s is missing (CI=true)", qPrintable(name));
    return path;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The words and figures of a receipt, sorted; rules across the paper (as
// wide as the paper, and so different on the PDF) left out.
QStringList sortedWords(const QString &text)
{
    QStringList words;
    for (QString word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        word.remove(QRegularExpression(u"^-{8,}"_s));
        if (!word.isEmpty())
            words.append(word);
    }
    words.sort();
    return words;
}

// The words a printed receipt shows: its text lines and the characters under its barcodes.
QString printedWords(const QList<PrintedItem> &items)
{
    QString text;
    for (const PrintedItem &item : items) {
        if (item.kind == PrintedItem::Kind::Text || item.kind == PrintedItem::Kind::Barcode)
            text += item.text + u'\n';
    }
    return text;
}

// Connects to the printer and sends `bytes`; the socket stays open for answers.
std::unique_ptr<QTcpSocket> send(const VirtualPrinter &printer, const QByteArray &bytes)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, printer.port());
    if (!socket->waitForConnected(5000))
        return nullptr;
    socket->write(bytes);
    return socket;
}

// The printer's answer to DLE EOT n.
char askStatus(QTcpSocket &socket, int n)
{
    socket.write(escpos::statusRequest(n));
    if (!QTest::qWaitFor([&] { return socket.bytesAvailable() > 0; }, 5000))
        return 0;
    const QByteArray answer = socket.read(1);
    return answer.isEmpty() ? char(0) : answer[0];
}

} // namespace

class TestVirtualPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesWhatTheRendererSends_data();
    void decodesWhatTheRendererSends();
    void pngOfTheReceiptScans();
    void transcriptHasTheWordsAndFiguresOfThePdf();
    void answersStatusAndRunsOutOfPaperMidReceipt();
    void recordsDrawerKicks();
    void takesBytesOnAPseudoTerminal();
    void executablePrintsAndTakesFaultsOnStandardInput();
};

void TestVirtualPrinter::decodesWhatTheRendererSends_data()
{
    QTest::addColumn<int>("paperMm");
    QTest::newRow("80 mm") << 80;
    QTest::newRow("58 mm") << 58;
}

void TestVirtualPrinter::decodesWhatTheRendererSends()
{
    QFETCH(int, paperMm);
    const PrinterProfile profile = PrinterProfile::forPaper(paperMm);
    const ReceiptContent content = samples::receiptContent(receiptLink);
    const QByteArray bytes = EscPosRenderer(profile).render(content);
    EscPosDecoder decoder(profile.columns);
    // Split anywhere, as TCP may.
    for (qsizetype i = 0; i < bytes.size(); i += 5)
        decoder.feed(bytes.mid(i, 5));
    QCOMPARE(decoder.pending(), 0);
    QVERIFY2(decoder.problems().isEmpty(), qPrintable(decoder.problems().join(u", "_s)));
    QList<PrintedItem> items = decoder.takeItems();
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.last().kind, PrintedItem::Kind::Cut);
    QVERIFY(items.last().partial);
    items.removeLast();
    // Every line as core laid it out, in Unicode again, with its style.
    const QList<ReceiptLine> lines = layoutReceipt(content, profile.columns, true);
    QList<PrintedItem> printed;
    for (const PrintedItem &item : items) {
        // The line feed after a barcode or QR code is spacing.
        if (!(item.kind == PrintedItem::Kind::Text && item.text.isEmpty() && !printed.isEmpty() &&
              printed.last().kind != PrintedItem::Kind::Text))
            printed.append(item);
    }
    QCOMPARE(printed.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ReceiptLine &line = lines[i];
        const PrintedItem &item = printed[i];
        if (line.kind == ReceiptLine::Kind::Text) {
            QCOMPARE(item.kind, PrintedItem::Kind::Text);
            QCOMPARE(item.text, QString(line.text).remove(QRegularExpression(u" +$"_s)));
            QCOMPARE(item.bold, line.bold);
            QCOMPARE(item.large, line.large);
            QCOMPARE(item.alignment, line.centered ? 1 : 0);
        } else {
            QCOMPARE(item.kind, line.kind == ReceiptLine::Kind::Barcode ? PrintedItem::Kind::Barcode
                                                                        : PrintedItem::Kind::Qr);
            QCOMPARE(item.text, line.text);
        }
    }
}

void TestVirtualPrinter::pngOfTheReceiptScans()
{
    const QString zbarimg = tool(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        KASSA_SKIP("zbarimg is not installed");
    QTemporaryDir dir;
    VirtualPrinter printer(
        VirtualPrinterOptions{QHostAddress::LocalHost, 0, true, false, 80, dir.path()});
    QVERIFY(printer.start());
    QSignalSpy printed(&printer, &VirtualPrinter::receiptPrinted);
    auto socket = send(printer, EscPosRenderer().render(samples::receiptContent(receiptLink)));
    QVERIFY(socket);
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 10000);
    const VirtualPrinter::Receipt &receipt = printer.receipts().first();
    QVERIFY(receipt.complete);
    QCOMPARE(receipt.pngPath, dir.filePath(u"receipt-0001.png"_s));
    QVERIFY(QFile::exists(receipt.pngPath));
    // Read back from the picture of the paper, as a refund's scanner would.
    const QString codes = run(zbarimg, {u"-q"_s, receipt.pngPath});
    QVERIFY2(codes.contains(u"CODE-128:8012345678901"_s), qPrintable(codes));
    QVERIFY2(codes.contains(u"QR-Code:https://shop.example/r/42"_s), qPrintable(codes));
    QVERIFY(QFile::exists(dir.filePath(u"receipt-0001.txt"_s)));
    QVERIFY(receipt.text.contains(u"[Code 128: 8012345678901]"_s));
    QVERIFY(receipt.text.contains(u"Café Åkerö"_s));
}

void TestVirtualPrinter::transcriptHasTheWordsAndFiguresOfThePdf()
{
    const QString pdftotext = tool(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        KASSA_SKIP("pdftotext is not installed");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"receipt.pdf"_s);
    QVERIFY(ui::ReceiptPrinter(samples::receiptContent(receiptLink)).writePdf(pdf));
    const QString pdfText = run(pdftotext, {pdf, u"-"_s});
    QVERIFY2(pdfText.contains(u"243.90"_s), qPrintable(pdfText));

    VirtualPrinter printer;
    QVERIFY(printer.start());
    auto socket = send(printer, EscPosRenderer().render(samples::receiptContent(receiptLink)));
    QVERIFY(socket);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 1, 10000);
    const QString paperText = printedWords(printer.receipts().first().items);
    QCOMPARE(sortedWords(paperText).join(u' '), sortedWords(pdfText).join(u' '));
}

void TestVirtualPrinter::answersStatusAndRunsOutOfPaperMidReceipt()
{
    VirtualPrinter printer;
    QVERIFY(printer.start());
    auto socket = send(printer, {});
    QVERIFY(socket);
    QCOMPARE(askStatus(*socket, 4), char(0x12));
    QCOMPARE(askStatus(*socket, 1), char(0x12));

    QSignalSpy ranOut(&printer, &VirtualPrinter::paperRanOut);
    printer.runOutOfPaperAfter(5);
    socket->write(EscPosRenderer().render(samples::receiptContent(receiptLink)));
    QTRY_COMPARE_WITH_TIMEOUT(ranOut.size(), 1, 5000);
    // Paper end (DLE EOT 4), stopped by it (2), off-line (1).
    QCOMPARE(askStatus(*socket, 4), char(0x72));
    QCOMPARE(askStatus(*socket, 2), char(0x32));
    QCOMPARE(askStatus(*socket, 1), char(0x1A));
    QCOMPARE(printer.receipts().size(), 1);
    const VirtualPrinter::Receipt torn = printer.receipts().first();
    QVERIFY(!torn.complete);
    QVERIFY(torn.text.contains(u"Café Åkerö"_s));
    QVERIFY(!torn.text.contains(u"243.90"_s));
    QVERIFY(torn.text.endsWith(u"[out of paper]\n"_s));

    // Out of paper nothing prints; with paper loaded the receipt prints whole.
    socket->write(EscPosRenderer().render(samples::receiptContent(receiptLink)));
    QCOMPARE(askStatus(*socket, 4), char(0x72));
    QCOMPARE(printer.receipts().size(), 1);
    printer.setPaperOut(false);
    QCOMPARE(askStatus(*socket, 4), char(0x12));
    socket->write(EscPosRenderer().render(samples::receiptContent(receiptLink)));
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 2, 5000);
    QVERIFY(printer.receipts().last().complete);
    QVERIFY(printer.receipts().last().text.contains(u"243.90"_s));

    printer.setCoverOpen(true);
    QCOMPARE(askStatus(*socket, 2), char(0x16));
    QCOMPARE(askStatus(*socket, 1), char(0x1A));
    printer.setCoverOpen(false);
    printer.setDrawerOpen(true);
    QCOMPARE(askStatus(*socket, 1), char(0x16));
}

void TestVirtualPrinter::recordsDrawerKicks()
{
    VirtualPrinter printer;
    QVERIFY(printer.start());
    QSignalSpy kicked(&printer, &VirtualPrinter::drawerKicked);
    PrinterProfile profile;
    profile.drawerPin = 5;
    profile.drawerPulseMs = 120;
    auto socket = send(printer, EscPosRenderer(profile).drawerKick());
    QVERIFY(socket);
    QTRY_COMPARE_WITH_TIMEOUT(kicked.size(), 1, 5000);
    QCOMPARE(kicked.first().at(0).toInt(), 5);
    QCOMPARE(kicked.first().at(1).toInt(), 120);
    QCOMPARE(printer.drawerKicks().first().offMs, 240);
    QVERIFY(printer.transcript().contains(u"[drawer: pin 5, 120 ms]"_s));
    QVERIFY(printer.receipts().isEmpty());
}

void TestVirtualPrinter::takesBytesOnAPseudoTerminal()
{
    VirtualPrinter printer(VirtualPrinterOptions{QHostAddress::LocalHost, 0, false, true, 58, {}});
    QVERIFY(printer.start());
    QVERIFY(printer.serialSpec().startsWith(u"escpos:serial:/dev/pts/"_s));
    const int fd = ::open(qPrintable(printer.ptyPath()), O_RDWR | O_NOCTTY | O_NONBLOCK);
    QVERIFY(fd >= 0);
    const QByteArray bytes =
        EscPosRenderer(PrinterProfile::forPaper(58)).render(samples::receiptContent(receiptLink)) +
        escpos::statusRequest(4);
    QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 1, 5000);
    char answer = 0;
    QVERIFY(QTest::qWaitFor([&] { return ::read(fd, &answer, 1) == 1; }, 5000));
    ::close(fd);
    QCOMPARE(answer, char(0x12));
    QVERIFY(printer.receipts().first().text.contains(u"TOTAL SEK"_s));
}

void TestVirtualPrinter::executablePrintsAndTakesFaultsOnStandardInput()
{
    const QString binary = qEnvironmentVariable("KASSA_PRINTER_SANDBOX_BIN");
    QVERIFY2(QFile::exists(binary), "KASSA_PRINTER_SANDBOX_BIN must name printer-sandbox");
    QTemporaryDir dir;
    QProcess sandbox;
    sandbox.start(binary, {u"--port"_s, u"0"_s, u"--out"_s, dir.path()});
    QVERIFY(sandbox.waitForStarted());
    QString out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(sandbox.readAllStandardOutput());
            return out.contains(u"escpos:tcp:"_s);
        },
        10000));
    const auto match = QRegularExpression(u"escpos:tcp:127\\.0\\.0\\.1:(\\d+)"_s).match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(match.captured(1).toUInt()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(EscPosRenderer().render(samples::receiptContent(receiptLink)));
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(sandbox.readAllStandardOutput());
            return out.contains(u"receipt 1: "_s);
        },
        10000));
    QVERIFY(QFile::exists(dir.filePath(u"receipt-0001.png"_s)));
    sandbox.write("paper-out\n");
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(sandbox.readAllStandardOutput());
            return out.contains(u"ok: paper-out"_s);
        },
        10000));
    QCOMPARE(askStatus(socket, 4), char(0x72));
    ::kill(pid_t(sandbox.processId()), SIGTERM);
    QVERIFY(sandbox.waitForFinished(5000));
    QCOMPARE(sandbox.exitCode(), 0);
}

QTEST_MAIN(TestVirtualPrinter)
#include "tst_virtualprinter.moc"
