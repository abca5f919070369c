#include "core/seqr/seqrclient.h"

#include "core/terminal/errortext.h"
#include "tests/support/bothways.h"
#include "tests/support/freeport.h"
#include "tests/support/samples.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/scriptedhttpserver.h"
#include "tests/support/testcerts.h"
#include "tests/support/testing.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

// SeqrClient against a scripted loopback server: each way a call can end is
// told apart, and each call ends exactly once.
class TestSeqrClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void succeedsAndSendsFreshReferences();
    void reportsServiceResultCode();
    void reportsCannotConnect();
    void reportsConnectionLost_data();
    void reportsConnectionLost();
    void reportsTimeout();
    void reportsHttpError();
    void reportsSoapFault();
    void reportsMalformedReply_data();
    void reportsMalformedReply();
    void abortEndsOnce();
    void abortNeverFinishesSynchronously_data();
    void abortNeverFinishesSynchronously();
    void clientGoneAbortsItsCalls();
    void httpsOnPlainHttpPortFailsFastAsTls();
    void noAnswerIsToldApartFromAnErrorAnswer();
    void refusesUntrustedCertificate();
    void acceptsConfiguredCa();
    void neverLogsPasswords();

private:
    template<class Call> void waitFinished(Call *call);
    // A getPaymentStatus whose PAID answer the server holds `delayMs`.
    std::unique_ptr<SeqrCall> pollPaidAfter(int delayMs);
    // A TLS server with a certificate of a CA of its own (in `dir`), holding
    // one PAID answer; `certs` says where the CA is.
    bool startTlsServer(ScriptedHttpServer &tls, const QTemporaryDir &dir, TestCertificates &certs);
    std::unique_ptr<ScriptedHttpServer> m_serverPtr;
    ScriptedHttpServer &m_server() { return *m_serverPtr; }
    std::unique_ptr<SeqrClient> m_client;
};

template<class Call> void TestSeqrClient::waitFinished(Call *call)
{
    QSignalSpy spy(call, &SeqrCall::finished);
    QVERIFY(!call->isFinished()); // never finished synchronously
    QVERIFY(spy.wait(15000));
    QVERIFY(kassa::test::nothingMoreFor(50, [&] { return spy.count() > 1; }));
}

std::unique_ptr<SeqrCall> TestSeqrClient::pollPaidAfter(int delayMs)
{
    ScriptedHttpServer::Action a{200, codec::encodeResponse(samples::paidStatusResponse())};
    a.delayMs = delayMs;
    m_server().enqueue(a);
    return std::unique_ptr<SeqrCall>(m_client->getPaymentStatus(u"1"_s, 0));
}

bool TestSeqrClient::startTlsServer(ScriptedHttpServer &tls, const QTemporaryDir &dir,
                                    TestCertificates &certs)
{
    certs = TestCertificates::create(dir.path());
    if (!certs.error.isEmpty()) {
        qWarning() << certs.error;
        return false;
    }
    tls.setTls(certs.serverCertificate, certs.serverKey);
    if (!tls.start())
        return false;
    tls.enqueue({200, codec::encodeResponse(samples::paidStatusResponse())});
    return true;
}

void TestSeqrClient::init()
{
    // A fresh server per test: no scripted reply leaks into the next test.
    m_serverPtr = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server().start());
    m_client = std::make_unique<SeqrClient>(SeqrClientConfig{m_server().url(), 2000ms, {}});
    m_client->setTerminalCredentials(Credentials::terminal(u"T1"_s, u"pw-terminal"_s));
}

void TestSeqrClient::succeedsAndSendsFreshReferences()
{
    m_server().enqueue({200, codec::encodeResponse(samples::sendInvoiceResponse())});
    m_server().enqueue({200, codec::encodeResponse(samples::sendInvoiceResponse())});
    std::unique_ptr<TypedSeqrCall<SendInvoiceResponse>> a(
        m_client->sendInvoice(samples::invoice()));
    std::unique_ptr<TypedSeqrCall<SendInvoiceResponse>> b(
        m_client->sendInvoice(samples::invoice()));
    waitFinished(a.get());
    if (!b->isFinished())
        waitFinished(b.get());
    QCOMPARE(a->status(), CallStatus::Success);
    QCOMPARE(a->response().invoiceReference, u"1234567890"_s);
    QCOMPARE(a->response().invoiceQRCode, u"HTTP://SEQR.SE/R1234567890"_s);
    QVERIFY(a->clientReference() != b->clientReference());
    QCOMPARE(a->clientReference().size(), 32);

    const QList<QByteArray> bodies = m_server().receivedBodies();
    QVERIFY(bodies.size() >= 2);
    const auto sent = codec::decodeRequest(bodies[bodies.size() - 2]);
    QVERIFY(sent);
    const auto &request = std::get<SendInvoiceRequest>(*sent);
    QCOMPARE(request.context.clientId, u"Kassa "_s + QStringLiteral(KASSA_VERSION));
    QCOMPARE(request.context.channel, u"WS"_s);
    QCOMPARE(request.context.clientRequestTimeout, 0);
    QCOMPARE(request.context.initiatorPrincipalId.type, u"TERMINALID"_s);
    QCOMPARE(request.context.initiatorPrincipalId.id, u"T1"_s);
    QCOMPARE(request.invoice, samples::invoice());
    QVERIFY(m_server().receivedHeaders().last().contains("text/xml; charset=utf-8"));
}

void TestSeqrClient::reportsServiceResultCode()
{
    CancelInvoiceResponse r;
    r.resultCode = 50;
    r.resultDescription = u"CANNOT_CANCEL_PAID_INVOICE"_s;
    m_server().enqueue({200, codec::encodeResponse(r)});
    std::unique_ptr<TypedSeqrCall<CancelInvoiceResponse>> call(m_client->cancelInvoice(u"1"_s));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::ServiceError);
    QCOMPARE(call->resultCode(), 50);
    QCOMPARE(call->response().resultCode, 50);
    QVERIFY(call->errorDetail().contains(u"CANNOT_CANCEL_PAID_INVOICE"));
}

void TestSeqrClient::reportsCannotConnect()
{
    SeqrClient client(SeqrClientConfig{QUrl(kassa::test::freePortBase() + u"/x"_s), 2000ms, {}});
    std::unique_ptr<SeqrCall> call(client.getPaymentStatus(u"1"_s, 0));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::CannotConnect);

    SeqrClient unknownHost(SeqrClientConfig{QUrl(u"http://no-such-host.invalid/x"_s), 5000ms, {}});
    std::unique_ptr<SeqrCall> dns(unknownHost.getPaymentStatus(u"1"_s, 0));
    waitFinished(dns.get());
    QCOMPARE(dns->status(), CallStatus::CannotConnect);
}

void TestSeqrClient::reportsConnectionLost_data()
{
    kassa::test::bothWays("midBody", "before reply", "in the middle of the body");
}

void TestSeqrClient::reportsConnectionLost()
{
    QFETCH(bool, midBody);
    ScriptedHttpServer::Action a;
    a.body = codec::encodeResponse(samples::paidStatusResponse());
    a.dropBeforeReply = !midBody;
    a.dropMidBody = midBody;
    // Qt resends a request once when a connection closes before any reply;
    // the server drops that one too.
    m_server().enqueue(a);
    m_server().enqueue(a);
    std::unique_ptr<SeqrCall> call(m_client->getPaymentStatus(u"1"_s, 0));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::ConnectionLost);
    QVERIFY(isTransient(call->status()));
}

void TestSeqrClient::reportsTimeout()
{
    m_client = std::make_unique<SeqrClient>(SeqrClientConfig{m_server().url(), 300ms, {}});
    std::unique_ptr<SeqrCall> call = pollPaidAfter(1500);
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::Timeout);
}

void TestSeqrClient::reportsHttpError()
{
    m_server().enqueue({503, "<html><body>Service Unavailable</body></html>"});
    std::unique_ptr<SeqrCall> call(m_client->getPaymentStatus(u"1"_s, 0));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::HttpError);
    QCOMPARE(call->httpStatus(), 503);
}

void TestSeqrClient::reportsSoapFault()
{
    m_server().enqueue(
        {500, codec::encodeFault(SoapFault{u"soap:Server"_s, u"Internal error"_s, {}})});
    std::unique_ptr<SeqrCall> call(m_client->getPaymentStatus(u"1"_s, 0));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::SoapFault);
    QCOMPARE(call->fault().faultString, u"Internal error"_s);
    QCOMPARE(call->fault().faultCode, u"soap:Server"_s);
    QCOMPARE(call->httpStatus(), 500);
}

void TestSeqrClient::reportsMalformedReply_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x01\x02 not xml at all");
    QTest::newRow("truncated") << codec::encodeResponse(samples::paidStatusResponse()).left(200);
    QTest::newRow("other operation") << codec::encodeResponse(samples::sendInvoiceResponse());
}

void TestSeqrClient::reportsMalformedReply()
{
    QFETCH(QByteArray, body);
    m_server().enqueue({200, body});
    std::unique_ptr<SeqrCall> call(m_client->getPaymentStatus(u"1"_s, 0));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::MalformedReply);
    QVERIFY(!call->errorDetail().isEmpty());
}

void TestSeqrClient::abortEndsOnce()
{
    std::unique_ptr<SeqrCall> call = pollPaidAfter(1000);
    QSignalSpy spy(call.get(), &SeqrCall::finished);
    call->abort();
    call->abort();
    QTRY_COMPARE(spy.count(), 1);
    // The server's answer comes after a second, to a call that is over.
    QVERIFY(kassa::test::nothingMoreFor(1200, [&] { return spy.count() > 1; }));
    QCOMPARE(call->status(), CallStatus::Aborted);
}

void TestSeqrClient::abortNeverFinishesSynchronously_data()
{
    kassa::test::bothWays("onTheWire", "right after the request",
                          "while the server holds the reply");
}

void TestSeqrClient::abortNeverFinishesSynchronously()
{
    QFETCH(bool, onTheWire);
    std::unique_ptr<SeqrCall> call = pollPaidAfter(3000);
    QSignalSpy spy(call.get(), &SeqrCall::finished);
    if (onTheWire)
        QTRY_COMPARE(m_server().receivedBodies().size(), 1);
    call->abort();
    // The header's promise: finished() comes from the event loop, so a
    // caller that aborts from inside its own handler is never re-entered.
    QCOMPARE(spy.count(), 0);
    QVERIFY(!call->isFinished());
    QCOMPARE(m_client->callsInFlight(), 0); // the request is already dropped
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(call->status(), CallStatus::Aborted);
    QCOMPARE(call->error().code, ErrorCode::ConnectionProblem);
}

void TestSeqrClient::clientGoneAbortsItsCalls()
{
    // Kassa quitting with a call open: the client goes, the call's owner
    // deletes the call later. The client drops the request while its
    // network manager still exists, and the call ends as Aborted.
    ScriptedHttpServer::Action a{200, codec::encodeResponse(samples::paidStatusResponse())};
    a.delayMs = 3000;
    m_server().enqueue(a);
    auto client = std::make_unique<SeqrClient>(SeqrClientConfig{m_server().url(), 5000ms, {}});
    std::unique_ptr<SeqrCall> call(client->getPaymentStatus(u"1"_s, 0));
    QSignalSpy spy(call.get(), &SeqrCall::finished);
    QTRY_COMPARE(m_server().receivedBodies().size(), 1);
    QCOMPARE(client->callsInFlight(), 1);
    client.reset();
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(2000));
    QCOMPARE(call->status(), CallStatus::Aborted);
    call.reset(); // no network manager left to touch (valgrind/ASan check it)

    // A call that finished before its client went is simply forgotten.
    m_server().enqueue({200, codec::encodeResponse(samples::paidStatusResponse())});
    auto second = std::make_unique<SeqrClient>(SeqrClientConfig{m_server().url(), 5000ms, {}});
    std::unique_ptr<SeqrCall> done(second->getPaymentStatus(u"1"_s, 0));
    waitFinished(done.get());
    QCOMPARE(done->status(), CallStatus::Success);
    QCOMPARE(second->callsInFlight(), 0);
    second.reset();
    QCOMPARE(done->status(), CallStatus::Success);
}

void TestSeqrClient::httpsOnPlainHttpPortFailsFastAsTls()
{
    // A typo'd scheme: https:// to SEQR's plain-HTTP port. The server
    // refuses the ClientHello at once; the call is a TLS failure, not a
    // 10 s wait ending in "timeout".
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    QUrl url = sandbox.soapUrl();
    url.setScheme(u"https"_s);
    SeqrClient client(SeqrClientConfig{url, 10000ms, {}});
    std::unique_ptr<SeqrCall> call(client.getPaymentStatus(u"1"_s, 0));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::TlsFailure);
    QCOMPARE(call->error().code, ErrorCode::TlsFailure);
}

void TestSeqrClient::noAnswerIsToldApartFromAnErrorAnswer()
{
    // Nothing listens: SEQR does not answer.
    SeqrClient nobody(SeqrClientConfig{QUrl(kassa::test::freePortBase() + u"/x"_s), 2000ms, {}});
    std::unique_ptr<SeqrCall> refused(nobody.getPaymentStatus(u"1"_s, 0));
    waitFinished(refused.get());
    QCOMPARE(refused->error().code, ErrorCode::ConnectionProblem);
    QVERIFY(describe(refused->error(), false).contains(u"does not answer"_s));
    QVERIFY(!describe(refused->error(), false).contains(u"another way"_s));
    QVERIFY(describeNotStarted(refused->error(), false).contains(u"another way"_s));

    // Something answered, with an error.
    m_server().enqueue({500, "<html>Internal Server Error</html>"});
    m_server().enqueue(
        {500, codec::encodeFault(SoapFault{u"soap:Server"_s, u"Internal error"_s, {}})});
    m_server().enqueue({200, "garbage"});
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<SeqrCall> call(m_client->getPaymentStatus(u"1"_s, 0));
        waitFinished(call.get());
        QCOMPARE(call->error().code, ErrorCode::BadAnswer);
        QVERIFY(isTransient(call->status()));
        QVERIFY(describe(call->error(), false).contains(u"answered with an error"_s));
    }
}

void TestSeqrClient::refusesUntrustedCertificate()
{
    QTemporaryDir dir;
    TestCertificates certs;
    ScriptedHttpServer tls;
    QVERIFY(startTlsServer(tls, dir, certs));
    SeqrClient client(SeqrClientConfig{tls.url(), 5000ms, {}});
    std::unique_ptr<SeqrCall> call(client.getPaymentStatus(u"1"_s, 0));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::TlsFailure);
    QVERIFY(!call->errorDetail().isEmpty());
    QVERIFY(tls.receivedBodies().isEmpty()); // nothing was sent to the untrusted peer
}

void TestSeqrClient::acceptsConfiguredCa()
{
    QTemporaryDir dir;
    TestCertificates certs;
    ScriptedHttpServer tls;
    QVERIFY(startTlsServer(tls, dir, certs));
    SeqrClient client(SeqrClientConfig{tls.url(), 5000ms, certs.caFile});
    QVERIFY(client.configurationError().isEmpty());
    std::unique_ptr<TypedSeqrCall<GetPaymentStatusResponse>> call(
        client.getPaymentStatus(u"1"_s, 0));
    waitFinished(call.get());
    QCOMPARE(call->status(), CallStatus::Success);
    QCOMPARE(call->response().status, InvoiceStatus::Paid);
    QCOMPARE(call->response().ersReference, u"987654321"_s);

    SeqrClient broken(SeqrClientConfig{tls.url(), 5000ms, dir.filePath(u"missing.pem"_s)});
    QVERIFY(broken.configurationError().contains(u"missing.pem"));
}

void TestSeqrClient::neverLogsPasswords()
{
    QLoggingCategory::setFilterRules(u"kassa.seqr.debug=true"_s);
    g_log.clear();
    const auto previous = qInstallMessageHandler(captureLog);
    m_server().enqueue({200, codec::encodeResponse(samples::registerTerminalResponse())});
    std::unique_ptr<SeqrCall> call(m_client->registerTerminal(
        Credentials::reseller(u"900100"_s, u"9900"_s, u"reseller-pw-xyz"_s), u"Store 1/Till 1"_s,
        u"terminal-pw-abc"_s, u"Till 1"_s));
    waitFinished(call.get());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(u"kassa.seqr.debug=false"_s);
    QCOMPARE(call->status(), CallStatus::Success);
    const QString all = g_log.join(u'\n');
    QVERIFY2(all.contains(u"registerTerminal"), qPrintable(all)); // the request was logged
    QVERIFY(!all.contains(u"reseller-pw-xyz"));
    QVERIFY(!all.contains(u"terminal-pw-abc"));
    // ...while the server did receive them.
    QVERIFY(m_server().receivedBodies().last().contains("reseller-pw-xyz"));
}

QTEST_GUILESS_MAIN(TestSeqrClient)
#include "tst_seqrclient.moc"
