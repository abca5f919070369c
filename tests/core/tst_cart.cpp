#include "core/sale/cart.h"

#include <QSignalSpy>
#include <QTest>

using namespace kassa;
using namespace kassa::catalog;
using namespace Qt::StringLiterals;

// The cart: what may be in it, and sale rows that add up exactly.
class TestCart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanningTheSameItemCountsItUp();
    void weighedItemsAreRoundedHalfAwayFromZero();
    void refusesBadQuantities();
    void rowDiscountBecomesANegativeRowAtItsRate();
    void receiptDiscountIsSplitOverRatesExactly();
    void discountsCannotExceedWhatTheyReduce();
    void voidingARowKeepsTheRestConsistent();
    void vatPerRate();
    void editsQuantityInPlaceInTheLocale();
    void quantityTakesEitherDecimalSeparator();
    void balanceSaysCashToPayAndChange();
    void cashCoveringTheTotalAfterVoidsFinishesWithChange();
    void completedSaleIsKeptUntilTheNextSaleStarts();

private:
    static Product milk();
    static Product soap();
    static Product bananas();
    static Money sek(qint64 minor) { return Money(minor, Currency::sek()); }
    static Money sum(const QList<SaleRow> &rows);
};

Product TestCart::milk()
{
    return Product{u"7310865004703"_s,       u"K1"_s, u"Mjölk"_s, sek(1590),
                   Decimal::fromInteger(12), false};
}

Product TestCart::soap()
{
    return Product{u"4006381333931"_s,       u"K2"_s, u"Tvål"_s, sek(2450),
                   Decimal::fromInteger(25), false};
}

Product TestCart::bananas()
{
    return Product{u"2000000000008"_s,       u"K3"_s, u"Bananer"_s, sek(2490),
                   Decimal::fromInteger(12), true};
}

Money TestCart::sum(const QList<SaleRow> &rows)
{
    qint64 total = 0;
    for (const auto &row : rows)
        total += row.total.minorUnits();
    return sek(total);
}

void TestCart::scanningTheSameItemCountsItUp()
{
    Cart cart;
    QSignalSpy totals(&cart, &Cart::totalsChanged);
    QVERIFY(cart.addProduct(milk()));
    QVERIFY(cart.addProduct(milk()));
    QCOMPARE(cart.rowCount(), 1);
    QCOMPARE(cart.lines()[0].quantity, Decimal::fromInteger(2));
    QVERIFY(cart.addProduct(soap()));
    QVERIFY(cart.addProduct(milk())); // not the last line: a new line
    QCOMPARE(cart.rowCount(), 3);
    QCOMPARE(cart.total(), sek(2 * 1590 + 2450 + 1590));
    QCOMPARE(totals.count(), 4);
    QCOMPARE(cart.data(cart.index(0, Cart::QuantityColumn), Qt::DisplayRole).toString(),
             u"2 pcs"_s);
}

void TestCart::weighedItemsAreRoundedHalfAwayFromZero()
{
    Cart cart;
    QVERIFY(cart.addProduct(bananas(), Decimal::fromParts(1234, 3))); // 1.234 kg × 24.90
    QVERIFY(cart.addProduct(bananas(), Decimal::fromParts(250, 3)));  // weighed twice: two lines
    QCOMPARE(cart.rowCount(), 2);
    QCOMPARE(cart.lines()[0].total(), sek(3073)); // 30.7266 → 30.73
    QCOMPARE(cart.lines()[1].total(), sek(623));  // 6.225 → 6.23
    const auto rows = cart.saleRows();
    QCOMPARE(rows[0].unit, u"kg"_s);
    QCOMPARE(rows[0].quantity, Decimal::fromParts(1234, 3));
    QCOMPARE(sum(rows), cart.total());
}

void TestCart::refusesBadQuantities()
{
    Cart cart;
    QCOMPARE(cart.addProduct(milk(), Decimal::fromInteger(-1)).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(cart.addProduct(milk(), Decimal::fromInteger(0)).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(cart.addProduct(milk(), Decimal::fromParts(15, 1)).error().code,
             ErrorCode::TooManyDecimals);
    QCOMPARE(cart.addProduct(bananas(), Decimal::fromParts(12345, 4)).error().code,
             ErrorCode::TooManyDecimals);
    QVERIFY(!cart.addProduct(milk(), Decimal::fromInteger(10000)));
    Product euro = milk();
    euro.unitPrice = Money(100, *Currency::fromCode(u"EUR"));
    QCOMPARE(cart.addProduct(euro).error().code, ErrorCode::CurrencyMismatch);
    QVERIFY(cart.isEmpty());
    QVERIFY(cart.addProduct(milk()));
    QVERIFY(!cart.setQuantity(0, Decimal::fromInteger(-3)));
    QCOMPARE(cart.lines()[0].quantity, Decimal::fromInteger(1));
}

void TestCart::rowDiscountBecomesANegativeRowAtItsRate()
{
    Cart cart;
    QVERIFY(cart.addProduct(soap(), Decimal::fromInteger(2)));
    QVERIFY(cart.setRowDiscount(0, sek(500)));
    QCOMPARE(cart.total(), sek(4400));
    QCOMPARE(cart.data(cart.index(0, Cart::DiscountColumn), Qt::DisplayRole).toString(),
             u"-5.00"_s);
    const auto rows = cart.saleRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].total, sek(4900));
    QCOMPARE(rows[1].total, sek(-500));
    QCOMPARE(rows[1].taxRate, Decimal::fromInteger(25));
    QVERIFY(rows[1].description.contains(u"Tvål"_s));
    QCOMPARE(sum(rows), cart.total());
}

void TestCart::receiptDiscountIsSplitOverRatesExactly()
{
    Cart cart;
    QVERIFY(cart.addProduct(milk()));            // 15.90 at 12 %
    QVERIFY(cart.addProduct(soap()));            // 24.50 at 25 %
    QVERIFY(cart.setReceiptDiscount(sek(1001))); // 10.01 off 40.40
    QCOMPARE(cart.total(), sek(4040 - 1001));
    const auto rows = cart.saleRows();
    QCOMPARE(rows.size(), 4);
    // 10.01 × 24.50/40.40 = 6.0705 → 6.07 at 25 %; 10.01 × 15.90/40.40 = 3.9395 → 3.94 at 12 %.
    qint64 off12 = 0, off25 = 0;
    for (const auto &row : rows.mid(2)) {
        QVERIFY(row.total.isNegative());
        (row.taxRate == Decimal::fromInteger(12) ? off12 : off25) += row.total.minorUnits();
    }
    QCOMPARE(off12 + off25, -1001);
    QCOMPARE(off25, -607);
    QCOMPARE(off12, -394);
    QCOMPARE(sum(rows), cart.total());
}

void TestCart::discountsCannotExceedWhatTheyReduce()
{
    Cart cart;
    QVERIFY(cart.addProduct(milk()));
    QVERIFY(!cart.setRowDiscount(0, sek(1591)));
    QVERIFY(!cart.setRowDiscount(0, sek(-1)));
    QVERIFY(!cart.setReceiptDiscount(sek(1591)));
    QVERIFY(cart.setRowDiscount(0, sek(1590)));
    QCOMPARE(cart.total(), sek(0));
    QVERIFY(!cart.setReceiptDiscount(sek(1)));
    QVERIFY(cart.addProduct(milk()));
    // Lowering the quantity below the discount is refused.
    QVERIFY(cart.setQuantity(1, Decimal::fromInteger(3)));
    QVERIFY(cart.setRowDiscount(1, sek(4000)));
    QVERIFY(!cart.setQuantity(1, Decimal::fromInteger(2)));
}

void TestCart::voidingARowKeepsTheRestConsistent()
{
    Cart cart;
    QVERIFY(cart.addProduct(milk()));
    QVERIFY(cart.addProduct(soap()));
    QVERIFY(cart.setReceiptDiscount(sek(2000)));
    cart.voidRow(1); // 15.90 left: a 20.00 discount no longer fits and is dropped
    QCOMPARE(cart.rowCount(), 1);
    QCOMPARE(cart.receiptDiscount(), sek(0));
    QCOMPARE(cart.total(), sek(1590));
    cart.clear();
    QVERIFY(cart.isEmpty());
    QCOMPARE(cart.total(), sek(0));
}

void TestCart::vatPerRate()
{
    Cart cart;
    QVERIFY(cart.addProduct(milk(), Decimal::fromInteger(2))); // 31.80 at 12 %
    QVERIFY(cart.addProduct(soap()));                          // 24.50 at 25 %
    const auto vat = cart.vat();
    QCOMPARE(vat.size(), 2);
    QCOMPARE(vat[0].ratePercent, Decimal::fromInteger(25));
    QCOMPARE(vat[0].vat, sek(490)); // 24.50 × 25/125
    QCOMPARE(vat[1].ratePercent, Decimal::fromInteger(12));
    QCOMPARE(vat[1].vat, sek(341)); // 31.80 × 12/112 = 3.407
}

void TestCart::editsQuantityInPlaceInTheLocale()
{
    Cart cart;
    cart.setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    QVERIFY(cart.addProduct(bananas(), Decimal::fromParts(5, 1)));
    QCOMPARE(cart.data(cart.index(0, Cart::QuantityColumn), Qt::EditRole).toString(), u"0,500"_s);
    QCOMPARE(cart.data(cart.index(0, Cart::TotalColumn), Qt::DisplayRole).toString(), u"12,45"_s);
    QVERIFY(cart.setData(cart.index(0, Cart::QuantityColumn), u"1,25"_s, Qt::EditRole));
    QCOMPARE(cart.lines()[0].quantity, Decimal::fromParts(125, 2));
    QVERIFY(!cart.setData(cart.index(0, Cart::QuantityColumn), u"-1"_s, Qt::EditRole));
    QVERIFY(!cart.setData(cart.index(0, Cart::TotalColumn), u"1"_s, Qt::EditRole));
    QCOMPARE(Money(123456789, Currency::sek())
                 .toLocalizedString(QLocale(QLocale::Swedish, QLocale::Sweden)),
             u"1\u00a0234\u00a0567,89"_s);
    QCOMPARE(Money::parseLocalized(u"1 234,5"_s, Currency::sek(),
                                   QLocale(QLocale::Swedish, QLocale::Sweden))
                 .value(),
             sek(123450));
    QVERIFY(!Money::parseLocalized(u"1,005"_s, Currency::sek(),
                                   QLocale(QLocale::Swedish, QLocale::Sweden)));
}

void TestCart::quantityTakesEitherDecimalSeparator()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    for (const QLocale &locale : {english, swedish}) {
        QCOMPARE(*parseQuantity(u"0,5", locale), Decimal::fromParts(5, 1));
        QCOMPARE(*parseQuantity(u"0.250", locale), Decimal::fromParts(250, 3));
        QVERIFY(!parseQuantity(u"0,5,1", locale));
    }
    // Cash at an English till: "20,50" is twenty and a half; "1,000" stays refused.
    QCOMPARE(*Money::parseLocalized(u"20,50", Currency::sek(), english), sek(2050));
    QVERIFY(!Money::parseLocalized(u"1,000", Currency::sek(), english));
    QCOMPARE(*Money::parseLocalized(u"20.50", Currency::sek(), swedish), sek(2050));
}

void TestCart::balanceSaysCashToPayAndChange()
{
    Cart cart;
    QVERIFY(cart.addProduct(milk()));
    QVERIFY(cart.addProduct(soap()));
    QVERIFY(cart.setRowDiscount(1, sek(450)));
    QVERIFY(cart.setReceiptDiscount(sek(100)));
    SaleBalance b = cart.balance();
    QCOMPARE(b.total, sek(1590 + 2000 - 100));
    QCOMPARE(b.rowDiscounts, sek(450));
    QCOMPARE(b.receiptDiscount, sek(100));
    QCOMPARE(b.discounts(), sek(550));
    QCOMPARE(b.toPay(), sek(3490));
    QVERIFY(!b.isCoveredByCash());
    QVERIFY(!cart.addCash(sek(0)));
    QVERIFY(!cart.addCash(Money(100, Currency::fromCode(u"EUR"_s).value())));
    QVERIFY(cart.addCash(sek(1000)));
    QVERIFY(cart.addCash(sek(490)));
    b = cart.balance();
    QCOMPARE(b.cash, sek(1490));
    QCOMPARE(b.toPay(), sek(2000)); // what SEQR is asked for
    QCOMPARE(b.change(), sek(0));
}

void TestCart::cashCoveringTheTotalAfterVoidsFinishesWithChange()
{
    // Part cash, then rows voided until the cash is more than the total:
    // nothing is left for SEQR, and the cash finishes the sale with change.
    Cart cart;
    QVERIFY(cart.addProduct(milk()));
    QVERIFY(cart.addProduct(soap()));
    QVERIFY(cart.addCash(sek(3000)));
    QVERIFY(!cart.balance().isCoveredByCash());
    QCOMPARE(cart.balance().toPay(), sek(1040));
    cart.voidRow(1);
    const SaleBalance b = cart.balance();
    QVERIFY(b.isCoveredByCash());
    QCOMPARE(b.toPay(), sek(0));
    QCOMPARE(b.change(), sek(3000 - 1590));
}

void TestCart::completedSaleIsKeptUntilTheNextSaleStarts()
{
    Cart cart;
    QSignalSpy completed(&cart, &Cart::saleCompleted);
    QVERIFY(cart.addProduct(soap()));
    QVERIFY(cart.addCash(sek(5000)));
    cart.complete(sek(0));
    QCOMPARE(completed.count(), 1);
    QVERIFY(cart.isEmpty());
    QCOMPARE(cart.cashReceived(), sek(0));
    QVERIFY(cart.completed());
    QCOMPARE(cart.completed()->change(), sek(2550));
    QCOMPARE(cart.completed()->total, sek(2450));
    QVERIFY(cart.addProduct(milk()));
    QVERIFY(!cart.completed());
    // A split tender completed by SEQR: no change, SEQR's part kept.
    QVERIFY(cart.addCash(sek(1000)));
    cart.complete(sek(590));
    QCOMPARE(cart.completed()->seqr, sek(590));
    QCOMPARE(cart.completed()->change(), sek(0));
    QCOMPARE(cart.completed()->toPay(), sek(0));
}

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
