#include "core/webshop/webshop.h"

#include "core/shopdb/shopcoupons.h"
#include "tests/support/journalevents.h"
#include "tests/support/postgresfixture.h"
#include "tests/support/tillfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;
using CartRefusal = webshop::ShopSession::CartRefusal;
using CheckoutRefusal = webshop::ShopSession::CheckoutRefusal;
using OrderState = webshop::WebOrder::State;

// The webshop's rules without HTTP, against the real sandbox on loopback, a
// real catalog and journal: prices from the catalog, bounded quantities, one
// open invoice per cart, the notification and back links, notifications
// that only make the shop ask SEQR, the time limit, and web orders
// journaled as sales.
class TestWebShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cartTakesProductsFromTheCatalogOnly();
    void quantitiesAreBounded();
    void emptyCartCannotCheckOut();
    void checkoutSendsRowsAndLinks();
    void secondCheckoutReusesTheOpenInvoice();
    void cartIsFrozenWhilePaying();
    void paidOrderIsJournaledAsASale();
    void notificationAsksSeqrAtOnce();
    void forgedNotificationChangesNothing();
    void timeLimitCancelsTheInvoice();
    void customerCancelKeepsTheCart();
    void checkoutsAreRateLimited();
    void evictionKeepsCartsWithItemsLongest();
    void newSessionsAreCappedPerAddress();
    void clientAddressesAreCountedPerSubscriber();
    void seqrUnreachableKeepsTheCart();
    void appLinkAndIdsAreUnguessable();
    void unreadableWebOrdersAreNotNoSuchOrder();
    void couponClaimIsGivenBackWhenTheCartEndsUnpaid();

private:
    std::unique_ptr<webshop::WebShop> makeShop(webshop::WebShopSettings settings = {});
    // A visitor's session with a milk in the cart, checked out (its invoice
    // on the way to SEQR); null when the cart or the checkout refused.
    static webshop::ShopSession *checkedOut(webshop::WebShop &shop);
    static QString ean(int i);
    // How often the shop asked SEQR about the invoice (the sandbox counts).
    int statusRequests(const QString &invoiceReference) const
    {
        return m_till->sandbox()
            .serviceConst()
            .state()
            .invoices.value(invoiceReference)
            .statusRequests;
    }

    std::unique_ptr<TillFixture> m_till;
    std::unique_ptr<catalog::Catalog> m_catalog;
};

QString TestWebShop::ean(int i)
{
    // From the demo catalog: Mjölk 15.90 (12 %), Mjölk 1,5 % 14.90.
    return i == 0 ? u"7352601815907"_s : u"7383016613185"_s;
}

void TestWebShop::init()
{
    m_till = std::make_unique<TillFixture>();
    m_till->registerTill(u"Webshop"_s, u"WEBSHOP1"_s);
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
    auto catalog = catalog::Catalog::open(m_till->path(u"catalog.sqlite"_s));
    QVERIFY(catalog);
    m_catalog = std::move(catalog.value());
    QVERIFY((*m_catalog).importCsvFile(u":/catalog/demo-catalog.csv"_s, Currency::sek()));
}

void TestWebShop::cleanup()
{
    m_catalog.reset();
    m_till.reset();
}

std::unique_ptr<webshop::WebShop> TestWebShop::makeShop(webshop::WebShopSettings settings)
{
    settings.shopName = u"Lilla Livs"_s;
    settings.publicUrl = QUrl(u"http://127.0.0.1:9/"_s);
    if (settings.pollIntervalMs == 1000)
        settings.pollIntervalMs = 200;
    return std::make_unique<webshop::WebShop>(m_catalog.get(), m_till->client(), m_till->journal(),
                                              settings);
}

webshop::ShopSession *TestWebShop::checkedOut(webshop::WebShop &shop)
{
    webshop::ShopSession *s = shop.createSession();
    if (s->add(ean(0)) != CartRefusal::None || s->checkout() != CheckoutRefusal::None)
        return nullptr;
    return s;
}

void TestWebShop::cartTakesProductsFromTheCatalogOnly()
{
    auto shop = makeShop();
    webshop::ShopSession *s = shop->createSession();
    QCOMPARE(s->add(ean(0), 2), CartRefusal::None);
    QCOMPARE(s->cart().total().toDecimalString(), u"31.80"_s);
    QCOMPARE(s->cart().lines().first().product.name, u"Mjölk 3 % 1 l"_s);
    QCOMPARE(s->add(u"7310000000000"_s), CartRefusal::UnknownProduct);
    QCOMPARE(s->add(u"<script>"_s), CartRefusal::UnknownProduct);
    QCOMPARE(shop->session(s->id()), s);
    QCOMPARE(shop->session(u"made-up"_s), nullptr);
    // Two visitors, two carts.
    webshop::ShopSession *other = shop->createSession();
    QVERIFY(other->cart().isEmpty());
    QVERIFY(other->id() != s->id());
}

void TestWebShop::quantitiesAreBounded()
{
    webshop::WebShopSettings settings;
    settings.maxQuantity = 5;
    settings.maxLines = 1;
    auto shop = makeShop(settings);
    webshop::ShopSession *s = shop->createSession();
    QCOMPARE(s->setQuantity(ean(0), 6), CartRefusal::TooMany);
    QCOMPARE(s->setQuantity(ean(0), -1), CartRefusal::BadQuantity);
    QCOMPARE(s->add(ean(0), 0), CartRefusal::BadQuantity);
    QCOMPARE(s->setQuantity(ean(0), 5), CartRefusal::None);
    QCOMPARE(s->add(ean(0), 1), CartRefusal::TooMany);
    QCOMPARE(s->add(ean(1), 1), CartRefusal::TooManyLines);
    QCOMPARE(s->setQuantity(ean(0), 0), CartRefusal::None);
    QVERIFY(s->cart().isEmpty());
}

void TestWebShop::emptyCartCannotCheckOut()
{
    auto shop = makeShop();
    webshop::ShopSession *s = shop->createSession();
    QCOMPARE(s->checkout(), CheckoutRefusal::CartEmpty);
    QVERIFY(s->orderId().isEmpty());
    QVERIFY(m_till->sandbox().service().state().invoices.isEmpty());
}

void TestWebShop::checkoutSendsRowsAndLinks()
{
    auto shop = makeShop();
    webshop::ShopSession *s = shop->createSession();
    QCOMPARE(s->add(ean(0), 2), CartRefusal::None);
    QCOMPARE(s->add(ean(1), 1), CartRefusal::None);
    QCOMPARE(s->checkout(), CheckoutRefusal::None);
    const webshop::WebOrder *o = shop->order(s->orderId());
    QVERIFY(o);
    QTRY_COMPARE(o->state, OrderState::Waiting);
    QCOMPARE(o->qrCode, u"HTTP://SEQR.SE/R"_s + o->invoiceReference);
    const auto record = m_till->sandbox().service().state().invoices.value(o->invoiceReference);
    QCOMPARE(record.total.toDecimalString(), u"46.70"_s);
    QCOMPARE(record.invoice.invoiceRows.size(), 2);
    QCOMPARE(record.invoice.invoiceRows.at(0).itemQuantity.value(), Decimal::fromInteger(2));
    QCOMPARE(record.invoice.invoiceRows.at(0).itemTotalAmount->value.toString(2), u"31.80"_s);
    QCOMPARE(record.invoice.invoiceRows.at(0).itemTaxRate.value(), Decimal::fromInteger(12));
    QCOMPARE(record.invoice.notificationUrl, u"http://127.0.0.1:9/seqr/notify?token="_s + o->token);
    QCOMPARE(record.invoice.backURL, u"http://127.0.0.1:9/shop/receipt?order="_s + o->id);
    QCOMPARE(record.invoice.cashierId, u"web"_s);
}

void TestWebShop::secondCheckoutReusesTheOpenInvoice()
{
    auto shop = makeShop();
    webshop::ShopSession *s = checkedOut(*shop);
    QVERIFY(s);
    const QString first = s->orderId();
    QCOMPARE(s->checkout(), CheckoutRefusal::None); // still being sent
    QTRY_COMPARE(shop->order(first)->state, OrderState::Waiting);
    QCOMPARE(s->checkout(), CheckoutRefusal::None);
    QCOMPARE(s->orderId(), first);
    QCOMPARE(m_till->sandbox().service().state().invoices.size(), 1);
}

void TestWebShop::cartIsFrozenWhilePaying()
{
    auto shop = makeShop();
    webshop::ShopSession *s = checkedOut(*shop);
    QVERIFY(s);
    QCOMPARE(s->add(ean(0)), CartRefusal::Paying);
    QCOMPARE(s->setQuantity(ean(0), 0), CartRefusal::Paying);
    QCOMPARE(s->cart().total().toDecimalString(), u"15.90"_s);
}

void TestWebShop::paidOrderIsJournaledAsASale()
{
    auto shop = makeShop();
    webshop::ShopSession *s = shop->createSession();
    QCOMPARE(s->add(ean(0), 3), CartRefusal::None);
    QCOMPARE(s->checkout(), CheckoutRefusal::None);
    const webshop::WebOrder *o = shop->order(s->orderId());
    QTRY_COMPARE(o->state, OrderState::Waiting);
    QSignalSpy changes(shop.get(), &webshop::WebShop::orderChanged);
    auto paid = m_till->sandbox().service().pay(o->invoiceReference, u"1234"_s);
    QVERIFY(paid);
    QTRY_COMPARE(o->state, OrderState::Paid);
    QCOMPARE(o->ersReference, (*paid)[u"ersReference"_s].toString());
    QVERIFY(!changes.isEmpty());
    // Journaled before anyone was told: the sale is there when PAID is.
    const auto sale = m_till->journal()->sale(o->saleId);
    QVERIFY(sale);
    QCOMPARE(sale->status, journal::SaleStatus::Completed);
    QCOMPARE(*sale->receiptNumber, o->receiptNumber);
    QCOMPARE(sale->total.toDecimalString(), u"47.70"_s);
    QCOMPARE(sale->cashierId, u"web"_s);
    QCOMPARE(sale->tenders.first().ersReference, o->ersReference);
    QTRY_VERIFY(m_till->journal()->invoice(o->invoiceReference)->receiptSubmitted);
    QTRY_VERIFY(s->cart().isEmpty());
    QCOMPARE(m_till->journal()->sales(QDateTime::fromSecsSinceEpoch(0))->size(), 1);
    QVERIFY(!m_till->sandbox()
                 .service()
                 .state()
                 .invoices.value(o->invoiceReference)
                 .receiptDocument.isEmpty());
}

void TestWebShop::notificationAsksSeqrAtOnce()
{
    webshop::WebShopSettings settings;
    settings.pollIntervalMs = 60000; // only a notification can bring PAID in time
    auto shop = makeShop(settings);
    webshop::ShopSession *s = checkedOut(*shop);
    QVERIFY(s);
    const webshop::WebOrder *o = shop->order(s->orderId());
    QTRY_COMPARE(o->state, OrderState::Waiting);
    // The first poll (ISSUED) is over: the next comes only in a minute.
    QTRY_VERIFY(statusRequests(o->invoiceReference) >= 1);
    QVERIFY(m_till->sandbox().service().pay(o->invoiceReference, u"1234"_s));
    QVERIFY(shop->notify(o->token));
    QTRY_COMPARE_WITH_TIMEOUT(o->state, OrderState::Paid, 5000);
}

void TestWebShop::forgedNotificationChangesNothing()
{
    auto shop = makeShop();
    webshop::ShopSession *s = checkedOut(*shop);
    QVERIFY(s);
    const webshop::WebOrder *o = shop->order(s->orderId());
    QTRY_COMPARE(o->state, OrderState::Waiting);
    QVERIFY(!shop->notify(u"made-up-token"_s));
    QVERIFY(!shop->notify(o->id)); // an order id is not a token
    QVERIFY(!shop->notify(QString()));
    // The real token, while nobody paid: SEQR is asked and says ISSUED.
    const int asked = statusRequests(o->invoiceReference);
    QVERIFY(shop->notify(o->token));
    QTRY_VERIFY(statusRequests(o->invoiceReference) > asked);
    QCOMPARE(o->state, OrderState::Waiting);
    QVERIFY(m_till->journal()->sales(QDateTime::fromSecsSinceEpoch(0))->first().status ==
            journal::SaleStatus::Open);
}

void TestWebShop::timeLimitCancelsTheInvoice()
{
    webshop::WebShopSettings settings;
    settings.timeLimitMs = 1500;
    auto shop = makeShop(settings);
    webshop::ShopSession *s = checkedOut(*shop);
    QVERIFY(s);
    const webshop::WebOrder *o = shop->order(s->orderId());
    QTRY_COMPARE(o->state, OrderState::Waiting);
    QTRY_COMPARE_WITH_TIMEOUT(o->state, OrderState::TimedOut, 10000);
    QCOMPARE(m_till->sandbox().service().state().invoices.value(o->invoiceReference).status,
             InvoiceStatus::Canceled);
    QCOMPARE(s->cart().total().toDecimalString(), u"15.90"_s);
    // Try again: a new invoice.
    QCOMPARE(s->checkout(), CheckoutRefusal::None);
    QVERIFY(s->orderId() != o->id);
}

void TestWebShop::customerCancelKeepsTheCart()
{
    auto shop = makeShop();
    webshop::ShopSession *s = shop->createSession();
    QCOMPARE(s->add(ean(1), 2), CartRefusal::None);
    QCOMPARE(s->checkout(), CheckoutRefusal::None);
    s->cancelCheckout(); // while it is still being sent
    const webshop::WebOrder *o = shop->order(s->orderId());
    QTRY_COMPARE(o->state, OrderState::Canceled);
    QCOMPARE(m_till->sandbox().service().state().invoices.value(o->invoiceReference).status,
             InvoiceStatus::Canceled);
    QCOMPARE(s->cart().total().toDecimalString(), u"29.80"_s);
    QCOMPARE(s->add(ean(1)), CartRefusal::None);
}

void TestWebShop::checkoutsAreRateLimited()
{
    webshop::WebShopSettings settings;
    settings.checkoutsPerMinute = 2;
    auto shop = makeShop(settings);
    webshop::ShopSession *s = shop->createSession();
    QCOMPARE(s->add(ean(0)), CartRefusal::None);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(s->checkout(), CheckoutRefusal::None);
        const webshop::WebOrder *o = shop->order(s->orderId());
        QTRY_COMPARE(o->state, OrderState::Waiting);
        s->cancelCheckout();
        QTRY_COMPARE(o->state, OrderState::Canceled);
    }
    QCOMPARE(s->checkout(), CheckoutRefusal::RateLimited);
    QCOMPARE(m_till->sandbox().service().state().invoices.size(), 2);
}

void TestWebShop::seqrUnreachableKeepsTheCart()
{
    auto shop = makeShop();
    webshop::ShopSession *s = shop->createSession();
    QCOMPARE(s->add(ean(0)), CartRefusal::None);
    m_till->stopSandbox(); // SEQR is gone
    QCOMPARE(s->checkout(), CheckoutRefusal::None);
    const webshop::WebOrder *o = shop->order(s->orderId());
    QTRY_COMPARE_WITH_TIMEOUT(o->state, OrderState::NotSent, 15000);
    QCOMPARE(o->error.code, ErrorCode::ConnectionProblem);
    QCOMPARE(s->cart().total().toDecimalString(), u"15.90"_s);
    QVERIFY(!s->hasOpenOrder());
}

void TestWebShop::appLinkAndIdsAreUnguessable()
{
    webshop::WebShopSettings settings;
    auto shop = makeShop(settings);
    QCOMPARE(shop->appLink(u"HTTP://SEQR.SE/R12345"_s), u"SEQR://SEQR.SE/R12345"_s);
    settings.demo = true;
    auto demo = makeShop(settings);
    QCOMPARE(demo->appLink(u"HTTP://SEQR.SE/R12345"_s), u"SEQR-DEMO://SEQR.SE/R12345"_s);
    QSet<QString> ids;
    for (int i = 0; i < 100; ++i)
        ids.insert(webshop::randomId());
    QCOMPARE(ids.size(), 100);
    QCOMPARE(webshop::randomId().size(), 43); // 256 bits
}

// The web orders' file cannot be read (its table moved by another
// connection): the store and the shop say StorageFailed, not NotFound, so
// that the pages say "try again"; an unknown id stays NotFound; once the
// table is back the order is found again.
void TestWebShop::unreadableWebOrdersAreNotNoSuchOrder()
{
    const QString path = m_till->path(u"weborders.sqlite"_s);
    auto store = webshop::WebOrderStore::open(path);
    QVERIFY(store);
    auto shop = makeShop();
    shop->setOrderStore(store->get());
    auto row = makeSaleRow(u"Mjölk"_s, u"1", u"15.90", u"12", Currency::sek());
    QVERIFY(row);
    const auto sale = m_till->journal()->createSale(u"web"_s, {*row});
    QVERIFY(sale);
    const QString order = u"kept-order"_s;
    QVERIFY((*store)->remember(order, *sale, QDateTime::currentDateTimeUtc()));
    QCOMPARE((*store)->entry(order)->saleId, *sale);
    QCOMPARE(*(*store)->orderOf(*sale), order);
    QCOMPARE((*store)->entry(u"other"_s).error().code, ErrorCode::NotFound);
    QCOMPARE((*store)->orderOf(*sale + 1).error().code, ErrorCode::NotFound);
    QVERIFY(shop->findOrder(order));
    QCOMPARE((*shop->findOrder(order))->state, OrderState::Sending);

    const QString connection = u"tst-webshop-raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"ALTER TABLE web_orders RENAME TO web_orders_moved"_s));
    }
    QCOMPARE((*store)->entry(order).error().code, ErrorCode::StorageFailed);
    QCOMPARE((*store)->orderOf(*sale).error().code, ErrorCode::StorageFailed);
    QVERIFY(!(*store)->saleOf(order)); // the old form: nothing
    QCOMPARE(shop->findOrder(order).error().code, ErrorCode::StorageFailed);
    QVERIFY(!shop->order(order));
    shop->handleSaleJournaled(*sale); // logs, pushes nothing
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QVERIFY(QSqlQuery(db).exec(u"ALTER TABLE web_orders_moved RENAME TO web_orders"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QVERIFY(shop->findOrder(order));
    QCOMPARE((*store)->saleOf(order), std::optional<qint64>(*sale));
}

void TestWebShop::evictionKeepsCartsWithItemsLongest()
{
    webshop::WebShopSettings settings;
    settings.limits.maxSessions = 3;
    auto shop = makeShop(settings);
    webshop::ShopSession *milk = shop->createSession(); // the oldest, with items
    QCOMPARE(milk->add(ean(0), 1), CartRefusal::None);
    const QString milkId = milk->id();
    const QString firstEmpty = shop->createSession()->id();
    const QString secondEmpty = shop->createSession()->id();
    // Full: each new visitor takes the place of the longest idle empty cart.
    const QString third = shop->createSession()->id();
    QCOMPARE(shop->sessionCount(), 3);
    QCOMPARE(shop->session(firstEmpty), nullptr);
    QVERIFY(shop->session(milkId));
    shop->createSession();
    QCOMPARE(shop->session(secondEmpty), nullptr);
    QVERIFY(shop->session(milkId));
    // The cart with items goes only when no empty one is left.
    QCOMPARE(shop->session(third)->add(ean(1), 1), CartRefusal::None);
    webshop::ShopSession *last = shop->sessionCount() == 3 ? shop->createSession() : nullptr;
    QVERIFY(last);
    QVERIFY(shop->session(milkId));
    QCOMPARE(last->add(ean(1), 2), CartRefusal::None);
    // Now all three hold items: the longest idle of them (the milk) goes.
    QVERIFY(shop->createSession());
    QCOMPARE(shop->session(milkId), nullptr);
    QVERIFY(shop->session(third));
}

void TestWebShop::newSessionsAreCappedPerAddress()
{
    webshop::WebShopSettings settings;
    settings.limits.sessionsPerAddress = 2;
    auto shop = makeShop(settings);
    auto refusal = webshop::WebShop::SessionRefusal::None;
    QVERIFY(shop->createSession(u"10.0.0.1"_s, &refusal));
    QVERIFY(shop->createSession(u"10.0.0.1"_s, &refusal));
    QCOMPARE(shop->createSession(u"10.0.0.1"_s, &refusal), nullptr);
    QCOMPARE(refusal, webshop::WebShop::SessionRefusal::AddressLimited);
    QVERIFY(shop->createSession(u"10.0.0.2"_s, &refusal));
    QCOMPARE(refusal, webshop::WebShop::SessionRefusal::None);
    QCOMPARE(shop->sessionCount(), 3);
}

void TestWebShop::clientAddressesAreCountedPerSubscriber()
{
    using webshop::clientKeyOf;
    QCOMPARE(clientKeyOf(QHostAddress(u"192.0.2.7"_s)), u"192.0.2.7"_s);
    QCOMPARE(clientKeyOf(QHostAddress(u"::ffff:192.0.2.7"_s)), u"192.0.2.7"_s);
    // One subscriber's IPv6 network is one client: a /64.
    QCOMPARE(clientKeyOf(QHostAddress(u"2001:db8:1:2:aaaa::1"_s)),
             clientKeyOf(QHostAddress(u"2001:db8:1:2:bbbb::9"_s)));
    QVERIFY(clientKeyOf(QHostAddress(u"2001:db8:1:2::1"_s)) !=
            clientKeyOf(QHostAddress(u"2001:db8:1:3::1"_s)));
    webshop::RateLimit limit(2, 3);
    QVERIFY(limit.take(u"a"_s, 1000));
    QVERIFY(limit.take(u"a"_s, 2000));
    QVERIFY(!limit.take(u"a"_s, 3000));
    QVERIFY(limit.take(u"a"_s, 61000)); // a minute after the first
    QVERIFY(limit.take(u"b"_s, 61000));
    QVERIFY(limit.take(u"c"_s, 61000));
    QVERIFY(!limit.take(u"d"_s, 61000)); // no more keys than the table holds
}

// Issue 31: a coupon typed into a web cart is claimed in the shop database
// (a real PostgreSQL) at once; it stays claimed while its payment is in
// flight (the cart does not expire then), is given back when the order is
// not paid (here: SEQR's time limit), when the customer takes it off and
// when an idle cart is forgotten,
// and is good again afterwards, on the web and at the tills.
void TestWebShop::couponClaimIsGivenBackWhenTheCartEndsUnpaid()
{
    PostgresFixture pg;
    KASSA_REQUIRE_POSTGRES(pg);
    QVERIFY2(pg.createDatabase(u"webcoupons"_s), qPrintable(pg.error()));
    const auto held = [&] {
        return pg.psql(u"webcoupons"_s, u"SELECT string_agg(u.code || ' ' || t.name || ' ' ||"
                                        " u.sale_id, ', ') FROM used_coupons u"
                                        " JOIN tills t USING (till_id)"_s);
    };
    webshop::WebShopSettings settings;
    settings.timeLimitMs = 1500;
    settings.sessionIdleMs = 300;
    loyalty::Coupon web10;
    web10.code = u"WEB10"_s;
    web10.amount = Money(1000, Currency::sek());
    QVERIFY(settings.loyalty.addCoupon(web10));
    shopdb::ShopCouponHooks hooks =
        shopdb::couponHooks(pg.shopConfig(u"webcoupons"_s), {m_till->journal()->journalId().value(),
                                                             u"WEB"_s, u"Webshop"_s, u"web"_s});
    settings.couponCheck = hooks.check;
    settings.couponRelease = hooks.release;
    auto shop = makeShop(settings);

    webshop::ShopSession *s = shop->createSession();
    const QString first = s->id();
    QCOMPARE(s->add(ean(0)), CartRefusal::None);
    QCOMPARE(s->addCoupon(u"web10"_s), TokenRefusal::None);
    QCOMPARE(s->cart().total().toDecimalString(), u"5.90"_s);
    QCOMPARE(held(), u"WEB10 Webshop 0"_s);
    QCOMPARE(s->checkout(), CheckoutRefusal::None);
    const webshop::WebOrder *o = shop->order(s->orderId());
    QTRY_COMPARE(o->state, OrderState::Waiting);
    QCOMPARE(o->amount.toDecimalString(), u"5.90"_s);
    // Idle, but paying: the cart is kept, and so is the claim.
    QTRY_VERIFY_WITH_TIMEOUT(
        s->lastSeen().msecsTo(QDateTime::currentDateTimeUtc()) > settings.sessionIdleMs, 5000);
    shop->expire();
    QCOMPARE(shop->session(first), s);
    QCOMPARE(held(), u"WEB10 Webshop 0"_s);
    QVERIFY(m_till->journal()->isCouponUsed(u"WEB10"_s).value());

    // Not paid in time: the coupon leaves the cart and is free again.
    QTRY_COMPARE_WITH_TIMEOUT(o->state, OrderState::TimedOut, 10000);
    QCOMPARE(s->coupons(), QStringList());
    QCOMPARE(s->cart().total().toDecimalString(), u"15.90"_s);
    QCOMPARE(held(), QString());
    QVERIFY(!m_till->journal()->isCouponUsed(u"WEB10"_s).value());

    // Typed again and taken off by the customer: given back at once.
    QCOMPARE(s->addCoupon(u"WEB10"_s), TokenRefusal::None);
    QCOMPARE(held(), u"WEB10 Webshop 0"_s);
    QCOMPARE(s->removeCoupons(), TokenRefusal::None);
    QCOMPARE(s->cart().total().toDecimalString(), u"15.90"_s);
    QCOMPARE(held(), QString());

    // Another visitor takes it, then leaves the cart: forgotten, given back.
    webshop::ShopSession *other = shop->createSession();
    const QString second = other->id();
    QCOMPARE(other->add(ean(1)), CartRefusal::None);
    QCOMPARE(other->addCoupon(u"WEB10"_s), TokenRefusal::None);
    QCOMPARE(held(), u"WEB10 Webshop 0"_s);
    QTRY_VERIFY_WITH_TIMEOUT((shop->expire(), shop->session(second) == nullptr), 5000);
    QCOMPARE(held(), QString());
    QCOMPARE(describedEvents(*m_till->journal(), u"coupon-release"_s),
             (QStringList{u"Coupon WEB10 given back: the order was not paid, by web"_s,
                          u"Coupon WEB10 given back: the customer took it off the order, by web"_s,
                          u"Coupon WEB10 given back: the web cart expired, by web"_s}));
}

QTEST_GUILESS_MAIN(TestWebShop)
#include "tst_webshop.moc"
