// getClientSessionInfo and external services: the sandbox over loopback,
// asked by the real SeqrClient as a service's backend would ask.
#include "core/ordering/clientsessionlookup.h"
#include "core/seqr/resultcode.h"
#include "core/seqr/seqrcodec.h"
#include "sandbox/appwebview.h"
#include "sandbox/sandboxservice.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/schemavalidator.h"
#include "tests/support/testcerts.h"
#include "tests/support/testing.h"
#include "tests/support/testservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

namespace {

// Starts the café's service and registers it at the sandbox as CAFE.
bool serveCafe(SandboxFixture &sandbox, TestService &service)
{
    return service.start() && bool(sandbox.service().registerService(
                                  ExternalService::fromBaseUrl(u"CAFE"_s, service.baseUrl())));
}

} // namespace

class TestClientSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanningAServiceQrGivesTheCustomerAndParameters();
    void unknownOrOldTokensAreExpired();
    void paymentInProgressThenBackToSuccess();
    void leavingTheServiceCancels();
    void askingNeedsValidCredentials();
    void returnUrlsFollowTheOutcome();
    void backUrlWithoutAService();
    void unknownServiceGetsAPlainMessage();
    void servicesFromSpecAndJson();
    void sandboxAnswersValidateAgainstTheFragment();
    void webViewRewritesSeqrLinks();
    void webViewSpeaksHttpsWithAnHttpsSandbox();
    void webViewPassesThePageHeadersOn();
    void orderServiceReadsWhatSeqrSaidAboutAToken();

private:
    // A sandbox with the TABLES service and a registered till (the backend).
    struct World
    {
        SandboxFixture sandbox;
        std::unique_ptr<SeqrClient> backend;
        explicit World(SandboxOptions options = {});
        ClientSessionStatus statusOf(const QString &token);
        QString invoice(const QString &total = u"45.00"_s);
    };
};

TestClientSession::World::World(SandboxOptions options)
    : sandbox([&] {
        options.services.append(
            ExternalService::fromBaseUrl(u"TABLES"_s, QUrl(u"http://127.0.0.1:9/cafe"_s)));
        return options;
    }())
    , backend(sandbox.makeClient())
{
    sandbox.registerTill(*backend, u"Café backend"_s, {});
}

ClientSessionStatus TestClientSession::World::statusOf(const QString &token)
{
    auto call = finished(backend->getClientSessionInfo(token));
    if (call->status() != CallStatus::Success)
        return ClientSessionStatus::Unknown;
    return call->response().sessionStatus();
}

QString TestClientSession::World::invoice(const QString &total)
{
    return finished(backend->sendInvoice(SandboxFixture::invoice(total)))
        ->response()
        .invoiceReference;
}

void TestClientSession::scanningAServiceQrGivesTheCustomerAndParameters()
{
    World w;
    auto opened = w.sandbox.service().openService(
        u"HTTP://SEQR.SE/000/TABLES?table=7&note=by%20the%20window"_s, u"46701234567"_s);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
    const QString token = (*opened)[u"token"_s].toString();
    QCOMPARE(token.size(), 32); // 128 random bits
    QCOMPARE((*opened)[u"orderUrl"_s].toString(), u"http://127.0.0.1:9/cafe/order#"_s + token);
    QCOMPARE((*opened)[u"successUrl"_s].toString(), u"http://127.0.0.1:9/cafe/success"_s);

    auto info = finished(w.backend->getClientSessionInfo(token));
    QCOMPARE(info->status(), CallStatus::Success);
    const GetClientSessionInfoResponse &r = info->response();
    QCOMPARE(r.resultDescription, u"SUCCESS"_s);
    QVERIFY(r.isSessionValid());
    QStringList keys;
    for (const Parameter &p : r.parameters)
        keys.append(p.key);
    QCOMPARE(keys, (QStringList{u"msisdn"_s, u"subscriberKey"_s, u"table"_s, u"note"_s}));
    QCOMPARE(parameterValue(r.parameters, u"msisdn"), u"46701234567"_s);
    QCOMPARE(parameterValue(r.parameters, u"table"), u"7"_s);
    QCOMPARE(parameterValue(r.parameters, u"note"), u"by the window"_s);
    const QString key = parameterValue(r.parameters, u"subscriberKey");
    QVERIFY(!key.isEmpty() && !key.contains(u"46701234567"_s));

    // The same customer keeps the key; a second scan is a new TOKEN; the
    // SEQR:// link form works as the printed code does.
    auto again =
        w.sandbox.service().openService(u"seqr://seqr.se/000/TABLES?table=8"_s, u"46701234567"_s);
    QVERIFY(again);
    const QString token2 = (*again)[u"token"_s].toString();
    QVERIFY(token2 != token);
    QCOMPARE((*again)[u"subscriberKey"_s].toString(), key);
    auto info2 = finished(w.backend->getClientSessionInfo(token2));
    QCOMPARE(parameterValue(info2->response().parameters, u"table"), u"8"_s);
    // The phone page's default buyer.
    auto other = w.sandbox.service().scan(u"HTTP://SEQR.SE/000/TABLES"_s);
    QVERIFY(other);
    QCOMPARE((*other)[u"kind"_s].toString(), u"service"_s);
    QCOMPARE((*other)[u"msisdn"_s].toString(), SandboxService::defaultMsisdn());
    QVERIFY((*other)[u"subscriberKey"_s].toString() != key);
}

void TestClientSession::unknownOrOldTokensAreExpired()
{
    SandboxOptions options;
    options.sessionLifetimeMs = 60 * 1000;
    World w(options);
    QCOMPARE(w.statusOf(u"00000000000000000000000000000000"_s),
             ClientSessionStatus::AuthorizationExpired);
    QCOMPARE(w.statusOf(QString()), ClientSessionStatus::AuthorizationExpired);
    const QString token =
        (*w.sandbox.service().openService(u"HTTP://SEQR.SE/000/TABLES?table=1"_s))[u"token"_s]
            .toString();
    QCOMPARE(w.statusOf(token), ClientSessionStatus::Success);
    w.sandbox.service().advanceClock(59 * 1000);
    QCOMPARE(w.statusOf(token), ClientSessionStatus::Success);
    w.sandbox.service().advanceClock(2 * 1000);
    auto expired = finished(w.backend->getClientSessionInfo(token));
    QCOMPARE(expired->response().resultDescription, u"AUTHORIZATION_EXPIRED"_s);
    QVERIFY(expired->response().parameters.isEmpty());
}

void TestClientSession::paymentInProgressThenBackToSuccess()
{
    World w;
    SandboxService &s = w.sandbox.service();
    const QString token =
        (*s.openService(u"HTTP://SEQR.SE/000/TABLES?table=3"_s))[u"token"_s].toString();
    const QString ref = w.invoice();
    // The order page's trigger, followed by the app.
    auto followed = s.followLink(u"SEQR://SEQR.SE/R"_s + ref, token);
    QVERIFY2(followed, qPrintable(followed ? QString() : followed.error().detail));
    QCOMPARE((*followed)[u"invoiceReference"_s].toString(), ref);
    QCOMPARE((*followed)[u"sessionToken"_s].toString(), token);
    QCOMPARE(w.statusOf(token), ClientSessionStatus::InProgress);
    auto word = finished(w.backend->getClientSessionInfo(token));
    QCOMPARE(word->response().resultDescription, u"AUTHORIZATION_IN_PROGRESS"_s);
    QVERIFY(s.pay(ref, u"1234"_s));
    QCOMPARE(w.statusOf(token), ClientSessionStatus::Success);
}

void TestClientSession::leavingTheServiceCancels()
{
    World w;
    SandboxService &s = w.sandbox.service();
    const QString token =
        (*s.openService(u"HTTP://SEQR.SE/000/TABLES?table=3"_s))[u"token"_s].toString();
    auto left = s.followLink(u"SEQR-ACTION://WIZARD/CANCEL"_s, token);
    QVERIFY(left);
    QCOMPARE((*left)[u"kind"_s].toString(), u"left"_s);
    auto info = finished(w.backend->getClientSessionInfo(token));
    QCOMPARE(info->response().resultDescription, u"AUTHORIZATION_CANCELLED"_s);
    QVERIFY(info->response().parameters.isEmpty());
    QVERIFY(!s.followLink(u"SEQR-ACTION://SOMETHING/ELSE"_s, token));
}

void TestClientSession::askingNeedsValidCredentials()
{
    World w;
    const QString token =
        (*w.sandbox.service().openService(u"HTTP://SEQR.SE/000/TABLES"_s))[u"token"_s].toString();
    // The shop's own account may ask too.
    auto asShop = finished(w.backend->getClientSessionInfo(token, SandboxFixture::reseller()));
    QCOMPARE(asShop->response().sessionStatus(), ClientSessionStatus::Success);
    auto wrong = finished(w.backend->getClientSessionInfo(
        token, Credentials::reseller(u"900100"_s, u"9900"_s, u"not-the-password"_s)));
    QCOMPARE(wrong->status(), CallStatus::ServiceError);
    QCOMPARE(wrong->resultCode(), int(ResultCode::AuthenticationFailed));
    QVERIFY(!wrong->response().isSessionValid());
}

void TestClientSession::returnUrlsFollowTheOutcome()
{
    World w;
    SandboxService &s = w.sandbox.service();
    auto session = [&] {
        return (*s.openService(u"HTTP://SEQR.SE/000/TABLES"_s))[u"token"_s].toString();
    };
    const QString paidToken = session();
    const QString paid = w.invoice();
    QVERIFY(s.followLink(u"SEQR://SEQR.SE/R"_s + paid, paidToken));
    QCOMPARE((*s.invoice(paid))[u"returnUrl"_s].toString(), QString()); // still open
    auto receipt = s.pay(paid, u"1234"_s);
    QCOMPARE((*receipt)[u"returnUrl"_s].toString(),
             u"http://127.0.0.1:9/cafe/success#"_s + paidToken + u'_' + paid);

    const QString declinedToken = session();
    const QString declined = w.invoice();
    QVERIFY(s.followLink(u"SEQR://SEQR.SE/R"_s + declined, declinedToken));
    QCOMPARE((*s.decline(declined))[u"returnUrl"_s].toString(),
             u"http://127.0.0.1:9/cafe/failure#"_s + declinedToken);

    const QString cancelToken = session();
    const QString canceled = w.invoice();
    QVERIFY(s.followLink(u"SEQR-DEMO://SEQR.SE/R"_s + canceled, cancelToken));
    QCOMPARE((*s.customerCancel(canceled))[u"returnUrl"_s].toString(),
             u"http://127.0.0.1:9/cafe/cancel#"_s + cancelToken);

    // The service's backend cancels: for the customer that is a failure.
    const QString shopToken = session();
    const QString byShop = w.invoice();
    QVERIFY(s.followLink(u"SEQR://SEQR.SE/R"_s + byShop, shopToken));
    QCOMPARE(finished(w.backend->cancelInvoice(byShop))->status(), CallStatus::Success);
    QCOMPARE((*s.invoice(byShop))[u"returnUrl"_s].toString(),
             u"http://127.0.0.1:9/cafe/failure#"_s + shopToken);
}

void TestClientSession::backUrlWithoutAService()
{
    World w;
    Invoice invoice = SandboxFixture::invoice(u"10.00"_s);
    invoice.backURL = u"http://127.0.0.1:9/shop/done?order=5"_s;
    const QString ref = finished(w.backend->sendInvoice(invoice))->response().invoiceReference;
    SandboxService &s = w.sandbox.service();
    auto scanned = s.followLink(u"SEQR://SEQR.SE/R"_s + ref);
    QCOMPARE((*scanned)[u"backURL"_s].toString(), invoice.backURL);
    QCOMPARE((*scanned)[u"returnUrl"_s].toString(), QString());
    QCOMPARE((*s.pay(ref, u"1234"_s))[u"returnUrl"_s].toString(), invoice.backURL);
}

void TestClientSession::unknownServiceGetsAPlainMessage()
{
    World w;
    auto unknown = w.sandbox.service().scan(u"HTTP://SEQR.SE/000/NOSUCH?table=1"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().detail,
             u"This code belongs to a service SEQR does not know (\u201cNOSUCH\u201d)."_s);
    QCOMPARE(w.sandbox.service().sessions().size(), 0);
    QVERIFY(!w.sandbox.service().followLink(u"https://example.com/"_s));
}

void TestClientSession::servicesFromSpecAndJson()
{
    auto spec = SandboxService::serviceFromSpec(u"CAFE=http://127.0.0.1:8000/app/"_s);
    QVERIFY(spec);
    QCOMPARE(spec->orderUrl, QUrl(u"http://127.0.0.1:8000/app/order"_s));
    QCOMPARE(spec->cancelUrl, QUrl(u"http://127.0.0.1:8000/app/cancel"_s));
    QVERIFY(!SandboxService::serviceFromSpec(u"CAFE"_s));
    QVERIFY(!SandboxService::serviceFromSpec(u"CAFE=ftp://x/"_s));

    auto file = SandboxService::servicesFromJson(R"({"services": [
        {"id": "A", "orderUrl": "http://a.test/o", "successUrl": "http://a.test/s",
         "failureUrl": "http://a.test/f", "cancelUrl": "http://a.test/c"},
        {"id": "B", "baseUrl": "http://b.test", "successUrl": "http://b.test/thanks"}]})");
    QVERIFY2(file, qPrintable(file ? QString() : file.error().detail));
    QCOMPARE(file->size(), 2);
    QCOMPARE(file->at(0).failureUrl, QUrl(u"http://a.test/f"_s));
    QCOMPARE(file->at(1).orderUrl, QUrl(u"http://b.test/order"_s));
    QCOMPARE(file->at(1).successUrl, QUrl(u"http://b.test/thanks"_s));
    auto missing = SandboxService::servicesFromJson(R"([{"id": "C", "orderUrl": "http://c/o"}])");
    QVERIFY(!missing);
    QVERIFY2(missing.error().detail.contains(u"successUrl"), qPrintable(missing.error().detail));

    // At run time: registered, replaced, refused.
    SandboxFixture sandbox;
    SandboxService &s = sandbox.service();
    QVERIFY(s.registerService(*spec));
    QVERIFY(s.scan(u"HTTP://SEQR.SE/000/CAFE"_s));
    ExternalService moved = *spec;
    moved.orderUrl = QUrl(u"http://127.0.0.1:8001/order"_s);
    QVERIFY(s.registerService(moved));
    QCOMPARE((*s.scan(u"HTTP://SEQR.SE/000/CAFE"_s))[u"orderUrl"_s].toString().section(u'#', 0, 0),
             u"http://127.0.0.1:8001/order"_s);
    ExternalService bad = *spec;
    bad.id = u"has space"_s;
    QVERIFY(!s.registerService(bad));
    bad = *spec;
    bad.failureUrl = QUrl(u"javascript:alert(1)"_s);
    QVERIFY(!s.registerService(bad));
    QCOMPARE(s.services().size(), 1);
}

void TestClientSession::sandboxAnswersValidateAgainstTheFragment()
{
    SchemaValidator validator;
    if (!validator.isAvailable())
        KASSA_SKIP(qPrintable(validator.reason()));
    World w;
    SandboxService &s = w.sandbox.service();
    const ClientContext context = [&] {
        ClientContext c;
        c.initiatorPrincipalId = w.backend->terminalCredentials().principal;
        c.password = w.backend->terminalCredentials().password;
        return c;
    }();
    const QString ok =
        (*s.openService(u"HTTP://SEQR.SE/000/TABLES?table=7&x=%3Cy%3E"_s))[u"token"_s].toString();
    const QString paying = (*s.openService(u"HTTP://SEQR.SE/000/TABLES"_s))[u"token"_s].toString();
    QVERIFY(s.followLink(u"SEQR://SEQR.SE/R"_s + w.invoice(), paying));
    const QString left = (*s.openService(u"HTTP://SEQR.SE/000/TABLES"_s))[u"token"_s].toString();
    QVERIFY(s.leaveService(left));
    QList<QByteArray> envelopes;
    QStringList seen;
    for (const QString &key : {ok, paying, left, u"unknown"_s}) {
        const GetClientSessionInfoRequest request{context, key};
        envelopes.append(codec::encodeRequest(request));
        const QByteArray answer = s.handle(request);
        envelopes.append(answer);
        seen.append(codec::decodeGetClientSessionInfoResponse(answer)->resultDescription);
    }
    ClientContext wrong = context;
    wrong.password = u"nope"_s;
    envelopes.append(s.handle(GetClientSessionInfoRequest{wrong, ok}));
    QCOMPARE(seen, (QStringList{u"SUCCESS"_s, u"AUTHORIZATION_IN_PROGRESS"_s,
                                u"AUTHORIZATION_CANCELLED"_s, u"AUTHORIZATION_EXPIRED"_s}));
    const QList<QString> results = validator.validate(envelopes);
    for (qsizetype i = 0; i < results.size(); ++i)
        QVERIFY2(results[i].isEmpty(),
                 qPrintable(results[i] + u"\n"_s + QString::fromUtf8(envelopes[i])));
}

void TestClientSession::webViewRewritesSeqrLinks()
{
    // Link targets in markup: attributes (any case, any quoting) and a meta
    // refresh; other schemes and look-alikes stay.
    QCOMPARE(AppWebView::rewriteLinks(
                 "<a href=\"SEQR://SEQR.SE/R123\">pay</a><a HREF='seqr-demo://seqr.se/R9'>x</a>"
                 "<form action=SEQR-ACTION://WIZARD/CANCEL></form><a href=\"HTTP://SEQR.SE/R5\">"
                 "<meta http-equiv=\"refresh\" content=\"0; url=SEQR://SEQR.SE/R7\">"
                 "<a href=\"XSEQR://no\">",
                 "text/html; charset=utf-8"),
             QByteArray("<a href=\"/__seqr-app/link/SEQR/SEQR.SE/R123\">pay</a>"
                        "<a HREF='/__seqr-app/link/seqr-demo/seqr.se/R9'>x</a>"
                        "<form action=/__seqr-app/link/SEQR-ACTION/WIZARD/CANCEL></form>"
                        "<a href=\"HTTP://SEQR.SE/R5\">"
                        "<meta http-equiv=\"refresh\" content=\"0; url=/__seqr-app/link/SEQR/"
                        "SEQR.SE/R7\">"
                        "<a href=\"XSEQR://no\">"));
    // Text the reader sees stays as written: the page's words, a link's
    // label, a script that shows the code.
    const QByteArray visible = "<p>Pay in the app: SEQR://SEQR.SE/R123</p>"
                               "<a href=\"SEQR://SEQR.SE/R1\">SEQR://SEQR.SE/R1</a>"
                               "<script>code.textContent = 'SEQR://SEQR.SE/R' + ref;</script>";
    QCOMPARE(AppWebView::rewriteLinks(visible, "text/html"),
             QByteArray("<p>Pay in the app: SEQR://SEQR.SE/R123</p>"
                        "<a href=\"/__seqr-app/link/SEQR/SEQR.SE/R1\">SEQR://SEQR.SE/R1</a>"
                        "<script>code.textContent = 'SEQR://SEQR.SE/R' + ref;</script>"));
    // Scripts: navigations and link targets only.
    QCOMPARE(AppWebView::rewriteLinks(
                 "a.href = 'SEQR://SEQR.SE/R' + r; location = \"SEQR://SEQR.SE/R2\";"
                 "window.location.assign(`seqr://seqr.se/R3`); location.replace('SEQR-ACTION://"
                 "WIZARD/CANCEL'); b.setAttribute('href', 'SEQR://SEQR.SE/R4');"
                 "alert('Open SEQR://SEQR.SE/R5');",
                 "text/javascript"),
             QByteArray("a.href = '/__seqr-app/link/SEQR/SEQR.SE/R' + r; "
                        "location = \"/__seqr-app/link/SEQR/SEQR.SE/R2\";"
                        "window.location.assign(`/__seqr-app/link/seqr/seqr.se/R3`); "
                        "location.replace('/__seqr-app/link/SEQR-ACTION/WIZARD/CANCEL'); "
                        "b.setAttribute('href', '/__seqr-app/link/SEQR/SEQR.SE/R4');"
                        "alert('Open SEQR://SEQR.SE/R5');"));
    // JSON: a value that is a link; a sentence that mentions one stays.
    QCOMPARE(AppWebView::rewriteLinks(
                 "{\"appLink\":\"SEQR://SEQR.SE/R1\",\"note\":\"tap SEQR://SEQR.SE/R1\"}",
                 "application/json"),
             QByteArray("{\"appLink\":\"/__seqr-app/link/SEQR/SEQR.SE/R1\","
                        "\"note\":\"tap SEQR://SEQR.SE/R1\"}"));
    // Plain text and images are not touched; a redirect is.
    QCOMPARE(AppWebView::rewriteLinks("href=SEQR://SEQR.SE/R1", "text/plain"),
             QByteArray("href=SEQR://SEQR.SE/R1"));
    QCOMPARE(AppWebView::rewriteLocation("SEQR://SEQR.SE/R8"),
             QByteArray("/__seqr-app/link/SEQR/SEQR.SE/R8"));
    QCOMPARE(AppWebView::rewriteLocation("http://shop.example/SEQR://x"),
             QByteArray("http://shop.example/SEQR://x"));
}

void TestClientSession::webViewSpeaksHttpsWithAnHttpsSandbox()
{
    // A page served over HTTPS may frame only HTTPS: the web view follows
    // the sandbox's scheme, with its certificate.
    QTemporaryDir dir;
    const TestCertificates certs = TestCertificates::create(dir.path());
    if (!certs.error.isEmpty())
        KASSA_SKIP(qPrintable(certs.error));
    SandboxServerOptions tls;
    tls.tlsCertFile = certs.serverCertFile;
    tls.tlsKeyFile = certs.serverKeyFile;
    SandboxFixture sandbox({}, tls);
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    TestService service(nullptr);
    QVERIFY(serveCafe(sandbox, service));

    QNetworkAccessManager network;
    network.setCookieJar(nullptr);
    QList<QNetworkReply::RawHeaderPair> lastHeaders;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(certs.caFile);
    auto fetch = [&](QNetworkRequest request, const QByteArray &body = {}) {
        request.setSslConfiguration(ssl);
        std::unique_ptr<QNetworkReply> reply(body.isEmpty() ? network.get(request)
                                                            : network.post(request, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        lastHeaders = reply->rawHeaderPairs();
        return std::make_pair(reply->error(), reply->readAll());
    };
    auto header = [&](const QByteArray &name) {
        QByteArrayList values;
        for (const auto &[key, value] : lastHeaders) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                values.append(value);
        }
        return values.join('\n');
    };
    QNetworkRequest resolve = sandbox.controlRequest(u"/control/resolve"_s);
    const auto [resolveError, resolved] =
        fetch(resolve, R"({"qr": "HTTP://SEQR.SE/000/CAFE?table=9"})");
    QCOMPARE(resolveError, QNetworkReply::NoError);
    const QUrl view(QJsonDocument::fromJson(resolved).object()[u"webViewUrl"_s].toString());
    QCOMPARE(view.scheme(), u"https"_s);
    QCOMPARE(view.path(), u"/order"_s);
    QCOMPARE(view.fragment().size(), 32);
    const auto [pageError, page] = fetch(QNetworkRequest(view));
    QCOMPARE(pageError, QNetworkReply::NoError);
    QVERIFY2(page.contains("href=\"/__seqr-app/link/SEQR-ACTION/WIZARD/CANCEL\""),
             page.constData());
    // An app's web view is no frame: the service's refusals of framing go.
    QCOMPARE(header("X-Frame-Options"), QByteArray());
    QCOMPARE(header("Content-Security-Policy"), QByteArray());
    QUrl cookieUrl = view;
    cookieUrl.setPath(u"/cookie"_s);
    cookieUrl.setFragment({});
    QCOMPARE(fetch(QNetworkRequest(cookieUrl)).first, QNetworkReply::NoError);
    // The views share the sandbox's host: each view's cookies carry its
    // own prefix (and only they go back to its service).
    QCOMPARE(header("Set-Cookie"), QByteArray("view0-visit=1; Path=/; HttpOnly"));
    QCOMPARE(header("Content-Security-Policy"), QByteArray("default-src 'self'"));
    QCOMPARE(header("X-Frame-Options"), QByteArray());
    // The link page itself.
    QUrl link = view;
    link.setPath(u"/__seqr-app/link/SEQR/SEQR.SE/R123"_s);
    link.setFragment({});
    const auto [linkError, linkPage] = fetch(QNetworkRequest(link));
    QCOMPARE(linkError, QNetworkReply::NoError);
    QVERIFY(linkPage.contains("<script src=\"/__seqr-app/link.js\"></script>"));
    QVERIFY(header("Content-Security-Policy").contains("script-src 'self'"));
}

void TestClientSession::webViewPassesThePageHeadersOn()
{
    // A service's page sends headers of its own (kassa-web's X-Kassa-CSRF on
    // every change): the web view passes them on as an app's web view does,
    // and names the service's origin where the page's browser named the
    // proxy's.
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    TestService service(nullptr);
    QVERIFY(serveCafe(sandbox, service));
    QNetworkAccessManager network;
    network.setCookieJar(nullptr);
    auto post = [&](const QNetworkRequest &request, const QByteArray &body) {
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    const QUrl view(post(sandbox.controlRequest(u"/control/resolve"_s),
                         R"({"qr": "HTTP://SEQR.SE/000/CAFE?table=2"})")[u"webViewUrl"_s]
                        .toString());
    QVERIFY(view.isValid());
    const QString viewOrigin =
        view.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    QUrl headersUrl = view;
    headersUrl.setPath(u"/headers"_s);
    headersUrl.setFragment({});
    QNetworkRequest request(headersUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Kassa-CSRF", "the-page-token");
    // The browser's cookie for this view (its prefix), and another view's.
    request.setRawHeader("Cookie", "view0-kassa_session=abc; view1-sid=other");
    request.setRawHeader("Origin", viewOrigin.toLatin1());
    request.setRawHeader("Referer", (viewOrigin + u"/order?lang=sv"_s).toLatin1());
    const QJsonObject seen = post(request, "{}");
    const QString serviceOrigin = service.baseUrl().toString();
    QCOMPARE(seen[u"x-kassa-csrf"_s].toString(), u"the-page-token"_s);
    QCOMPARE(seen[u"cookie"_s].toString(), u"kassa_session=abc"_s);
    QCOMPARE(seen[u"content-type"_s].toString(), u"application/json"_s);
    QCOMPARE(seen[u"origin"_s].toString(), serviceOrigin);
    QCOMPARE(seen[u"referer"_s].toString(), serviceOrigin + u"/order?lang=sv"_s);
    QCOMPARE(seen[u"host"_s].toString(), service.baseUrl().authority());
    // Another page's origin is not made the service's; its address stays away.
    request.setRawHeader("Origin", "http://elsewhere.example");
    request.setRawHeader("Referer", "http://elsewhere.example/phone");
    const QJsonObject foreign = post(request, "{}");
    QCOMPARE(foreign[u"origin"_s].toString(), u"http://elsewhere.example"_s);
    QVERIFY(!foreign.contains(u"referer"_s));
    QCOMPARE(foreign[u"x-kassa-csrf"_s].toString(), u"the-page-token"_s);
}

// Scan to order's lookup (core/ordering/clientsessionlookup): what SEQR
// said about a TOKEN, as the order service reads it.
void TestClientSession::orderServiceReadsWhatSeqrSaidAboutAToken()
{
    World w;
    SandboxService &s = w.sandbox.service();
    const auto lookup = ordering::clientSessionLookup(w.backend.get());
    // The answer, or nothing when none came.
    auto ask = [&lookup](const QString &token) {
        std::optional<ordering::ClientSession> answer;
        lookup(token, [&answer](const ordering::ClientSession &info) { answer = info; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
            return std::optional<ordering::ClientSession>();
        return answer;
    };
    const QString token =
        (*s.openService(u"HTTP://SEQR.SE/000/TABLES?table=7"_s, u"46701234567"_s))[u"token"_s]
            .toString();
    const auto open = ask(token);
    QVERIFY(open);
    QCOMPARE(open->status, ordering::ClientSession::Status::Success);
    QCOMPARE(open->value(u"table"_s), u"7"_s);
    QCOMPARE(open->value(u"msisdn"_s), u"46701234567"_s);
    // A key SEQR never issued: scan the code again.
    const auto unknown = ask(u"0123456789abcdef0123456789abcdef"_s);
    QVERIFY(unknown);
    QCOMPARE(unknown->status, ordering::ClientSession::Status::Expired);
    // The customer left the service.
    QVERIFY(s.followLink(u"SEQR-ACTION://WIZARD/CANCEL"_s, token));
    const auto left = ask(token);
    QVERIFY(left);
    QCOMPARE(left->status, ordering::ClientSession::Status::Cancelled);
    QVERIFY(left->parameters.isEmpty());
    // SEQR out of reach: try again, not "scan again".
    w.sandbox.server().injectFaults(FaultKind::Http500, 100);
    const auto away = ask(token);
    QVERIFY(away);
    QCOMPARE(away->status, ordering::ClientSession::Status::Unavailable);
    // A refusal of the key (a result code other than 0) is "scan again".
    QCOMPARE(ordering::clientSessionStatus(false, true, seqr::ClientSessionStatus::Unknown),
             ordering::ClientSession::Status::Expired);
    QCOMPARE(ordering::clientSessionStatus(true, false, seqr::ClientSessionStatus::InProgress),
             ordering::ClientSession::Status::InProgress);
}

QTEST_GUILESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
