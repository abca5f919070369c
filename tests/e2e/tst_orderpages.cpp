#include "core/shop/orderbook.h"
#include "core/shop/orderqueue.h"
#include "core/shop/orderservice.h"
#include "core/shop/webshop.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/webdriver.h"
#include "ui/cashierwindow.h"
#include "ui/orderqueuewidget.h"
#include "ui/web/orderfeedclient.h"
#include "ui/web/webshophost.h"

#include <QApplication>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kMilk = "7352601815907";   // Mjölk 3 % 1 l, 15.90
constexpr auto kMilk15 = "7383016613185"; // Mjölk 1,5 % 1 l, 14.90

} // namespace

// Scan to order end to end: the real sandbox plays SEQR and the SEQR app
// (a service code scanned → TOKEN → the order URL; the page's SEQR:// link
// followed; paid, declined or canceled in the app, which then opens the
// service's success, failure or cancel URL), kassa-web (WebShopHost, as
// kassa-web runs it) serves the pages to headless Chromium at 320×480 and
// 1280×800, and a till's cashier window (offscreen) receives the order over
// the order feed and hands it over.
class TestOrderPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void phoneOrdersAtTableSevenAndTheTillHandsItOver();
    void desktopOrdersAndATillStartedLaterStillGetsIt();
    void declinedLeadsBackToTheKeptOrder();
    void canceledInTheAppSaysSo();
    void expiredOrLeftTokenSaysScanAgain();
    void codesListOpensTheServiceOnThePhonePage();

private:
    struct Opened
    {
        QString token;
        QString orderUrl;
    };
    Opened scanCode(const QString &parameters);
    bool orderTwoMilksAndOneLight(WebDriver &browser);
    QString payInTheApp(WebDriver &browser, const Opened &opened, const char *how);
    void startTill();
    QString view(WebDriver &browser);
    QString state(WebDriver &browser);
    template<class Probe> bool eventually(Probe probe, int timeoutMs = 15000);

    std::unique_ptr<WebDriver> m_phone;
    std::unique_ptr<WebDriver> m_desktop;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<web::WebShopHost> m_host;
    // The till.
    std::unique_ptr<SeqrClient> m_tillClient;
    std::unique_ptr<journal::Journal> m_tillJournal;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<ui::CashierWindow> m_window;
    std::unique_ptr<shop::OrderQueue> m_queue;
    std::unique_ptr<web::OrderFeedClient> m_feed;
};

template<class Probe> bool TestOrderPages::eventually(Probe probe, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (probe())
            return true;
        QTest::qWait(50);
    }
    return probe();
}

void TestOrderPages::initTestCase()
{
    const QString missing = WebDriver::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(u"the order pages need a browser: "_s + missing));
    m_phone = std::make_unique<WebDriver>(QSize(320, 480));
    QVERIFY2(m_phone->start(), qPrintable(m_phone->error()));
}

void TestOrderPages::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    auto catalog = catalog::Catalog::open(m_dir->filePath(u"catalog.sqlite"_s));
    QVERIFY(catalog);
    m_catalog = std::move(catalog).value();
    QVERIFY(m_catalog->importCsvFile(u":/catalog/demo-catalog.csv"_s, Currency::sek()));

    // kassa-web as it runs: its till registered with the sandbox, the
    // service with tables and a menu of three products.
    web::WebShopHostOptions options;
    options.configPath = m_dir->filePath(u"webshop.json"_s);
    options.journalPath = m_dir->filePath(u"webshop/journal.sqlite"_s);
    options.endpoint = m_sandbox->soapUrl().toString();
    options.catalog = m_catalog.get();
    options.settings.shopName = u"Kafé Kassa"_s;
    options.server.port = 0;
    options.registerWith = SandboxFixture::reseller();
    options.registerSeqrId = u"KAFE1"_s;
    options.registerName = u"Kafé"_s;
    shop::OrderServiceConfig service;
    service.serviceId = u"KASSACAFE"_s;
    service.codes = shop::OrderServiceConfig::tables(8);
    service.codes.append({u"Disken"_s, {{u"counter"_s, u"1"_s}}});
    service.menu = {QString::fromLatin1(kMilk), QString::fromLatin1(kMilk15), u"7360913909962"_s};
    options.demoService = service;
    options.settings.phonePageUrl = m_sandbox->server().phoneUrl();
    m_host = std::make_unique<web::WebShopHost>(options);
    auto started = m_host->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().detail));
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isReady() && m_host->till().isRegistered(), 15000);
    QVERIFY(m_host->orderService());
    // The SEQR app knows the service by its base URL.
    const QUrl base = m_host->shopUrl().resolved(QUrl(u"/service"_s));
    QVERIFY(m_sandbox->service().registerService(
        sandbox::ExternalService::fromBaseUrl(u"KASSACAFE"_s, base)));
}

void TestOrderPages::cleanup()
{
    for (WebDriver *b : {m_phone.get(), m_desktop.get()}) {
        if (b)
            b->navigate(u"about:blank"_s);
    }
    m_feed.reset();
    m_window.reset();
    m_queue.reset();
    m_cart.reset();
    m_tillJournal.reset();
    m_tillClient.reset();
    m_host.reset();
    m_catalog.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestOrderPages::startTill()
{
    m_tillClient = m_sandbox->makeClient();
    auto journal = journal::Journal::open(m_dir->filePath(u"till/journal.sqlite"_s));
    QVERIFY(journal);
    m_tillJournal = std::move(journal).value();
    m_cart = std::make_unique<Cart>(Currency::sek());
    ui::CashierContext context;
    context.catalog = m_catalog.get();
    context.journal = m_tillJournal.get();
    context.client = m_tillClient.get();
    context.receiptFolder = m_dir->filePath(u"till/receipts"_s);
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    m_window = std::make_unique<ui::CashierWindow>(context, m_cart.get());
    m_queue = std::make_unique<shop::OrderQueue>();
    m_feed = std::make_unique<web::OrderFeedClient>(
        shop::OrderFeedConfig{m_host->shopUrl().resolved(QUrl(u"/"_s)).toString(),
                              m_host->till().orderService.feedKey},
        m_queue.get());
    m_feed->setReconnectInterval(300);
    m_window->setOrderQueue(m_queue.get());
    m_window->resize(1280, 800);
    m_window->show();
    m_feed->start();
    QTRY_VERIFY(m_queue->isConnected());
}

QString TestOrderPages::view(WebDriver &browser)
{
    return browser.script(u"return document.body ? (document.body.dataset.view || '') : ''"_s)
        .toString();
}

QString TestOrderPages::state(WebDriver &browser)
{
    return browser.script(u"return document.body ? (document.body.dataset.state || '') : ''"_s)
        .toString();
}

TestOrderPages::Opened TestOrderPages::scanCode(const QString &parameters)
{
    auto opened = m_sandbox->service().scan(u"HTTP://SEQR.SE/000/KASSACAFE?"_s + parameters);
    if (!opened)
        return {};
    return {(*opened)[u"token"_s].toString(), (*opened)[u"orderUrl"_s].toString()};
}

bool TestOrderPages::orderTwoMilksAndOneLight(WebDriver &browser)
{
    if (!eventually([&] { return view(browser) == u"menu"; }))
        return false;
    const auto plus = [&](const char *ean) -> QString {
        return u"li.product[data-ean=\""_s + QLatin1StringView(ean) + u"\"] button.plus"_s;
    };
    const auto count = [&](const char *ean) {
        return browser.text(u"li.product[data-ean=\""_s + QLatin1StringView(ean) + u"\"] .count"_s);
    };
    for (const char *ean : {kMilk, kMilk, kMilk15}) {
        const int before = count(ean).toInt();
        // As a customer scrolls the button clear of the sticky total bar.
        browser.script(u"document.querySelector('"_s + plus(ean) +
                       u"').scrollIntoView({block: 'center'})"_s);
        if (!browser.click(plus(ean)) ||
            !eventually([&] { return count(ean).toInt() == before + 1; }))
            return false;
    }
    return eventually([&] { return browser.text(u"#menu-total"_s) == u"46.70 SEK"; });
}

// Pays (or declines, or cancels) the page's invoice as the SEQR app does and
// opens the URL the app opens afterwards. Returns the invoice reference.
QString TestOrderPages::payInTheApp(WebDriver &browser, const Opened &opened, const char *how)
{
    if (!browser.click(u"#review-button"_s) ||
        !eventually([&] { return view(browser) == u"review"; }))
        return {};
    if (browser.text(u"#review-total"_s) != u"46.70 SEK")
        return {};
    if (!browser.click(u"#pay-button"_s) ||
        !eventually([&] { return state(browser) == u"WAITING"; }))
        return {};
    // The page triggered SEQR://SEQR.SE/R<ref>; the app follows it.
    const QString link = browser.script(u"return window.kassaOrder.order.appLink"_s).toString();
    if (!link.startsWith(u"SEQR://SEQR.SE/R"))
        return {};
    auto followed = m_sandbox->service().followLink(link, opened.token);
    if (!followed)
        return {};
    const QString ref = link.mid(16);
    const auto end = [&]() -> Result<QJsonObject> {
        if (qstrcmp(how, "pay") == 0)
            return m_sandbox->service().pay(ref, u"1234"_s);
        if (qstrcmp(how, "decline") == 0)
            return m_sandbox->service().decline(ref);
        return m_sandbox->service().customerCancel(ref);
    };
    const auto ended = end();
    if (!ended)
        return {};
    auto invoice = m_sandbox->service().invoice(ref);
    if (!invoice)
        return {};
    const QString returnUrl = (*invoice)[u"returnUrl"_s].toString();
    if (returnUrl.isEmpty() || !browser.navigate(returnUrl))
        return {};
    return ref;
}

void TestOrderPages::phoneOrdersAtTableSevenAndTheTillHandsItOver()
{
    startTill();
    WebDriver &phone = *m_phone;
    const Opened opened = scanCode(u"table=7"_s);
    QVERIFY(!opened.token.isEmpty());
    QVERIFY(opened.orderUrl.endsWith(u"/service/order#"_s + opened.token));
    QVERIFY(phone.navigate(opened.orderUrl));
    QVERIFY(eventually([&] { return view(phone) == u"menu"; }));
    QCOMPARE(phone.text(u"#place"_s), u"Table 7"_s);
    QCOMPARE(phone.text(u"#shop-name"_s), u"Kafé Kassa"_s);
    // The menu: the three products the manager chose, nothing else.
    QCOMPARE(phone.script(u"return document.querySelectorAll('li.product').length"_s).toInt(), 3);
    // Nothing wider than the phone's 320 px.
    QVERIFY(phone.script(u"return document.documentElement.scrollWidth <= 320"_s).toBool());
    QVERIFY(orderTwoMilksAndOneLight(phone));
    // Review, then back to the menu (iPhones have no back key), then review again.
    QVERIFY(phone.click(u"#review-button"_s));
    QVERIFY(eventually([&] { return view(phone) == u"review"; }));
    QVERIFY(phone.text(u"#review-lines"_s).contains(u"2 × Mjölk 3 % 1 l"));
    QVERIFY(phone.click(u"#back-button"_s));
    QVERIFY(eventually([&] { return view(phone) == u"menu"; }));

    const QString ref = payInTheApp(phone, opened, "pay");
    QVERIFY(!ref.isEmpty());
    // The invoice: the catalog's prices, the table in its title.
    const auto invoice = m_sandbox->service().invoice(ref);
    QVERIFY(invoice);
    QCOMPARE((*invoice)[u"total"_s].toString(), u"46.70"_s);
    QCOMPARE((*invoice)[u"title"_s].toString(), u"Kafé Kassa \u2014 Table 7"_s);
    // SEQR told the shop through its notificationUrl.
    QTRY_VERIFY(!(*m_sandbox->service().invoice(ref))[u"notifications"_s].toArray().isEmpty());

    // Success page: the order number (the receipt's) and where it goes.
    QVERIFY(phone.currentUrl().contains(u"/service/success#"_s));
    QVERIFY(eventually([&] { return !phone.text(u"#order-number"_s).isEmpty(); }));
    const QString number = phone.text(u"#order-number"_s);
    const auto paidInvoice = m_sandbox->service().invoice(ref);
    QVERIFY(paidInvoice);
    const auto sale =
        m_host->journal()->saleByErsReference((*paidInvoice)[u"ersReference"_s].toString());
    QVERIFY(sale);
    QCOMPARE(number, QString::number(sale->receiptNumber.value()));
    QVERIFY(phone.text(u"#pickup"_s).contains(u"Table 7"));
    QVERIFY(phone.text(u"#rows"_s).contains(u"2 × Mjölk 3 % 1 l"));

    // At the till at once: the order, highlighted, with its rows.
    const QString card = u"order-"_s + number;
    QTRY_VERIFY(m_window->findChild<QFrame *>(card));
    auto *frame = m_window->findChild<QFrame *>(card);
    QVERIFY(frame->isVisible());
    QVERIFY(frame->property("highlighted").toBool());
    QCOMPARE(m_window->orderQueueWidget()->announcements(), 1);
    QCOMPARE(frame->findChild<QLabel *>(u"title"_s)->text(), u"Order %1 · Table 7"_s.arg(number));
    QVERIFY(frame->findChild<QLabel *>(u"rows"_s)->text().contains(u"2 × Mjölk 3 % 1 l"));
    auto *handOver = frame->findChild<QPushButton *>(u"handOver-"_s + number);
    QVERIFY(handOver);
    QTest::mouseClick(handOver, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QFrame *>(card));
    QTRY_COMPARE(m_host->orderService()->book()->order(sale->id)->state,
                 shop::ServiceOrder::State::HandedOver);
}

void TestOrderPages::desktopOrdersAndATillStartedLaterStillGetsIt()
{
    m_desktop = std::make_unique<WebDriver>();
    QVERIFY2(m_desktop->start(), qPrintable(m_desktop->error()));
    WebDriver &desk = *m_desktop;
    QVERIFY(desk.setWindowSize(1280, 800));
    const Opened opened = scanCode(u"counter=1"_s);
    QVERIFY(desk.navigate(opened.orderUrl));
    QVERIFY(orderTwoMilksAndOneLight(desk));
    QCOMPARE(desk.text(u"#place"_s), u"Disken"_s);
    // The till is off while the order is paid.
    const QString ref = payInTheApp(desk, opened, "pay");
    QVERIFY(!ref.isEmpty());
    QVERIFY(eventually([&] { return !desk.text(u"#order-number"_s).isEmpty(); }));
    const QString number = desk.text(u"#order-number"_s);
    startTill();
    QTRY_VERIFY(m_window->findChild<QFrame *>(u"order-"_s + number));
    QVERIFY(m_window->findChild<QFrame *>(u"order-"_s + number)->property("highlighted").toBool());
}

void TestOrderPages::declinedLeadsBackToTheKeptOrder()
{
    WebDriver &phone = *m_phone;
    const Opened opened = scanCode(u"table=3"_s);
    QVERIFY(phone.navigate(opened.orderUrl));
    QVERIFY(orderTwoMilksAndOneLight(phone));
    QVERIFY(!payInTheApp(phone, opened, "decline").isEmpty());
    QVERIFY(phone.currentUrl().contains(u"/service/failure#"_s + opened.token));
    QVERIFY(eventually(
        [&] { return phone.text(u"#status"_s).contains(u"The payment did not go through"); }));
    QVERIFY(eventually([&] { return !phone.find(u"#back-to-order:not([hidden])"_s).isEmpty(); }));
    // The customer taps "Back to your order".
    QVERIFY(
        phone.script(u"document.getElementById('back-to-order').click(); return true"_s).toBool());
    QVERIFY(eventually([&] { return phone.currentUrl().contains(u"/service/order#"_s); }));
    QVERIFY2(
        eventually([&] { return view(phone) == u"menu"; }),
        qPrintable(phone.currentUrl() + u' ' + view(phone) + u' ' + phone.text(u"#message"_s)));
    QCOMPARE(phone.text(u"#menu-total"_s), u"46.70 SEK"_s); // the order is kept
    QVERIFY(m_host->orderService()->book()->toHandOver().isEmpty());
}

void TestOrderPages::canceledInTheAppSaysSo()
{
    WebDriver &phone = *m_phone;
    const Opened opened = scanCode(u"table=4"_s);
    QVERIFY(phone.navigate(opened.orderUrl));
    QVERIFY(orderTwoMilksAndOneLight(phone));
    QVERIFY(!payInTheApp(phone, opened, "cancel").isEmpty());
    QVERIFY(phone.currentUrl().contains(u"/service/cancel#"_s));
    QVERIFY(
        eventually([&] { return phone.text(u"#status"_s).contains(u"You canceled the payment"); }));
    QVERIFY(eventually([&] { return state(phone) == u"CANCELED"; }));
    QVERIFY(m_host->orderService()->book()->toHandOver().isEmpty());
}

void TestOrderPages::expiredOrLeftTokenSaysScanAgain()
{
    WebDriver &phone = *m_phone;
    // A token SEQR never issued.
    QVERIFY(phone.navigate(
        m_host->shopUrl().resolved(QUrl(u"/service/order#NOSUCHTOKEN"_s)).toString()));
    QVERIFY(eventually([&] { return view(phone) == u"expired"; }));
    QVERIFY(phone.text(u"#expired-text"_s).contains(u"Scan the code"));
    QCOMPARE(phone.script(u"return document.getElementById('leave-expired').getAttribute('href')"_s)
                 .toString(),
             u"SEQR-ACTION://WIZARD/CANCEL"_s);
    // A customer who left the service: AUTHORIZATION_CANCELLED.
    const Opened opened = scanCode(u"table=5"_s);
    QVERIFY(m_sandbox->service().leaveService(opened.token));
    QVERIFY(phone.navigate(u"about:blank"_s));
    QVERIFY(phone.navigate(opened.orderUrl));
    QVERIFY(eventually([&] { return view(phone) == u"expired"; }));
    QCOMPARE(phone.script(u"return document.querySelectorAll('li.product').length"_s).toInt(), 0);
}

void TestOrderPages::codesListOpensTheServiceOnThePhonePage()
{
    WebDriver &phone = *m_phone;
    QVERIFY(phone.navigate(m_host->shopUrl().resolved(QUrl(u"/service/codes"_s)).toString()));
    QVERIFY(eventually([&] {
        return phone.script(u"return document.querySelectorAll('li.code').length"_s).toInt() == 9;
    }));
    QCOMPARE(phone.text(u"li.code h3"_s), u"Table 1"_s);
    QCOMPARE(phone.text(u"li.code a.code-link"_s), u"HTTP://SEQR.SE/000/KASSACAFE?table=1"_s);
    // Tapping "Scan with the demo phone" scans it on the sandbox's phone
    // page, which opens the service: a client session at table 1.
    QVERIFY(m_sandbox->service().sessions().isEmpty());
    QVERIFY(phone.script(u"document.querySelector('li.code a.phone-link').click(); return true"_s)
                .toBool());
    QVERIFY(eventually([&] { return m_sandbox->service().sessions().size() == 1; }));
    const auto session = m_sandbox->service().sessions().first();
    QCOMPARE(session.serviceId, u"KASSACAFE"_s);
    QCOMPARE(session.qrParameters.size(), 1);
    QCOMPARE(session.qrParameters.first().value, u"1"_s);
}

QTEST_MAIN(TestOrderPages)
#include "tst_orderpages.moc"
