#include "core/checkout/checkout.h"
#include "core/shop/shopsync.h"
#include "tests/support/postgresfixture.h"
#include "tests/support/sandboxfixture.h"
#include "ui/endofdaywidget.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::shop;
using namespace Qt::StringLiterals;
using State = PaymentSession::State;

// The manager's "Close & reconcile" for the whole shop when the till has a
// shop database (offscreen, real PostgreSQL, real sandbox): two tills each
// take a SEQR payment (core Checkout) and ship their journals (ShopSync);
// the shop close at till 1 matches SEQR's shop report against both tills'
// payments from the shop database — nothing is left as "another till's" —
// and the Z report is the shop's. Without the shop database the same close
// would match only till 1's payment.
class TestShopEndOfDayWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shopCloseMatchesEveryTillFromTheShopDatabase();

private:
    struct Till
    {
        std::unique_ptr<seqr::SeqrClient> client;
        TillConfig config;
        QString journalPath;
        std::unique_ptr<journal::Journal> journal;
        std::unique_ptr<Cart> cart;
        std::unique_ptr<Checkout> checkout;
        std::unique_ptr<ShopSync> sync;
    };
    std::unique_ptr<Till> makeTill(const QString &name, const QString &seqrId);
    bool paySeqr(Till &till, qint64 minor);

    PostgresFixture m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    ShopDatabaseConfig m_config;
};

void TestShopEndOfDayWidget::initTestCase()
{
    KASSA_REQUIRE_POSTGRES(m_pg);
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    QVERIFY2(m_pg.createDatabase(u"closeday"_s), qPrintable(m_pg.error()));
    m_config.host = m_pg.socketDir();
    m_config.port = m_pg.port();
    m_config.name = u"closeday"_s;
    m_config.user = m_pg.adminUser();
}

std::unique_ptr<TestShopEndOfDayWidget::Till>
TestShopEndOfDayWidget::makeTill(const QString &name, const QString &seqrId)
{
    auto t = std::make_unique<Till>();
    t->client = m_sandbox->makeClient();
    t->config.terminalId = m_sandbox->registerTill(*t->client, name, seqrId);
    if (t->config.terminalId.isEmpty())
        return nullptr;
    t->config.name = name;
    t->config.shopName = u"Lilla Livs"_s;
    t->config.seqrId = seqrId;
    t->config.shopDatabase = m_config;
    t->journalPath = m_dir.filePath(seqrId + u"/journal.sqlite"_s);
    auto journal = journal::Journal::open(t->journalPath);
    if (!journal)
        return nullptr;
    t->journal = std::move(journal).value();
    t->cart = std::make_unique<Cart>();
    PaymentTiming timing;
    timing.pollIntervalMs = 100;
    t->checkout = std::make_unique<Checkout>(
        CheckoutContext{t->client.get(), t->journal.get(), u"Lilla Livs"_s, u"anna"_s, timing},
        t->cart.get());
    ShopSyncOptions options;
    options.intervalMs = 200;
    t->sync = std::make_unique<ShopSync>(
        m_config, t->journalPath, TillIdentity{{}, t->config.terminalId, name, u"till"_s}, options);
    t->sync->start();
    return t;
}

bool TestShopEndOfDayWidget::paySeqr(Till &till, qint64 minor)
{
    catalog::Product p;
    p.ean = u"7310865004703"_s;
    p.name = u"Ost"_s;
    p.unitPrice = Money(minor, Currency::sek());
    p.taxRate = Decimal::fromInteger(12);
    if (!till.cart->addProduct(p) || till.checkout->payWithSeqr() != SeqrRefusal::None)
        return false;
    PaymentSession *session = till.checkout->session();
    return QTest::qWaitFor([&] { return session->state() == State::Waiting; }, 10000) &&
           m_sandbox->service().pay(session->invoiceReference(), u"1234"_s) &&
           QTest::qWaitFor([&] { return session->state() == State::Paid; }, 10000);
}

void TestShopEndOfDayWidget::shopCloseMatchesEveryTillFromTheShopDatabase()
{
    auto till1 = makeTill(u"Kassa 1"_s, u"TILL1"_s);
    auto till2 = makeTill(u"Kassa 2"_s, u"TILL2"_s);
    QVERIFY(till1 && till2);
    QVERIFY(paySeqr(*till1, 4900));
    QVERIFY(paySeqr(*till2, 12000));
    // Both tills have delivered everything before the manager closes.
    QTRY_VERIFY_WITH_TIMEOUT(
        till1->sync->status().recorded > 0 && till1->sync->status().pending() == 0 &&
            till2->sync->status().recorded > 0 && till2->sync->status().pending() == 0,
        20000);

    ui::ManagerContext context;
    context.journal = till1->journal.get();
    context.client = till1->client.get();
    context.till = &till1->config;
    context.configPath = m_dir.filePath(u"TILL1/till.json"_s);
    context.receiptFolder = m_dir.filePath(u"TILL1/receipts"_s);
    context.cashierId = u"anna"_s;
    context.locale = QLocale(QLocale::English, QLocale::Sweden);
    ui::EndOfDayWidget day(context, ReconcilerTiming{100, 100, 20});
    day.show();
    QSignalSpy done(&day, &ui::EndOfDayWidget::finished);
    day.closeAndReconcile(false);
    QVERIFY(day.confirmation());
    day.confirmation()->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);

    const QString progress = day.progressText();
    QVERIFY2(progress.contains(u"SEQR and the journal agree: 2 payments match"_s),
             qPrintable(progress));
    QVERIFY2(!progress.contains(u"other tills"_s), qPrintable(progress));
    QVERIFY2(!progress.contains(u"Not final"_s), qPrintable(progress));
    QCOMPARE(day.linesTable()->rowCount(), 2);
    QCOMPARE(day.linesTable()->item(0, 0)->text(), u"Matched"_s);
    QCOMPARE(day.linesTable()->item(1, 0)->text(), u"Matched"_s);
    QVERIFY(day.zReport());
    QCOMPARE(day.zReport()->salesCount, 2);
    QCOMPARE(day.zReport()->seqr, Money(16900, Currency::sek()));
    QCOMPARE(day.zReport()->seqrAtSeqr, Money(16900, Currency::sek()));
    QCOMPARE(day.zReport()->differences, 0);
    const QString z = day.zReportText();
    QVERIFY2(z.contains(u"169.00"_s) && z.contains(u"The whole shop"_s), qPrintable(z));
}

QTEST_MAIN(TestShopEndOfDayWidget)
#include "tst_shopendofdaywidget.moc"
