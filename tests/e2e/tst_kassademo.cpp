#include "core/journal/journal.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

// `kassa --demo` as a person meets it: a real X server with two screens
// (Xvfb without xinerama gives Qt two), the cashier's window on the first,
// the customer display full screen on the second. xdotool plays the USB
// scanner, `import` photographs the customer's screen and zbarimg reads the
// QR code off it, as the customer's phone would.
class TestKassaDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scanPayAndReceiptOnTwoScreens();

private:
    QString run(const QString &program, const QStringList &args, int *exitCode = nullptr);
    QString x(const QString &program, const QStringList &args, int *exitCode = nullptr);

    QProcess m_xvfb;
    QString m_display;
};

QString TestKassaDemo::run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(20000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString TestKassaDemo::x(const QString &program, const QStringList &args, int *exitCode)
{
    return run(program, args, exitCode);
}

void TestKassaDemo::initTestCase()
{
    for (const char *tool : {"Xvfb", "xdotool", "import", "zbarimg", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(u"%1 is not installed (.ci/run installs it); the two-screen demo "
                             "test needs it"_s.arg(QString::fromLatin1(tool))));
    }
    // A display number of our own.
    for (int n = 40 + int(QCoreApplication::applicationPid() % 50); n < 140; ++n) {
        if (!QFile::exists(u"/tmp/.X11-unix/X%1"_s.arg(n)) &&
            !QFile::exists(u"/tmp/.X%1-lock"_s.arg(n))) {
            m_display = u":%1"_s.arg(n);
            break;
        }
    }
    m_xvfb.start(u"Xvfb"_s, {m_display, u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-screen"_s,
                             u"1"_s, u"800x480x24"_s, u"-nolisten"_s, u"tcp"_s});
    QVERIFY(m_xvfb.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(u"/tmp/.X11-unix/X"_s + m_display.mid(1)), 10000);
}

void TestKassaDemo::cleanupTestCase()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
}

void TestKassaDemo::scanPayAndReceiptOnTwoScreens()
{
    QTemporaryDir dir;
    QFile csv(qEnvironmentVariable("KASSA_SOURCE_DIR") + u"/resources/catalog/demo-catalog.csv"_s);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    const QString coffee = QString::fromLatin1(lines[19].left(13)); // Kaffe mellanrost 69.90
    const QString milk = QString::fromLatin1(lines[1].left(13));    // Mjölk 3 % 1 l 15.90

    QProcess kassa;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
    env.insert(u"HOME"_s, dir.path());
    kassa.setProcessEnvironment(env);
    kassa.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    kassa.start(qEnvironmentVariable("KASSA_BIN"),
                {u"--demo"_s, u"--data-dir"_s, dir.filePath(u"demo"_s), u"--language"_s, u"en"_s,
                 u"--demo-autopay"_s, u"5"_s});
    QVERIFY(kassa.waitForStarted());
    auto stop = qScopeGuard([&kassa] {
        kassa.kill();
        kassa.waitForFinished(5000);
    });

    // The cashier's window appears; the scanner types into it.
    QString window;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(window = x(u"xdotool"_s, {u"search"_s, u"--name"_s, u"^Kassa — "_s}).section(u'\n', 0, 0))
             .isEmpty(),
        15000);
    x(u"xdotool"_s, {u"windowfocus"_s, u"--sync"_s, window});
    // The demo till registers itself first (a second or less).
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"demo/till.json"_s)) &&
                                 QFile(dir.filePath(u"demo/till.json"_s)).size() > 0,
                             15000);
    QTest::qWait(500);
    for (const QString &code : {coffee, milk}) {
        x(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"20"_s, code});
        x(u"xdotool"_s, {u"key"_s, u"Return"_s});
    }
    x(u"xdotool"_s, {u"key"_s, u"F12"_s});

    // The customer's screen (the second X screen) shows the invoice's QR code.
    const QString shot = dir.filePath(u"customer.png"_s);
    QString qr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (x(u"import"_s, {u"-display"_s, m_display + u".1"_s, u"-window"_s, u"root"_s, shot}),
         (qr = x(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, shot})).startsWith(u"HTTP://SEQR.SE/R"_s)),
        15000);

    // The sandbox pays by itself after 5 s; the receipt is kept as a PDF.
    const QString receipt = dir.filePath(u"demo/receipts/receipt-1.pdf"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(receipt) && QFile(receipt).size() > 0, 20000);
    auto journal = journal::Journal::open(dir.filePath(u"demo/journal.sqlite"_s));
    QVERIFY(journal);
    const auto sale = (*journal)->saleByReceiptNumber(1);
    QVERIFY(sale);
    QCOMPARE(sale->total, Money(8580, Currency::sek()));
    QCOMPARE(sale->rows.size(), 2);
    QCOMPARE(sale->tenders.size(), 1);
    const auto invoice = (*journal)->invoice(sale->tenders[0].invoiceReference);
    QVERIFY(invoice);
    QCOMPARE(invoice->qrCode, qr); // what the phone read is the invoice paid
    const QString text = x(u"pdftotext"_s, {u"-layout"_s, receipt, u"-"_s});
    QVERIFY2(text.contains(sale->tenders[0].ersReference), qPrintable(text));
    QVERIFY(text.contains(u"85.80"_s));

    // After the sale the customer sees the outcome, not a stale code.
    x(u"import"_s, {u"-display"_s, m_display + u".1"_s, u"-window"_s, u"root"_s, shot});
    QVERIFY(x(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, shot}).isEmpty());
}

QTEST_GUILESS_MAIN(TestKassaDemo)
#include "tst_kassademo.moc"
