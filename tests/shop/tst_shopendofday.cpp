#include "core/journal/journal.h"
#include "core/receipt/receiptsettings.h"
#include "core/shopdb/shopendofday.h"
#include "tests/support/postgresfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::shopdb;
using namespace Qt::StringLiterals;

// The shop's end of day from the shop database on a real PostgreSQL: one
// reconciliation for all tills, Z reports per shop and per till, refunds
// across tills.
class TestShopEndOfDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shopReconciliationMatchesAllTillsAndReportsTheDivergingOne();
    void zReportPerShopAndPerTill();
    void overRefundIsRefusedAcrossTills();

private:
    struct Till
    {
        std::unique_ptr<journal::Journal> journal;
        TillIdentity identity;
    };
    Till makeTill(const QString &terminalId);
    // A SEQR payment of `minor` at the till; returns its ersReference.
    QString paySeqr(Till &till, qint64 minor);
    void deliver(Till &till);
    std::unique_ptr<ShopDatabase> openShop(const QString &database);
    static ReconciliationReport::Row row(const QString &ers, const QString &amount,
                                         const QString &terminalId, bool refund = false);

    PostgresFixture m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<ShopDatabase> m_shop;
    int m_payments = 0;
};

void TestShopEndOfDay::initTestCase()
{
    KASSA_REQUIRE_POSTGRES(m_pg);
}

std::unique_ptr<ShopDatabase> TestShopEndOfDay::openShop(const QString &database)
{
    if (!m_pg.createDatabase(database))
        return nullptr;
    const ShopDatabaseConfig c = m_pg.shopConfig(database);
    auto shop = ShopDatabase::open(c);
    return shop ? std::move(shop).value() : nullptr;
}

TestShopEndOfDay::Till TestShopEndOfDay::makeTill(const QString &terminalId)
{
    Till t;
    t.journal =
        journal::Journal::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                              u'/' + terminalId + u"/journal.sqlite"_s))
            .value();
    t.identity = TillIdentity{t.journal->journalId().value(), terminalId, u"Kassa "_s + terminalId};
    return t;
}

QString TestShopEndOfDay::paySeqr(Till &till, qint64 minor)
{
    const Currency sek = Currency::sek();
    const QString n = QString::number(++m_payments);
    const auto sale =
        till.journal->createSale(u"anna"_s, {journal::SaleRow{u"Ost"_s,
                                                              {},
                                                              {},
                                                              Decimal::fromInteger(1),
                                                              u"st"_s,
                                                              Money(minor, sek),
                                                              Money(minor, sek),
                                                              Decimal::fromInteger(12)}});
    if (!sale || !till.journal->recordInvoiceSent(*sale, u"INV"_s + n, u"HTTP://SEQR.SE/R"_s + n,
                                                  Money(minor, sek)))
        return {};
    if (!till.journal->recordSeqrPaid(u"INV"_s + n, u"ERS"_s + n, QDateTime::currentDateTimeUtc()))
        return {};
    return u"ERS"_s + n;
}

void TestShopEndOfDay::deliver(Till &till)
{
    QList<ShopRecord> records;
    const auto entries = till.journal->outbox(0, 1000);
    QVERIFY(entries);
    for (const auto &e : *entries) {
        ShopRecord r{e.seq, e.kind, {}, {}, {}};
        if (e.kind == journal::OutboxEntry::Kind::Sale)
            r.sale = till.journal->sale(e.record.toLongLong()).value();
        else if (e.kind == journal::OutboxEntry::Kind::Refund)
            r.refund = till.journal->refund(e.record.toLongLong()).value();
        else if (e.kind == journal::OutboxEntry::Kind::Event) // a return receipt, a copy…
            r.event = till.journal->tillEvent(e.record).value();
        else
            r.period = till.journal->period(e.record).value();
        records.append(r);
    }
    QVERIFY(m_shop->deliver(till.identity, records, till.journal->lastOutboxSeq().value()));
}

ReconciliationReport::Row TestShopEndOfDay::row(const QString &ers, const QString &amount,
                                                const QString &terminalId, bool refund)
{
    return ReconciliationReport::Row{{{u"TerminalId"_s, terminalId},
                                      {u"ErsReference"_s, ers},
                                      {u"SalesAmount"_s, amount},
                                      {u"Type"_s, refund ? u"REFUND"_s : u"PAYMENT"_s}}};
}

void TestShopEndOfDay::shopReconciliationMatchesAllTillsAndReportsTheDivergingOne()
{
    m_shop = openShop(u"recon"_s);
    QVERIFY(m_shop);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    Till t1 = makeTill(u"T1"_s), t2 = makeTill(u"T2"_s), t3 = makeTill(u"T3"_s);
    const QString a = paySeqr(t1, 9900), b = paySeqr(t2, 4500), c = paySeqr(t3, 12000);
    QVERIFY(t2.journal->recordRefund(a, u"ERS-R1"_s, Money(1000, Currency::sek()), u"bo"_s));
    deliver(t1);
    deliver(t2);
    deliver(t3);
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);

    ReconciliationReport report;
    report.rows = {row(a, u"99.00000"_s, u"T1"_s), row(b, u"45.00"_s, u"T2"_s),
                   row(c, u"120.00"_s, u"T3"_s), row(u"ERS-R1"_s, u"-10.00"_s, u"T2"_s, true)};
    auto clean = reconcileShop(*m_shop, report, start, end, Currency::sek());
    QVERIFY(clean);
    QVERIFY(clean->isClean());
    QCOMPARE(clean->lines.size(), 4);
    QCOMPARE(clean->otherTillsCount, 0); // nothing left as "belongs to other tills"
    QCOMPARE(clean->kassaTotal, Money(9900 + 4500 + 12000 - 1000, Currency::sek()));
    QCOMPARE(clean->seqrTotal, clean->kassaTotal);

    // A fourth till diverges: SEQR has 30.00 where its journal says 35.00, and
    // SEQR knows a payment that never reached Kassa.
    Till t4 = makeTill(u"T4"_s);
    const QString d = paySeqr(t4, 3500);
    deliver(t4);
    report.rows.append(row(d, u"30.00"_s, u"T4"_s));
    report.rows.append(row(u"ERS-LOST"_s, u"12.00"_s, u"T4"_s));
    auto diverging = reconcileShop(*m_shop, report, start,
                                   QDateTime::currentDateTimeUtc().addSecs(1), Currency::sek());
    QVERIFY(diverging);
    QVERIFY(!diverging->isClean());
    QCOMPARE(diverging->count(ReconciliationLine::Kind::Matched), 4);
    QCOMPARE(diverging->count(ReconciliationLine::Kind::AmountDiffers), 1);
    QCOMPARE(diverging->count(ReconciliationLine::Kind::OnlyAtSeqr), 1);
    for (const auto &line : diverging->lines) {
        if (line.kind == ReconciliationLine::Kind::AmountDiffers) {
            QCOMPARE(line.ersReference, d);
            QCOMPARE(*line.kassaAmount, Money(3500, Currency::sek()));
            QCOMPARE(*line.seqrAmount, Money(3000, Currency::sek()));
        }
    }
    // One till's own reconciliation (STD_RECON_007) sees only its rows.
    ReconciliationReport tillReport;
    tillReport.rows = {row(b, u"45.00"_s, u"T2"_s), row(u"ERS-R1"_s, u"-10.00"_s, u"T2"_s, true)};
    auto perTill = reconcileShop(*m_shop, tillReport, start, end, Currency::sek(), u"T2"_s);
    QVERIFY(perTill);
    QVERIFY(perTill->isClean());
    QCOMPARE(perTill->kassaTotal, Money(3500, Currency::sek()));
}

void TestShopEndOfDay::zReportPerShopAndPerTill()
{
    m_shop = openShop(u"zreport"_s);
    QVERIFY(m_shop);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    Till t1 = makeTill(u"T1"_s), t2 = makeTill(u"T2"_s);
    paySeqr(t1, 10000);
    const Currency sek = Currency::sek();
    QVERIFY(t2.journal->recordCashSale(u"bo"_s,
                                       {journal::SaleRow{u"Bröd"_s,
                                                         {},
                                                         {},
                                                         Decimal::fromInteger(2),
                                                         u"st"_s,
                                                         Money(2500, sek),
                                                         Money(5000, sek),
                                                         Decimal::fromInteger(12)}},
                                       Money(5000, sek)));
    deliver(t1);
    deliver(t2);
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);
    auto shop = shopZReport(*m_shop, start, end, sek);
    QVERIFY(shop);
    QCOMPARE(shop->salesCount, 2);
    QCOMPARE(shop->total, Money(15000, sek));
    QCOMPARE(shop->cash, Money(5000, sek));
    QCOMPARE(shop->seqr, Money(10000, sek));
    QCOMPARE(shop->vat.size(), 1);
    QCOMPARE(shop->vat.first().vat, Money(1607, sek)); // 150.00 at 12 %: 16.07
    // Both sales in the local hour they were made in (start's or end's).
    const int startHour = start.toLocalTime().time().hour();
    const int endHour = end.toLocalTime().time().hour();
    QCOMPARE(shop->countPerHour[startHour] +
                 (endHour != startHour ? shop->countPerHour[endHour] : 0),
             2);
    QCOMPARE(shop->salesPerHour[startHour] +
                 (endHour != startHour ? shop->salesPerHour[endHour] : 0),
             qint64(15000));
    auto till2 = shopZReport(*m_shop, start, end, sek, u"T2"_s);
    QVERIFY(till2);
    QCOMPARE(till2->salesCount, 1);
    QCOMPARE(till2->total, Money(5000, sek));
    QCOMPARE(till2->seqr, Money(0, sek));
    ReceiptSettings english;
    english.shopName = u"Butik"_s;
    english.language = u"en"_s;
    QVERIFY(till2->toText(english).contains(u"50.00"_s));
}

void TestShopEndOfDay::overRefundIsRefusedAcrossTills()
{
    m_shop = openShop(u"refunds"_s);
    QVERIFY(m_shop);
    Till t1 = makeTill(u"T1"_s), t2 = makeTill(u"T2"_s), t3 = makeTill(u"T3"_s);
    const QString ers = paySeqr(t1, 9900);
    deliver(t1);
    // Sold at till 1, part refunded at till 2 (delivered) and at till 3 (not yet).
    QCOMPARE(refundableAcrossTills(*m_shop, *t2.journal, ers).value(),
             Money(9900, Currency::sek()));
    QVERIFY(t2.journal->recordRefund(ers, u"R-2"_s, Money(6000, Currency::sek()), u"bo"_s));
    deliver(t2);
    QVERIFY(t3.journal->recordRefund(ers, u"R-3"_s, Money(3000, Currency::sek()), u"cy"_s));
    QCOMPARE(refundableAcrossTills(*m_shop, *t3.journal, ers).value(), Money(900, Currency::sek()));
    // Once till 3's refund is delivered it is not counted twice.
    deliver(t3);
    QCOMPARE(refundableAcrossTills(*m_shop, *t3.journal, ers).value(), Money(900, Currency::sek()));
    QCOMPARE(refundableAcrossTills(*m_shop, *t1.journal, ers).value(), Money(900, Currency::sek()));
    // The till's own journal alone would have allowed 99.00 at till 1.
    QCOMPARE(t1.journal->refundable(ers).value(), Money(9900, Currency::sek()));
    // A payment of this till not delivered yet: its own journal answers.
    const QString fresh = paySeqr(t3, 2000);
    QCOMPARE(refundableAcrossTills(*m_shop, *t3.journal, fresh).value(),
             Money(2000, Currency::sek()));
    const auto behind = tillsBehind(*m_shop);
    QVERIFY(behind);
    QCOMPARE(behind->size(), 0); // till 3 has not even said it has more
}

QTEST_GUILESS_MAIN(TestShopEndOfDay)
#include "tst_shopendofday.moc"
