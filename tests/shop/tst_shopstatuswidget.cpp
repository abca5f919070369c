#include "core/journal/journal.h"
#include "core/shopdb/shopsync.h"
#include "tests/support/postgresfixture.h"
#include "ui/shopstatuswidget.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kassa;
using namespace kassa::shopdb;
using namespace Qt::StringLiterals;

// The manager's Shop tab, offscreen, against a real PostgreSQL: what this
// till waits to send, and how far behind each till of the shop is.
class TestShopStatusWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTillsAndWhatWaitsWhileTheDatabaseIsDown();

private:
    PostgresFixture m_pg;
    QTemporaryDir m_dir;
};

void TestShopStatusWidget::initTestCase()
{
    KASSA_REQUIRE_POSTGRES(m_pg);
    QVERIFY(m_pg.createDatabase(u"shop"_s));
}

void TestShopStatusWidget::showsTillsAndWhatWaitsWhileTheDatabaseIsDown()
{
    const ShopDatabaseConfig config = m_pg.shopConfig(u"shop"_s);
    ShopSyncOptions options;
    options.intervalMs = 200;
    options.retryMs = 200;
    options.maxRetryMs = 500;
    auto j1 = journal::Journal::open(m_dir.filePath(u"1/journal.sqlite"_s)).value();
    auto j2 = journal::Journal::open(m_dir.filePath(u"2/journal.sqlite"_s)).value();
    ShopSync s1(config, j1->path(), {{}, u"T1"_s, u"Kassa 1"_s}, options);
    ShopSync s2(config, j2->path(), {{}, u"T2"_s, u"Kassa 2"_s}, options);
    s1.start();
    s2.start();
    ui::ShopStatusWidget widget(&s1, QLocale(QLocale::English, QLocale::Sweden));
    widget.show();
    const Currency sek = Currency::sek();
    const QList<journal::SaleRow> rows{journal::SaleRow{u"Kaffe"_s,
                                                        {},
                                                        {},
                                                        Decimal::fromInteger(1),
                                                        u"st"_s,
                                                        Money(2500, sek),
                                                        Money(2500, sek),
                                                        Decimal::fromInteger(12)}};
    QVERIFY(j1->recordCashSale(u"anna"_s, rows, Money(2500, sek)));
    QTRY_COMPARE_WITH_TIMEOUT(widget.summaryText(), u"Shop database: connected, everything sent."_s,
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(widget.tills()->topLevelItemCount(), 2, 20000);
    QCOMPARE(widget.tills()->topLevelItem(0)->text(0), u"Kassa 1"_s);
    QCOMPARE(widget.tills()->topLevelItem(1)->text(1), u"T2"_s);
    QCOMPARE(widget.tills()->topLevelItem(0)->text(2), u"0"_s);

    QVERIFY(m_pg.stop());
    QVERIFY(j1->recordCashSale(u"anna"_s, rows, Money(2500, sek)));
    QVERIFY(j1->recordCashSale(u"anna"_s, rows, Money(3000, sek)));
    QTRY_VERIFY_WITH_TIMEOUT(
        widget.summaryText().startsWith(u"Shop database not reachable since"_s), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(widget.summaryText().contains(u"2 record"_s),
                              qPrintable(widget.summaryText()), 20000);
    QVERIFY(m_pg.start());
    QTRY_COMPARE_WITH_TIMEOUT(widget.summaryText(), u"Shop database: connected, everything sent."_s,
                              20000);
}

QTEST_MAIN(TestShopStatusWidget)
#include "tst_shopstatuswidget.moc"
