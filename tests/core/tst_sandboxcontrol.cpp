// The sandbox's JSON control API over HTTP: state changes need the per-run
// token and a JSON body; a page of another site cannot drive the buyer.
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxservice.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

class TestSandboxControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forgedPostChangesNothing_data();
    void forgedPostChangesNothing();
    void tokenAndJsonPay();
    void phonePageCarriesTheToken();
    void givenTokenIsUsed();
    void servicesResolveFollowAndLeave();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
        QList<QNetworkReply::RawHeaderPair> headers;
    };
    Answer send(const QUrl &url, const QByteArray &method, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers);
    QNetworkAccessManager m_network;
};

QByteArray TestSandboxControl::Answer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestSandboxControl::Answer
TestSandboxControl::send(const QUrl &url, const QByteArray &method, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(method == "GET" ? m_network.get(request)
                                                         : m_network.post(request, body));
    if (!reply->isFinished()) {
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10000);
    }
    return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll(), reply->rawHeaderPairs()};
}

namespace {

// A till with one invoice waiting; returns its reference.
QString openInvoice(SandboxFixture &sandbox)
{
    auto client = sandbox.makeClient();
    sandbox.registerTill(*client, u"Till 1"_s, u"TILL1"_s);
    auto sent = finished(client->sendInvoice(SandboxFixture::invoice()));
    return sent->response().invoiceReference;
}

} // namespace

void TestSandboxControl::forgedPostChangesNothing_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<int>("status");
    QTest::newRow("json, no token")
        << QByteArray("application/json") << false << QByteArray() << 403;
    QTest::newRow("form, with token")
        << QByteArray("application/x-www-form-urlencoded") << true << QByteArray() << 415;
    QTest::newRow("text/plain, no token")
        << QByteArray("text/plain") << false << QByteArray() << 415;
    QTest::newRow("form, no token")
        << QByteArray("application/x-www-form-urlencoded") << false << QByteArray() << 415;
    QTest::newRow("json and token, another site's page")
        << QByteArray("application/json") << true << QByteArray("http://evil.example") << 403;
    QTest::newRow("json and token, another local port")
        << QByteArray("application/json") << true << QByteArray("http://localhost:1") << 403;
}

void TestSandboxControl::forgedPostChangesNothing()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, withToken);
    QFETCH(QByteArray, origin);
    QFETCH(int, status);
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    const QString ref = openInvoice(sandbox);
    QVERIFY(!ref.isEmpty());
    const QUrl base = sandbox.server().baseUrl();

    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
    if (withToken)
        headers.append({"X-Seqr-Control-Token", sandbox.server().controlToken().toLatin1()});
    if (!origin.isEmpty())
        headers.append({"Origin", origin});
    const QByteArray body =
        contentType == "application/json"
            ? QByteArray(R"({"invoiceReference":")" + ref.toUtf8() + R"(","pin":"1234"})")
            : QByteArray("invoiceReference=" + ref.toUtf8() + "&pin=1234");
    for (const char *action : {"scan", "confirm", "pay", "decline", "cancel", "faults"}) {
        const Answer answer = send(base.resolved(QUrl(u"/control/"_s + QLatin1StringView(action))),
                                   "POST", body, headers);
        QCOMPARE(answer.status, status);
        QVERIFY(QJsonDocument::fromJson(answer.body).object().contains(u"error"_s));
    }
    const InvoiceRecord record = sandbox.service().state().invoices.value(ref);
    QCOMPARE(record.status, InvoiceStatus::Issued);
    QCOMPARE(record.buyerStep, BuyerStep::None);
    QCOMPARE(record.version, 0);
    QCOMPARE(sandbox.server().pendingFaults(), 0);
}

void TestSandboxControl::tokenAndJsonPay()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    const QString ref = openInvoice(sandbox);
    const QUrl base = sandbox.server().baseUrl();
    const QByteArray origin = "http://localhost:" + QByteArray::number(base.port());
    const Answer answer =
        send(base.resolved(QUrl(u"/control/pay"_s)), "POST",
             R"({"invoiceReference":")" + ref.toUtf8() + R"(","pin":"1234"})",
             {{"Content-Type", "application/json; charset=utf-8"},
              {"X-Seqr-Control-Token", sandbox.server().controlToken().toLatin1()},
              {"Origin", origin}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object()[u"status"_s].toString(), u"PAID"_s);
    QCOMPARE(sandbox.service().state().invoices.value(ref).status, InvoiceStatus::Paid);
    // Reading shows customers' data: the token too (issue 26, finding 7).
    const QUrl invoice = base.resolved(QUrl(u"/control/invoice?ref="_s + ref));
    QCOMPARE(send(invoice, "GET", {}, {}).status, 403);
    for (const char *path : {"/control/state", "/control/tills", "/control/services"})
        QCOMPARE(send(base.resolved(QUrl(QString::fromLatin1(path))), "GET", {}, {}).status, 403);
    const Answer read = send(
        invoice, "GET", {}, {{"X-Seqr-Control-Token", sandbox.server().controlToken().toLatin1()}});
    QCOMPARE(read.status, 200);
    QCOMPARE(QJsonDocument::fromJson(read.body).object()[u"status"_s].toString(), u"PAID"_s);
}

void TestSandboxControl::phonePageCarriesTheToken()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    const QString token = sandbox.server().controlToken();
    QCOMPARE(token.size(), 32);
    const Answer page = send(sandbox.server().phoneUrl(), "GET", {}, {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(
        QByteArray(R"(<meta name="seqr-control-token" content=")" + token.toLatin1() + R"(">)")));
    QVERIFY(!page.body.contains("{{CONTROL_TOKEN}}"));
    QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
    // A fresh token per run.
    SandboxFixture other;
    QVERIFY(other.server().controlToken() != token);
}

void TestSandboxControl::givenTokenIsUsed()
{
    SandboxServerOptions options;
    options.controlToken = u"a-token-given-by-a-script"_s;
    SandboxFixture sandbox({}, options);
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    QCOMPARE(sandbox.server().controlToken(), u"a-token-given-by-a-script"_s);
    const Answer answer = send(sandbox.server().baseUrl().resolved(QUrl(u"/control/faults"_s)),
                               "POST", R"({"kind":"http500","count":1})",
                               {{"Content-Type", "application/json"},
                                {"X-Seqr-Control-Token", "a-token-given-by-a-script"}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(sandbox.server().pendingFaults(), 1);
}

void TestSandboxControl::servicesResolveFollowAndLeave()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    const QUrl base = sandbox.server().baseUrl();
    const QList<QPair<QByteArray, QByteArray>> json{
        {"Content-Type", "application/json"},
        {"X-Seqr-Control-Token", sandbox.server().controlToken().toLatin1()}};
    auto post = [&](const char *path, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers) {
        return send(base.resolved(QUrl(QString::fromLatin1(path))), "POST", body, headers);
    };
    auto object = [](const Answer &a) { return QJsonDocument::fromJson(a.body).object(); };
    auto js = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };

    // Registering needs the token like every change.
    QCOMPARE(post("/control/services",
                  js({{u"id"_s, u"CAFE"_s}, {u"baseUrl"_s, u"http://127.0.0.1:9/c"_s}}),
                  {{"Content-Type", "application/json"}})
                 .status,
             403);
    const Answer bad = post("/control/services", js({{u"id"_s, u"CAFE"_s}}), json);
    QCOMPARE(bad.status, 400);
    QVERIFY(object(bad)[u"error"_s].toString().contains(u"orderUrl"_s));
    const Answer registered =
        post("/control/services",
             js({{u"id"_s, u"CAFE"_s}, {u"baseUrl"_s, u"http://127.0.0.1:9/c"_s}}), json);
    QCOMPARE(registered.status, 200);
    QCOMPARE(object(registered)[u"cancelUrl"_s].toString(), u"http://127.0.0.1:9/c/cancel"_s);
    const Answer listed = send(base.resolved(QUrl(u"/control/services"_s)), "GET", {}, json);
    QCOMPARE(object(listed)[u"services"_s].toArray().size(), 1);

    // Resolve a service QR as the app does.
    QCOMPARE(post("/control/resolve", js({{u"qr"_s, u"HTTP://SEQR.SE/R123"_s}}), json).status, 400);
    QCOMPARE(post("/control/resolve", js({{u"qr"_s, u"HTTP://SEQR.SE/000/NOPE"_s}}), json).status,
             409);
    const Answer resolved = post(
        "/control/resolve",
        js({{u"qr"_s, u"HTTP://SEQR.SE/000/CAFE?table=4"_s}, {u"msisdn"_s, u"46709"_s}}), json);
    QCOMPARE(resolved.status, 200);
    const QString token = object(resolved)[u"token"_s].toString();
    QCOMPARE(object(resolved)[u"orderUrl"_s].toString(), u"http://127.0.0.1:9/c/order#"_s + token);
    QCOMPARE(sandbox.service().sessions().value(token).msisdn, u"46709"_s);

    // Follow the page's trigger inside the session, then leave the service.
    const QString ref = openInvoice(sandbox);
    const Answer followed =
        post("/control/follow",
             js({{u"link"_s, QString(u"SEQR://SEQR.SE/R"_s + ref)}, {u"token"_s, token}}), json);
    QCOMPARE(followed.status, 200);
    QCOMPARE(object(followed)[u"invoiceReference"_s].toString(), ref);
    QCOMPARE(sandbox.service().sessionStatus(token), ClientSessionStatus::InProgress);
    QCOMPARE(post("/control/follow", js({{u"link"_s, u"mailto:x@y"_s}}), json).status, 409);
    const Answer left =
        post("/control/follow",
             js({{u"link"_s, u"SEQR-ACTION://WIZARD/CANCEL"_s}, {u"token"_s, token}}), json);
    QCOMPARE(left.status, 200);
    QCOMPARE(object(left)[u"kind"_s].toString(), u"left"_s);
    QCOMPARE(sandbox.service().sessionStatus(token), ClientSessionStatus::AuthorizationCancelled);
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandboxcontrol.moc"
