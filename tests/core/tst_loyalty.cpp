// The shop's loyalty rules (pure) and what the journal keeps of them, on a
// real SQLite file: programmes and coupons in the configuration, a card's
// percentage split over the VAT rates, unknown tokens 99, used or blocked
// coupons 90, one card per sale, the discount journaled once.
#include "core/journal/journal.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/loyalty/loyaltyrules.h"
#include "core/terminal/tillconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::loyalty;
using namespace Qt::StringLiterals;

namespace {

Money sek(qint64 minor)
{
    return Money(minor, Currency::sek());
}

SaleRow row(const QString &description, qint64 minor, int rate, const QString &sku = {})
{
    SaleRow r;
    r.description = description;
    r.sku = sku;
    r.unitPrice = sek(minor);
    r.total = sek(minor);
    r.taxRate = Decimal::fromInteger(rate);
    return r;
}

LoyaltyConfig shopConfig()
{
    LoyaltyConfig c;
    (void)c.addProgramme(demoProgramme());
    Programme fruit;
    fruit.id = u"FRUIT_CARD"_s;
    fruit.pattern = u"F\\d{4}"_s;
    fruit.name = u"Fruktklubben"_s;
    fruit.percent = Decimal::fromInteger(20);
    fruit.groups = {u"FRUKT-"_s};
    (void)c.addProgramme(fruit);
    Coupon fifty;
    fifty.code = u"SPRING50"_s;
    fifty.amount = sek(5000);
    (void)c.addCoupon(fifty);
    Coupon blocked;
    blocked.code = u"OLD10"_s;
    blocked.amount = sek(1000);
    blocked.blocked = true;
    (void)c.addCoupon(blocked);
    return c;
}

const auto never = [](const QString &) { return false; };

} // namespace

class TestLoyalty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configurationRoundTripsThroughTillJson();
    void badProgrammesAreRefusedWithTheReason();
    void cardGivesItsPercentageSplitOverVatRates();
    void groupCardDiscountsOnlyItsGroups();
    void unknownTokenIsAnswered99();
    void usedOrBlockedCouponIsAnswered90();
    void secondCardOfASaleIsAnswered90();
    void pointsProgrammeGivesPointsNoDiscount();
    void cardNumberIsMasked();
    void couponCodesAndSeriesIgnoreCase();
    void journalKeepsTheDiscountOnceAndLowersTheInvoice();
    void couponIsUsedOnceShopWide();
};

void TestLoyalty::configurationRoundTripsThroughTillJson()
{
    QTemporaryDir dir;
    TillConfig till;
    till.loyalty = shopConfig();
    QVERIFY(till.save(dir.filePath(u"till.json"_s)));
    auto loaded = TillConfig::load(dir.filePath(u"till.json"_s));
    QVERIFY(loaded);
    QCOMPARE(loaded->loyalty, till.loyalty);
    QVERIFY(loaded->loyalty.isEnabled());
    QCOMPARE(loaded->loyalty.programmeFor(u"X_CARD"_s, u"7777000042"_s)->name, u"Kassa Club"_s);
    QCOMPARE(loaded->loyalty.programmeFor(u"X_CARD"_s, u"77770000421"_s), nullptr);
    QVERIFY(!TillConfig().loyalty.isEnabled());
}

void TestLoyalty::badProgrammesAreRefusedWithTheReason()
{
    LoyaltyConfig c;
    Programme p = demoProgramme();
    p.pattern = u"7777(\\d"_s;
    auto bad = c.addProgramme(p);
    QVERIFY(!bad);
    QVERIFY2(bad.error().detail.contains(u"regular expression"_s), qPrintable(bad.error().detail));
    p = demoProgramme();
    p.percent = Decimal::fromInteger(100);
    QVERIFY(!c.addProgramme(p));
    p = demoProgramme();
    p.id = u"X CARD"_s;
    QVERIFY(!c.addProgramme(p));
    Coupon both;
    both.code = u"A"_s;
    both.amount = sek(100);
    both.percent = Decimal::fromInteger(5);
    QVERIFY(!c.addCoupon(both));
    QVERIFY(c.programmes.isEmpty() && c.coupons.isEmpty());
}

void TestLoyalty::cardGivesItsPercentageSplitOverVatRates()
{
    // 10 % of 149.99 (25 %) + 30.01 (12 %) = 18.00: 15.00 and 3.00.
    const QList<SaleRow> rows{row(u"Kaffe"_s, 14999, 25), row(u"Bulle"_s, 3001, 12)};
    const Outcome out = applyTokens(shopConfig(), rows, sek(18000),
                                    {{u"X_CARD"_s, u"7777000042"_s, {}}}, true, never);
    QCOMPARE(out.discountMinor, 1800);
    QCOMPARE(out.rows.size(), 2);
    QCOMPARE(out.rows[0].taxRate, Decimal::fromInteger(12));
    QCOMPARE(out.rows[0].total, sek(-300));
    QCOMPARE(out.rows[1].total, sek(-1500));
    QCOMPARE(out.rows[1].description, u"Kassa Club ****0042 10 % (25 %)"_s);
    QCOMPARE(out.answered.size(), 1);
    QCOMPARE(out.answered[0].status, int(TokenUsed));
    QCOMPARE(out.discounts[0].amount, sek(1800));
    QCOMPARE(out.discounts[0].name, u"Kassa Club"_s);
}

void TestLoyalty::groupCardDiscountsOnlyItsGroups()
{
    const QList<SaleRow> rows{row(u"Äpple"_s, 1000, 12, u"FRUKT-1"_s),
                              row(u"Tidning"_s, 5000, 6, u"PRESS-1"_s)};
    const Outcome out = applyTokens(shopConfig(), rows, sek(6000),
                                    {{u"FRUIT_CARD"_s, u"F1234"_s, {}}}, true, never);
    QCOMPARE(out.discountMinor, 200);
    QCOMPARE(out.rows.size(), 1);
    QCOMPARE(out.rows[0].taxRate, Decimal::fromInteger(12));
    QCOMPARE(out.rows[0].description, u"Fruktklubben ****1234 20 %"_s);
}

void TestLoyalty::unknownTokenIsAnswered99()
{
    const Outcome out = applyTokens(
        shopConfig(), {row(u"Kaffe"_s, 5000, 25)}, sek(5000),
        {{u"X_CARD"_s, u"12345"_s, {}}, {u"OTHER"_s, u"7777000042"_s, {}}}, true, never);
    QCOMPARE(out.discountMinor, 0);
    QVERIFY(out.rows.isEmpty());
    QCOMPARE(out.answered.size(), 2);
    QCOMPARE(out.answered[0].status, int(TokenUnknown));
    QCOMPARE(out.answered[1].status, int(TokenUnknown));
}

void TestLoyalty::usedOrBlockedCouponIsAnswered90()
{
    const QList<SaleRow> rows{row(u"Kaffe"_s, 20000, 25)};
    const auto used = [](const QString &code) { return code == u"SPRING50"_s; };
    Outcome out =
        applyTokens(shopConfig(), rows, sek(20000),
                    {{u"COUPON"_s, u"SPRING50"_s, {}}, {u"COUPON"_s, u"OLD10"_s, {}}}, true, used);
    QCOMPARE(out.discountMinor, 0);
    QCOMPARE(out.answered[0].status, int(TokenBlocked));
    QCOMPARE(out.answered[1].status, int(TokenBlocked));
    out = applyTokens(shopConfig(), rows, sek(20000), {{u"COUPON"_s, u"spring50"_s, {}}}, true,
                      never);
    QCOMPARE(out.discountMinor, 5000);
    QCOMPARE(out.answered[0].status, int(TokenUsed));
    QVERIFY(out.discounts[0].isCoupon);
}

void TestLoyalty::secondCardOfASaleIsAnswered90()
{
    const Outcome out = applyTokens(
        shopConfig(), {row(u"Kaffe"_s, 10000, 25)}, sek(10000),
        {{u"X_CARD"_s, u"7777000042"_s, {}}, {u"X_CARD"_s, u"7777000043"_s, {}}}, true, never);
    QCOMPARE(out.discountMinor, 1000);
    QCOMPARE(out.answered[1].status, int(TokenBlocked));
}

void TestLoyalty::pointsProgrammeGivesPointsNoDiscount()
{
    LoyaltyConfig c;
    Programme p = demoProgramme();
    p.rule = Programme::Rule::Points;
    QVERIFY(c.addProgramme(p));
    const Outcome out = applyTokens(c, {row(u"Kaffe"_s, 12999, 25)}, sek(12999),
                                    {{u"X_CARD"_s, u"7777000042"_s, {}}}, false, never);
    QCOMPARE(out.discountMinor, 0);
    QVERIFY(out.rows.isEmpty());
    QCOMPARE(out.discounts[0].points, 129);
    QCOMPARE(out.answered[0].status, int(TokenUsed));
}

void TestLoyalty::cardNumberIsMasked()
{
    QCOMPARE(maskedNumber(u"7777000042"_s), u"****0042"_s);
    QCOMPARE(maskedNumber(u"123"_s), u"***"_s);
}

// A customer types "var0001" for VAR0001: codes and series alike.
void TestLoyalty::couponCodesAndSeriesIgnoreCase()
{
    loyalty::Coupon one;
    one.code = u"SPRING10"_s;
    QVERIFY(one.matches(u"spring10"_s));
    QVERIFY(!one.matches(u"spring1"_s));
    loyalty::Coupon series;
    series.pattern = u"VAR\\d{4}"_s;
    QVERIFY(series.matches(u"VAR0001"_s));
    QVERIFY(series.matches(u"var0001"_s));
    QVERIFY(!series.matches(u"var00012"_s));
    QVERIFY(!series.matches(u"XVAR0001"_s));
}

void TestLoyalty::journalKeepsTheDiscountOnceAndLowersTheInvoice()
{
    QTemporaryDir dir;
    auto journal = journal::Journal::open(dir.filePath(u"journal.sqlite"_s));
    QVERIFY(journal);
    const QList<SaleRow> rows{row(u"Kaffe"_s, 14999, 25), row(u"Bulle"_s, 3001, 12)};
    auto saleId = (*journal)->createSale(u"c1"_s, rows);
    QVERIFY(saleId);
    QVERIFY(
        (*journal)->recordInvoiceSent(*saleId, u"INV1"_s, u"HTTP://SEQR.SE/RINV1"_s, sek(18000)));
    const Outcome out =
        applyTokens(shopConfig(), rows, sek(18000),
                    {{u"X_CARD"_s, u"7777000042"_s, {}}, {u"X"_s, u"1"_s, {}}}, true, never);
    QVERIFY((*journal)->recordLoyalty(*saleId, out.rows, out.discounts, u"INV1"_s, out.answered));
    auto sale = (*journal)->sale(*saleId);
    QVERIFY(sale);
    QCOMPARE(sale->total, sek(16200));
    QCOMPARE(sale->rows.size(), 4);
    QCOMPARE(sale->vat.first().gross, sek(14999 - 1500));
    QCOMPARE((*journal)->invoice(u"INV1"_s)->amount, sek(16200));
    auto update = (*journal)->invoiceUpdate(u"INV1"_s);
    QVERIFY(update && *update);
    QCOMPARE((*update)->tokens.size(), 2);
    QCOMPARE((*update)->tokens[1].status, 99);
    QVERIFY(!(*update)->isAcknowledged);
    // The same card again is refused as a whole: nothing is changed twice.
    QVERIFY(!(*journal)->recordLoyalty(*saleId, out.rows, out.discounts, u"INV1"_s, out.answered));
    QCOMPARE((*journal)->sale(*saleId)->total, sek(16200));
    QVERIFY((*journal)->recordInvoiceUpdateAcknowledged(u"INV1"_s));
    QVERIFY((**(*journal)->invoiceUpdate(u"INV1"_s)).isAcknowledged);
    auto kept = (*journal)->loyaltyDiscounts(*saleId);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().value, u"7777000042"_s);
    QCOMPARE(kept->first().amount, sek(1800));
    // PAID completes the sale at the new amount.
    QVERIFY((*journal)->recordSeqrPaid(u"INV1"_s, u"ERS1"_s, QDateTime::currentDateTimeUtc()));
    QCOMPARE((*journal)->sale(*saleId)->tenders.first().amount, sek(16200));
}

void TestLoyalty::couponIsUsedOnceShopWide()
{
    QTemporaryDir dir;
    auto journal = journal::Journal::open(dir.filePath(u"journal.sqlite"_s));
    QVERIFY(journal);
    const QList<SaleRow> rows{row(u"Kaffe"_s, 20000, 25)};
    auto first = (*journal)->createSale(u"c1"_s, rows);
    const auto isUsed = [&](const QString &code) { return *(*journal)->isCouponUsed(code); };
    Outcome out = applyTokens(shopConfig(), rows, sek(20000), {{u"COUPON"_s, u"SPRING50"_s, {}}},
                              false, isUsed);
    QCOMPARE(out.answered[0].status, 1);
    QVERIFY((*journal)->recordLoyalty(*first, out.rows, out.discounts));
    QVERIFY(*(*journal)->isCouponUsed(u"spring50"_s));
    auto second = (*journal)->createSale(u"c1"_s, rows);
    out = applyTokens(shopConfig(), rows, sek(20000), {{u"COUPON"_s, u"SPRING50"_s, {}}}, false,
                      isUsed);
    QCOMPARE(out.answered[0].status, 90);
    // Even a caller that skipped the check cannot use it twice.
    journal::LoyaltyDiscount again{
        u"COUPON"_s, u"SPRING50"_s, u"Kupong"_s, true, false, sek(5000), 0};
    QVERIFY(!(*journal)->recordLoyalty(*second, {}, {again}));
}

QTEST_GUILESS_MAIN(TestLoyalty)
#include "tst_loyalty.moc"
