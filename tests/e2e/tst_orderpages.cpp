#include "core/ordering/orderbook.h"
#include "core/ordering/orderfeedclient.h"
#include "core/ordering/orderqueue.h"
#include "core/ordering/orderservice.h"
#include "core/webshop/webshop.h"
#include "tests/support/browsertest.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sqlitefile.h"
#include "tests/support/testing.h"
#include "tests/support/webdriver.h"
#include "tests/support/webhostfixture.h"
#include "ui/cashierwindow.h"
#include "ui/orderqueuewidget.h"
#include "ui/web/webshophost.h"

#include <QApplication>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;
using kassa::test::eventually;

namespace {

constexpr auto kMilk = "7352601815907";   // Mjölk 3 % 1 l, 15.90
constexpr auto kMilk15 = "7383016613185"; // Mjölk 1,5 % 1 l, 14.90

} // namespace

// Scan to order end to end, as a customer does it: the real sandbox plays
// SEQR, and its phone page plays the customer's SEQR app in headless
// Chromium at 320×480 and 1280×800. The customer scans a table's code in
// the app, which opens the service's order page in its web view (the
// sandbox's reverse proxy) with #TOKEN; kassa-web (WebShopHost, as kassa-web
// runs it) asks SEQR who scanned which code; the customer picks, reviews and
// pays; the page's SEQR:// link makes the app show the invoice, the customer
// confirms with the PIN (or declines, or cancels), and the app opens the
// service's success, failure or cancel page in the web view. A till's
// cashier window (offscreen) receives the order over the order feed and
// hands it over.
class TestOrderPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void phoneOrdersAtTableSevenAndTheTillHandsItOver();
    void desktopOrdersAndATillStartedLaterStillGetsIt();
    void successPageSaysTryAgainWhileTheJournalCannotBeRead();
    void declinedLeadsBackToTheKeptOrder();
    void canceledInTheAppSaysSo();
    void expiredTokenSaysScanAgain();
    void tokenCancelledBeforePayingSaysScanAgain();
    void unknownOrLeftTokenOutsideTheAppSaysScanAgain();
    void codesListOpensTheServiceOnThePhonePage();

private:
    enum class End
    {
        Pay,
        Decline,
        Cancel
    };
    // Scans HTTP://SEQR.SE/000/KASSACAFE?<parameters> in the phone page and
    // waits for the app's web view to open the order page; returns its TOKEN.
    QString scanInTheApp(WebDriver &browser, const QString &parameters);
    // Runs `steps` once inside the app's web view.
    bool inWebView(WebDriver &browser, const std::function<bool()> &steps);
    // Waits until `probe` holds inside the app's web view.
    bool eventuallyInWebView(WebDriver &browser, const std::function<bool()> &probe,
                             int timeoutMs = 15000);
    // Inside the web view: two of the one milk, one of the other.
    bool orderTwoMilksAndOneLight(WebDriver &browser);
    // Review, "Order and pay with SEQR", the app shows the invoice; then
    // the customer pays with the PIN, declines or cancels it in the app.
    // Returns the invoice reference.
    // Scanned at `place` (e.g. "table=3"), two milks and one light ordered
    // from the menu and the payment ended in the app `how`: its invoice
    // reference (empty when a step did not happen), the visit's token in
    // `token`.
    QString orderTwoMilksAndOneLightAt(WebDriver &browser, const QString &place, End how,
                                       QString *token);
    QString orderAndEndInTheApp(WebDriver &browser, const QString &token, End how);
    // What the outcome page (success, failure, cancel) in the web view shows.
    struct OutcomePage
    {
        QString heading;
        QString place;
        bool backShown = false; // "Back to your order"
    };
    OutcomePage outcomePage(WebDriver &browser);
    // A payment that did not go through, as the app ends it (`end`): SEQR's
    // invoice `invoiceStatus`, then the service's `page` (with the TOKEN)
    // whose status begins `said` under the heading `heading`.
    struct Ending
    {
        End end;
        QString invoiceStatus;
        QString page;
        QString said;
        QString heading;
    };
    // Two milks and a light ordered at table `table`, the payment ended as
    // `ending` says, and its outcome page checked (the place "Table
    // <table>"); that page in `shown`.
    void orderAndEnd(WebDriver &phone, int table, const Ending &ending, OutcomePage *shown);
    bool isShown(WebDriver &browser, const QString &id);
    void startTill();
    QString view(WebDriver &browser);
    QString state(WebDriver &browser);

    std::unique_ptr<WebDriver> m_phone;
    std::unique_ptr<WebDriver> m_desktop;
    std::unique_ptr<test::WebHostFixture> m_web;
    // The till (startTill()): a cashier's window that the shop's order feed
    // reaches, as a till in the café runs it; torn down feed first.
    struct Till
    {
        std::unique_ptr<SeqrClient> client;
        std::unique_ptr<journal::Journal> journal;
        Cart cart;
        ordering::OrderQueue queue;
        std::unique_ptr<ui::CashierWindow> window;
        std::unique_ptr<ordering::OrderFeedClient> feed;
    };
    std::unique_ptr<Till> m_till;
};

void TestOrderPages::initTestCase()
{
    KASSA_START_BROWSER(m_phone, "the order pages need a browser", QSize(320, 480));
}

void TestOrderPages::init()
{
    sandbox::SandboxOptions sandboxOptions;
    // As `seqr-sandbox --session-lifetime 0.001`: every TOKEN has expired by
    // the time a backend asks about it (the page loads in far more than 1 ms).
    if (qstrcmp(QTest::currentTestFunction(), "expiredTokenSaysScanAgain") == 0)
        sandboxOptions.sessionLifetimeMs = 1;
    m_web = std::make_unique<test::WebHostFixture>(sandboxOptions);
    QVERIFY2(m_web->problem.isEmpty(), qPrintable(m_web->problem));

    // kassa-web as it runs: its till registered with the sandbox, the
    // service with tables and a menu of three products.
    web::WebShopHostOptions options = m_web->cafeOptions();
    options.demoService->codes.append({u"Disken"_s, {{u"counter"_s, u"1"_s}}});
    options.demoService->menu = {QString::fromLatin1(kMilk), QString::fromLatin1(kMilk15),
                                 u"7360913909962"_s};
    options.settings.phonePageUrl = m_web->sandbox->server().phoneUrl();
    // Started, and the SEQR app knows the service by its base URL.
    QVERIFY(m_web->start(options));
    QVERIFY(m_web->host->orderService());
}

void TestOrderPages::cleanup()
{
    for (WebDriver *b : {m_phone.get(), m_desktop.get()}) {
        if (b) {
            b->switchToTopFrame();
            b->navigate(u"about:blank"_s);
        }
    }
    m_till.reset();
    m_web.reset();
}

void TestOrderPages::startTill()
{
    m_till = std::make_unique<Till>();
    m_till->client = m_web->sandbox->makeClient();
    auto journal = journal::Journal::open(m_web->dir->filePath(u"till/journal.sqlite"_s));
    QVERIFY(journal);
    m_till->journal = std::move(journal).value();
    ui::CashierContext context;
    context.catalog = m_web->catalog.get();
    context.journal = m_till->journal.get();
    context.client = m_till->client.get();
    context.receiptFolder = m_web->dir->filePath(u"till/receipts"_s);
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    m_till->window = std::make_unique<ui::CashierWindow>(context, &m_till->cart);
    m_till->feed = std::make_unique<ordering::OrderFeedClient>(
        ordering::OrderFeedConfig{m_web->host->shopUrl().resolved(QUrl(u"/"_s)).toString(),
                                  m_web->host->till().orderService.feedKey},
        &m_till->queue);
    m_till->feed->setReconnectInterval(300);
    m_till->window->setOrderQueue(&m_till->queue);
    m_till->window->resize(1280, 800);
    m_till->window->show();
    m_till->feed->start();
    QTRY_VERIFY(m_till->queue.isConnected());
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

bool TestOrderPages::isShown(WebDriver &browser, const QString &id)
{
    return browser
        .script(u"const e = document.getElementById('"_s + id +
                u"'); return e !== null && e.offsetParent !== null"_s)
        .toBool();
}

bool TestOrderPages::inWebView(WebDriver &browser, const std::function<bool()> &steps)
{
    if (!browser.switchToFrame(u"#webview"_s))
        return false;
    const bool ok = steps();
    browser.switchToTopFrame();
    return ok;
}

bool TestOrderPages::eventuallyInWebView(WebDriver &browser, const std::function<bool()> &probe,
                                         int timeoutMs)
{
    // The frame is looked up afresh each time: the app replaces its page.
    return eventually([&] { return inWebView(browser, probe); }, timeoutMs);
}

QString TestOrderPages::scanInTheApp(WebDriver &browser, const QString &parameters)
{
    if (!browser.navigate(m_web->sandbox->server().phoneUrl().toString()) ||
        !eventually([&] { return isShown(browser, u"scan-button"_s); }) ||
        !browser.type(u"#qr-input"_s, u"HTTP://SEQR.SE/000/KASSACAFE?"_s + parameters) ||
        !browser.click(u"#scan-button"_s))
        return {};
    QString token;
    eventuallyInWebView(browser, [&] {
        if (browser.script(u"return location.pathname"_s).toString() != u"/service/order")
            return false;
        token = browser.script(u"return decodeURIComponent(location.hash.slice(1))"_s).toString();
        return !token.isEmpty();
    });
    return token;
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

TestOrderPages::OutcomePage TestOrderPages::outcomePage(WebDriver &browser)
{
    OutcomePage page;
    const bool read = inWebView(browser, [&] {
        page.heading = browser.text(u"#heading"_s);
        page.place = browser.text(u"#place"_s);
        page.backShown = isShown(browser, u"back-to-order"_s);
        return true;
    });
    return read ? page : OutcomePage{};
}

QString TestOrderPages::orderTwoMilksAndOneLightAt(WebDriver &browser, const QString &place,
                                                   End how, QString *token)
{
    *token = scanInTheApp(browser, place);
    if (token->isEmpty() ||
        !eventuallyInWebView(browser, [&] { return view(browser) == u"menu"; }) ||
        !inWebView(browser, [&] { return orderTwoMilksAndOneLight(browser); }))
        return {};
    return orderAndEndInTheApp(browser, *token, how);
}

QString TestOrderPages::orderAndEndInTheApp(WebDriver &browser, const QString &token, End how)
{
    // In the web view: review, then "Order and pay with SEQR"; the page
    // triggers SEQR://SEQR.SE/R<ref> and the app takes over.
    const bool ordered = inWebView(browser, [&] {
        return browser.click(u"#review-button"_s) &&
               eventually([&] { return view(browser) == u"review"; }) &&
               browser.text(u"#review-total"_s) == u"46.70 SEK" && browser.click(u"#pay-button"_s);
    });
    if (!ordered)
        return {};
    // The app shows the invoice the service sent: its rows and the amount.
    if (!eventually([&] {
            return isShown(browser, u"invoice-section"_s) &&
                   browser.text(u"#total"_s) == u"46.70 SEK";
        }))
        return {};
    if (!browser.text(u"#rows"_s).contains(u"Mjölk 3 % 1 l") ||
        browser.text(u"#status"_s) != u"Waiting for you to confirm")
        return {};
    // The app tied the payment to the customer's visit of the service.
    const QString ref = m_web->sandbox->service().sessions().value(token).invoiceReference;
    if (ref.isEmpty())
        return {};
    const auto showPin = [&] {
        return browser.click(u"#confirm-button"_s) &&
               eventually([&] { return isShown(browser, u"pin-section"_s); });
    };
    switch (how) {
    case End::Pay:
        if (!showPin() || !browser.type(u"#pin-input"_s, u"1234"_s) ||
            !browser.click(u"#pay-button"_s))
            return {};
        // The app's receipt.
        if (!eventually([&] { return !browser.text(u"#ers-reference"_s).isEmpty(); }) ||
            browser.text(u"#receipt-total"_s) != u"46.70 SEK")
            return {};
        break;
    case End::Decline:
        if (!browser.click(u"#decline-button"_s))
            return {};
        break;
    case End::Cancel:
        if (!showPin() || !browser.click(u"#cancel-button"_s))
            return {};
        break;
    }
    // The app's word for how it ended.
    const QString ended = how == End::Pay       ? u"Paid"_s
                          : how == End::Decline ? u"The payment did not go through"_s
                                                : u"Canceled"_s;
    if (!eventually([&] { return browser.text(u"#status"_s) == ended; }))
        return {};
    return ref;
}

void TestOrderPages::phoneOrdersAtTableSevenAndTheTillHandsItOver()
{
    startTill();
    WebDriver &phone = *m_phone;
    const QString token = scanInTheApp(phone, u"table=7"_s);
    QVERIFY2(!token.isEmpty(), qPrintable(phone.error()));
    QCOMPARE(m_web->sandbox->service().sessions().value(token).serviceId, u"KASSACAFE"_s);
    // The web view fits the phone.
    const int width =
        phone.script(u"return document.getElementById('webview').getBoundingClientRect().width"_s)
            .toInt();
    QVERIFY2(width > 0 && width <= 320, qPrintable(QString::number(width)));
    QVERIFY(eventuallyInWebView(phone, [&] { return view(phone) == u"menu"; }));
    QVERIFY(inWebView(phone, [&] {
        return phone.text(u"#place"_s) == u"Table 7" &&
               phone.text(u"#shop-name"_s) == u"Kafé Kassa" &&
               // The menu: the three products the manager chose, nothing else.
               phone.script(u"return document.querySelectorAll('li.product').length"_s).toInt() ==
                   3 &&
               // Nothing wider than the web view.
               phone
                   .script(u"return document.documentElement.scrollWidth <= "_s
                           u"document.documentElement.clientWidth"_s)
                   .toBool();
    }));
    QVERIFY(inWebView(phone, [&] { return orderTwoMilksAndOneLight(phone); }));
    // Review, then back to the menu (iPhones have no back key).
    QVERIFY(inWebView(phone, [&] {
        return phone.click(u"#review-button"_s) &&
               eventually([&] { return view(phone) == u"review"; }) &&
               phone.text(u"#review-lines"_s).contains(u"2 × Mjölk 3 % 1 l") &&
               phone.click(u"#back-button"_s) && eventually([&] { return view(phone) == u"menu"; });
    }));

    const QString ref = orderAndEndInTheApp(phone, token, End::Pay);
    QVERIFY2(!ref.isEmpty(), qPrintable(phone.error()));
    // The invoice: the catalog's prices, the table in its title.
    const auto invoice = m_web->sandbox->service().invoice(ref);
    QVERIFY(invoice);
    QCOMPARE((*invoice)[u"total"_s].toString(), u"46.70"_s);
    QCOMPARE((*invoice)[u"title"_s].toString(), u"Kafé Kassa \u2014 Table 7"_s);
    QCOMPARE((*invoice)[u"status"_s].toString(), u"PAID"_s);

    // Back in the web view: the success page with the order number (the
    // receipt's) and where it goes.
    QString number;
    QVERIFY2(eventuallyInWebView(
                 phone,
                 [&] {
                     if (phone.script(u"return location.pathname + location.hash"_s).toString() !=
                         u"/service/success#"_s + token + u'_' + ref)
                         return false;
                     number = phone.text(u"#order-number"_s);
                     return !number.isEmpty();
                 }),
             qPrintable(phone.error()));
    const auto paidInvoice = m_web->sandbox->service().invoice(ref);
    QVERIFY(paidInvoice);
    const auto sale =
        m_web->host->journal()->saleByErsReference((*paidInvoice)[u"ersReference"_s].toString());
    QVERIFY(sale);
    QCOMPARE(number, QString::number(sale->receiptNumber.value()));
    QVERIFY(inWebView(phone, [&] {
        return phone.text(u"#heading"_s) == u"Thank you for your order!" &&
               phone.text(u"#pickup"_s).contains(u"We bring your order to Table 7.") &&
               phone.text(u"#rows"_s).contains(u"2 × Mjölk 3 % 1 l") &&
               phone.text(u"#total"_s) == u"46.70 SEK";
    }));
    // SEQR told the shop through its notificationUrl.
    QTRY_VERIFY(!(*m_web->sandbox->service().invoice(ref))[u"notifications"_s].toArray().isEmpty());

    // At the till at once: the order, highlighted, with its rows.
    const QString card = u"order-"_s + number;
    QTRY_VERIFY(m_till->window->findChild<QFrame *>(card));
    auto *frame = m_till->window->findChild<QFrame *>(card);
    QVERIFY(frame->isVisible());
    QVERIFY(frame->property("highlighted").toBool());
    QCOMPARE(m_till->window->orderQueueWidget()->announcements(), 1);
    QCOMPARE(frame->findChild<QLabel *>(u"title"_s)->text(), u"Order %1 · Table 7"_s.arg(number));
    QVERIFY(frame->findChild<QLabel *>(u"rows"_s)->text().contains(u"2 × Mjölk 3 % 1 l"));
    auto *handOver = frame->findChild<QPushButton *>(u"handOver-"_s + number);
    QVERIFY(handOver);
    QTest::mouseClick(handOver, Qt::LeftButton);
    QTRY_VERIFY(!m_till->window->findChild<QFrame *>(card));
    QTRY_COMPARE(m_web->host->orderService()->book()->order(sale->id)->state,
                 ordering::ServiceOrder::State::HandedOver);
}

void TestOrderPages::desktopOrdersAndATillStartedLaterStillGetsIt()
{
    m_desktop = std::make_unique<WebDriver>();
    QVERIFY2(m_desktop->start(), qPrintable(m_desktop->error()));
    WebDriver &desk = *m_desktop;
    QVERIFY(desk.setWindowSize(1280, 800));
    const QString token = scanInTheApp(desk, u"counter=1"_s);
    QVERIFY2(!token.isEmpty(), qPrintable(desk.error()));
    QVERIFY(eventuallyInWebView(desk, [&] { return view(desk) == u"menu"; }));
    QVERIFY(inWebView(desk, [&] {
        return desk.text(u"#place"_s) == u"Disken" && orderTwoMilksAndOneLight(desk);
    }));
    // The till is off while the order is paid.
    const QString ref = orderAndEndInTheApp(desk, token, End::Pay);
    QVERIFY2(!ref.isEmpty(), qPrintable(desk.error()));
    QString number;
    QVERIFY(eventuallyInWebView(desk, [&] {
        number = desk.text(u"#order-number"_s);
        return !number.isEmpty() && desk.text(u"#pickup"_s).contains(u"Disken");
    }));
    startTill();
    QTRY_VERIFY(m_till->window->findChild<QFrame *>(u"order-"_s + number));
    auto *frame = m_till->window->findChild<QFrame *>(u"order-"_s + number);
    QVERIFY(frame->property("highlighted").toBool());
    QCOMPARE(frame->findChild<QLabel *>(u"title"_s)->text(), u"Order %1 · Disken"_s.arg(number));
}

// The success page reloaded while the journal cannot be read (another tool
// moved its table): /service/api/placed answers 503 and the page, asking
// again each second, shows the server's "try again" sentence, not "no such
// order"; once the journal is back it shows the order number again.
void TestOrderPages::successPageSaysTryAgainWhileTheJournalCannotBeRead()
{
    WebDriver &phone = *m_phone;
    QString token;
    const QString ref = orderTwoMilksAndOneLightAt(phone, u"table=5"_s, End::Pay, &token);
    QVERIFY2(!ref.isEmpty(), qPrintable(phone.error()));
    QString number;
    QVERIFY(eventuallyInWebView(phone, [&] {
        number = phone.text(u"#order-number"_s);
        return !number.isEmpty();
    }));

    const auto raw = [&](const QString &sql) {
        return test::execSql(m_web->host->journalPath(), sql);
    };
    QVERIFY(raw(u"ALTER TABLE sales RENAME TO sales_moved"_s));
    QVERIFY(inWebView(phone, [&] {
        phone.script(u"location.reload()"_s);
        return true;
    }));
    const QString sentence =
        u"The shop cannot read its records right now. Please try again in a moment."_s;
    QVERIFY(eventuallyInWebView(phone, [&] {
        return phone.text(u"#message"_s) == sentence && phone.text(u"#order-number"_s).isEmpty();
    }));
    QVERIFY(raw(u"ALTER TABLE sales_moved RENAME TO sales"_s));
    QVERIFY(eventuallyInWebView(phone, [&] {
        return phone.text(u"#order-number"_s) == number && phone.text(u"#message"_s).isEmpty() &&
               state(phone) == u"PAID";
    }));
}

void TestOrderPages::orderAndEnd(WebDriver &phone, int table, const Ending &ending,
                                 OutcomePage *shown)
{
    QString token;
    const QString ref =
        orderTwoMilksAndOneLightAt(phone, u"table="_s + QString::number(table), ending.end, &token);
    QVERIFY2(!ref.isEmpty(), qPrintable(phone.error()));
    QCOMPARE((*m_web->sandbox->service().invoice(ref))[u"status"_s].toString(),
             ending.invoiceStatus);
    QVERIFY(eventuallyInWebView(phone, [&] {
        return phone.script(u"return location.pathname + location.hash"_s).toString() ==
                   ending.page + u'#' + token &&
               phone.text(u"#status"_s).startsWith(ending.said);
    }));
    *shown = outcomePage(phone);
    QCOMPARE(shown->heading, ending.heading);
    QCOMPARE(shown->place, u"Table "_s + QString::number(table));
}

void TestOrderPages::declinedLeadsBackToTheKeptOrder()
{
    WebDriver &phone = *m_phone;
    // The app opens the failure page: it says what happened, the way back.
    OutcomePage failed;
    orderAndEnd(phone, 3,
                {End::Decline, u"FAILED"_s, u"/service/failure"_s,
                 u"The payment did not go through"_s, u"Payment failed"_s},
                &failed);
    QVERIFY(eventuallyInWebView(phone, [&] { return isShown(phone, u"back-to-order"_s); }));
    // The customer taps "Back to your order": the order is kept.
    QVERIFY(inWebView(phone, [&] {
        return phone.text(u"#back-to-order"_s) == u"Back to your order" &&
               phone.click(u"#back-to-order"_s);
    }));
    QVERIFY2(eventuallyInWebView(
                 phone,
                 [&] {
                     return phone.script(u"return location.pathname"_s).toString() ==
                                u"/service/order" &&
                            view(phone) == u"menu" && phone.text(u"#menu-total"_s) == u"46.70 SEK";
                 }),
             qPrintable(phone.error()));
    QVERIFY(m_web->host->orderService()->book()->toHandOver().isEmpty());
}

void TestOrderPages::canceledInTheAppSaysSo()
{
    WebDriver &phone = *m_phone;
    OutcomePage canceled;
    orderAndEnd(phone, 4,
                {End::Cancel, u"CANCELED"_s, u"/service/cancel"_s, u"You canceled the payment"_s,
                 u"Payment canceled"_s},
                &canceled);
    QVERIFY(eventuallyInWebView(phone, [&] { return state(phone) == u"CANCELED"; }));
    QVERIFY(canceled.backShown);
    QVERIFY(m_web->host->orderService()->book()->toHandOver().isEmpty());
}

void TestOrderPages::tokenCancelledBeforePayingSaysScanAgain()
{
    // Valid when the page opened; the customer's session ends in SEQR while
    // they review (here: they left the service): "Order and pay" asks SEQR
    // again, sends no invoice and the page says scan the code again.
    WebDriver &phone = *m_phone;
    const QString token = scanInTheApp(phone, u"table=3"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(inWebView(phone, [&] { return orderTwoMilksAndOneLight(phone); }));
    QVERIFY(inWebView(phone, [&] {
        return phone.click(u"#review-button"_s) &&
               eventually([&] { return view(phone) == u"review"; });
    }));
    QVERIFY(m_web->sandbox->service().leaveService(token));
    QVERIFY(inWebView(phone, [&] { return phone.click(u"#pay-button"_s); }));
    QVERIFY(eventuallyInWebView(phone, [&] { return view(phone) == u"expired"; }));
    QVERIFY(inWebView(phone, [&] {
        return phone.text(u"#expired-text"_s) ==
               u"This order link has expired. Scan the code on the table or shelf again.";
    }));
    QVERIFY(m_web->sandbox->service().state().invoices.isEmpty());
}

void TestOrderPages::expiredTokenSaysScanAgain()
{
    // This sandbox's TOKENs expire at once (see init()).
    WebDriver &phone = *m_phone;
    const QString token = scanInTheApp(phone, u"table=5"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(eventuallyInWebView(phone, [&] { return view(phone) == u"expired"; }));
    QCOMPARE(m_web->sandbox->service().sessionStatus(token),
             ClientSessionStatus::AuthorizationExpired);
    QVERIFY(inWebView(phone, [&] {
        return phone.text(u"#expired-view h2"_s) == u"Scan the code again" &&
               phone.text(u"#expired-text"_s) ==
                   u"This order link has expired. Scan the code on the table or shelf again." &&
               phone.text(u"#place"_s).isEmpty() &&
               phone.script(u"return document.querySelectorAll('li.product').length"_s).toInt() ==
                   0;
    }));
    // "Back to SEQR" leaves the service in the app.
    QVERIFY(inWebView(phone, [&] { return phone.click(u"#leave-expired"_s); }));
    QVERIFY(eventually([&] { return phone.text(u"#message"_s) == u"You left KASSACAFE."; }));
    QVERIFY(phone.find(u"#webview"_s).isEmpty());
    QVERIFY(isShown(phone, u"scan-button"_s));
}

void TestOrderPages::unknownOrLeftTokenOutsideTheAppSaysScanAgain()
{
    // The order page's link opened in a browser, not by the app.
    WebDriver &phone = *m_phone;
    // A token SEQR never issued.
    QVERIFY(phone.navigate(
        m_web->host->shopUrl().resolved(QUrl(u"/service/order#NOSUCHTOKEN"_s)).toString()));
    QVERIFY(eventually([&] { return view(phone) == u"expired"; }));
    QVERIFY(phone.text(u"#expired-text"_s).contains(u"Scan the code"));
    QCOMPARE(phone.script(u"return document.getElementById('leave-expired').getAttribute('href')"_s)
                 .toString(),
             u"SEQR-ACTION://WIZARD/CANCEL"_s);
    // A customer who left the service: AUTHORIZATION_CANCELLED.
    auto opened = m_web->sandbox->service().scan(u"HTTP://SEQR.SE/000/KASSACAFE?table=5"_s);
    QVERIFY(opened);
    QVERIFY(m_web->sandbox->service().leaveService((*opened)[u"token"_s].toString()));
    QVERIFY(phone.navigate(u"about:blank"_s));
    QVERIFY(phone.navigate((*opened)[u"orderUrl"_s].toString()));
    QVERIFY(eventually([&] { return view(phone) == u"expired"; }));
    QCOMPARE(phone.script(u"return document.querySelectorAll('li.product').length"_s).toInt(), 0);
}

void TestOrderPages::codesListOpensTheServiceOnThePhonePage()
{
    WebDriver &phone = *m_phone;
    QVERIFY(phone.navigate(m_web->host->shopUrl().resolved(QUrl(u"/service/codes"_s)).toString()));
    QVERIFY(eventually([&] {
        return phone.script(u"return document.querySelectorAll('li.code').length"_s).toInt() == 9;
    }));
    QCOMPARE(phone.text(u"li.code h3"_s), u"Table 1"_s);
    QCOMPARE(phone.text(u"li.code a.code-link"_s), u"HTTP://SEQR.SE/000/KASSACAFE?table=1"_s);
    // Tapping "Scan with the demo phone" scans it on the sandbox's phone
    // page, which opens the service: a client session at table 1, its
    // order page in the app's web view.
    QVERIFY(m_web->sandbox->service().sessions().isEmpty());
    QVERIFY(phone.script(u"document.querySelector('li.code a.phone-link').click(); return true"_s)
                .toBool());
    QVERIFY(eventually([&] { return m_web->sandbox->service().sessions().size() == 1; }));
    const auto session = m_web->sandbox->service().sessions().first();
    QCOMPARE(session.serviceId, u"KASSACAFE"_s);
    QCOMPARE(session.qrParameters.size(), 1);
    QCOMPARE(session.qrParameters.first().value, u"1"_s);
    QVERIFY(eventuallyInWebView(
        phone, [&] { return view(phone) == u"menu" && phone.text(u"#place"_s) == u"Table 1"; }));
}

QTEST_MAIN(TestOrderPages)
#include "tst_orderpages.moc"
