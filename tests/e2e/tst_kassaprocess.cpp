#include "tests/support/testing.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// What a window manager does when its close button is clicked: the
// WM_DELETE_WINDOW message of the ICCCM to the window's client.
bool askWindowToClose(const QString &display, quint32 window)
{
    xcb_connection_t *c = xcb_connect(display.toLocal8Bit().constData(), nullptr);
    auto disconnect = qScopeGuard([c] { xcb_disconnect(c); });
    if (xcb_connection_has_error(c))
        return false;
    auto atom = [c](const char *name) {
        xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(
            c, xcb_intern_atom(c, 0, uint16_t(std::strlen(name)), name), nullptr);
        const xcb_atom_t a = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
        std::free(reply);
        return a;
    };
    xcb_client_message_event_t event{};
    event.response_type = XCB_CLIENT_MESSAGE;
    event.format = 32;
    event.window = window;
    event.type = atom("WM_PROTOCOLS");
    event.data.data32[0] = atom("WM_DELETE_WINDOW");
    event.data.data32[1] = XCB_CURRENT_TIME;
    xcb_send_event(c, 0, window, XCB_EVENT_MASK_NO_EVENT, reinterpret_cast<const char *>(&event));
    // A round trip before hanging up: the X server closes a client that hung
    // up without reading what it had still to read, so a message only
    // flushed can be lost (then Kassa never saw the close).
    xcb_get_input_focus_reply_t *focus =
        xcb_get_input_focus_reply(c, xcb_get_input_focus(c), nullptr);
    const bool handled = focus != nullptr;
    std::free(focus);
    return handled;
}

// The TCP ports process `pid` listens on (Linux /proc).
QList<quint16> listeningPorts(qint64 pid)
{
    QSet<QString> sockets;
    const QDir fds(u"/proc/%1/fd"_s.arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget().section(u'/', -1);
        if (target.startsWith(u"socket:["_s))
            sockets.insert(target.mid(8).chopped(1));
    }
    QList<quint16> ports;
    for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n').mid(1)) {
            const QList<QByteArray> f = line.simplified().split(' ');
            // sl local_address rem_address st … inode: listening is st 0A.
            if (f.size() > 9 && f[3] == "0A" && sockets.contains(QString::fromLatin1(f[9])))
                ports.append(quint16(f[1].split(':').last().toUInt(nullptr, 16)));
        }
    }
    return ports;
}

} // namespace

// The kassa executable as it is started from a terminal: what it answers
// before it opens any window.
class TestKassaProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay();
    void aMistypedOptionIsSaidWithoutADisplay();
    void closingTheCashiersWindowQuitsAndFreesTheTill();

private:
    QString x(const QStringList &args) const;
    QString waitForWindow(const QString &regex, int timeoutMs = 30000) const;
    bool startKassa(QProcess &kassa, const QTemporaryDir &dir) const;

    QProcess m_xvfb;
    QString m_display;

    // Runs kassa with `args` and no display at all (no X, no Wayland, no
    // platform chosen): what a till's set-up over ssh sees.
    static int runWithoutDisplay(const QStringList &args, QString *out, QString *err);
};

int TestKassaProcess::runWithoutDisplay(const QStringList &args, QString *out, QString *err)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    QProcess kassa;
    kassa.setProcessEnvironment(env);
    kassa.start(qEnvironmentVariable("KASSA_BIN"), args);
    if (!kassa.waitForFinished(60000))
        return -2;
    *out = QString::fromUtf8(kassa.readAllStandardOutput());
    *err = QString::fromUtf8(kassa.readAllStandardError());
    return kassa.exitStatus() == QProcess::NormalExit ? kassa.exitCode() : -1;
}

void TestKassaProcess::helpAndVersionNeedNoDisplay()
{
    QString out;
    QString err;
    for (const QString &help : {u"--help"_s, u"-h"_s}) {
        QCOMPARE(runWithoutDisplay({help}, &out, &err), 0);
        QVERIFY2(out.contains(u"Kassa: a point of sale that takes SEQR payments."_s),
                 qPrintable(out + err));
        QVERIFY2(out.contains(u"--demo"_s) && out.contains(u"--config <FILE>"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"benchmark"_s), qPrintable(out));
    }
    QCOMPARE(runWithoutDisplay({u"--version"_s}, &out, &err), 0);
    QCOMPARE(out.trimmed(), u"kassa "_s + qEnvironmentVariable("KASSA_VERSION"));
}

void TestKassaProcess::aMistypedOptionIsSaidWithoutADisplay()
{
    QString out;
    QString err;
    QCOMPARE(runWithoutDisplay({u"--demoo"_s}, &out, &err), 1);
    QVERIFY2(err.contains(u"Unknown option 'demoo'."_s), qPrintable(err));
}

QString TestKassaProcess::x(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    p.setProcessEnvironment(env);
    p.start(u"xdotool"_s, args);
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString TestKassaProcess::waitForWindow(const QString &regex, int timeoutMs) const
{
    QString window;
    (void)QTest::qWaitFor(
        [&] {
            window = x({u"search"_s, u"--onlyvisible"_s, u"--name"_s, regex}).section(u'\n', 0, 0);
            return !window.isEmpty();
        },
        timeoutMs);
    return window;
}

bool TestKassaProcess::startKassa(QProcess &kassa, const QTemporaryDir &dir) const
{
    kassa.setProcessEnvironment(kassa::test::onDisplay(m_display, dir.path()));
    kassa.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    kassa.start(qEnvironmentVariable("KASSA_BIN"),
                {u"--demo"_s, u"--data-dir"_s, dir.filePath(u"demo"_s), u"--language"_s, u"en"_s});
    return kassa.waitForStarted();
}

void TestKassaProcess::closingTheCashiersWindowQuitsAndFreesTheTill()
{
    for (const char *tool : {"Xvfb", "xdotool"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            KASSA_SKIP(qPrintable(
                u"%1 is not installed (.ci/run installs it)"_s.arg(QString::fromLatin1(tool))));
    }
    // One screen and no window manager: a kiosk till.
    m_xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x800x24"_s,
                             u"-nolisten"_s, u"tcp"_s, u"-noreset"_s});
    QVERIFY(m_xvfb.waitForStarted());
    auto stopX = qScopeGuard([this] {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    });
    QByteArray number;
    QTRY_VERIFY_WITH_TIMEOUT((number += m_xvfb.readAllStandardOutput()).contains('\n'), 30000);
    m_display = u":"_s + QString::fromLatin1(number.trimmed());

    QTemporaryDir dir;
    QProcess kassa;
    auto stop = qScopeGuard([&kassa] {
        kassa.kill();
        kassa.waitForFinished(5000);
    });
    QVERIFY(startKassa(kassa, dir));
    const QString cashier = waitForWindow(u"^Kassa — Kassa Demo Shop$"_s);
    QVERIFY(!cashier.isEmpty());
    const QString display = waitForWindow(u"customer display$"_s);
    QVERIFY(!display.isEmpty());
    QList<quint16> ports;
    QTRY_VERIFY_WITH_TIMEOUT((ports = listeningPorts(kassa.processId())).size() >= 2, 30000);

    // The customer's side asks the display to close: it stays. (F1's help
    // comes after the close message, so once it shows, the message was had.)
    QVERIFY(askWindowToClose(m_display, display.toUInt()));
    x({u"key"_s, u"F1"_s});
    const QString help = waitForWindow(u"^Keyboard shortcuts$"_s);
    QVERIFY(!help.isEmpty());
    QVERIFY(!waitForWindow(u"customer display$"_s, 1000).isEmpty());
    QCOMPARE(kassa.state(), QProcess::Running);
    // Kassa gives the help the keyboard (no window manager does); Esc closes it.
    QVERIFY(QTest::qWaitFor([&] { return x({u"getwindowfocus"_s}) == help; }, 30000));
    x({u"key"_s, u"Escape"_s});
    QTRY_VERIFY_WITH_TIMEOUT(
        x({u"search"_s, u"--onlyvisible"_s, u"--name"_s, u"^Keyboard shortcuts$"_s}).isEmpty(),
        30000);

    // The cashier closes the window (nothing open): Kassa quits, and its
    // ports and the till's lock are free for the next start.
    QVERIFY(askWindowToClose(m_display, cashier.toUInt()));
    QVERIFY2(kassa.waitForFinished(30000), "kassa is still running after its window closed");
    QCOMPARE(kassa.exitStatus(), QProcess::NormalExit);
    QCOMPARE(kassa.exitCode(), 0);
    for (quint16 port : std::as_const(ports)) {
        QTcpServer server;
        QVERIFY2(server.listen(QHostAddress::LocalHost, port), qPrintable(QString::number(port)));
    }
    QProcess again;
    auto stopAgain = qScopeGuard([&again] {
        again.kill();
        again.waitForFinished(5000);
    });
    QVERIFY(startKassa(again, dir));
    QVERIFY(!waitForWindow(u"^Kassa — Kassa Demo Shop$"_s).isEmpty());
    QCOMPARE(again.state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestKassaProcess)
#include "tst_kassaprocess.moc"
