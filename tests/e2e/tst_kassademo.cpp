#include "core/journal/journal.h"
#include "core/seqr/seqrclient.h"
#include "core/terminal/tillconfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

#include <csignal>

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
    void paymentMadeWhileKassaWasDownIsKept();

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

namespace {

QJsonObject control(QNetworkAccessManager &network, const QUrl &base, const QString &path,
                    const QJsonObject &body = {})
{
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply =
        body.isEmpty() ? network.get(request) : network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

} // namespace

// The till crashes (kill -9) while the customer is paying; the customer pays
// while it is down; Kassa starts again, finds the invoice in its journal,
// learns it was paid inside SEQR's acknowledgement window (so SEQR does not
// reverse it), journals the sale and keeps its receipt.
void TestKassaDemo::paymentMadeWhileKassaWasDownIsKept()
{
    QTemporaryDir dir;
    QProcess sandbox;
    sandbox.start(qEnvironmentVariable("KASSA_SANDBOX_BIN"),
                  {u"--port"_s, u"0"_s, u"--ack-window"_s, u"8"_s, u"--state"_s,
                   dir.filePath(u"sandbox.json"_s)});
    QVERIFY(sandbox.waitForStarted());
    auto stopSandbox = qScopeGuard([&sandbox] {
        sandbox.kill();
        sandbox.waitForFinished(5000);
    });
    QString banner;
    QTRY_VERIFY_WITH_TIMEOUT(
        (banner += QString::fromUtf8(sandbox.readAllStandardOutput())).contains(u"SOAP endpoint"_s),
        10000);
    const QUrl soap(QRegularExpression(u"SOAP endpoint: (\\S+)"_s).match(banner).captured(1));
    QVERIFY(soap.isValid());

    // A till registered with the sandbox's demo reseller.
    seqr::SeqrClient client(seqr::SeqrClientConfig{soap, std::chrono::milliseconds(5000), {}});
    auto *reg = client.registerTerminal(
        seqr::Credentials::reseller(u"900100"_s, u"9900"_s, u"demo-reseller-pw"_s), u"Shop/1"_s,
        u"a-long-terminal-password-1"_s, u"Till 1"_s);
    QSignalSpy registered(reg, &seqr::SeqrCall::finished);
    QVERIFY(registered.wait(10000));
    QVERIFY(reg->isSuccess());
    TillConfig till;
    till.endpoint = soap.toString();
    till.terminalId = reg->response().terminalId;
    till.terminalPassword = u"a-long-terminal-password-1"_s;
    till.shopName = u"Lilla Livs"_s;
    delete reg;
    const QString config = dir.filePath(u"till/till.json"_s);
    QVERIFY(till.save(config));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
    env.insert(u"HOME"_s, dir.path());
    const QStringList args{u"--config"_s,
                           config,
                           u"--language"_s,
                           u"en"_s,
                           u"--import-catalog"_s,
                           qEnvironmentVariable("KASSA_SOURCE_DIR") +
                               u"/resources/catalog/demo-catalog.csv"_s};
    QProcess kassa;
    kassa.setProcessEnvironment(env);
    kassa.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    kassa.start(qEnvironmentVariable("KASSA_BIN"), args);
    QVERIFY(kassa.waitForStarted());
    QString window;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(window = x(u"xdotool"_s, {u"search"_s, u"--name"_s, u"^Kassa — Lilla Livs"_s})
                       .section(u'\n', 0, 0))
             .isEmpty(),
        15000);
    x(u"xdotool"_s, {u"windowfocus"_s, u"--sync"_s, window});
    QTest::qWait(300);
    x(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"20"_s, u"7352601815907"_s}); // Mjölk 15.90
    x(u"xdotool"_s, {u"key"_s, u"Return"_s, u"F12"_s});

    // The invoice is journaled before its QR is shown.
    auto journal = journal::Journal::open(dir.filePath(u"till/journal.sqlite"_s));
    QVERIFY(journal);
    QString reference;
    QTRY_VERIFY_WITH_TIMEOUT(!(*journal)->invoicesInFlight()->isEmpty(), 15000);
    reference = (*journal)->invoicesInFlight()->first().invoiceReference;

    // The till dies; the customer pays meanwhile.
    ::kill(pid_t(kassa.processId()), SIGKILL);
    QVERIFY(kassa.waitForFinished(5000));
    QNetworkAccessManager network;
    const QUrl base = soap.resolved(QUrl(u"/"_s));
    QCOMPARE(control(network, base, u"/control/pay"_s,
                     {{u"invoiceReference"_s, reference}, {u"pin"_s, u"1234"_s}})
                 .value(u"status"_s)
                 .toString(),
             u"PAID"_s);

    // Kassa starts again and finishes the payment at once.
    QProcess again;
    again.setProcessEnvironment(env);
    again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    again.start(qEnvironmentVariable("KASSA_BIN"), args.mid(0, 4));
    QVERIFY(again.waitForStarted());
    auto stopKassa = qScopeGuard([&again] {
        again.kill();
        again.waitForFinished(5000);
    });
    QTRY_VERIFY_WITH_TIMEOUT((*journal)->invoicesInFlight()->isEmpty(), 15000);
    const auto invoice = (*journal)->invoice(reference);
    QCOMPARE(invoice->state, journal::InvoiceState::Paid);
    const auto sale = (*journal)->sale(invoice->saleId);
    QCOMPARE(sale->receiptNumber, 1);
    QCOMPARE(sale->total, Money(1590, Currency::sek()));
    QCOMPARE(sale->tenders[0].ersReference, invoice->ersReference);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"till/receipts/receipt-1.pdf"_s)), 10000);
    // Past the acknowledgement window SEQR still has it as paid: not reversed.
    QTest::qWait(9000);
    const QJsonObject atSeqr = control(network, base, u"/control/invoice?ref="_s + reference);
    QCOMPARE(atSeqr.value(u"status"_s).toString(), u"PAID"_s);
    QCOMPARE(atSeqr.value(u"reversed"_s).toBool(), false);
    QCOMPARE(atSeqr.value(u"ersReference"_s).toString(), invoice->ersReference);
}

QTEST_GUILESS_MAIN(TestKassaDemo)
#include "tst_kassademo.moc"
