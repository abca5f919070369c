#include "tests/support/freeport.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;

// The seqr-sandbox program as an integrator runs it.
class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesAutopaysAndStopsCleanlyOnSigterm();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void helpNamesTheDefaultReseller();
    void servicesFromOptionsAndFile();
    void runTimeServiceAndOpenSessionSurviveARestart();

private:
    QString m_binary;
};

namespace {

// seqr-sandbox started on a free port with `arguments`: its banner, read
// until the control token's line is whole (it may come in pieces); empty
// when it did not start or say so in time.
QString startedBanner(QProcess &sandbox, const QString &binary, const QStringList &arguments)
{
    sandbox.start(binary, QStringList{u"--port"_s, u"0"_s} + arguments);
    if (!sandbox.waitForStarted())
        return {};
    QString banner;
    const QRegularExpression whole(u"control token:\\s+\\S+\\s"_s);
    const bool said = QTest::qWaitFor(
        [&] {
            banner += QString::fromUtf8(sandbox.readAllStandardOutput());
            return whole.match(banner).hasMatch();
        },
        15000);
    return said ? banner : QString();
}

// The same, its base URL (empty when it did not start).
QUrl startSandbox(QProcess &sandbox, const QString &binary, const QStringList &arguments)
{
    const auto match = QRegularExpression(u"control API:\\s+(\\S+)"_s)
                           .match(startedBanner(sandbox, binary, arguments));
    return match.hasMatch() ? QUrl(match.captured(1)).resolved(QUrl(u"/"_s)) : QUrl();
}

} // namespace

void TestSandboxExecutable::initTestCase()
{
    m_binary = qEnvironmentVariable("KASSA_SANDBOX_BIN");
    QVERIFY2(QFile::exists(m_binary), "KASSA_SANDBOX_BIN must name the built seqr-sandbox");
}

void TestSandboxExecutable::servesAutopaysAndStopsCleanlyOnSigterm()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"state.json"_s);
    QProcess sandbox;
    const QString banner = startedBanner(sandbox, m_binary,
                                         {u"--state"_s, stateFile, u"--autopay-after"_s, u"0.2"_s,
                                          u"--reseller"_s, u"777:1:shop-pw"_s});
    QVERIFY(!banner.isEmpty());
    const auto match = QRegularExpression(u"SOAP endpoint: (\\S+)"_s).match(banner);
    QVERIFY2(match.hasMatch(), qPrintable(banner));
    QVERIFY(banner.contains(u"/phone"));

    SeqrClient client(
        SeqrClientConfig{QUrl(match.captured(1)), std::chrono::milliseconds(5000), {}});
    auto reg =
        finished(client.registerTerminal(Credentials::reseller(u"777"_s, u"1"_s, u"shop-pw"_s),
                                         u"Shop/1"_s, u"till-pw-1"_s, u"Till 1"_s));
    QCOMPARE(reg->status(), CallStatus::Success);
    client.setTerminalCredentials(
        Credentials::terminal(reg->response().terminalId, u"till-pw-1"_s));
    const QString ref = finished(client.sendInvoice(SandboxFixture::invoice(u"12.50"_s)))
                            ->response()
                            .invoiceReference;
    // --autopay-after pays it without anyone at the phone.
    QTRY_COMPARE_WITH_TIMEOUT(finished(client.getPaymentStatus(ref, 0))->response().status,
                              InvoiceStatus::Paid, 5000);

    ::kill(pid_t(sandbox.processId()), SIGTERM);
    QVERIFY(sandbox.waitForFinished(5000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
    QFile state(stateFile);
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(state.readAll()).object();
    QCOMPARE(saved[u"invoices"_s].toArray().size(), 1);
    QCOMPARE(saved[u"invoices"_s].toArray().first()[u"status"_s].toString(), u"PAID"_s);
    QVERIFY(saved[u"invoices"_s].toArray().first()[u"acknowledged"_s].toBool());
}

void TestSandboxExecutable::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("reseller") << QStringList{u"--reseller"_s, u"only-two:parts"_s}
                              << u"ID:USERID:PASSWORD"_s;
    QTest::newRow("ack window") << QStringList{u"--ack-window"_s, u"soon"_s} << u"--ack-window"_s;
    QTest::newRow("bind") << QStringList{u"--bind"_s, u"not-an-ip"_s} << u"--bind"_s;
    QTest::newRow("port") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("max connections")
        << QStringList{u"--max-connections"_s, u"0"_s} << u"--max-connections"_s;
    QTest::newRow("idle timeout") << QStringList{u"--idle-timeout"_s, u"-1"_s}
                                  << u"--idle-timeout"_s;
    QTest::newRow("service spec") << QStringList{u"--service"_s, u"NOURL"_s} << u"ID=BASE_URL"_s;
    QTest::newRow("services file")
        << QStringList{u"--services"_s, u"/nonexistent/services.json"_s} << u"cannot read"_s;
    QTest::newRow("session lifetime")
        << QStringList{u"--session-lifetime"_s, u"0"_s} << u"--session-lifetime"_s;
    QTest::newRow("tls half") << QStringList{u"--tls-cert"_s, u"/tmp/x.pem"_s} << u"go together"_s;
}

void TestSandboxExecutable::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess sandbox;
    sandbox.start(m_binary, arguments);
    QVERIFY(sandbox.waitForFinished(5000));
    QCOMPARE(sandbox.exitCode(), 2);
    const QString err = QString::fromUtf8(sandbox.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestSandboxExecutable::helpNamesTheDefaultReseller()
{
    QProcess sandbox;
    sandbox.start(m_binary, {u"--help"_s});
    QVERIFY(sandbox.waitForFinished(5000));
    QCOMPARE(sandbox.exitCode(), 0);
    const QString help = QString::fromUtf8(sandbox.readAllStandardOutput());
    QVERIFY(help.contains(u"900100"));
    QVERIFY(help.contains(u"--ack-window"));
    QVERIFY(help.contains(u"--service"));
}

namespace {

// A control request (POST with `body`, else GET): the reply's JSON and status.
std::pair<QJsonObject, int> control(const QUrl &base, const QString &path, const QString &token,
                                    const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(base.resolved(QUrl(path)));
    std::unique_ptr<QNetworkReply> reply;
    request.setRawHeader("X-Seqr-Control-Token", token.toLatin1());
    if (body.isEmpty()) {
        reply.reset(network.get(request));
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply.reset(network.post(request, QJsonDocument(body).toJson()));
    }
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!done.wait(5000))
        return {{}, 0};
    return {QJsonDocument::fromJson(reply->readAll()).object(),
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
}

} // namespace

void TestSandboxExecutable::servicesFromOptionsAndFile()
{
    QTemporaryDir dir;
    // The services' pages: on a port freed just now (never asked here).
    const QString pages = test::freePortBase();
    QFile file(dir.filePath(u"services.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QJsonObject shop{{u"id"_s, u"SHOP"_s},
                           {u"orderUrl"_s, QString(pages + u"/o"_s)},
                           {u"successUrl"_s, QString(pages + u"/s"_s)},
                           {u"failureUrl"_s, QString(pages + u"/f"_s)},
                           {u"cancelUrl"_s, QString(pages + u"/c"_s)}};
    file.write(QJsonDocument(QJsonObject{{u"services"_s, QJsonArray{shop}}}).toJson());
    file.close();
    QProcess sandbox;
    const QString banner =
        startedBanner(sandbox, m_binary,
                      {u"--service"_s, u"CAFE="_s + pages + u"/cafe"_s, u"--services"_s,
                       file.fileName(), u"--session-lifetime"_s, u"60"_s});
    QVERIFY(!banner.isEmpty());
    const auto match = QRegularExpression(u"control API:\\s+(\\S+)"_s).match(banner);
    QVERIFY2(match.hasMatch(), qPrintable(banner));
    const auto token = QRegularExpression(u"control token:\\s+(\\S+)"_s).match(banner);
    QVERIFY2(token.hasMatch(), qPrintable(banner));
    const auto [listed, status] =
        control(QUrl(match.captured(1)), u"/control/services"_s, token.captured(1));
    QCOMPARE(status, 200);
    const QJsonArray services = listed[u"services"_s].toArray();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services[0][u"successUrl"_s].toString(), pages + u"/cafe/success"_s);
    QCOMPARE(services[1][u"cancelUrl"_s].toString(), pages + u"/c"_s);
    ::kill(pid_t(sandbox.processId()), SIGTERM);
    QVERIFY(sandbox.waitForFinished(5000));
}

void TestSandboxExecutable::runTimeServiceAndOpenSessionSurviveARestart()
{
    QTemporaryDir dir;
    const QString token = u"restart-test-control-token"_s;
    // The service's pages: on a port freed just now (never asked here).
    const QString pages = test::freePortBase();
    const QStringList arguments{u"--state"_s,         dir.filePath(u"state.json"_s),
                                u"--control-token"_s, token,
                                u"--reseller"_s,      u"777:1:shop-pw"_s};
    QString sessionToken;
    {
        QProcess sandbox;
        const QUrl base = startSandbox(sandbox, m_binary, arguments);
        QVERIFY(base.isValid());
        // A service registered through the control API, and a customer who
        // scanned its code and is still on its page.
        const auto [service, serviceStatus] =
            control(base, u"/control/services"_s, token,
                    {{u"id"_s, u"LATE"_s}, {u"baseUrl"_s, QString(pages + u"/late"_s)}});
        QCOMPARE(serviceStatus, 200);
        const auto [opened, openedStatus] = control(
            base, u"/control/resolve"_s, token, {{u"qr"_s, u"HTTP://SEQR.SE/000/LATE?table=4"_s}});
        QCOMPARE(openedStatus, 200);
        sessionToken = opened[u"token"_s].toString();
        QVERIFY(!sessionToken.isEmpty());
        ::kill(pid_t(sandbox.processId()), SIGTERM);
        QVERIFY(sandbox.waitForFinished(5000));
        QCOMPARE(sandbox.exitCode(), 0);
    }
    QProcess sandbox;
    const QUrl base = startSandbox(sandbox, m_binary, arguments);
    QVERIFY(base.isValid());
    // The service is still known …
    const auto [services, servicesStatus] = control(base, u"/control/services"_s, token);
    QCOMPARE(servicesStatus, 200);
    const QJsonArray list = services[u"services"_s].toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][u"id"_s].toString(), u"LATE"_s);
    QCOMPARE(list[0][u"orderUrl"_s].toString(), pages + u"/late/order"_s);
    // … its code opens it again …
    QCOMPARE(control(base, u"/control/resolve"_s, token,
                     {{u"qr"_s, u"HTTP://SEQR.SE/000/LATE?table=5"_s}})
                 .second,
             200);
    // … and the backend still learns the open session's customer and table.
    SeqrClient backend(SeqrClientConfig{
        base.resolved(QUrl(u"/extclientproxy/service/v2"_s)), std::chrono::milliseconds(5000), {}});
    auto info = finished(backend.getClientSessionInfo(
        sessionToken, Credentials::reseller(u"777"_s, u"1"_s, u"shop-pw"_s)));
    QCOMPARE(info->status(), CallStatus::Success);
    QCOMPARE(info->response().sessionStatus(), ClientSessionStatus::Success);
    QCOMPARE(parameterValue(info->response().parameters, u"table"), u"4"_s);
    QVERIFY(!parameterValue(info->response().parameters, u"msisdn").isEmpty());
    ::kill(pid_t(sandbox.processId()), SIGTERM);
    QVERIFY(sandbox.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
