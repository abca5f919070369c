#include "core/journal/journal.h"
#include "core/seqr/seqrclient.h"
#include "core/terminal/tillconfig.h"
#include "tests/support/testing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>

#include <xcb/xcb.h>
#include <xcb/xcbext.h>

#include <csignal>
#include <cstdlib>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

namespace {

// XTEST's FakeInput request (xtest.xml), sent without libxcb-xtest.
struct FakeInput
{
    uint8_t majorOpcode = 0;
    uint8_t minorOpcode = 0;
    uint16_t length = 0;
    uint8_t type = 0;   // XCB_KEY_PRESS or XCB_KEY_RELEASE
    uint8_t detail = 0; // the keycode
    uint8_t pad0[2] = {};
    uint32_t time = XCB_CURRENT_TIME;
    uint32_t root = XCB_NONE;
    uint8_t pad1[8] = {};
    int16_t rootX = 0;
    int16_t rootY = 0;
    uint8_t pad2[7] = {};
    uint8_t deviceId = 0;
};
static_assert(sizeof(FakeInput) == 36);

xcb_extension_t xtestExtension{"XTEST", 0};

// Types `keys` (digits and '\r' for Return) into the focused window of
// `display` in one write: the keys reach the X server together, so their
// timestamps are as close as a scanner's.
bool sendKeyBurst(const QString &display, const QString &keys)
{
    xcb_connection_t *c = xcb_connect(display.toLocal8Bit().constData(), nullptr);
    auto disconnect = qScopeGuard([c] { xcb_disconnect(c); });
    if (xcb_connection_has_error(c) || !xcb_get_extension_data(c, &xtestExtension)->present)
        return false;
    const xcb_setup_t *setup = xcb_get_setup(c);
    const int count = setup->max_keycode - setup->min_keycode + 1;
    xcb_get_keyboard_mapping_reply_t *mapping = xcb_get_keyboard_mapping_reply(
        c, xcb_get_keyboard_mapping(c, setup->min_keycode, uint8_t(count)), nullptr);
    if (!mapping)
        return false;
    auto freeMapping = qScopeGuard([mapping] { std::free(mapping); });
    const xcb_keysym_t *syms = xcb_get_keyboard_mapping_keysyms(mapping);
    auto keycode = [&](xcb_keysym_t sym) -> uint8_t {
        for (int i = 0; i < count; ++i) {
            if (syms[i * mapping->keysyms_per_keycode] == sym)
                return uint8_t(setup->min_keycode + i);
        }
        return 0;
    };
    for (QChar key : keys) {
        const uint8_t code = keycode(key == u'\r' ? 0xff0d : xcb_keysym_t(key.unicode()));
        if (code == 0)
            return false;
        for (uint8_t type : {uint8_t(XCB_KEY_PRESS), uint8_t(XCB_KEY_RELEASE)}) {
            FakeInput request;
            request.type = type;
            request.detail = code;
            iovec parts[4] = {};
            parts[2].iov_base = &request;
            parts[2].iov_len = sizeof request;
            xcb_protocol_request_t protocol{2, &xtestExtension, 2 /* FakeInput */, 1};
            xcb_send_request(c, 0, parts + 2, &protocol);
        }
    }
    // A round trip before hanging up: the server drops what a client that
    // hung up had not yet had read.
    xcb_get_input_focus_reply_t *focus =
        xcb_get_input_focus_reply(c, xcb_get_input_focus(c), nullptr);
    std::free(focus);
    return focus != nullptr;
}

} // namespace

// `kassa --demo` as a person meets it on a kiosk till: a real X server with
// two screens (Xvfb without xinerama gives Qt two) and no window manager, the
// cashier's window on the first, the customer display full screen on the
// second. Nobody gives a window the focus (no `windowfocus`): Kassa must take
// it and keep it. xdotool plays the USB scanner (a burst of digits and Enter)
// and the cashier's keys, `import` photographs the customer's screen and
// zbarimg reads the QR code off it, as the customer's phone would. Every wait
// is on a condition (a window, the keyboard focus, a journal row, a decoded
// QR) with a deadline, so a loaded machine only makes it slower.
namespace {

// kassa as a test starts it: killed when the test function ends, however it ends.
struct KilledAtEnd : QProcess
{
    ~KilledAtEnd() override
    {
        kill();
        waitForFinished(5000);
    }
};

} // namespace

class TestKassaDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scanPayAndReceiptOnTwoScreens();
    void scanDuringTheWeightPromptAndTheDoneDialog();
    void managerWindowClosedThenCashWorks();
    void paymentMadeWhileKassaWasDownIsKept();
    void demoServesTheWebshopPaidFromTheSameSandbox();

private:
    QString run(const QString &program, const QStringList &args, int *exitCode = nullptr);
    QString x(const QString &program, const QStringList &args, int *exitCode = nullptr);
    // Starts `kassa --demo` in `dir`; returns its cashier's window once mapped.
    // With `log`, Kassa's stderr (its log lines) is kept there instead of forwarded.
    QString startDemo(QProcess &kassa, const QTemporaryDir &dir, const QStringList &extra = {},
                      bool keepLog = false);
    // A request to kassa's webshop (cookies kept by `network`); the JSON answer.
    QJsonObject shop(QNetworkAccessManager &network, const QUrl &url, const QJsonObject &body = {},
                     const QString &csrf = {}, int *status = nullptr);
    // The id of the first mapped window whose name matches `regex`, once there is one.
    QString waitForWindow(const QString &regex, int timeoutMs = 30000);
    // Waits until `window` has the keyboard focus (as Kassa gives it).
    bool waitForFocus(const QString &window, int timeoutMs = 30000);
    // A USB scanner: the digits a few ms apart, then Enter, in one burst.
    void scanner(const QString &code);
    // Presses F12 until the journal has the invoice (Kassa refuses SEQR
    // while the demo till is still being registered).
    bool payWithSeqr(journal::Journal &journal, int timeoutMs = 60000);
    // Photographs the customer's screen until zbarimg reads a SEQR QR off it.
    // `key` pressed: the window titled `title` (a pattern) opens and has the
    // focus; its id, empty when not.
    QString keyOpens(const QString &key, const QString &title);
    // `text` typed as a cashier would (120 ms a key), then Enter.
    void typeAndEnter(const QString &text);
    QString readCustomerQr(const QString &shot, int timeoutMs = 60000);

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

QString TestKassaDemo::keyOpens(const QString &key, const QString &title)
{
    x(u"xdotool"_s, {u"key"_s, key});
    const QString window = waitForWindow(title);
    return !window.isEmpty() && waitForFocus(window) ? window : QString();
}

void TestKassaDemo::typeAndEnter(const QString &text)
{
    x(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"120"_s, text});
    x(u"xdotool"_s, {u"key"_s, u"Return"_s});
}

QString TestKassaDemo::x(const QString &program, const QStringList &args, int *exitCode)
{
    return run(program, args, exitCode);
}

QString TestKassaDemo::startDemo(QProcess &kassa, const QTemporaryDir &dir,
                                 const QStringList &extra, bool keepLog)
{
    kassa.setProcessEnvironment(test::onDisplay(m_display, dir.path()));
    kassa.setProcessChannelMode(keepLog ? QProcess::SeparateChannels
                                        : QProcess::ForwardedErrorChannel);
    kassa.start(qEnvironmentVariable("KASSA_BIN"),
                QStringList{u"--demo"_s, u"--data-dir"_s, dir.filePath(u"demo"_s), u"--language"_s,
                            u"en"_s} +
                    extra);
    if (!kassa.waitForStarted())
        return {};
    return waitForWindow(u"^Kassa — Kassa Demo Shop$"_s);
}

QString TestKassaDemo::waitForWindow(const QString &regex, int timeoutMs)
{
    QString window;
    (void)QTest::qWaitFor(
        [&] {
            window = x(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--name"_s, regex})
                         .section(u'\n', 0, 0);
            return !window.isEmpty();
        },
        timeoutMs);
    return window;
}

bool TestKassaDemo::waitForFocus(const QString &window, int timeoutMs)
{
    return QTest::qWaitFor([&] { return x(u"xdotool"_s, {u"getwindowfocus"_s}) == window; },
                           timeoutMs);
}

void TestKassaDemo::scanner(const QString &code)
{
    // One batch of XTEST requests, as a scanner's burst reaches the X server:
    // `xdotool key --delay 5` waits for each key, so a loaded machine could
    // stretch the burst past Kassa's 80 ms and make it a person's typing.
    QString keys = code;
    keys.append(u'\r');
    QVERIFY2(sendKeyBurst(m_display, keys), "the scanner's keys could not be sent");
}

bool TestKassaDemo::payWithSeqr(journal::Journal &journal, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        x(u"xdotool"_s, {u"key"_s, u"F12"_s});
        if (QTest::qWaitFor(
                [&] {
                    const auto f = journal.invoicesInFlight();
                    return f && !f->isEmpty();
                },
                3000))
            return true;
    }
    return false;
}

QString TestKassaDemo::readCustomerQr(const QString &shot, int timeoutMs)
{
    QString qr;
    (void)QTest::qWaitFor(
        [&] {
            x(u"import"_s, {u"-display"_s, m_display + u".1"_s, u"-window"_s, u"root"_s, shot});
            qr = x(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, shot});
            return qr.startsWith(u"HTTP://SEQR.SE/R"_s);
        },
        timeoutMs);
    return qr;
}

void TestKassaDemo::initTestCase()
{
    for (const char *tool : {"Xvfb", "xdotool", "import", "zbarimg", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            KASSA_SKIP(qPrintable(u"%1 is not installed (.ci/run installs it); the two-screen demo "
                                  "test needs it"_s.arg(QString::fromLatin1(tool))));
    }
    // A display of our own: Xvfb picks a free number itself and says which
    // (-displayfd), so two test runs at once never share or steal a display;
    // -noreset: it stays up between two Kassas (a reset refuses connections).
    m_xvfb.start(u"Xvfb"_s,
                 {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-screen"_s,
                  u"1"_s, u"800x480x24"_s, u"-nolisten"_s, u"tcp"_s, u"-noreset"_s});
    QVERIFY(m_xvfb.waitForStarted());
    QByteArray number;
    QTRY_VERIFY_WITH_TIMEOUT((number += m_xvfb.readAllStandardOutput()).contains('\n'), 30000);
    m_display = u":"_s + QString::fromLatin1(number.trimmed());
    QVERIFY2(QFile::exists(u"/tmp/.X11-unix/X"_s + m_display.mid(1)), qPrintable(m_display));
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

    KilledAtEnd kassa;
    // The cashier's window is mapped: the scanner fires at once, with no
    // window manager and nobody giving it the focus.
    const QString window = startDemo(kassa, dir, {u"--demo-autopay"_s, u"5"_s});
    QVERIFY(!window.isEmpty());
    for (const QString &code : {coffee, milk})
        scanner(code);
    // The keyboard is the cashier's window's, never the customer display's.
    QVERIFY(waitForFocus(window));

    // F12: the invoice (the two rows of the cart) is journaled, and the
    // customer's screen (the second X screen) shows its QR code.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"demo/journal.sqlite"_s)), 30000);
    auto opened = journal::Journal::open(dir.filePath(u"demo/journal.sqlite"_s));
    QVERIFY(opened);
    journal::Journal &inFlight = **opened;
    QVERIFY(payWithSeqr(inFlight));
    QCOMPARE(inFlight.invoicesInFlight()->first().amount, Money(8580, Currency::sek()));
    const QString shot = dir.filePath(u"customer.png"_s);
    const QString qr = readCustomerQr(shot);
    QVERIFY2(qr.startsWith(u"HTTP://SEQR.SE/R"_s), qPrintable(u"zbarimg read: "_s + qr));

    // The sandbox pays by itself after 5 s; the receipt is kept as a PDF.
    const QString receipt = dir.filePath(u"demo/receipts/receipt-1.pdf"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(receipt) && QFile(receipt).size() > 0, 60000);
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
    QVERIFY(QTest::qWaitFor(
        [&] {
            x(u"import"_s, {u"-display"_s, m_display + u".1"_s, u"-window"_s, u"root"_s, shot});
            return x(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, shot}).isEmpty();
        },
        30000));
}

// A scan while the weight prompt is open is a product, not a weight; a scan
// while "Paid — Done" is shown starts the next sale with that product.
void TestKassaDemo::scanDuringTheWeightPromptAndTheDoneDialog()
{
    QTemporaryDir dir;
    const QString bananas = u"7363606071045"_s; // 24.90 per kg
    const QString milk = u"7352601815907"_s;    // 15.90
    const QString coffee = u"7301092815903"_s;  // 69.90
    KilledAtEnd kassa;
    const QString window = startDemo(kassa, dir, {u"--demo-autopay"_s, u"5"_s});
    QVERIFY(!window.isEmpty());
    QVERIFY(waitForFocus(window));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"demo/journal.sqlite"_s)), 30000);
    auto opened = journal::Journal::open(dir.filePath(u"demo/journal.sqlite"_s));
    QVERIFY(opened);
    journal::Journal &journal = **opened;

    scanner(bananas);
    const QString weight = waitForWindow(u"^Weight$"_s);
    QVERIFY(!weight.isEmpty());
    QVERIFY(waitForFocus(weight));
    scanner(milk); // into the weight field
    // The cashier types the weight (English, with a decimal comma).
    x(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"150"_s, u"0,5"_s});
    x(u"xdotool"_s, {u"key"_s, u"Return"_s});
    QVERIFY(waitForFocus(window));
    QVERIFY(payWithSeqr(journal));
    // Bananas 0.5 kg (12.45) and the milk scanned during the prompt.
    QCOMPARE(journal.invoicesInFlight()->first().amount, Money(2835, Currency::sek()));

    // Paid by itself after 5 s: "Done" has the keyboard; the next scan
    // closes it and starts the next sale.
    QTRY_VERIFY_WITH_TIMEOUT(journal.saleByReceiptNumber(1).hasValue(), 60000);
    const QString payment = waitForWindow(u"^SEQR payment$"_s);
    QVERIFY(!payment.isEmpty());
    QVERIFY(waitForFocus(payment));
    scanner(coffee);
    QVERIFY(waitForFocus(window));
    const QString cash = keyOpens(u"F8"_s, u"^Cash$"_s);
    QVERIFY(!cash.isEmpty());
    x(u"xdotool"_s, {u"key"_s, u"Return"_s}); // the amount due, as offered
    QTRY_VERIFY_WITH_TIMEOUT(journal.saleByReceiptNumber(2).hasValue(), 30000);
    const auto first = journal.saleByReceiptNumber(1);
    QCOMPARE(first->rows.size(), 2);
    QCOMPARE(first->rows[0].quantity, Decimal::fromParts(500, 3));
    QCOMPARE(first->rows[1].ean, milk);
    const auto second = journal.saleByReceiptNumber(2);
    QCOMPARE(second->rows.size(), 1);
    QCOMPARE(second->rows[0].ean, coffee);
    QCOMPARE(second->total, Money(6990, Currency::sek()));
    QCOMPARE(second->tenders[0].kind, journal::TenderKind::Cash);
}

// F10, the manager's PIN, the manager's window, Esc: the keyboard is back in
// the cashier's window and F8 takes cash.
void TestKassaDemo::managerWindowClosedThenCashWorks()
{
    QTemporaryDir dir;
    KilledAtEnd kassa;
    const QString window = startDemo(kassa, dir);
    QVERIFY(!window.isEmpty());
    QVERIFY(waitForFocus(window));
    const QString pin = keyOpens(u"F10"_s, u"^Manager$"_s);
    QVERIFY(!pin.isEmpty());
    // The first time the manager sets the PIN, typed twice.
    x(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"120"_s, u"2468\t2468"_s});
    const QString manager = keyOpens(u"Return"_s, u"^Kassa — manager$"_s);
    QVERIFY(!manager.isEmpty());
    x(u"xdotool"_s, {u"key"_s, u"Escape"_s});
    QVERIFY(waitForFocus(window));

    scanner(u"7352601815907"_s); // milk 15.90
    const QString cash = keyOpens(u"F8"_s, u"^Cash$"_s);
    QVERIFY(!cash.isEmpty());
    typeAndEnter(u"20"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"demo/journal.sqlite"_s)), 30000);
    auto journal = journal::Journal::open(dir.filePath(u"demo/journal.sqlite"_s));
    QVERIFY(journal);
    QTRY_VERIFY_WITH_TIMEOUT((*journal)->saleByReceiptNumber(1).hasValue(), 30000);
    const auto sale = (*journal)->saleByReceiptNumber(1);
    QCOMPARE(sale->total, Money(1590, Currency::sek()));
    QCOMPARE(sale->tenders[0].kind, journal::TenderKind::Cash);
}

namespace {

// The sandbox's control API; every call carries its per-run token.
QJsonObject control(QNetworkAccessManager &network, const QUrl &base, const QString &path,
                    const QJsonObject &body = {}, const QString &token = {})
{
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Seqr-Control-Token", token.toLatin1());
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
    QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(sandbox.readAllStandardOutput()))
                                 .contains(u"control token:"_s),
                             10000);
    const QString token = QRegularExpression(u"control token: +(\\S+)"_s).match(banner).captured(1);
    QVERIFY(!token.isEmpty());

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

    const QProcessEnvironment env = test::onDisplay(m_display, dir.path());
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
    const QString window = waitForWindow(u"^Kassa — Lilla Livs$"_s);
    QVERIFY(!window.isEmpty());
    QVERIFY(waitForFocus(window));
    scanner(u"7352601815907"_s); // Mjölk 15.90
    // The day's first sale asks for the cash float first (a till that is no
    // demo has none); the milk is added once it is given.
    const QString floatDialog = waitForWindow(u"^(Cash float|Växelkassa)$"_s);
    QVERIFY(!floatDialog.isEmpty());
    QVERIFY(waitForFocus(floatDialog));
    x(u"xdotool"_s, {u"type"_s, u"500"_s});
    x(u"xdotool"_s, {u"key"_s, u"Return"_s});
    QVERIFY(waitForFocus(window));

    // The invoice is journaled before its QR is shown.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"till/journal.sqlite"_s)), 30000);
    auto journal = journal::Journal::open(dir.filePath(u"till/journal.sqlite"_s));
    QVERIFY(journal);
    QVERIFY(payWithSeqr(**journal));
    const QString reference = (*journal)->invoicesInFlight()->first().invoiceReference;

    // The till dies; the customer pays meanwhile.
    ::kill(pid_t(kassa.processId()), SIGKILL);
    QVERIFY(kassa.waitForFinished(5000));
    QNetworkAccessManager network;
    const QUrl base = soap.resolved(QUrl(u"/"_s));
    QCOMPARE(control(network, base, u"/control/pay"_s,
                     {{u"invoiceReference"_s, reference}, {u"pin"_s, u"1234"_s}}, token)
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
    // Kassa acknowledged the payment (SEQR reverses only a paid invoice left
    // unacknowledged), so SEQR keeps it as paid.
    QJsonObject atSeqr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            atSeqr = control(network, base, u"/control/invoice?ref="_s + reference, {}, token);
            return atSeqr.value(u"acknowledged"_s).toBool();
        },
        30000));
    QCOMPARE(atSeqr.value(u"status"_s).toString(), u"PAID"_s);
    QCOMPARE(atSeqr.value(u"reversed"_s).toBool(), false);
    QCOMPARE(atSeqr.value(u"ersReference"_s).toString(), invoice->ersReference);
}

QJsonObject TestKassaDemo::shop(QNetworkAccessManager &network, const QUrl &url,
                                const QJsonObject &body, const QString &csrf, int *status)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!csrf.isEmpty())
        request.setRawHeader("X-Kassa-CSRF", csrf.toLatin1());
    QNetworkReply *reply =
        body.isEmpty() ? network.get(request) : network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (reply->isRunning())
        done.wait(10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

// `kassa --demo` also serves the shop's webshop (the address its status bar
// links): the same catalog as the till, a cart, a checkout paid from the same
// demo SEQR service (here by its autopay), the receipt page's data with the
// ersReference, and the sale journaled once in the webshop's own journal by
// its own demo till — the till's journal has none of it.
void TestKassaDemo::demoServesTheWebshopPaidFromTheSameSandbox()
{
    QTemporaryDir dir;
    KilledAtEnd kassa;
    const QString window = startDemo(kassa, dir, {u"--demo-autopay"_s, u"1"_s}, true);
    QVERIFY(!window.isEmpty());
    // The webshop says where it is (8091, or a free port when that is taken).
    QString log;
    const QRegularExpression ready(u"webshop ready at (\\S+)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        ready.match(log += QString::fromUtf8(kassa.readAllStandardError())).hasMatch(), 60000);
    const QUrl shopUrl(ready.match(log).captured(1));
    QVERIFY2(shopUrl.isValid() && shopUrl.path() == u"/shop"_s, qPrintable(log));
    QVERIFY2(!log.contains(u"terminalPassword"_s) && !log.contains(u"demo-reseller-pw"_s),
             "no secrets in the log");

    QNetworkAccessManager network;
    {
        QNetworkRequest page(shopUrl);
        QNetworkReply *reply = network.get(page);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->rawHeader("Content-Security-Policy").contains("default-src"));
        QVERIFY(reply->readAll().contains("shop.js"));
        reply->deleteLater();
    }
    // The till's catalog: the coffee the cashier scans is on sale here too.
    const QJsonArray products =
        shop(network, shopUrl.resolved(QUrl(u"/shop/api/products?q=Kaffe"_s)))
            .value(u"products"_s)
            .toArray();
    QString coffee;
    for (const QJsonValue &p : products) {
        if (p[u"ean"_s].toString() == u"7301092815903"_s)
            coffee = p[u"name"_s].toString();
    }
    QVERIFY2(!coffee.isEmpty(), QJsonDocument(products).toJson().constData());
    // The demo café's order page (issue 27 item 12) offers a café's menu,
    // not the grocery: coffee, tea, buns and sandwiches.
    QStringList dishes;
    for (const QJsonValue &p : shop(network, shopUrl.resolved(QUrl(u"/service/api/menu"_s)))
                                   .value(u"products"_s)
                                   .toArray())
        dishes.append(p[u"name"_s].toString());
    QCOMPARE(dishes.size(), 10);
    for (const QString &dish : {u"Cappuccino"_s, u"Kanelbulle"_s, u"Ostsmörgås"_s})
        QVERIFY2(dishes.contains(dish), qPrintable(dishes.join(u", "_s)));
    QVERIFY2(!dishes.contains(coffee), qPrintable(dishes.join(u", "_s)));

    QString csrf =
        shop(network, shopUrl.resolved(QUrl(u"/shop/api/cart"_s))).value(u"csrf"_s).toString();
    QVERIFY(!csrf.isEmpty());
    int status = 0;
    const QJsonObject cart = shop(network, shopUrl.resolved(QUrl(u"/shop/api/cart"_s)),
                                  {{u"ean"_s, u"7301092815903"_s}, {u"add"_s, 2}}, csrf, &status);
    QCOMPARE(status, 200);
    QCOMPARE(cart[u"lines"_s].toArray().size(), 1);
    // The first change made the session; its own token from now on.
    csrf = cart[u"csrf"_s].toString();
    QVERIFY(!csrf.isEmpty() && csrf != u"new"_s);
    // The webshop's demo till registers itself: the checkout waits for it.
    QJsonObject order;
    QVERIFY(QTest::qWaitFor(
        [&] {
            order = shop(network, shopUrl.resolved(QUrl(u"/shop/api/checkout"_s)),
                         {{u"go"_s, true}}, csrf, &status);
            if (status == 200)
                return true;
            QTest::qWait(250);
            return false;
        },
        60000));
    const QString id = order[u"order"_s].toString();
    QVERIFY(!id.isEmpty());
    QJsonObject paid;
    QVERIFY(QTest::qWaitFor(
        [&] {
            paid = shop(network, shopUrl.resolved(QUrl(u"/seqr/status?order="_s + id)));
            return paid[u"state"_s].toString() == u"PAID"_s;
        },
        60000));
    const QString ers = paid[u"ersReference"_s].toString();
    QVERIFY(!ers.isEmpty());
    const QJsonObject receipt =
        shop(network, shopUrl.resolved(QUrl(u"/shop/api/receipt?order="_s + id)));
    QCOMPARE(receipt[u"state"_s].toString(), u"PAID"_s);
    QVERIFY2(QJsonDocument(receipt).toJson().contains(ers.toUtf8()),
             QJsonDocument(receipt).toJson().constData());

    // Journaled once, as a sale of the webshop's till (139.80), not the till's.
    auto web = journal::Journal::open(dir.filePath(u"demo/webshop/journal.sqlite"_s));
    QVERIFY(web);
    const QList<journal::Sale> sales = (*web)->sales(QDateTime::fromSecsSinceEpoch(0)).value();
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales.first().total, Money(13980, Currency::sek()));
    QCOMPARE(sales.first().tenders.first().ersReference, ers);
    auto till = journal::Journal::open(dir.filePath(u"demo/journal.sqlite"_s));
    QVERIFY(till);
    QVERIFY((*till)->sales(QDateTime::fromSecsSinceEpoch(0))->isEmpty());
}

QTEST_GUILESS_MAIN(TestKassaDemo)
#include "tst_kassademo.moc"
