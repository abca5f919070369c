#include "sandbox/sandboxservice.h"
#include "tests/support/browsertest.h"
#include "tests/support/phonepage.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/testing.h"
#include "tests/support/testservice.h"
#include "tests/support/webdriver.h"

#include <QDir>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;
using kassa::test::eventually;

// The phone page as the SEQR app with an external service (PROTOCOL.md,
// "External service inside the SEQR app") in headless Chromium: scan the
// service's QR, its order page opens in the app's web view with #TOKEN, its
// backend sees the QR's parameters through getClientSessionInfo, the page's
// plain SEQR:// link leads to the PIN, and the app comes back to the
// service's success, failure or cancel page. Also a webshop's backURL.
class TestServiceFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void paysFromTheServicePageToItsSuccessPage();
    void declineReachesTheFailurePage();
    void cancelReachesTheCancelPage();
    void backButtonAndLeavingTheService();
    void unknownServiceIsAPlainMessage();
    void backUrlOpensAfterAPaidInvoice();
    void phonePageSpeaksSwedishAndEnglish();
    void codeInThePhoneUrlIsScannedAtOnce();

private:
    // Scans the CAFE service's QR on the phone page and waits for its order
    // page to show the table; returns the TOKEN the page got.
    QString openCafe(const QString &table);
    bool inWebView(const std::function<bool()> &probe);
    void payWithPin();

    std::unique_ptr<WebDriver> m_browser;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SeqrClient> m_backend;
    std::unique_ptr<TestService> m_service;
};

void TestServiceFlow::initTestCase()
{
    KASSA_START_BROWSER(m_browser, "the service flow test needs a browser", QSize(390, 844));
}

void TestServiceFlow::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    m_backend = m_sandbox->makeClient();
    QVERIFY(!m_sandbox->registerTill(*m_backend, u"Café backend"_s, {}).isEmpty());
    m_service = std::make_unique<TestService>(m_backend.get());
    QVERIFY(m_service->start());
    QVERIFY(m_sandbox->service().registerService(
        ExternalService::fromBaseUrl(u"CAFE"_s, m_service->baseUrl())));
}

void TestServiceFlow::cleanup()
{
    if (m_browser)
        m_browser->switchToTopFrame();
    m_service.reset();
    m_backend.reset();
    m_sandbox.reset();
}

bool TestServiceFlow::inWebView(const std::function<bool()> &probe)
{
    return eventually([&] {
        if (!m_browser->switchToFrame(u"#webview"_s))
            return false;
        const bool ok = probe();
        m_browser->switchToTopFrame();
        return ok;
    });
}

QString TestServiceFlow::openCafe(const QString &table)
{
    if (!m_browser->navigate(m_sandbox->server().phoneUrl().toString()))
        return {};
    m_browser->type(u"#qr-input"_s, u"HTTP://SEQR.SE/000/CAFE?table="_s + table);
    m_browser->click(u"#scan-button"_s);
    QString token;
    const bool shown = inWebView([&] {
        if (m_browser->text(u"#table"_s) != table)
            return false;
        token = m_browser->script(u"return location.hash.slice(1)"_s).toString();
        return true;
    });
    return shown ? token : QString();
}

void TestServiceFlow::payWithPin()
{
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"45.00 SEK"; }));
    QVERIFY(test::phonepage::confirmUntilPinEntry(*m_browser));
    QVERIFY(test::phonepage::payWithPin(*m_browser, u"1234"_s));
}

void TestServiceFlow::paysFromTheServicePageToItsSuccessPage()
{
    const QString token = openCafe(u"7"_s);
    QVERIFY2(!token.isEmpty(), qPrintable(m_browser->error()));
    // The TOKEN is the client session SEQR made for this scan …
    QCOMPARE(m_sandbox->service().sessions().size(), 1);
    QCOMPARE(m_sandbox->service().sessions().firstKey(), token);
    // … and the backend learned the QR's parameters and the customer.
    const GetClientSessionInfoResponse info = m_service->lastSessionInfo();
    QCOMPARE(info.sessionStatus(), ClientSessionStatus::Success);
    QCOMPARE(parameterValue(info.parameters, u"table"), u"7"_s);
    QCOMPARE(parameterValue(info.parameters, u"msisdn"), SandboxService::defaultMsisdn());
    QVERIFY(!parameterValue(info.parameters, u"subscriberKey").isEmpty());
    // The web view has a phone's width.
    const int width = m_browser
                          ->script(u"return document.getElementById('webview')"
                                   u".getBoundingClientRect().width"_s)
                          .toInt();
    QVERIFY2(width >= 320 && width <= 390, qPrintable(QString::number(width)));

    // The page's plain SEQR:// link: the app shows the invoice, then the PIN.
    const QString ref = m_service->lastInvoiceReference();
    QVERIFY(!ref.isEmpty());
    QVERIFY(m_browser->switchToFrame(u"#webview"_s));
    // The web view catches the link's target, not the words the page shows.
    QVERIFY(eventually([&] { return m_browser->text(u"#code"_s) == u"SEQR://SEQR.SE/R"_s + ref; }));
    QCOMPARE(m_browser->text(u"#hint"_s), u"Or type the code into the app: SEQR://SEQR.SE/R…"_s);
    QVERIFY(m_browser->script(u"return document.getElementById('pay').getAttribute('href')"_s)
                .toString()
                .startsWith(u"/__seqr-app/link/SEQR/SEQR.SE/R"));
    QVERIFY(m_browser->click(u"#pay"_s));
    QVERIFY(m_browser->switchToTopFrame());
    payWithPin();
    QVERIFY(eventually([&] { return !m_browser->text(u"#ers-reference"_s).isEmpty(); }));
    // Back in the service: the success page with TOKEN_<invoiceReference>.
    QVERIFY(inWebView([&] {
        return m_browser->text(u"#outcome"_s) == u"success" &&
               m_browser->text(u"#hash"_s) == token + u'_' + ref;
    }));
    QVERIFY(m_browser->screenshot(QDir::temp().filePath(u"kassa-phone-service-paid.png"_s)));
    // The webshop's "back to the shop" is not the service's business.
    QVERIFY(
        m_browser->script(u"return document.getElementById('back-link').offsetParent === null"_s)
            .toBool());
    auto status = finished(m_backend->getPaymentStatus(ref, 0));
    QCOMPARE(status->response().status, InvoiceStatus::Paid);
}

void TestServiceFlow::declineReachesTheFailurePage()
{
    const QString token = openCafe(u"2"_s);
    QVERIFY(!token.isEmpty());
    // The trigger as a server redirect this time (303 to SEQR://…).
    QVERIFY(m_browser->switchToFrame(u"#webview"_s));
    QVERIFY(eventually([&] {
        return m_browser
            ->script(u"return document.getElementById("
                     u"'pay-redirect').getAttribute('href')"_s)
            .toString()
            .startsWith(u"/pay?ref=");
    }));
    QVERIFY(m_browser->click(u"#pay-redirect"_s));
    QVERIFY(m_browser->switchToTopFrame());
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"45.00 SEK"; }));
    QVERIFY(m_browser->click(u"#decline-button"_s));
    QVERIFY(inWebView([&] {
        return m_browser->text(u"#outcome"_s) == u"failure" && m_browser->text(u"#hash"_s) == token;
    }));
    QCOMPARE(finished(m_backend->getPaymentStatus(m_service->lastInvoiceReference(), 0))
                 ->response()
                 .status,
             InvoiceStatus::Failed);
}

void TestServiceFlow::cancelReachesTheCancelPage()
{
    const QString token = openCafe(u"3"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(m_browser->switchToFrame(u"#webview"_s));
    QVERIFY(m_browser->click(u"#pay"_s));
    QVERIFY(m_browser->switchToTopFrame());
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"45.00 SEK"; }));
    QVERIFY(test::phonepage::confirmUntilPinEntry(*m_browser));
    QVERIFY(m_browser->click(u"#cancel-button"_s));
    QVERIFY(inWebView([&] {
        return m_browser->text(u"#outcome"_s) == u"cancel" && m_browser->text(u"#hash"_s) == token;
    }));
}

void TestServiceFlow::backButtonAndLeavingTheService()
{
    const QString token = openCafe(u"5"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(
        m_browser->script(u"return document.getElementById('service-back').disabled"_s).toBool());
    QVERIFY(m_browser->switchToFrame(u"#webview"_s));
    QVERIFY(m_browser->click(u"#menu"_s));
    QVERIFY(m_browser->switchToTopFrame());
    QVERIFY(inWebView([&] { return m_browser->text(u"#menu-title"_s) == u"Menu"; }));
    QVERIFY(eventually([&] {
        return !m_browser->script(u"return document.getElementById('service-back').disabled"_s)
                    .toBool();
    }));
    QVERIFY(m_browser->click(u"#service-back"_s));
    QVERIFY(inWebView([&] { return m_browser->text(u"#table"_s) == u"5"; }));
    // The phone page itself is still there.
    QCOMPARE(m_browser->currentUrl(), m_sandbox->server().phoneUrl().toString());

    // SEQR-ACTION://WIZARD/CANCEL leaves the service.
    QVERIFY(m_browser->switchToFrame(u"#webview"_s));
    QVERIFY(m_browser->click(u"#leave"_s));
    QVERIFY(m_browser->switchToTopFrame());
    QVERIFY(eventually([&] { return m_browser->text(u"#message"_s) == u"You left CAFE."; }));
    QVERIFY(m_browser->find(u"#webview"_s).isEmpty());
    QCOMPARE(m_sandbox->service().sessionStatus(token),
             ClientSessionStatus::AuthorizationCancelled);
}

void TestServiceFlow::unknownServiceIsAPlainMessage()
{
    QVERIFY(m_browser->navigate(m_sandbox->server().phoneUrl().toString()));
    QVERIFY(m_browser->type(u"#qr-input"_s, u"HTTP://SEQR.SE/000/NOSUCH?table=1"_s));
    QVERIFY(m_browser->click(u"#scan-button"_s));
    QVERIFY(eventually([&] {
        return m_browser->text(u"#error"_s) ==
               u"This code belongs to a service SEQR does not know (\u201cNOSUCH\u201d)."_s;
    }));
    QVERIFY(m_browser->find(u"#webview"_s).isEmpty());
}

void TestServiceFlow::backUrlOpensAfterAPaidInvoice()
{
    Invoice invoice = SandboxFixture::invoice(u"45.00"_s);
    invoice.backURL = m_service->baseUrl().toString() + u"/success?order=42"_s;
    const QString ref = finished(m_backend->sendInvoice(invoice))->response().invoiceReference;
    QVERIFY(m_browser->navigate(m_sandbox->server().phoneUrl().toString()));
    // A webshop's "open the app" link.
    QVERIFY(m_browser->type(u"#qr-input"_s, u"SEQR://SEQR.SE/R"_s + ref));
    QVERIFY(m_browser->click(u"#scan-button"_s));
    payWithPin();
    QVERIFY(eventually([&] {
        return m_browser
                   ->script(u"return document.getElementById('back-link') !== null && "
                            u"document.getElementById('back-link').offsetParent !== null"_s)
                   .toBool() ||
               m_browser->currentUrl() == invoice.backURL;
    }));
    QVERIFY(eventually([&] { return m_browser->currentUrl() == invoice.backURL; }));
    QCOMPARE(m_browser->text(u"#outcome"_s), u"success"_s);
}

void TestServiceFlow::phonePageSpeaksSwedishAndEnglish()
{
    const QString textOf = u"return document.getElementById('%1').textContent"_s;
    QVERIFY(m_browser->navigate(m_sandbox->server().phoneUrl().toString() + u"?lang=sv"_s));
    QVERIFY(eventually([&] {
        return m_browser->script(textOf.arg(u"confirm-button"_s)).toString() ==
               u"Godkänn betalningen";
    }));
    QCOMPARE(m_browser->script(u"return document.documentElement.lang"_s).toString(), u"sv"_s);
    QCOMPARE(m_browser
                 ->script(u"return document.getElementById('service-close')"
                          u".getAttribute('aria-label')"_s)
                 .toString(),
             u"Lämna tjänsten"_s);
    // Leaving a service says so in Swedish too.
    QVERIFY(m_browser->type(u"#qr-input"_s, u"HTTP://SEQR.SE/000/CAFE?table=1"_s));
    QVERIFY(m_browser->click(u"#scan-button"_s));
    QVERIFY(eventually([&] { return !m_browser->find(u"#webview"_s).isEmpty(); }));
    QVERIFY(m_browser->click(u"#service-close"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#message"_s) == u"Du lämnade CAFE."; }));

    QVERIFY(m_browser->navigate(m_sandbox->server().phoneUrl().toString() + u"?lang=en"_s));
    QVERIFY(eventually([&] {
        return m_browser->script(u"return document.documentElement.lang"_s).toString() == u"en";
    }));
    QCOMPARE(m_browser->script(textOf.arg(u"confirm-button"_s)).toString(), u"Confirm payment"_s);
}

void TestServiceFlow::codeInThePhoneUrlIsScannedAtOnce()
{
    // A webshop's "open the app" link, as a phone hands it to the app.
    const QString ref = finished(m_backend->sendInvoice(SandboxFixture::invoice(u"45.00"_s)))
                            ->response()
                            .invoiceReference;
    QVERIFY(m_browser->navigate(
        m_sandbox->server().phoneUrl(u"SEQR-DEMO://SEQR.SE/R"_s + ref).toString()));
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"45.00 SEK"; }));
    QCOMPARE(m_sandbox->service().state().invoices.value(ref).buyerStep, BuyerStep::Scanned);
    // And a service's QR the same way.
    QVERIFY(m_browser->navigate(
        m_sandbox->server().phoneUrl(u"HTTP://SEQR.SE/000/CAFE?table=4&x=a%26b"_s).toString()));
    QVERIFY(inWebView([&] { return m_browser->text(u"#table"_s) == u"4"; }));
    QCOMPARE(parameterValue(m_service->lastSessionInfo().parameters, u"x"), u"a&b"_s);
}

QTEST_GUILESS_MAIN(TestServiceFlow)
#include "tst_serviceflow.moc"
