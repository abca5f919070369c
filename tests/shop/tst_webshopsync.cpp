#include "core/checkout/checkout.h"
#include "core/shopdb/shopendofday.h"
#include "core/shopdb/shopsync.h"
#include "core/terminal/tillconfig.h"
#include "tests/support/postgresfixture.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/shoptillfixture.h"
#include "ui/web/webshophost.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::shopdb;
using namespace Qt::StringLiterals;

// One shop, three terminals on a real PostgreSQL and the real sandbox: two
// tills (core Checkout, as the cashier's window uses it: a SEQR sale and a
// cash sale each, their ShopSync shipping the journal) and kassa-web
// (WebShopHost, its configuration naming the shop database: it runs ShopSync
// of kind "web" by itself) sell at once into one shop database. The shop's
// end of day matches SEQR's payments of all three terminals with nothing
// left as "belongs to other tills", and a diverging web payment is reported.
class TestWebShopSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoTillsAndTheWebshopSellIntoOneShopDatabase();

private:
    using Till = ShopTillFixture;
    std::unique_ptr<Till> makeTill(const QString &name, const QString &seqrId);
    bool sellAtTill(Till &till);

    PostgresFixture m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    ShopDatabaseConfig m_config;
};

void TestWebShopSync::initTestCase()
{
    KASSA_REQUIRE_POSTGRES(m_pg);
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    QVERIFY2(m_pg.createDatabase(u"webshop"_s), qPrintable(m_pg.error()));
    m_config = m_pg.shopConfig(u"webshop"_s);
}

std::unique_ptr<TestWebShopSync::Till> TestWebShopSync::makeTill(const QString &name,
                                                                 const QString &seqrId)
{
    return ShopTillFixture::make(*m_sandbox, m_dir.path(), m_config, name, seqrId);
}

bool TestWebShopSync::sellAtTill(Till &till)
{
    if (!till.add(u"Ost"_s, 12000) || till.payBySeqr().isEmpty())
        return false;
    if (!till.add(u"Bröd"_s, 3500, u"7300400481588"_s))
        return false;
    const auto cash = till.checkout->takeCash(Money(5000, Currency::sek()));
    return cash && cash->saleCompleted;
}

void TestWebShopSync::twoTillsAndTheWebshopSellIntoOneShopDatabase()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto till1 = makeTill(u"Kassa 1"_s, u"TILL1"_s);
    auto till2 = makeTill(u"Kassa 2"_s, u"TILL2"_s);
    QVERIFY(till1 && till2);

    // kassa-web: only its configuration says where the shop database is.
    auto catalog = catalog::Catalog::open(m_dir.filePath(u"web/catalog.sqlite"_s));
    QVERIFY(catalog);
    QVERIFY((*catalog)->importCsvFile(u":/catalog/demo-catalog.csv"_s, Currency::sek()));
    TillConfig webConfig;
    webConfig.shopName = u"Lilla Livs"_s;
    webConfig.shopDatabase = m_config;
    const QString webConfigPath = m_dir.filePath(u"web/webshop.json"_s);
    QVERIFY(webConfig.save(webConfigPath));
    web::WebShopHostOptions options;
    options.configPath = webConfigPath;
    options.journalPath = m_dir.filePath(u"web/journal.sqlite"_s);
    options.endpoint = m_sandbox->soapUrl().toString();
    options.catalog = catalog->get();
    options.catalogPath = m_dir.filePath(u"web/catalog.sqlite"_s);
    options.shopSync.intervalMs = 200;
    options.server.port = 0;
    options.registerWith = SandboxFixture::reseller();
    options.registerSeqrId = u"WEBSHOP1"_s;
    options.registerName = u"Webbutik"_s;
    web::WebShopHost host(options);
    QVERIFY(host.start());
    QTRY_VERIFY_WITH_TIMEOUT(host.isReady(), 30000);
    QVERIFY(host.shopSync());

    // All three sell at once.
    webshop::ShopSession *visitor = host.shop()->createSession();
    QCOMPARE(visitor->add(u"7301092815903"_s, 2),
             webshop::ShopSession::CartRefusal::None); // 2 × 69.90
    QCOMPARE(visitor->checkout(), webshop::ShopSession::CheckoutRefusal::None);
    QVERIFY(sellAtTill(*till1));
    QVERIFY(sellAtTill(*till2));
    QTRY_VERIFY_WITH_TIMEOUT(
        host.shop()->order(visitor->orderId())->state == webshop::WebOrder::State::Waiting, 10000);
    const QString webRef = host.shop()->order(visitor->orderId())->invoiceReference;
    QVERIFY(m_sandbox->service().pay(webRef, u"1234"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        host.shop()->order(visitor->orderId())->state == webshop::WebOrder::State::Paid, 10000);
    const QString webErs = host.shop()->order(visitor->orderId())->ersReference;

    // Every sale of the three terminals reaches the shop database.
    auto shop = ShopDatabase::open(m_config);
    QVERIFY(shop);
    const Currency sek = Currency::sek();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto z = shopZReport(**shop, start, QDateTime::currentDateTimeUtc(), sek);
            return z && z->salesCount == 5;
        }(),
        30000);
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);
    const auto z = shopZReport(**shop, start, end, sek);
    QVERIFY(z);
    QCOMPARE(z->seqr, Money(12000 * 2 + 13980, sek));
    QCOMPARE(z->cash, Money(3500 * 2, sek));
    const auto webZ = shopZReport(**shop, start, end, sek, host.till().terminalId);
    QVERIFY(webZ);
    QCOMPARE(webZ->salesCount, 1);
    QCOMPARE(webZ->seqr, Money(13980, sek));
    const auto progress = (*shop)->progress();
    QVERIFY(progress);
    QStringList kinds;
    for (const TillProgress &p : *progress)
        kinds.append(p.till.terminalId == host.till().terminalId ? p.till.kind : u"-"_s);
    QVERIFY2(kinds.contains(u"web"_s), qPrintable(kinds.join(u',')));

    // SEQR's shop report: every paid invoice of the three terminals.
    ReconciliationReport report;
    for (const auto &invoice : m_sandbox->service().state().invoices) {
        if (invoice.status != seqr::InvoiceStatus::Paid)
            continue;
        report.rows.append(
            ReconciliationReport::Row{{{u"TerminalId"_s, invoice.terminalId},
                                       {u"ErsReference"_s, invoice.ersReference},
                                       {u"SalesAmount"_s, invoice.total.toDecimalString()},
                                       {u"Type"_s, u"PAYMENT"_s}}});
    }
    QCOMPARE(report.rows.size(), 3);
    auto clean = reconcileShop(**shop, report, start, end, sek);
    QVERIFY(clean);
    QVERIFY(clean->isClean());
    QCOMPARE(clean->count(ReconciliationLine::Kind::Matched), 3);
    QCOMPARE(clean->otherTillsCount, 0);
    QCOMPARE(clean->kassaTotal, Money(12000 * 2 + 13980, sek));

    // SEQR says the web payment was 130.00: that one is reported.
    for (ReconciliationReport::Row &row : report.rows) {
        if (row.value(u"ErsReference") != webErs)
            continue;
        for (ReconciliationReport::Field &field : row.fields) {
            if (field.name == u"SalesAmount")
                field.value = u"130.00"_s;
        }
    }
    auto diverging = reconcileShop(**shop, report, start, end, sek);
    QVERIFY(diverging);
    QVERIFY(!diverging->isClean());
    QCOMPARE(diverging->count(ReconciliationLine::Kind::AmountDiffers), 1);
    for (const auto &line : diverging->lines) {
        if (line.kind == ReconciliationLine::Kind::AmountDiffers)
            QCOMPARE(line.ersReference, webErs);
    }
}

QTEST_GUILESS_MAIN(TestWebShopSync)
#include "tst_webshopsync.moc"
