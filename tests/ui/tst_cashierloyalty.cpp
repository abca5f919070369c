// Loyalty cards and coupons in the cashier's window and on the customer
// display, offscreen, against the real sandbox on loopback with a real
// journal and catalog: the barcode field recognises the shop's card and
// coupons and the discount is shown at once (cart, totals, customer
// display); a card from the buyer's app during a SEQR payment shows the
// discount and the new amount to both the cashier and the customer.
#include "tests/support/testing.h"
#include "ui/cashierwindow.h"

#include "core/loyalty/loyaltyconfig.h"
#include "tests/support/cashierfixture.h"
#include "ui/customerdisplaywindow.h"
#include "ui/paymentdialog.h"

#include <QTcpServer>
#include <QTest>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kMilk = "7310865004703"; // 15.90 at 12 %
constexpr auto kSoap = "4006381333931"; // 24.50 at 25 %

Money sek(qint64 minor)
{
    return Money(minor, Currency::sek());
}

} // namespace

class TestCashierLoyalty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scannedCardShowsTheDiscountAtOnce();
    void cardScannedBeforeTheProductsCounts();
    void couponByCodeAndUsedCouponRefused();
    void couponRefusedWhileTheShopDatabaseIsAway();
    void cashSaleWithCardJournalsTheDiscount();
    void cardFromTheAppShowsTheNewAmount();
    void cardFromTheAppLowersWhatSeqrTakesAfterCash();
    void unknownCodesStaySearchesAndBarcodes();

private:
    void makeWindow(const shopdb::ShopDatabaseConfig &shop = {});
    static void scan(const QString &code) { CashierFixture::scan(code); }
    QStringList journaledCoupons() const;

    std::unique_ptr<CashierFixture> m_fixture;
    journal::Journal *m_journal = nullptr;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<CashierWindow> m_window;
    std::unique_ptr<CustomerDisplayWindow> m_display;
};

void TestCashierLoyalty::init()
{
    sandbox::SandboxOptions options;
    options.ackWindowMs = 5000;
    m_fixture = std::make_unique<CashierFixture>("ean,sku,name,price,vat,unit\n"
                                                 "7310865004703,K1,Mjölk 1 l,15.90,12,\n"
                                                 "4006381333931,K2,Tvål,24.50,25,\n",
                                                 options);
    QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
    m_journal = m_fixture->journal();
}

void TestCashierLoyalty::cleanup()
{
    m_display.reset();
    m_window.reset();
    m_cart.reset();
    m_fixture.reset();
}

void TestCashierLoyalty::makeWindow(const shopdb::ShopDatabaseConfig &shop)
{
    TillConfig till = m_fixture->till(true);
    QVERIFY(!till.terminalId.isEmpty());
    till.shopDatabase = shop;
    QVERIFY(till.loyalty.addProgramme(loyalty::demoProgramme()));
    loyalty::Coupon coupon;
    coupon.code = u"SPRING10"_s;
    coupon.name = u"Vårkupong"_s;
    coupon.amount = sek(1000);
    QVERIFY(till.loyalty.addCoupon(coupon));
    m_cart = std::make_unique<Cart>(Currency::sek());
    CashierContext context = m_fixture->context(till);
    context.timing.roundMs = 60000;
    context.timing.journalRetryMs = 100;
    m_cart->setLocale(context.locale);
    m_window = std::make_unique<CashierWindow>(context, m_cart.get());
    m_display = CashierFixture::displayFor(*m_window, *m_cart, context);
    m_display->resize(800, 480);
    m_display->show();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QStringList TestCashierLoyalty::journaledCoupons() const
{
    QStringList codes;
    for (const QString &c : {u"SPRING10"_s})
        if (auto used = m_journal->isCouponUsed(c); used && *used)
            codes.append(c);
    return codes;
}

void TestCashierLoyalty::scannedCardShowsTheDiscountAtOnce()
{
    makeWindow();
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kSoap));
    QCOMPARE(m_window->totalText(), u"Total 40.40 SEK"_s);
    scan(QString::fromLatin1(loyalty::demoCardNumber));
    // 10 % of 40.40: 4.04 off; the products stay, the card is its own line.
    QCOMPARE(m_cart->rowCount(), 2);
    QCOMPARE(m_window->totalText(), u"Total 36.36 SEK"_s);
    QVERIFY2(m_window->balanceText().contains(u"Kassa Club ****0042: -4.04"_s),
             qPrintable(m_window->balanceText()));
    QCOMPARE(m_window->message(),
             u"Loyalty card Kassa Club ****0042 is on the sale: -4.04. Total 36.36 SEK."_s);
    QCOMPARE(m_display->totalText(), u"Total 36.36 SEK"_s);
    QVERIFY2(m_display->balanceText().contains(u"Kassa Club ****0042: -4.04"_s),
             qPrintable(m_display->balanceText()));
    // Another product: the discount follows at once.
    scan(QString::fromLatin1(kSoap));
    QCOMPARE(m_window->totalText(), u"Total 58.41 SEK"_s); // 64.90 − 6.49
    QVERIFY(m_display->balanceText().contains(u"Kassa Club ****0042: -6.49"_s));
    // Paid with SEQR: the invoice carries the card and the discounted rows.
    m_window->payWithSeqr();
    PaymentSession *session = m_window->paymentSession();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(!session->qrCode().isEmpty(), 10000);
    QCOMPARE(session->amount(), sek(5841));
    QCOMPARE(m_window->paymentDialog()->amountText(), u"58.41 SEK"_s);
    QVERIFY(m_fixture->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), PaymentSession::State::Paid, 15000);
    const auto discounts = m_journal->loyaltyDiscounts(session->saleId());
    QCOMPARE(discounts->size(), 1);
    QCOMPARE(discounts->first().amount, sek(649));
    QVERIFY(m_window->balanceText().isEmpty() || !m_window->balanceText().contains(u"Kassa"_s));
    QVERIFY(m_window->checkout()->loyaltyCard().isEmpty());
}

void TestCashierLoyalty::cardScannedBeforeTheProductsCounts()
{
    makeWindow();
    scan(QString::fromLatin1(loyalty::demoCardNumber));
    QCOMPARE(m_window->message(),
             u"Loyalty card Kassa Club ****0042 is on the sale; its discount follows the "
             "products."_s);
    scan(QString::fromLatin1(kMilk));
    QCOMPARE(m_window->totalText(), u"Total 14.31 SEK"_s); // 15.90 − 1.59
    QVERIFY(m_display->balanceText().contains(u"Kassa Club ****0042: -1.59"_s));
}

void TestCashierLoyalty::couponByCodeAndUsedCouponRefused()
{
    makeWindow();
    scan(QString::fromLatin1(kSoap));
    scan(u"spring10"_s);
    QCOMPARE(m_window->totalText(), u"Total 14.50 SEK"_s);
    QVERIFY2(m_display->balanceText().contains(u"Vårkupong ****NG10: -10.00"_s),
             qPrintable(m_display->balanceText()));
    scan(u"SPRING10"_s);
    QCOMPARE(m_window->message(), u"The coupon SPRING10 is on this sale already."_s);
    // Cash: the sale is journaled with the coupon, which is then used.
    QVERIFY(m_window->checkout()->takeCash(sek(2000)));
    QCOMPARE(journaledCoupons(), QStringList{u"SPRING10"_s});
    scan(QString::fromLatin1(kSoap));
    scan(u"SPRING10"_s);
    QCOMPARE(m_window->message(),
             u"The coupon SPRING10 has been used already: each coupon is good once."_s);
    QCOMPARE(m_window->totalText(), u"Total 24.50 SEK"_s);
}

// Issue 31: a till with a shop database that cannot be reached does not take
// a coupon (it might have been used at another till) and says why; the
// cart's total stays; a loyalty card still works.
void TestCashierLoyalty::couponRefusedWhileTheShopDatabaseIsAway()
{
    QTcpServer closed; // a port nothing listens on once it is closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    shopdb::ShopDatabaseConfig shop;
    shop.host = u"127.0.0.1"_s;
    shop.port = closed.serverPort();
    shop.connectTimeoutSeconds = 1;
    closed.close();
    qputenv(shopdb::ShopDatabaseConfig::passwordVariable, "not-used");
    makeWindow(shop);
    scan(QString::fromLatin1(kSoap));
    scan(u"SPRING10"_s);
    QCOMPARE(m_window->message(),
             u"The shop database cannot be reached, so the other tills cannot be asked whether "
             "the coupon SPRING10 was used: it is not taken now (each coupon is good once)."_s);
    QCOMPARE(m_window->totalText(), u"Total 24.50 SEK"_s);
    QVERIFY(m_window->checkout()->coupons().isEmpty());
    scan(QString::fromLatin1(loyalty::demoCardNumber));
    QCOMPARE(m_window->totalText(), u"Total 22.05 SEK"_s);
    qunsetenv(shopdb::ShopDatabaseConfig::passwordVariable);
}

void TestCashierLoyalty::cashSaleWithCardJournalsTheDiscount()
{
    makeWindow();
    scan(QString::fromLatin1(kSoap));
    scan(QString::fromLatin1(loyalty::demoCardNumber));
    const auto outcome = m_window->checkout()->takeCash(sek(5000));
    QVERIFY(outcome && outcome->saleCompleted);
    QCOMPARE(outcome->change, sek(5000 - 2205)); // 24.50 − 2.45
    const auto sale = m_journal->sale(outcome->saleId);
    QCOMPARE(sale->total, sek(2205));
    QCOMPARE(sale->rows.size(), 2);
    QCOMPARE(sale->rows[1].description, u"Kassa Club ****0042 10 %"_s);
    QVERIFY(sale->rows[1].discount);
    const auto discounts = m_journal->loyaltyDiscounts(outcome->saleId);
    QCOMPARE(discounts->size(), 1);
    QCOMPARE(discounts->first().amount, sek(245));
    QVERIFY(!discounts->first().fromApp);
}

void TestCashierLoyalty::cardFromTheAppShowsTheNewAmount()
{
    makeWindow();
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kSoap));
    m_window->payWithSeqr();
    PaymentSession *session = m_window->paymentSession();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(!session->qrCode().isEmpty(), 10000);
    QCOMPARE(m_display->headline(), u"Pay with SEQR — scan, then confirm with your PIN"_s);
    QCOMPARE(m_window->totalText(), u"Total 40.40 SEK"_s);
    // Before the card: the VAT of 24.50 at 25 % and 15.90 at 12 %.
    QCOMPARE(m_window->vatText(), u"VAT 25 %: 4.90\nVAT 12 %: 1.70"_s);
    QCOMPARE(m_display->vatText(), u"VAT 25 %: 4.90\nVAT 12 %: 1.70"_s);
    QVERIFY(m_fixture->sandbox().service().offerToken(
        session->invoiceReference(),
        seqr::CustomerToken{u"Kassa Club"_s, u"X_CARD"_s, 0, u"7777000042"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(session->amount(), sek(3636), 15000);
    // The customer sees the discount and the new amount at once…
    QTRY_VERIFY_WITH_TIMEOUT(m_display->balanceText().contains(u"Kassa Club ****0042: -4.04"_s),
                             5000);
    QCOMPARE(m_display->totalText(), u"Total 36.36 SEK"_s);
    // … and so does the cashier.
    QCOMPARE(m_window->paymentDialog()->amountText(), u"36.36 SEK"_s);
    // The window's big total too, with the app's line beside the cart's figures.
    QCOMPARE(m_window->totalText(), u"Total 36.36 SEK"_s);
    QVERIFY2(m_window->balanceText().contains(u"Kassa Club ****0042: -4.04"_s),
             qPrintable(m_window->balanceText()));
    QCOMPARE(m_window->paymentDialog()->loyaltyText(), u"Kassa Club ****0042: -4.04"_s);
    // The VAT is that of the discounted sale, per rate (22.05 at 25 %, 14.31
    // at 12 %), on both screens and as the receipt will have it.
    QCOMPARE(m_window->vatText(), u"VAT 25 %: 4.41\nVAT 12 %: 1.53"_s);
    QCOMPARE(m_display->vatText(), u"VAT 25 %: 4.41\nVAT 12 %: 1.53"_s);
    QCOMPARE(m_window->message(), u"From the customer's app: Kassa Club ****0042: -4.04. New "
                                  "amount to pay: 36.36 SEK."_s);
    // SEQR took the update: the buyer's phone shows 36.36 and the PIN pays it.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fixture->sandbox().service().state().invoices.value(session->invoiceReference()).status,
        seqr::InvoiceStatus::Issued, 15000);
    QCOMPARE(
        m_fixture->sandbox().service().state().invoices.value(session->invoiceReference()).total,
        sek(3636));
    QVERIFY(m_fixture->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), PaymentSession::State::Paid, 15000);
    const auto sale = m_journal->sale(session->saleId());
    QCOMPARE(sale->total, sek(3636));
    QCOMPARE(sale->vat.size(), 2);
    QCOMPARE(sale->vat[0].vat, sek(441));
    QCOMPARE(sale->vat[1].vat, sek(153));
}

// A split tender: cash first, then SEQR for the rest; the buyer's app
// brings the card: the window's total and "Left to pay" both follow, and
// SEQR is paid the rest less the card's discount.
void TestCashierLoyalty::cardFromTheAppLowersWhatSeqrTakesAfterCash()
{
    makeWindow();
    scan(QString::fromLatin1(kMilk));
    scan(QString::fromLatin1(kSoap));
    QVERIFY(m_window->checkout()->takeCash(sek(1000)));
    m_window->payWithSeqr();
    PaymentSession *session = m_window->paymentSession();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(!session->qrCode().isEmpty(), 10000);
    QCOMPARE(session->amount(), sek(3040));
    QVERIFY(m_fixture->sandbox().service().offerToken(
        session->invoiceReference(),
        seqr::CustomerToken{u"Kassa Club"_s, u"X_CARD"_s, 0, u"7777000042"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(session->amount(), sek(2636), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->totalText(), u"Total 36.36 SEK"_s, 5000);
    QVERIFY2(m_window->balanceText().contains(u"Left to pay: 26.36"_s),
             qPrintable(m_window->balanceText()));
    QVERIFY2(m_window->balanceText().contains(u"Cash received: 10.00"_s),
             qPrintable(m_window->balanceText()));
}

void TestCashierLoyalty::unknownCodesStaySearchesAndBarcodes()
{
    makeWindow();
    scan(u"1234567890"_s);
    QCOMPARE(m_window->message(),
             u"No product has the barcode 1234567890. Scan again or search with F3."_s);
    QCOMPARE(m_window->checkout()->loyaltyCard(), QString());
}

QTEST_MAIN(TestCashierLoyalty)
#include "tst_cashierloyalty.moc"
