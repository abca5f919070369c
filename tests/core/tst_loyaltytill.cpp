// Loyalty cards and coupons at the till, in core, with a real journal and
// catalog: what a scan means (product, weighed product, card, coupon,
// unknown barcode, search); a card on the cart lowers its total at once; a
// cash sale journals what the card gave (points too) and prints it on the
// receipt with the friendly name and masked number; the day report counts
// loyalty discounts with the discounts; a refund gives back what was paid.
#include "core/checkout/checkout.h"
#include "core/checkout/scaninterpreter.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/receipt/receipttext.h"
#include "core/reconciliation/dayreport.h"
#include "core/refund/refundplan.h"
#include "tests/support/cashierfixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

namespace {

Money sek(qint64 minor)
{
    return Money(minor, Currency::sek());
}

} // namespace

class TestLoyaltyTill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scanMeansProductCardCouponOrSearch();
    void cardOnTheCartLowersTheTotalAtOnce();
    void pointsCardIsJournaledAndPrinted();
    void discountCardIsPrintedWithNameAndMaskedNumber();
    void dayReportCountsLoyaltyDiscounts();
    void refundGivesBackWhatWasPaid();
    void voidedSaleGivesItsCouponsBack();

private:
    std::unique_ptr<Checkout> makeCheckout(const loyalty::LoyaltyConfig &config);
    void addProducts();
    qint64 cashSaleWithCard(const loyalty::LoyaltyConfig &config);
    static loyalty::LoyaltyConfig shopConfig(bool points = false);

    std::unique_ptr<CashierFixture> m_fixture;
    std::unique_ptr<Cart> m_cart;
};

void TestLoyaltyTill::init()
{
    m_fixture = std::make_unique<CashierFixture>("ean,sku,name,price,vat,unit\n"
                                                 "7310865004703,K1,Mjölk 1 l,15.90,12,\n"
                                                 "4006381333931,K2,Tvål,24.50,25,\n"
                                                 "2000000000008,K3,Bananer,24.90,12,kg\n");
    QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
    m_cart = std::make_unique<Cart>();
}

void TestLoyaltyTill::cleanup()
{
    m_cart.reset();
    m_fixture.reset();
}

loyalty::LoyaltyConfig TestLoyaltyTill::shopConfig(bool points)
{
    loyalty::LoyaltyConfig config;
    loyalty::Programme card = loyalty::demoProgramme();
    if (points)
        card.rule = loyalty::Programme::Rule::Points;
    (void)config.addProgramme(card);
    loyalty::Coupon coupon;
    coupon.code = u"SPRING10"_s;
    coupon.amount = sek(1000);
    (void)config.addCoupon(coupon);
    return config;
}

std::unique_ptr<Checkout> TestLoyaltyTill::makeCheckout(const loyalty::LoyaltyConfig &config)
{
    return std::make_unique<Checkout>(
        CheckoutContext{
            m_fixture->client(), m_fixture->journal(), u"Lilla Livs"_s, u"anna"_s, {}, config},
        m_cart.get());
}

void TestLoyaltyTill::addProducts()
{
    QVERIFY(
        m_cart->addProduct(*m_fixture->catalog()->findByEan(u"4006381333931"_s))); // 24.50 at 25 %
    QVERIFY(
        m_cart->addProduct(*m_fixture->catalog()->findByEan(u"7310865004703"_s))); // 15.90 at 12 %
}

qint64 TestLoyaltyTill::cashSaleWithCard(const loyalty::LoyaltyConfig &config)
{
    auto checkout = makeCheckout(config);
    addProducts();
    if (!checkout->setLoyaltyCard(QString::fromLatin1(loyalty::demoCardNumber)))
        return 0;
    const auto outcome = checkout->takeCash(sek(5000));
    return outcome && outcome->saleCompleted ? outcome->saleId : 0;
}

void TestLoyaltyTill::scanMeansProductCardCouponOrSearch()
{
    using Kind = ScanMeaning::Kind;
    const loyalty::LoyaltyConfig config = shopConfig();
    const ScanInterpreter scans(m_fixture->catalog(), &config);
    QCOMPARE(scans.interpret(u"4006381333931"_s).kind, Kind::Product);
    QCOMPARE(scans.interpret(u"4006381333931"_s).product.name, u"Tvål"_s);
    QCOMPARE(scans.interpret(u"2000000000008"_s).kind, Kind::WeighedProduct);
    const ScanMeaning card = scans.interpret(u" 7777000042 "_s);
    QCOMPARE(card.kind, Kind::LoyaltyCard);
    QCOMPARE(card.text, u"7777000042"_s);
    QCOMPARE(card.name, u"Kassa Club"_s);
    QCOMPARE(scans.interpret(u"spring10"_s).kind, Kind::Coupon);
    QCOMPARE(scans.interpret(u"77770000421"_s).kind, Kind::UnknownBarcode);
    QCOMPARE(scans.interpret(u"mjölk"_s).kind, Kind::Search);
    QCOMPARE(scans.interpret(u"  "_s).kind, Kind::Nothing);
    // A till without programmes: a card number is only an unknown barcode.
    const loyalty::LoyaltyConfig none;
    QCOMPARE(ScanInterpreter(m_fixture->catalog(), &none).interpret(u"7777000042"_s).kind,
             Kind::UnknownBarcode);
}

void TestLoyaltyTill::cardOnTheCartLowersTheTotalAtOnce()
{
    auto checkout = makeCheckout(shopConfig());
    addProducts();
    QCOMPARE(m_cart->total(), sek(4040));
    QVERIFY(checkout->setLoyaltyCard(u"7777000042"_s));
    QCOMPARE(m_cart->total(), sek(3636));
    QCOMPARE(m_cart->balance().loyalty.size(), 1);
    QCOMPARE(m_cart->balance().loyalty.first().text, u"Kassa Club ****0042"_s);
    QCOMPARE(m_cart->balance().loyalty.first().discount, sek(404));
    QCOMPARE(checkout->addCoupon(u"SPRING10"_s), TokenRefusal::None);
    QCOMPARE(m_cart->total(), sek(2636));
    QCOMPARE(checkout->addCoupon(u"NOSUCH"_s), TokenRefusal::NotTheShops);
    m_cart->voidRow(0); // the soap: 10 % of 15.90, then 10.00 off
    QCOMPARE(m_cart->total(), sek(1590 - 159 - 1000));
    QVERIFY(checkout->voidSale());
    QVERIFY(checkout->loyaltyCard().isEmpty());
    QVERIFY(checkout->coupons().isEmpty());
    QVERIFY(m_cart->balance().loyalty.isEmpty());
}

void TestLoyaltyTill::pointsCardIsJournaledAndPrinted()
{
    const qint64 saleId = cashSaleWithCard(shopConfig(true));
    QVERIFY(saleId);
    const auto sale = m_fixture->journal()->sale(saleId);
    QCOMPARE(sale->total, sek(4040)); // points only: no discount
    QCOMPARE(sale->loyalty.size(), 1);
    QCOMPARE(sale->loyalty.first().points, 40);
    ReceiptSettings english;
    english.shopName = u"Lilla Livs"_s;
    english.language = u"en"_s;
    const QString text = receiptText(*sale, english);
    QVERIFY2(text.contains(u"Loyalty card: Kassa Club ****0042"_s), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"Points earned +40\\n"_s)), qPrintable(text));
    QVERIFY2(!text.contains(u"7777000042"_s), qPrintable(text));
}

void TestLoyaltyTill::discountCardIsPrintedWithNameAndMaskedNumber()
{
    const qint64 saleId = cashSaleWithCard(shopConfig());
    QVERIFY(saleId);
    const auto sale = m_fixture->journal()->sale(saleId);
    QCOMPARE(sale->total, sek(3636));
    ReceiptSettings english;
    english.shopName = u"Lilla Livs"_s;
    english.language = u"en"_s;
    const QString text = receiptText(*sale, english);
    // The discount rows (one per VAT rate) and the card's own line.
    QVERIFY2(text.contains(
                 QRegularExpression(u"Kassa Club \\*\\*\\*\\*0042 10 % \\(25 %\\) +-2\\.45"_s)),
             qPrintable(text));
    QVERIFY2(
        text.contains(QRegularExpression(u"Loyalty card: Kassa Club \\*\\*\\*\\*0042 +-4\\.04"_s)),
        qPrintable(text));
    QVERIFY2(!text.contains(u"7777000042"_s), qPrintable(text));
}

void TestLoyaltyTill::dayReportCountsLoyaltyDiscounts()
{
    QVERIFY(cashSaleWithCard(shopConfig()));
    ReceiptSettings shop;
    shop.shopName = u"Lilla Livs"_s;
    shop.language = u"en"_s;
    const auto report =
        makeDayReport(*m_fixture->journal(), DayReport::Kind::X, DayReportHeader{shop, u"KASSA1"_s},
                      Currency::sek(), QDateTime::currentDateTimeUtc().addSecs(5));
    QVERIFY(report);
    // 10 % off 40.40: 4.04 in two rows (one per VAT rate).
    QCOMPARE(report->discounts.count, 2);
    QCOMPARE(report->discounts.amount, sek(404));
}

void TestLoyaltyTill::refundGivesBackWhatWasPaid()
{
    const qint64 saleId = cashSaleWithCard(shopConfig());
    QVERIFY(saleId);
    const auto sale = m_fixture->journal()->sale(saleId);
    // What each product was paid: less the card's 10 %.
    const QList<Money> paid = paidPerRow(*sale);
    QCOMPARE(paid.size(), sale->rows.size());
    QCOMPARE(paid[0], sek(2205)); // Tvål 24.50 − 2.45
    QCOMPARE(paid[1], sek(1431)); // Mjölk 15.90 − 1.59
    QCOMPARE(paid[0].minorUnits() + paid[1].minorUnits(), sale->total.minorUnits());
}

// A till with a shop database claims a coupon when it is handed over; a
// voided sale gives its coupons back (Checkout::setCouponRelease), a
// completed one does not.
void TestLoyaltyTill::voidedSaleGivesItsCouponsBack()
{
    auto checkout = makeCheckout(shopConfig());
    QStringList asked;
    QStringList released;
    checkout->setCouponCheck([&](const QString &code) {
        asked.append(code);
        return CouponAnswer::Unused;
    });
    checkout->setCouponRelease([&](const QString &code) { released.append(code); });
    addProducts();
    QCOMPARE(checkout->addCoupon(u"spring10"_s), TokenRefusal::None);
    QCOMPARE(asked, QStringList{u"spring10"_s});
    QVERIFY(checkout->voidSale());
    QCOMPARE(released, QStringList{u"SPRING10"_s});

    addProducts();
    QCOMPARE(checkout->addCoupon(u"SPRING10"_s), TokenRefusal::None);
    const auto outcome = checkout->takeCash(sek(5000));
    QVERIFY(outcome && outcome->saleCompleted);
    QCOMPARE(released, QStringList{u"SPRING10"_s}); // the sale used it
    // The shop database says another till has it: refused, nothing added.
    checkout->setCouponCheck([](const QString &) { return CouponAnswer::Used; });
    addProducts();
    QCOMPARE(checkout->addCoupon(u"OTHER"_s), TokenRefusal::NotTheShops);
    loyalty::LoyaltyConfig config = shopConfig();
    loyalty::Coupon spring20;
    spring20.code = u"SPRING20"_s;
    spring20.amount = sek(2000);
    QVERIFY(config.addCoupon(spring20));
    checkout->setLoyaltyConfig(config);
    QCOMPARE(checkout->addCoupon(u"SPRING20"_s), TokenRefusal::Used);
    QCOMPARE(checkout->loyaltyDiscount(), sek(0));
    checkout->setCouponCheck([](const QString &) { return CouponAnswer::Unreachable; });
    QCOMPARE(checkout->addCoupon(u"SPRING20"_s), TokenRefusal::ShopUnreachable);
    QVERIFY(checkout->coupons().isEmpty());
}

QTEST_GUILESS_MAIN(TestLoyaltyTill)
#include "tst_loyaltytill.moc"
