#include "core/catalog/catalog.h"
#include "core/checkout/checkout.h"
#include "core/journal/journal.h"
#include "core/shopdb/journalbrowser.h"
#include "core/shopdb/shopcoupons.h"
#include "core/shopdb/shopdatabase.h"
#include "core/shopdb/shopendofday.h"
#include "core/shopdb/shopsync.h"
#include "tests/support/journalevents.h"
#include "tests/support/postgresfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <signal.h>

using namespace kassa;
using namespace kassa::shopdb;
using namespace Qt::StringLiterals;

// Several tills, each with its own journal in a temporary folder, selling
// into one shop database on a real PostgreSQL server: at the same time,
// while the server is stopped and started again, and with a till killed
// while it sends.
class TestShopSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void twoTillsSellingAtOnceReachTheShop();
    void tillsKeepSellingWhileTheDatabaseIsDownAndCatchUp();
    void tillKilledMidSendResendsNothingTwice();
    void priceChangeReachesTheOtherTillAndScanningWorksOffline();
    void inspectorsEventsReachTheShopDatabase();
    void couponGivenBackWhileTheDatabaseIsAwayIsFreedWhenItReturns();

private:
    struct Till
    {
        std::unique_ptr<journal::Journal> journal;
        std::unique_ptr<catalog::Catalog> catalog;
        std::unique_ptr<ShopSync> sync;
        QString dir;
    };
    Till makeTill(const QString &database, const QString &name);
    // Kassa 1 and Kassa 2, selling into `database`; their links not started.
    std::pair<Till, Till> twoTills(const QString &database);
    ShopDatabaseConfig config(const QString &database) const;
    static QList<journal::SaleRow> rows(qint64 unitMinor);
    QString sql(const QString &database, const QString &statement)
    {
        return m_pg.psql(database, statement);
    }

    PostgresFixture m_pg;
    QTemporaryDir m_dir;
};

ShopDatabaseConfig TestShopSync::config(const QString &database) const
{
    return m_pg.shopConfig(database);
}

TestShopSync::Till TestShopSync::makeTill(const QString &database, const QString &name)
{
    Till t;
    t.dir = m_dir.filePath(database + u'/' + name);
    t.journal = journal::Journal::open(t.dir + u"/journal.sqlite"_s).value();
    t.catalog = catalog::Catalog::open(t.dir + u"/catalog.sqlite"_s).value();
    ShopSyncOptions options;
    options.intervalMs = 200;
    options.retryMs = 200;
    options.maxRetryMs = 1000;
    options.batchSize = 50;
    options.catalogPath = t.dir + u"/catalog.sqlite"_s;
    t.sync = std::make_unique<ShopSync>(config(database), t.dir + u"/journal.sqlite"_s,
                                        TillIdentity{{}, u"T-"_s + name, name}, options);
    return t;
}

std::pair<TestShopSync::Till, TestShopSync::Till> TestShopSync::twoTills(const QString &database)
{
    return {makeTill(database, u"Kassa 1"_s), makeTill(database, u"Kassa 2"_s)};
}

QList<journal::SaleRow> TestShopSync::rows(qint64 unitMinor)
{
    const Currency sek = Currency::sek();
    return {journal::SaleRow{u"Kaffe"_s, u"7352601815907"_s, u"K1"_s, Decimal::fromInteger(1),
                             u"st"_s, Money(unitMinor, sek), Money(unitMinor, sek),
                             Decimal::fromInteger(12)}};
}

void TestShopSync::initTestCase()
{
    KASSA_REQUIRE_POSTGRES(m_pg);
}

void TestShopSync::init()
{
    // A test that failed while the server was stopped leaves it stopped.
    if (!m_pg.isRunning())
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
}

void TestShopSync::twoTillsSellingAtOnceReachTheShop()
{
    QVERIFY(m_pg.createDatabase(u"two"_s));
    auto [a, b] = twoTills(u"two"_s);
    a.sync->start();
    b.sync->start();
    // Both tills sell 40 sales each, interleaved, while their links send.
    constexpr int perTill = 40;
    qint64 expected = 0;
    for (int i = 1; i <= perTill; ++i) {
        QVERIFY(
            a.journal->recordCashSale(u"anna"_s, rows(100 + i), Money(100 + i, Currency::sek())));
        QVERIFY(b.journal->recordCashSale(u"bo"_s, rows(1000 + i), Money(2000, Currency::sek())));
        expected += 100 + i + 1000 + i;
        if (i % 10 == 0)
            QTest::qWait(50); // let the links run between bursts, as a shop would
    }
    QTRY_COMPARE_WITH_TIMEOUT(a.sync->status().delivered, perTill, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(b.sync->status().delivered, perTill, 30000);
    QCOMPARE(a.sync->status().state, ShopSyncStatus::State::Online);
    QCOMPARE(sql(u"two"_s, u"SELECT count(*), sum(total_minor) FROM sales"_s),
             u"%1|%2"_s.arg(2 * perTill).arg(expected));
    QCOMPARE(sql(u"two"_s,
                 u"SELECT string_agg(n::text, ',' ORDER BY name) FROM (SELECT t.name,"
                 " count(*) n FROM sales s JOIN tills t USING(till_id) GROUP BY t.name) x"_s),
             u"40,40"_s);
    // Receipt numbers are each till's own: 1..40 twice, none twice per till.
    QCOMPARE(sql(u"two"_s, u"SELECT count(DISTINCT (till_id, receipt_number)), max(receipt_number)"
                           " FROM sales"_s),
             u"80|40"_s);

    // The manager's view: both tills, nothing behind.
    auto shop = ShopDatabase::open(config(u"two"_s));
    QVERIFY(shop);
    const auto progress = (*shop)->progress();
    QVERIFY(progress);
    QCOMPARE(progress->size(), 2);
    QCOMPARE(progress->at(0).till.name, u"Kassa 1"_s);
    QCOMPARE(progress->at(0).behind(), 0);
    QCOMPARE(progress->at(1).delivered, perTill);
}

void TestShopSync::tillsKeepSellingWhileTheDatabaseIsDownAndCatchUp()
{
    QVERIFY(m_pg.createDatabase(u"down"_s));
    auto [a, b] = twoTills(u"down"_s);
    a.sync->start();
    b.sync->start();
    for (int i = 0; i < 5; ++i) {
        QVERIFY(a.journal->recordCashSale(u"anna"_s, rows(500), Money(500, Currency::sek())));
        QVERIFY(b.journal->recordCashSale(u"bo"_s, rows(700), Money(700, Currency::sek())));
    }
    QTRY_COMPARE_WITH_TIMEOUT(a.sync->status().delivered, 5, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(b.sync->status().delivered, 5, 30000);

    // Mid-day the shop server goes away.
    QVERIFY2(m_pg.stop(), qPrintable(m_pg.error()));
    for (int i = 0; i < 7; ++i) {
        // The tills keep selling: the journal does not need the shop database.
        QVERIFY(a.journal->recordCashSale(u"anna"_s, rows(500), Money(500, Currency::sek())));
        QVERIFY(b.journal->recordCashSale(u"bo"_s, rows(700), Money(700, Currency::sek())));
    }
    QVERIFY(
        a.journal->recordRefund(u"ERS-X"_s, u"ERS-XR"_s, Money(100, Currency::sek()), u"anna"_s));
    a.sync->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(a.sync->status().state, ShopSyncStatus::State::Offline, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(b.sync->status().state, ShopSyncStatus::State::Offline, 30000);
    // 7 sales, the refund and its return receipt (an event) wait.
    QTRY_COMPARE_WITH_TIMEOUT(a.sync->status().recorded, 14, 30000);
    QVERIFY(a.sync->status().offlineSince.isValid());
    QCOMPARE(a.sync->status().lastError.code, ErrorCode::ConnectionProblem);
    QCOMPARE(a.sync->status().delivered, 5);
    QCOMPARE(a.sync->status().pending(), 9);

    // Back: both catch up, nothing missing, nothing twice.
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    QTRY_COMPARE_WITH_TIMEOUT(a.sync->status().delivered, 14, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(b.sync->status().delivered, 12, 30000);
    QCOMPARE(a.sync->status().state, ShopSyncStatus::State::Online);
    QCOMPARE(a.sync->status().pending(), 0);
    QCOMPARE(sql(u"down"_s, u"SELECT count(*), sum(total_minor) FROM sales"_s),
             u"24|%1"_s.arg(12 * 500 + 12 * 700));
    QCOMPARE(sql(u"down"_s, u"SELECT count(*), sum(amount_minor) FROM refunds"_s), u"1|100"_s);
    QCOMPARE(sql(u"down"_s, u"SELECT kind, reference, amount_minor, detail FROM till_events"_s),
             u"return-receipt|13|100|ERS-XR"_s); // receipt 13: after the 12 sales
}

void TestShopSync::tillKilledMidSendResendsNothingTwice()
{
    QVERIFY(m_pg.createDatabase(u"killed"_s));
    const QString dir = m_dir.filePath(u"killed/Kassa 1"_s);
    constexpr int count = 400;
    {
        auto j = journal::Journal::open(dir + u"/journal.sqlite"_s);
        QVERIFY(j);
        for (int i = 1; i <= count; ++i)
            QVERIFY((*j)->recordCashSale(u"anna"_s, rows(i), Money(i, Currency::sek())));
    }
    // A till process that sends one record per transaction, killed -9 while
    // it is at it.
    const QString helper = qEnvironmentVariable("KASSA_SHOPSYNC_HELPER");
    QVERIFY2(QFile::exists(helper), "KASSA_SHOPSYNC_HELPER must name the built helper");
    QProcess till;
    till.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    till.start(helper, {dir + u"/journal.sqlite"_s, m_pg.socketDir(), QString::number(m_pg.port()),
                        u"killed"_s, m_pg.adminUser(), u"1"_s});
    QVERIFY(till.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sql(u"killed"_s, u"SELECT count(*) FROM sales"_s).toInt() >= 20,
                             60000);
    ::kill(pid_t(till.processId()), SIGKILL);
    QVERIFY(till.waitForFinished());
    const int before = sql(u"killed"_s, u"SELECT count(*) FROM sales"_s).toInt();
    QVERIFY2(before < count, "the till was to be killed before it had sent everything");
    QCOMPARE(sql(u"killed"_s, u"SELECT last_seq FROM tills"_s).toInt(), before);

    // Started again (here in-process): it sends the rest, once.
    auto sync = std::make_unique<ShopSync>(config(u"killed"_s), dir + u"/journal.sqlite"_s,
                                           TillIdentity{{}, u"T1"_s, u"Kassa 1"_s});
    sync->start();
    QTRY_COMPARE_WITH_TIMEOUT(sync->status().delivered, count, 60000);
    QCOMPARE(sql(u"killed"_s, u"SELECT count(*), count(DISTINCT receipt_number), sum(total_minor),"
                              " min(receipt_number), max(receipt_number) FROM sales"_s),
             u"%1|%1|%2|1|%1"_s.arg(count).arg(count * (count + 1) / 2));
    QCOMPARE(sql(u"killed"_s, u"SELECT count(*) FROM tenders"_s), QString::number(count));
}

void TestShopSync::priceChangeReachesTheOtherTillAndScanningWorksOffline()
{
    QVERIFY(m_pg.createDatabase(u"prices"_s));
    auto [a, b] = twoTills(u"prices"_s);
    QSignalSpy changedAtB(b.sync.get(), &ShopSync::catalogChanged);
    a.sync->start();
    b.sync->start();
    // The manager imports the catalog once, into the shop database.
    auto opened = ShopDatabase::open(config(u"prices"_s));
    QVERIFY(opened);
    std::unique_ptr<ShopDatabase> shop = std::move(opened).value();
    const auto parsed = catalog::Catalog::parseCsv(
        "ean,sku,name,price,vat\n7352601815907,K1,Kaffe,25.00,12\n", Currency::sek());
    QVERIFY(shop->importProducts(parsed->products));
    QTRY_VERIFY_WITH_TIMEOUT(b.catalog->findByEan(u"7352601815907"_s).has_value(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(a.catalog->findByEan(u"7352601815907"_s).has_value(), 10000);
    QCOMPARE(b.catalog->findByEan(u"7352601815907"_s)->unitPrice, Money(2500, Currency::sek()));

    // A new price, set at till 1's manager window: till 2 charges it within seconds.
    catalog::Product kaffe = parsed->products.first();
    kaffe.unitPrice = Money(2900, Currency::sek());
    QVERIFY(shop->importProducts({kaffe}));
    QTRY_COMPARE_WITH_TIMEOUT(b.catalog->findByEan(u"7352601815907"_s)->unitPrice,
                              Money(2900, Currency::sek()), 10000);
    // catalogChanged crosses from the sync thread: it may land just after the
    // copy shows the price.
    QTRY_VERIFY_WITH_TIMEOUT(changedAtB.count() >= 2, 5000);

    // The shop database goes away: scanning still finds the product.
    shop.reset();
    QVERIFY(m_pg.stop());
    QTRY_COMPARE_WITH_TIMEOUT(b.sync->status().state, ShopSyncStatus::State::Offline, 30000);
    QCOMPARE(b.catalog->findByEan(u"7352601815907"_s)->unitPrice, Money(2900, Currency::sek()));
    QCOMPARE(b.catalog->search(u"Kaff"_s).size(), 1);
    QVERIFY(m_pg.start());
    QTRY_COMPARE_WITH_TIMEOUT(b.sync->status().state, ShopSyncStatus::State::Online, 30000);
}

// Issue 29 item 6: what an inspector reads besides sales and refunds — drawer
// openings, float changes, voided carts, price changes, Z reports, receipt
// copies and training sales — reaches the shop database, where the shop's
// end of day counts them and the journal browser of another till lists them.
void TestShopSync::inspectorsEventsReachTheShopDatabase()
{
    QVERIFY(m_pg.createDatabase(u"events"_s));
    Till a = makeTill(u"events"_s, u"Kassa 1"_s);
    const Currency sek = Currency::sek();
    const QDateTime dayStart = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(a.journal->recordCashSale(u"anna"_s, rows(2500), Money(5000, sek)));
    QVERIFY(a.journal->recordDrawerOpening(journal::DrawerCause::CashSale, u"1"_s, u"anna"_s));
    QVERIFY(a.journal->recordDrawerOpening(journal::DrawerCause::NoSale, u"change"_s, u"anna"_s));
    QVERIFY(a.journal->recordFloat(Money(150000, sek), dayStart, u"morning"_s, u"anna"_s));
    QVERIFY(a.journal->recordVoidedCart(2, Money(4500, sek), u"anna"_s));
    QVERIFY(a.journal->recordPriceChanges({catalog::PriceChange{0,
                                                                QDateTime::currentDateTimeUtc(),
                                                                u"7352601815907"_s,
                                                                u"Kaffe"_s,
                                                                Money(2500, sek),
                                                                Money(2900, sek),
                                                                u"edit"_s,
                                                                {}}}));
    QVERIFY(a.journal->recordCopy(1, u"anna"_s));
    QVERIFY(a.journal->setTraining(true, u"boss"_s));
    QVERIFY(a.journal->recordCashSale(u"anna"_s, rows(1200), Money(1200, sek)));
    QVERIFY(a.journal->setTraining(false, u"boss"_s));
    journal::ZRecord z;
    z.takenAt = QDateTime::currentDateTimeUtc();
    z.sales = Money(2500, sek);
    z.returns = Money(0, sek);
    z.grand = {Money(2500, sek), Money(0, sek), Money(2500, sek)};
    z.report = "{}";
    QVERIFY(a.journal->recordZReport(z));
    a.sync->start();
    // One real sale and eight events, in the journal's order.
    QTRY_COMPARE_WITH_TIMEOUT(a.sync->status().delivered, 9, 30000);
    QCOMPARE(sql(u"events"_s, u"SELECT count(*) FROM sales"_s), u"1"_s); // training stays out
    QCOMPARE(sql(u"events"_s, u"SELECT string_agg(kind || ':' || reference || ':' ||"
                              " COALESCE(amount_minor::text, '-'), ',' ORDER BY seq)"
                              " FROM till_events"_s),
             u"drawer-opening:cash-sale:-,drawer-opening:no-sale:-,float-change:150000:150000,"
             "voided-cart:2:4500,price-change:7352601815907:2900,receipt-copy:1:-,"
             "training-sale:2:1200,z-report:1:2500"_s);

    // The shop's end of day counts them.
    auto shop = ShopDatabase::open(config(u"events"_s));
    QVERIFY(shop);
    const auto day = shopDayEvents(**shop, dayStart, QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY2(day, day ? "" : qPrintable(day.error().detail));
    QCOMPARE(day->count.value(u"drawer-opening"_s), 2);
    QCOMPARE(day->count.value(u"receipt-copy"_s), 1);
    QCOMPARE(day->count.value(u"training-sale"_s), 1);
    QCOMPARE(day->amount.value(u"training-sale"_s), 1200);
    QCOMPARE(day->count.value(u"voided-cart"_s), 1);
    QCOMPARE(day->amount.value(u"voided-cart"_s), 4500);
    QCOMPARE(day->count.value(u"z-report"_s), 1);

    // Another till's journal browser lists them, with where they were made.
    Till b = makeTill(u"events"_s, u"Kassa 2"_s);
    JournalBrowser browser(b.journal.get(), TillIdentity{{}, u"T-Kassa 2"_s, u"Kassa 2"_s},
                           config(u"events"_s));
    const auto view =
        browser.browse(dayStart, QDateTime::currentDateTimeUtc().addSecs(60), {}, 500);
    QVERIFY2(view, view ? "" : qPrintable(view.error().detail));
    QCOMPARE(view->events.size(), 8);
    QCOMPARE(view->events.first().tillName, u"Kassa 1"_s);
    QCOMPARE(view->events.first().event.kind, u"drawer-opening"_s);
}

// Issue 31: a till claims a coupon in the shop database when it is handed
// over; the sale is voided while the database is away and the till quits.
// The release waits in the journal's outbox: once the database is back
// (and the till started again) the coupon is free for the other tills. A
// claim the till made again after giving the coupon back is not freed by
// that older release.
void TestShopSync::couponGivenBackWhileTheDatabaseIsAwayIsFreedWhenItReturns()
{
    QVERIFY(m_pg.createDatabase(u"release"_s));
    Till a = makeTill(u"release"_s, u"Kassa 1"_s);
    const Currency sek = Currency::sek();
    const TillIdentity till1{a.journal->journalId().value(), u"T-Kassa 1"_s, u"Kassa 1"_s};
    const TillIdentity till2{u"another-journal"_s, u"T-Kassa 2"_s, u"Kassa 2"_s};
    const CouponCheck at2 = couponCheck(config(u"release"_s), till2);
    loyalty::LoyaltyConfig loyalty;
    loyalty::Coupon spring;
    spring.code = u"SPRING10"_s;
    spring.amount = Money(1000, sek);
    QVERIFY(loyalty.addCoupon(spring));
    Cart cart(sek);
    Checkout checkout(
        CheckoutContext{nullptr, a.journal.get(), u"Lilla Livs"_s, u"anna"_s, {}, loyalty}, &cart);
    ShopDatabaseConfig shop = config(u"release"_s);
    shop.connectTimeoutSeconds = 2;
    installCouponHooks(checkout, shop, till1);
    const catalog::Product coffee{u"7352601815907"_s, u"K1"_s, u"Kaffe"_s, Money(4990, sek),
                                  Decimal::fromInteger(12)};
    const auto held = [&] {
        return sql(u"release"_s, u"SELECT string_agg(u.code || ' ' || t.name || ' ' || u.sale_id,"
                                 " ', ') FROM used_coupons u JOIN tills t USING (till_id)"_s);
    };

    QVERIFY(cart.addProduct(coffee));
    QCOMPARE(checkout.addCoupon(u"spring10"_s), TokenRefusal::None);
    QCOMPARE(cart.total(), Money(3990, sek));
    QCOMPARE(held(), u"SPRING10 Kassa 1 0"_s);
    QCOMPARE(at2(u"SPRING10"_s), CouponAnswer::Used);

    QVERIFY2(m_pg.stop(), qPrintable(m_pg.error()));
    QVERIFY(checkout.voidSale());
    QVERIFY(checkout.coupons().isEmpty());
    QCOMPARE(cart.total(), Money(0, sek));
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    // The database is back before the till's link is: the claim is still
    // there; the till takes the coupon for its next sale, which claims it anew.
    QCOMPARE(held(), u"SPRING10 Kassa 1 0"_s);
    QVERIFY(cart.addProduct(coffee));
    QCOMPARE(checkout.addCoupon(u"SPRING10"_s), TokenRefusal::None);
    a.sync->start();
    QTRY_COMPARE_WITH_TIMEOUT(
        sql(u"release"_s,
            u"SELECT reference || ' ' || kind FROM till_events WHERE kind='coupon-release'"_s),
        u"SPRING10 coupon-release"_s, 20000);
    QCOMPARE(held(), u"SPRING10 Kassa 1 0"_s); // the newer claim stays
    QCOMPARE(at2(u"SPRING10"_s), CouponAnswer::Used);

    // Voided again while the database is away; the till quits meanwhile.
    QVERIFY2(m_pg.stop(), qPrintable(m_pg.error()));
    QVERIFY(checkout.voidSale());
    a.sync.reset();
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    QCOMPARE(held(), u"SPRING10 Kassa 1 0"_s);
    // The till starts again: its outbox frees the coupon for the others.
    Till again = makeTill(u"release"_s, u"Kassa 1"_s);
    again.sync->start();
    QTRY_COMPARE_WITH_TIMEOUT(held(), QString(), 20000);
    QCOMPARE(at2(u"SPRING10"_s), CouponAnswer::Unused);
    QCOMPARE(held(), u"SPRING10 Kassa 2 0"_s);
    QCOMPARE(describedEvents(*again.journal, u"coupon-release"_s),
             QStringList(2, u"Coupon SPRING10 given back: the cart was voided, by anna"_s));
}

QTEST_GUILESS_MAIN(TestShopSync)
#include "tst_shopsync.moc"
