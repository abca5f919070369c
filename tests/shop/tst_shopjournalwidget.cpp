#include "core/catalog/pricechange.h"
#include "core/checkout/checkout.h"
#include "core/shopdb/shopsync.h"
#include "tests/support/kassawords.h"
#include "tests/support/postgresfixture.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/shoptillui.h"
#include "ui/journalwidget.h"
#include "ui/managerwindow.h"
#include "ui/refundwidget.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kassa;
using namespace kassa::shopdb;
using namespace Qt::StringLiterals;
using Column = ui::JournalWidget::Column;

// The manager's journal browser with a shop database (offscreen, real
// PostgreSQL, real sandbox): a SEQR sale made at one till is found in
// another till's browser, with the till it was made at, beside that till's
// own sales (both have receipt 1); it is reprinted and refunded from there,
// and the first till's browser then shows the refund made at the second.
// While the shop database is down the browser shows the till's own journal
// and says that the other tills' cannot be shown; when it is back, they are.
class TestShopJournalWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saleOfTillOneIsFoundReprintedAndRefundedAtTillTwo();
    void shopDatabaseDownShowsThisTillsJournalAndSaysSo();
    void inspectorsEventsOfEveryTillAreListedInWords();

private:
    using Till = ShopTillFixture;
    // A new shop database `name` and two tills selling into it: Kassa
    // `first` and Kassa `first + 1` (SEQR ids TILL<number>); null where they
    // could not be made (m_pg.error() says why, when it was the database).
    std::pair<std::unique_ptr<Till>, std::unique_ptr<Till>> makeShop(const QString &name,
                                                                     int first);
    ui::ManagerContext contextOf(Till &till);
    QString paySeqr(Till &till, const QString &item, qint64 minor);
    bool sellForCash(Till &till, const QString &item, qint64 minor);
    bool delivered(Till &till);
    // The rows of `browser` as "receipt|total|paid with|till".
    static QStringList rowsOf(const ui::JournalWidget &browser);

    PostgresFixture m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestShopJournalWidget::initTestCase()
{
    KASSA_REQUIRE_POSTGRES(m_pg);
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
}

std::pair<std::unique_ptr<TestShopJournalWidget::Till>,
          std::unique_ptr<TestShopJournalWidget::Till>>
TestShopJournalWidget::makeShop(const QString &name, int first)
{
    if (!m_pg.createDatabase(name))
        return {};
    const ShopDatabaseConfig config = m_pg.shopConfig(name);
    ShopSyncOptions options = ShopTillFixture::syncOptions();
    options.maxRetryMs = 1000;
    auto till = [&](int number) {
        return ShopTillFixture::make(*m_sandbox, m_dir.path(), config,
                                     u"Kassa "_s + QString::number(number),
                                     u"TILL"_s + QString::number(number), options);
    };
    return {till(first), till(first + 1)};
}

ui::ManagerContext TestShopJournalWidget::contextOf(Till &till)
{
    return managerContextAt(till, u"boss"_s);
}

QString TestShopJournalWidget::paySeqr(Till &till, const QString &item, qint64 minor)
{
    return till.add(item, minor) ? till.payBySeqr() : QString();
}

bool TestShopJournalWidget::sellForCash(Till &till, const QString &item, qint64 minor)
{
    const Money price(minor, Currency::sek());
    return bool(till.journal->recordCashSale(
        u"anna"_s,
        {journal::SaleRow{
            item, {}, {}, Decimal::fromInteger(1), u"st"_s, price, price, Decimal::fromInteger(6)}},
        price));
}

bool TestShopJournalWidget::delivered(Till &till)
{
    const ShopSyncStatus s = till.sync->status();
    return s.state == ShopSyncStatus::State::Online &&
           s.delivered >= till.journal->lastOutboxSeq().valueOr(1);
}

QStringList TestShopJournalWidget::rowsOf(const ui::JournalWidget &browser)
{
    QStringList rows;
    const QTableWidget *t = browser.table();
    for (int r = 0; r < t->rowCount(); ++r)
        rows.append(QStringList{
            t->item(r, Column::ReceiptColumn)->text(), t->item(r, Column::TotalColumn)->text(),
            t->item(r, Column::PaidWithColumn)->text(), t->item(r, Column::TillColumn)->text()}
                        .join(u'|'));
    rows.sort();
    return rows;
}

void TestShopJournalWidget::saleOfTillOneIsFoundReprintedAndRefundedAtTillTwo()
{
    auto [till1, till2] = makeShop(u"journal"_s, 1);
    QVERIFY2(till1 && till2, qPrintable(m_pg.error()));
    const QString ers = paySeqr(*till1, u"Ost"_s, 4900);
    QVERIFY(!ers.isEmpty());
    QVERIFY(sellForCash(*till2, u"Tidning"_s, 3500));
    QTRY_VERIFY_WITH_TIMEOUT(delivered(*till1), 20000);

    ui::ManagerWindow window(contextOf(*till2), ReconcilerTiming{100, 100, 10});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::JournalWidget *browser = window.journal();
    browser->showDay(QDate::currentDate());
    QVERIFY(!browser->table()->isColumnHidden(Column::TillColumn));
    QVERIFY(!browser->shopNote()->isVisibleTo(browser));
    // Both are receipt 1: the till column tells them apart.
    QCOMPARE(rowsOf(*browser), (QStringList{u"1|35.00|cash|Kassa 2"_s, u"1|49.00|SEQR|Kassa 1"_s}));

    // Found by its SEQR reference, by its item and by its till.
    browser->setSearch(ers);
    QCOMPARE(rowsOf(*browser), QStringList{u"1|49.00|SEQR|Kassa 1"_s});
    browser->setSearch(u"ost"_s);
    QCOMPARE(rowsOf(*browser), QStringList{u"1|49.00|SEQR|Kassa 1"_s});
    browser->setSearch(u"Kassa 1"_s);
    QCOMPARE(rowsOf(*browser), QStringList{u"1|49.00|SEQR|Kassa 1"_s});
    browser->setSearch(u"tidning"_s);
    QCOMPARE(rowsOf(*browser), QStringList{u"1|35.00|cash|Kassa 2"_s});

    // Reprinted here: till 1's sale, marked as a copy.
    browser->setSearch(ers);
    browser->table()->selectRow(0);
    QVERIFY(browser->selectedSale());
    QVERIFY(!browser->isOwnSale(*browser->selectedSale()));
    QCOMPARE(browser->selectedSale()->sale.rows.size(), 1);
    const QString copy = m_dir.filePath(u"copy-of-till1.pdf"_s);
    QVERIFY(browser->reprintSelectedToPdf(copy));
    // Read back as text (pdftotext, poppler-utils: .ci/run installs it).
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, copy, u"-"_s});
    QVERIFY2(p.waitForFinished(30000), "pdftotext did not run: is poppler-utils installed?");
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(u"COPY"_s) && text.contains(u"Ost"_s) && text.contains(ers),
             qPrintable(text));

    // Refunded from here: the refunds tab takes till 1's sale (not this
    // till's receipt 1) from the shop database.
    QTest::mouseClick(browser->refundButton(), Qt::LeftButton);
    ui::RefundWidget *refunds = window.refunds();
    QCOMPARE(window.tabs()->currentWidget(), refunds);
    QVERIFY2(refunds->saleText().contains(u"Sold at Kassa 1"_s), qPrintable(refunds->saleText()));
    QVERIFY2(refunds->saleText().contains(u"Still refundable: 49.00"_s),
             qPrintable(refunds->saleText()));
    refunds->amountField()->setText(u"20.00"_s);
    refunds->refund();
    QVERIFY2(refunds->confirmation(), qPrintable(refunds->resultText()));
    refunds->confirmation()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(refunds->resultText().startsWith(u"Refunded 20.00"_s), 20000);
    QVERIFY2(refunds->resultText().contains(u"Still refundable: 29.00"_s),
             qPrintable(refunds->resultText()));
    QCOMPARE(m_sandbox->service().state().refunds.size(), 1);

    // Till 2's browser: the refund, made here, beside till 1's sale.
    browser->refresh();
    QCOMPARE(rowsOf(*browser),
             (QStringList{u"1|49.00|SEQR|Kassa 1"_s, u"2|-20.00|SEQR refund|Kassa 2"_s}));
    // The return receipt gets its one copy from here (KOPIA, the return's
    // figures); a second is refused with the reason.
    for (int r = 0; r < browser->table()->rowCount(); ++r) {
        if (browser->table()->item(r, Column::PaidWithColumn)->text() == u"SEQR refund")
            browser->table()->selectRow(r);
    }
    QCOMPARE(browser->selectedReceipt(), 2);
    const QString returnCopy = m_dir.filePath(u"copy-of-return.pdf"_s);
    QVERIFY(browser->reprintSelectedToPdf(returnCopy));
    QProcess returnText;
    returnText.start(u"pdftotext"_s, {u"-layout"_s, returnCopy, u"-"_s});
    QVERIFY2(returnText.waitForFinished(30000), "pdftotext (poppler-utils) is needed");
    const QString returned = QString::fromUtf8(returnText.readAllStandardOutput())
                                 .simplified()
                                 .replace(QChar(0x2212), u'-');
    QVERIFY2(returned.count(u"KOPIA"_s) >= 2 && returned.contains(u"Receipt 2"_s) &&
                 returned.contains(u"-20.00"_s),
             qPrintable(returned));
    const Status again = browser->reprintSelectedToPdf(returnCopy);
    QVERIFY(!again);
    QVERIFY2(again.error().detail.contains(u"Receipt 2 already has its copy"_s),
             qPrintable(again.error().detail));
    // Till 1's browser, once till 2 has delivered: the refund made at Kassa 2.
    QTRY_VERIFY_WITH_TIMEOUT(delivered(*till2), 20000);
    ui::JournalWidget atTill1(contextOf(*till1));
    atTill1.setSearch(ers);
    QCOMPARE(rowsOf(atTill1),
             (QStringList{u"1|49.00|SEQR|Kassa 1"_s, u"2|-20.00|SEQR refund|Kassa 2"_s}));
    atTill1.setSearch({});
    // With till 2's copy of its return receipt, an event from the shop database.
    QCOMPARE(rowsOf(atTill1),
             (QStringList{u"1|35.00|cash|Kassa 2"_s, u"1|49.00|SEQR|Kassa 1"_s,
                          u"2|-20.00|SEQR refund|Kassa 2"_s, u"2||Receipt copies|Kassa 2"_s}));
}

void TestShopJournalWidget::shopDatabaseDownShowsThisTillsJournalAndSaysSo()
{
    auto [till1, till2] = makeShop(u"journaldown"_s, 5);
    QVERIFY2(till1 && till2, qPrintable(m_pg.error()));
    QVERIFY(!paySeqr(*till1, u"Ost"_s, 4900).isEmpty());
    QVERIFY(sellForCash(*till2, u"Tidning"_s, 3500));
    QTRY_VERIFY_WITH_TIMEOUT(delivered(*till1), 20000);

    ui::JournalWidget browser(contextOf(*till2));
    browser.show();
    const QStringList both{u"1|35.00|cash|Kassa 6"_s, u"1|49.00|SEQR|Kassa 5"_s};
    QCOMPARE(rowsOf(browser), both);

    QVERIFY2(m_pg.stop(), qPrintable(m_pg.error()));
    browser.refresh();
    // This till's journal, never an empty day, and said why the rest is missing.
    QCOMPARE(rowsOf(browser), QStringList{u"1|35.00|cash|Kassa 6"_s});
    QVERIFY(!browser.problem()->isVisibleTo(&browser));
    QVERIFY(browser.shopNote()->isVisibleTo(&browser));
    QCOMPARE(browser.shopNote()->text(),
             u"Only this till's sales and refunds are shown: the shop database cannot be "
             "reached now, so the other tills' cannot be shown. Try again later."_s);
    // The manager's window at a till whose ShopSync already knows: not tried.
    QTRY_COMPARE_WITH_TIMEOUT(till2->sync->status().state, ShopSyncStatus::State::Offline, 30000);
    ui::ManagerContext linkedContext = contextOf(*till2);
    linkedContext.shopSync = till2->sync.get();
    ui::JournalWidget linked(linkedContext);
    QCOMPARE(rowsOf(linked), QStringList{u"1|35.00|cash|Kassa 6"_s});
    QVERIFY(linked.shopNote()->isVisibleTo(&linked));
    QCOMPARE(linked.shopNote()->text(), browser.shopNote()->text());
    {
        // Said in Swedish at a Swedish till.
        QTranslator swedish;
        QVERIFY(installKassaWords(swedish, QLocale::Swedish));
        browser.refresh();
        QCOMPARE(browser.shopNote()->text(),
                 u"Bara den här kassans köp och återbetalningar visas: butiksdatabasen kan inte "
                 "nås just nu, så de andra kassornas kan inte visas. Försök igen senare."_s);
        QApplication::removeTranslator(&swedish);
    }
    // A sale made meanwhile is there at once: the journal is this till's record.
    QVERIFY(sellForCash(*till2, u"Bröd"_s, 2500));
    browser.refresh();
    QCOMPARE(rowsOf(browser), (QStringList{u"1|35.00|cash|Kassa 6"_s, u"2|25.00|cash|Kassa 6"_s}));
    QVERIFY(browser.shopNote()->isVisibleTo(&browser));

    // Back: the other tills' sales are shown again (tried again after a while).
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    QTRY_VERIFY_WITH_TIMEOUT((browser.refresh(), !browser.shopNote()->isVisibleTo(&browser)),
                             30000);
    QCOMPARE(rowsOf(browser), (QStringList{u"1|35.00|cash|Kassa 6"_s, u"1|49.00|SEQR|Kassa 5"_s,
                                           u"2|25.00|cash|Kassa 6"_s}));
    QTRY_VERIFY_WITH_TIMEOUT((linked.refresh(), !linked.shopNote()->isVisibleTo(&linked)), 30000);
    QCOMPARE(rowsOf(linked), rowsOf(browser));
}

// What an inspector reads besides sales — drawer openings, voided carts,
// price changes, receipt copies — is listed in the journal browser in
// words, this till's from its journal and another till's from the shop
// database, and found by the search like any row.
void TestShopJournalWidget::inspectorsEventsOfEveryTillAreListedInWords()
{
    QTranslator english; // as kassa --language en: the plurals in words
    QVERIFY(installKassaWords(english, QLocale::English));
    auto [till7, till8] = makeShop(u"journalevents"_s, 7);
    QVERIFY2(till7 && till8, qPrintable(m_pg.error()));
    const Currency sek = Currency::sek();
    QVERIFY(
        till7->journal->recordDrawerOpening(journal::DrawerCause::NoSale, u"change"_s, u"anna"_s));
    QVERIFY(till7->journal->recordVoidedCart(2, Money(4500, sek), u"anna"_s));
    QVERIFY(till7->journal->recordPriceChanges(
        {catalog::PriceChange{0, QDateTime::currentDateTimeUtc(), u"7310865004703"_s, u"Ost"_s,
                              Money(2500, sek), Money(2900, sek), u"edit"_s, u"boss"_s}}));
    QVERIFY(sellForCash(*till8, u"Tidning"_s, 3500));
    QVERIFY(till8->journal->recordCopy(1, u"bo"_s));
    QTRY_VERIFY_WITH_TIMEOUT(delivered(*till7), 20000);

    ui::JournalWidget browser(contextOf(*till8));
    browser.show();
    const auto said = [&browser] {
        QStringList rows;
        const QTableWidget *t = browser.table();
        for (int r = 0; r < t->rowCount(); ++r)
            rows.append(QStringList{
                t->item(r, Column::ReceiptColumn)->text(), t->item(r, Column::TotalColumn)->text(),
                t->item(r, Column::PaidWithColumn)->text(),
                t->item(r, Column::StatusColumn)->text(), t->item(r, Column::TillColumn)->text()}
                            .join(u'|'));
        rows.sort();
        return rows;
    };
    QCOMPARE(said(),
             (QStringList{
                 u"1|35.00|cash|completed|Kassa 8"_s,
                 u"1||Receipt copies|Copy of receipt 1 (KOPIA), by bo|Kassa 8"_s,
                 u"|29.00|Price changes|Price of Ost (7310865004703) changed from 25.00 to 29.00 "
                 "(edit), by boss|Kassa 7"_s,
                 u"|45.00|Unfinished sales|Cart voided with 2 rows: an unfinished sale, by "
                 "anna|Kassa 7"_s,
                 u"||Drawer openings|Drawer opened: no sale (change), by anna|Kassa 7"_s}));
    browser.setSearch(u"kopia"_s);
    QCOMPARE(said(), QStringList{u"1||Receipt copies|Copy of receipt 1 (KOPIA), by bo|Kassa 8"_s});
    QApplication::removeTranslator(&english);
}

QTEST_MAIN(TestShopJournalWidget)
#include "tst_shopjournalwidget.moc"
