#include "core/webshop/webshop.h"
#include "tests/support/browsertest.h"
#include "tests/support/inprocesswebshop.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sqlitefile.h"
#include "tests/support/testing.h"
#include "tests/support/webdriver.h"
#include "tests/support/webshophosts.h"
#include "ui/web/webserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;
using kassa::test::eventually;

namespace {

constexpr auto kMilk = "7352601815907";   // Mjölk 3 % 1 l, 15.90, 12 %
constexpr auto kMilk15 = "7383016613185"; // Mjölk 1,5 % 1 l, 14.90

} // namespace

// kassa-web's pages in Debian's headless Chromium against the real sandbox
// on loopback (its buyer API plays the customer's phone, and it POSTs the
// notificationUrl as SEQR does): shop, cart, checkout, the QR read off a
// screenshot by zbarimg, PAID pushed over the WebSocket or polled without
// one, the phone's SEQR:// button and backURL receipt, declined, canceled,
// time limit, two browsers, a tampered price and a forged notification.
class TestWebShopPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void desktopPaysAndSeesPaidOverTheWebSocket();
    void withoutWebSocketsThePagePolls();
    void unreadableRecordsShowTheServersSentenceThenTheStatus();
    void phoneGetsTheSeqrButtonAndTheBackUrlReceipt();
    void declinedGoesBackToTheCart();
    void customerCancels();
    void timeLimitCancelsAndOffersToTryAgain();
    void twoBrowsersKeepTheirOwnCarts();
    void quantityBoxShowsTheCartAfterARefusal();
    void tamperedPriceAndMissingCsrfAreIgnored();
    void forgedNotificationChangesNothing();
    void headersCookieAndLanguage();
    void couponTypedOnThePageLowersTheTotal();

private:
    void startShop(webshop::WebShopSettings settings = {});
    QString url(const QString &path) const;
    bool addToCart(WebDriver &browser, const char *ean, int times = 1);
    bool checkout(WebDriver &browser);
    QString onlyInvoiceReference() const;
    QString readQr(WebDriver &browser);
    QByteArray http(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    int *status = nullptr, QList<QNetworkReply::RawHeaderPair> *headers = nullptr);
    QString bodyState(WebDriver &browser);

    std::unique_ptr<WebDriver> m_browser;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<InProcessWebShop> m_web;
    QNetworkAccessManager m_network;
};

void TestWebShopPages::initTestCase()
{
    if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
        KASSA_SKIP("zbarimg is not installed (apt-get install zbar-tools)");
    KASSA_START_BROWSER(m_browser, "the webshop's pages need a browser", QSize());
}

void TestWebShopPages::cleanup()
{
    if (m_browser)
        m_browser->navigate(u"about:blank"_s);
    m_web.reset();
    m_sandbox.reset();
}

void TestWebShopPages::startShop(webshop::WebShopSettings settings)
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    auto client = m_sandbox->makeClient();
    QVERIFY(!m_sandbox->registerTill(*client, u"Webbutik"_s, u"WEBSHOP1"_s).isEmpty());
    m_web = std::make_unique<InProcessWebShop>();
    QVERIFY(m_web->start(std::move(client), std::move(settings)));
    m_web->shop().setPublicUrl(QUrl(m_web->url()));
}

QString TestWebShopPages::url(const QString &path) const
{
    return m_web->url(path);
}

QString TestWebShopPages::bodyState(WebDriver &browser)
{
    return browser.script(u"return document.body ? (document.body.dataset.state || '') : ''"_s)
        .toString();
}

bool TestWebShopPages::addToCart(WebDriver &browser, const char *ean, int times)
{
    const QString product = u"li.product[data-ean=\""_s + QLatin1StringView(ean) + u"\"]"_s;
    if (!eventually([&] { return !browser.find(product).isEmpty(); }))
        return false;
    for (int i = 0; i < times; ++i) {
        const int before =
            browser
                .script(u"return Number((document.querySelector('li.line[data-ean=\""_s +
                        QLatin1StringView(ean) + u"\"] input') || {value: 0}).value)"_s)
                .toInt();
        if (!browser.click(product + u" button.add"_s))
            return false;
        if (!eventually([&] {
                return browser
                           .script(u"return Number((document.querySelector('li.line[data-ean=\""_s +
                                   QLatin1StringView(ean) + u"\"] input') || {value: 0}).value)"_s)
                           .toInt() == before + 1;
            }))
            return false;
    }
    return true;
}

bool TestWebShopPages::checkout(WebDriver &browser)
{
    if (!browser.click(u"#checkout-button"_s))
        return false;
    return eventually([&] { return bodyState(browser) == u"WAITING"; });
}

QString TestWebShopPages::onlyInvoiceReference() const
{
    const auto invoices = m_sandbox->service().state().invoices;
    return invoices.size() == 1 ? invoices.firstKey() : QString();
}

QString TestWebShopPages::readQr(WebDriver &browser)
{
    // The QR must be loaded before the photo is taken.
    if (!eventually([&] {
            return browser
                .script(u"const i = document.getElementById('qr-image');"
                        u"return i.complete && i.naturalWidth > 0"_s)
                .toBool();
        }))
        return {};
    const QString png = m_web->path(u"checkout.png"_s);
    if (!browser.screenshot(png))
        return {};
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, png});
    zbar.waitForFinished(20000);
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

QByteArray TestWebShopPages::http(const QByteArray &method, const QString &path,
                                  const QByteArray &body, int *status,
                                  QList<QNetworkReply::RawHeaderPair> *headers)
{
    QNetworkRequest request{QUrl(url(path))};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (headers)
        *headers = reply->rawHeaderPairs();
    return reply->readAll();
}

void TestWebShopPages::desktopPaysAndSeesPaidOverTheWebSocket()
{
    startShop();
    QVERIFY(m_browser->setWindowSize(1280, 800));
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(eventually([&] { return m_browser->text(u"#shop-name"_s) == u"Lilla Livs"; }));
    // Search by name, then buy two.
    QVERIFY(m_browser->type(u"#search-input"_s, u"Mjölk 3 % 1 l"_s));
    QVERIFY(m_browser->click(u"#search-button"_s));
    QVERIFY(eventually([&] {
        return m_browser->script(u"return document.querySelectorAll('li.product').length"_s)
                   .toInt() == 1;
    }));
    QVERIFY(addToCart(*m_browser, kMilk, 2));
    QVERIFY(eventually([&] { return m_browser->text(u"#cart-total"_s) == u"31.80 SEK"; }));
    QVERIFY(m_browser->text(u"#cart-vat"_s).contains(u"VAT 12 %: 3.41"));

    QVERIFY(checkout(*m_browser));
    const QString ref = onlyInvoiceReference();
    QVERIFY(!ref.isEmpty());
    QCOMPARE(m_browser->text(u"#amount"_s), u"31.80 SEK"_s);
    QVERIFY(m_browser->text(u"#pay-view"_s).contains(u"Scan the QR code with your SEQR app"));
    QVERIFY(m_browser->text(u"#pay-view"_s).contains(u"Get the SEQR app"));
    // The QR as a customer's phone sees it: photographed and decoded.
    const QString qr = readQr(*m_browser);
    QCOMPARE(qr, u"HTTP://SEQR.SE/R"_s + ref);
    QVERIFY(eventually([&] {
        return m_browser->script(u"return window.kassaCheckout.transport"_s).toString() ==
               u"websocket";
    }));

    QVERIFY(m_sandbox->service().scan(qr));
    auto paid = m_sandbox->service().pay(ref, u"1234"_s);
    QVERIFY(paid);
    const QString ers = (*paid)[u"ersReference"_s].toString();
    QVERIFY(eventually([&] { return m_browser->text(u"#ers-reference"_s) == ers; }));
    QVERIFY(m_browser->currentUrl().contains(u"/shop/receipt?order="));
    const QJsonObject via =
        QJsonDocument::fromJson(
            m_browser->script(u"return sessionStorage.getItem('kassaPaidVia')"_s)
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(via[u"transport"_s].toString(), u"websocket"_s);
    QVERIFY(via[u"pushes"_s].toInt() >= 1);
    QCOMPARE(via[u"polls"_s].toInt(), 0);
    QCOMPARE(m_browser->text(u"#receipt-total"_s), u"31.80 SEK"_s);
    QVERIFY(m_browser->text(u"#receipt-rows"_s).contains(u"Mjölk 3 % 1 l"));
    QVERIFY(m_browser->text(u"#receipt-vat"_s).contains(u"VAT 12 %: 3.41"));
    const QString orderNumber = m_browser->text(u"#order-number"_s);
    QCOMPARE(orderNumber, u"1"_s);

    // Journaled once, as a sale of this webshop's till, receipt submitted.
    QTRY_VERIFY(m_web->journal().invoice(ref)->receiptSubmitted);
    // A reload of the receipt page creates nothing.
    QVERIFY(m_browser->navigate(m_browser->currentUrl()));
    QVERIFY(eventually([&] { return m_browser->text(u"#ers-reference"_s) == ers; }));
    const QList<journal::Sale> sales =
        m_web->journal().sales(QDateTime::fromSecsSinceEpoch(0)).value();
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales.first().status, journal::SaleStatus::Completed);
    QCOMPARE(sales.first().total.toDecimalString(), u"31.80"_s);
    QCOMPARE(sales.first().tenders.first().ersReference, ers);
    QCOMPARE(m_sandbox->service().state().invoices.size(), 1);
    QVERIFY(!m_sandbox->service().state().invoices.value(ref).receiptDocument.isEmpty());
    QVERIFY(m_sandbox->service().state().invoices.value(ref).acknowledged);
    // The cart is empty again.
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(eventually([&] {
        return m_browser->script(u"return document.body.dataset.ready"_s).toString() == u"true";
    }));
    QCOMPARE(m_browser->script(u"return document.querySelectorAll('li.line').length"_s).toInt(), 0);
}

void TestWebShopPages::withoutWebSocketsThePagePolls()
{
    startShop();
    WebDriver browser;
    QVERIFY2(browser.start(), qPrintable(browser.error()));
    QVERIFY(browser.addScriptOnNewDocument(u"delete window.WebSocket;"_s));
    QVERIFY(browser.setWindowSize(1280, 800));
    QVERIFY(browser.navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(browser, kMilk15));
    QVERIFY(checkout(browser));
    QVERIFY(eventually(
        [&] { return browser.script(u"return window.kassaCheckout.polls"_s).toInt() >= 2; }));
    QCOMPARE(browser.script(u"return window.kassaCheckout.transport"_s).toString(), u"polling"_s);
    const QString ref = onlyInvoiceReference();
    auto paid = m_sandbox->service().pay(ref, u"1234"_s);
    QVERIFY(paid);
    const QString ers = (*paid)[u"ersReference"_s].toString();
    QVERIFY(eventually([&] { return browser.text(u"#ers-reference"_s) == ers; }));
    const QJsonObject via =
        QJsonDocument::fromJson(
            browser.script(u"return sessionStorage.getItem('kassaPaidVia')"_s).toString().toUtf8())
            .object();
    QCOMPARE(via[u"transport"_s].toString(), u"polling"_s);
    QCOMPARE(via[u"pushes"_s].toInt(), 0);
    QCOMPARE(m_web->journal().sales(QDateTime::fromSecsSinceEpoch(0))->size(), 1);
}

// The checkout page of an order read back from the web orders' file (as
// after a restart), polling without WebSockets, while that file cannot be
// read (another tool moved its table): the status answers 503 and the page
// shows the server's sentence, as text, not its general "cannot be
// fetched"; once the file is back the page shows the order's status again.
void TestWebShopPages::unreadableRecordsShowTheServersSentenceThenTheStatus()
{
    startShop();
    QVERIFY(m_web->keepOrders());
    auto row = makeSaleRow(u"Mjölk 1,5 % 1 l"_s, u"1", u"14.90", u"12", Currency::sek());
    QVERIFY(row);
    const auto sale = m_web->journal().createSale(u"web"_s, {*row}); // open: in flight
    QVERIFY(sale);
    const QString order = u"restored-order-0123456789abcdefghijklmnopqrst"_s;
    QVERIFY(m_web->orderStore()->remember(order, *sale, QDateTime::currentDateTimeUtc()));

    const auto raw = [&](const QString &sql) {
        return test::execSql(m_web->path(u"weborders.sqlite"_s), sql);
    };
    QVERIFY(raw(u"ALTER TABLE web_orders RENAME TO web_orders_moved"_s));
    int status = 0;
    http("GET", u"/seqr/status?order="_s + order, {}, &status);
    QCOMPARE(status, 503);

    WebDriver browser;
    QVERIFY2(browser.start(), qPrintable(browser.error()));
    QVERIFY(browser.addScriptOnNewDocument(u"delete window.WebSocket;"_s));
    QVERIFY(browser.setWindowSize(1280, 800));
    QVERIFY(browser.navigate(url(u"/shop/checkout?order="_s + order)));
    const QString sentence =
        u"The shop cannot read its records right now. Please try again in a moment."_s;
    QVERIFY(eventually([&] { return browser.text(u"#message"_s) == sentence; }));
    QCOMPARE(browser.script(u"return window.kassaCheckout.transport"_s).toString(), u"polling"_s);
    QVERIFY(browser.script(u"return window.kassaCheckout.failures"_s).toInt() >= 3);
    // Text, not markup.
    QCOMPARE(browser.script(u"return document.getElementById('message').children.length"_s).toInt(),
             0);

    QVERIFY(raw(u"ALTER TABLE web_orders_moved RENAME TO web_orders"_s));
    QVERIFY(eventually([&] { return bodyState(browser) == u"SENDING"; }));
    QVERIFY(eventually([&] { return browser.text(u"#message"_s).isEmpty(); }));
    QVERIFY(!browser.text(u"#status"_s).isEmpty());
    QCOMPARE(browser.script(u"return window.kassaCheckout.failures"_s).toInt(), 0);
}

void TestWebShopPages::phoneGetsTheSeqrButtonAndTheBackUrlReceipt()
{
    startShop();
    QVERIFY(m_browser->setWindowSize(390, 844));
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk));
    QVERIFY(checkout(*m_browser));
    const QString ref = onlyInvoiceReference();
    QCOMPARE(m_browser->script(u"return document.body.dataset.layout"_s).toString(), u"phone"_s);
    QCOMPARE(m_browser
                 ->script(u"return getComputedStyle(document.getElementById('qr-box'))"
                          u".display"_s)
                 .toString(),
             u"none"_s);
    QCOMPARE(m_browser->text(u"#open-seqr"_s), u"Open SEQR"_s);
    QCOMPARE(m_browser
                 ->script(u"return document.getElementById('open-seqr')"
                          u".getAttribute('href')"_s)
                 .toString(),
             u"SEQR://SEQR.SE/R"_s + ref);
    QVERIFY(m_browser->script(u"return document.documentElement.scrollWidth <= 390"_s).toBool());

    // The app pays and opens the backURL in the phone's browser.
    auto paid = m_sandbox->service().pay(ref, u"1234"_s);
    QVERIFY(paid);
    const QString backUrl = m_sandbox->service().state().invoices.value(ref).invoice.backURL;
    QVERIFY(backUrl.startsWith(url(u"/shop/receipt?order="_s)));
    QVERIFY(m_browser->navigate(backUrl));
    QVERIFY(eventually(
        [&] { return m_browser->text(u"#ers-reference"_s) == (*paid)[u"ersReference"_s]; }));
    QCOMPARE(m_browser->text(u"#receipt-total"_s), u"15.90 SEK"_s);
    QVERIFY(m_browser->script(u"return document.documentElement.scrollWidth <= 390"_s).toBool());
    QVERIFY(m_browser->setWindowSize(1280, 800));
}

void TestWebShopPages::declinedGoesBackToTheCart()
{
    startShop();
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk));
    QVERIFY(checkout(*m_browser));
    QVERIFY(m_sandbox->service().decline(onlyInvoiceReference()));
    QVERIFY(eventually([&] { return bodyState(*m_browser) == u"DECLINED"; }));
    QCOMPARE(m_browser->text(u"#status"_s),
             u"The payment was declined. Your cart is kept; you can try again."_s);
    QVERIFY(m_browser->click(u"#back-to-cart"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#cart-total"_s) == u"15.90 SEK"; }));
    QCOMPARE(m_web->journal().sales(QDateTime::fromSecsSinceEpoch(0))->first().status,
             journal::SaleStatus::Canceled);
}

void TestWebShopPages::customerCancels()
{
    startShop();
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk15, 2));
    QVERIFY(checkout(*m_browser));
    QVERIFY(m_browser->click(u"#cancel-button"_s));
    QVERIFY(eventually([&] { return bodyState(*m_browser) == u"CANCELED"; }));
    QCOMPARE(m_browser->text(u"#status"_s), u"The payment was canceled. Your cart is kept."_s);
    QCOMPARE(m_sandbox->service().state().invoices.value(onlyInvoiceReference()).status,
             InvoiceStatus::Canceled);
}

void TestWebShopPages::timeLimitCancelsAndOffersToTryAgain()
{
    webshop::WebShopSettings settings;
    settings.timeLimitMs = 3000;
    startShop(settings);
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk));
    QVERIFY(checkout(*m_browser));
    const QString first = onlyInvoiceReference();
    QVERIFY(eventually([&] { return bodyState(*m_browser) == u"TIMED_OUT"; }));
    QVERIFY(m_browser->text(u"#status"_s).startsWith(u"No payment arrived in time"));
    QCOMPARE(m_sandbox->service().state().invoices.value(first).status, InvoiceStatus::Canceled);
    QVERIFY(m_browser->click(u"#try-again"_s));
    QVERIFY(eventually([&] {
        return bodyState(*m_browser) == u"WAITING" &&
               m_sandbox->service().state().invoices.size() == 2;
    }));
}

void TestWebShopPages::twoBrowsersKeepTheirOwnCarts()
{
    startShop();
    WebDriver second;
    QVERIFY2(second.start(), qPrintable(second.error()));
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(second.navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk, 3));
    QVERIFY(addToCart(second, kMilk15, 1));
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(eventually([&] { return m_browser->text(u"#cart-total"_s) == u"47.70 SEK"; }));
    QVERIFY(second.navigate(url(u"/shop"_s)));
    QVERIFY(eventually([&] { return second.text(u"#cart-total"_s) == u"14.90 SEK"; }));
    QVERIFY(checkout(*m_browser));
    QVERIFY(checkout(second));
    QStringList totals;
    for (const auto &record : m_sandbox->service().state().invoices)
        totals.append(record.total.toDecimalString());
    totals.sort();
    QCOMPARE(totals, (QStringList{u"14.90"_s, u"47.70"_s}));
}

// A refused quantity leaves the cart as it was, and the box says so: it
// shows the cart's quantity again; a typed value that is not a number is
// told why.
void TestWebShopPages::quantityBoxShowsTheCartAfterARefusal()
{
    startShop();
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk, 2));
    const QString box = u"li.line[data-ean=\""_s + QLatin1StringView(kMilk) + u"\"] input.qty"_s;
    const auto shown = [&] {
        return m_browser->script(u"return document.querySelector('"_s + box + u"').value"_s)
            .toString();
    };
    const QString erase = u"\uE003\uE003\uE003"_s; // Backspace
    const QString enter = u"\uE007"_s;
    QVERIFY(m_browser->type(box, erase + u"150"_s + enter));
    QVERIFY(eventually(
        [&] { return m_browser->text(u"#message"_s) == u"At most 99 of one product."; }));
    QVERIFY(eventually([&] { return shown() == u"2"; }));
    QCOMPARE(m_browser->text(u"#cart-total"_s), u"31.80 SEK"_s);

    QVERIFY(m_browser->script(u"document.getElementById('message').textContent = ''"_s).isNull());
    QVERIFY(m_browser->type(box, erase + u"e"_s + enter)); // a number box cannot read "e"
    QVERIFY(eventually(
        [&] { return m_browser->text(u"#message"_s) == u"The quantity must be a whole number."; }));
    QCOMPARE(shown(), u"2"_s);
    QCOMPARE(m_browser->text(u"#cart-total"_s), u"31.80 SEK"_s);
}

void TestWebShopPages::tamperedPriceAndMissingCsrfAreIgnored()
{
    startShop();
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(eventually([&] {
        return m_browser->script(u"return document.body.dataset.ready"_s).toString() == u"true";
    }));
    // The page's own fetch, with a price, a total and a name of its own.
    const QJsonValue tampered = m_browser->script(
        u"return (async () => { const r = await window.kassa.post('/shop/api/cart', {ean: '"_s +
        QLatin1StringView(kMilk) +
        u"', quantity: 2, price: '0.01', unitPrice: 0.01, total: '0.02', name: 'Gratis'});"
        u"return r.data.total + '|' + r.data.lines[0].name; })();"_s);
    QCOMPARE(tampered.toString(), u"31.80\u00a0SEK|Mjölk 3 % 1 l"_s);
    // Without the CSRF token, or as a cross-site form would send it: refused.
    const QJsonValue noToken = m_browser->script(
        u"return (async () => { const r = await fetch('/shop/api/cart', {method: 'POST',"
        u"headers: {'Content-Type': 'application/json'},"
        u"body: JSON.stringify({ean: '"_s +
        QLatin1StringView(kMilk) + u"', quantity: 9})}); return r.status; })();"_s);
    QCOMPARE(noToken.toInt(), 403);
    const QJsonValue form = m_browser->script(
        u"return (async () => { const r = await fetch('/shop/api/cart', {method: 'POST', headers: "
        u"{'X-Kassa-CSRF': "
        u"window.kassa.csrf, 'Content-Type': 'application/x-www-form-urlencoded'}, body: "
        u"'ean="_s +
        QLatin1StringView(kMilk) + u"&quantity=9'}); return r.status; })();"_s);
    QCOMPARE(form.toInt(), 403);
    // Nothing a browser sends without its cookie touches any cart.
    int status = 0;
    http("POST", u"/shop/api/checkout"_s, "{}", &status);
    QCOMPARE(status, 403);
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(eventually([&] { return m_browser->text(u"#cart-total"_s) == u"31.80 SEK"; }));
    QVERIFY(checkout(*m_browser));
    QCOMPARE(m_sandbox->service().state().invoices.first().total.toDecimalString(), u"31.80"_s);
    // Malformed and oversized requests change nothing.
    http("POST", u"/shop/api/cart"_s, QByteArray(64 * 1024, 'x'), &status);
    QCOMPARE(status, 413);
    QCOMPARE(m_sandbox->service().state().invoices.size(), 1);
}

void TestWebShopPages::forgedNotificationChangesNothing()
{
    startShop();
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk));
    QVERIFY(checkout(*m_browser));
    const QString ref = onlyInvoiceReference();
    const QByteArray claim =
        QJsonDocument(QJsonObject{{u"invoiceReference"_s, ref}, {u"status"_s, u"PAID"_s}})
            .toJson(QJsonDocument::Compact);
    int status = 0;
    http("POST", u"/seqr/notify?token=made-up"_s, claim, &status);
    QCOMPARE(status, 404);
    // The real token with a lie in the body: the shop asks SEQR, which says ISSUED.
    const QString notifyUrl =
        m_sandbox->service().state().invoices.value(ref).invoice.notificationUrl;
    const QString path = QUrl(notifyUrl).path() + u'?' + QUrl(notifyUrl).query();
    const auto asked = [&] {
        return m_sandbox->serviceConst().state().invoices.value(ref).statusRequests;
    };
    const int askedBefore = asked();
    http("POST", path, claim, &status);
    QCOMPARE(status, 200);
    QTRY_VERIFY(asked() > askedBefore);
    QCOMPARE(bodyState(*m_browser), u"WAITING"_s);
    QCOMPARE(m_web->journal().sales(QDateTime::fromSecsSinceEpoch(0))->first().status,
             journal::SaleStatus::Open);
    QCOMPARE(m_sandbox->service().state().invoices.value(ref).status, InvoiceStatus::Issued);
    // A notification with a GET, or for another order's id, is no better.
    http("GET", path, {}, &status);
    QCOMPARE(status, 405);
    // The real payment still lands.
    QVERIFY(m_sandbox->service().pay(ref, u"1234"_s));
    QVERIFY(eventually([&] { return !m_browser->text(u"#ers-reference"_s).isEmpty(); }));
}

void TestWebShopPages::headersCookieAndLanguage()
{
    startShop();
    int status = 0;
    QList<QNetworkReply::RawHeaderPair> headers;
    const QByteArray page = http("GET", u"/shop"_s, {}, &status, &headers);
    QCOMPARE(status, 200);
    QVERIFY(page.contains("<html"));
    QByteArray csp, cookieHeader;
    for (const auto &[name, value] : headers) {
        if (name.compare("Content-Security-Policy", Qt::CaseInsensitive) == 0)
            csp = value;
    }
    QVERIFY(csp.contains("script-src 'self'"));
    QVERIFY(csp.contains("frame-ancestors 'none'"));
    // A look makes no session and no cookie (issue 26): the first change does.
    http("GET", u"/shop/api/cart"_s, {}, &status, &headers);
    for (const auto &[name, value] : headers) {
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            cookieHeader = value;
    }
    QCOMPARE(cookieHeader, QByteArray());
    QNetworkRequest first{QUrl(url(u"/shop/api/cart"_s))};
    first.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    first.setRawHeader("X-Kassa-CSRF", "new");
    std::unique_ptr<QNetworkReply> made(
        m_network.post(first, "{\"ean\":\"" + QByteArray(kMilk) + "\",\"quantity\":1}"));
    QSignalSpy madeDone(made.get(), &QNetworkReply::finished);
    QVERIFY(made->isFinished() || madeDone.wait(10000));
    QCOMPARE(made->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    cookieHeader = made->rawHeader("Set-Cookie");
    QVERIFY(cookieHeader.startsWith("kassa_session="));
    QVERIFY(cookieHeader.contains("HttpOnly"));
    QVERIFY(cookieHeader.contains("SameSite=Lax"));
    QCOMPARE(cookieHeader.split(';').first().size(), qsizetype(14 + 43));

    // The language switch: Swedish words, Swedish amounts.
    QVERIFY(m_browser->setWindowSize(1280, 800));
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk));
    QVERIFY(m_browser->click(u"#lang-sv"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#cart-heading"_s) == u"Din varukorg"; }));
    QVERIFY(eventually([&] { return m_browser->text(u"#cart-total"_s) == u"15,90 kr"; }));
    QCOMPARE(m_browser->script(u"return document.documentElement.lang"_s).toString(), u"sv"_s);
    QVERIFY(m_browser->click(u"#lang-en"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#cart-heading"_s) == u"Your cart"; }));
    // document.cookie cannot read the session: HttpOnly.
    QVERIFY(!m_browser->script(u"return document.cookie"_s).toString().contains(u"kassa_session"));
}

// Issue 31: a coupon code typed under the cart: the server says whether it
// is good and what it takes off; the page shows its line and the new total
// as text, and the invoice asks for that total.
void TestWebShopPages::couponTypedOnThePageLowersTheTotal()
{
    webshop::WebShopSettings settings;
    loyalty::Coupon coupon;
    coupon.code = u"WEB10"_s;
    coupon.name = u"Webbrabatt"_s;
    coupon.amount = Money(1000, Currency::sek());
    QVERIFY(settings.loyalty.addCoupon(coupon));
    startShop(settings);
    QVERIFY(m_browser->navigate(url(u"/shop"_s)));
    QVERIFY(addToCart(*m_browser, kMilk, 2));
    const auto plain = [&](const QString &selector) {
        return m_browser->text(selector).replace(QChar(0xa0), u' ');
    };
    QCOMPARE(plain(u"#cart-total"_s), u"31.80 SEK"_s);
    const QString enter = u"\uE007"_s;
    QVERIFY(m_browser->type(u"#coupon-code"_s, u"NOPE"_s + enter));
    QVERIFY(eventually(
        [&] { return m_browser->text(u"#message"_s) == u"That is not a coupon of this shop."; }));
    QCOMPARE(plain(u"#cart-total"_s), u"31.80 SEK"_s);
    QVERIFY(m_browser->script(u"document.getElementById('coupon-code').value = ''"_s).isNull());
    QVERIFY(m_browser->type(u"#coupon-code"_s, u"web10"_s + enter));
    QVERIFY(eventually(
        [&] { return m_browser->text(u"#message"_s) == u"The coupon web10 is on your order."; }));
    QCOMPARE(plain(u"#cart-total"_s), u"21.80 SEK"_s);
    QCOMPARE(plain(u"#cart-discounts"_s), u"Webbrabatt ****EB10: -10.00 SEK"_s);
    // Taken off again with the button beside the code: the total is back.
    QVERIFY(m_browser->click(u"#coupon-remove"_s));
    QVERIFY(eventually([&] {
        return m_browser->text(u"#message"_s) == u"The coupon is off your order; it is good again.";
    }));
    QCOMPARE(plain(u"#cart-total"_s), u"31.80 SEK"_s);
    QCOMPARE(plain(u"#cart-discounts"_s), QString());
    QVERIFY(m_browser->script(u"document.getElementById('coupon-code').value = ''"_s).isNull());
    QVERIFY(m_browser->type(u"#coupon-code"_s, u"web10"_s + enter));
    QVERIFY(eventually([&] { return plain(u"#cart-total"_s) == u"21.80 SEK"; }));
    QVERIFY(checkout(*m_browser));
    QCOMPARE(m_sandbox->service().state().invoices.value(onlyInvoiceReference()).total,
             Money(2180, Currency::sek()));
}

QTEST_GUILESS_MAIN(TestWebShopPages)
#include "tst_webshoppages.moc"
