#include "core/money/money.h"
#include "core/money/share.h"
#include "core/money/vat.h"

#include <QTest>

#include <numeric>

using namespace kassa;
using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDecimalText_data();
    void parsesDecimalText();
    void refusesMalformedDecimals_data();
    void refusesMalformedDecimals();
    void currenciesHaveTheirDecimals();
    void refusesUnknownCurrency();
    void parsesMoneyExactly_data();
    void parsesMoneyExactly();
    void refusesMoreDecimalsThanTheCurrency();
    void formatsWireText_data();
    void formatsWireText();
    void refusesCurrencyMixing();
    void refusesOverflow();
    void rowTotalRoundsHalfAwayFromZero_data();
    void rowTotalRoundsHalfAwayFromZero();
    void vatExtractedFromGross_data();
    void vatExtractedFromGross();
    void vatBreakdownGroupsByRate();
    void vatRefusesImpossibleRates();
    void percentOfRoundsHalfAwayFromZero_data();
    void percentOfRoundsHalfAwayFromZero();
    void proportionalSharesAddUpExactly_data();
    void proportionalSharesAddUpExactly();
};

void TestMoney::parsesDecimalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("mantissa");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("price") << u"149.99"_s << 14999LL << 2 << u"149.99"_s;
    QTest::newRow("integer") << u"10"_s << 10LL << 0 << u"10"_s;
    QTest::newRow("report trailing zeros") << u"93.31000"_s << 9331LL << 2 << u"93.31"_s;
    QTest::newRow("negative") << u"-5.50"_s << -55LL << 1 << u"-5.5"_s;
    QTest::newRow("plus and leading dot") << u"+.5"_s << 5LL << 1 << u"0.5"_s;
    QTest::newRow("trailing dot") << u"7."_s << 7LL << 0 << u"7"_s;
    QTest::newRow("zero") << u"-0.000"_s << 0LL << 0 << u"0"_s;
    QTest::newRow("whitespace") << u"  0.250\n"_s << 25LL << 2 << u"0.25"_s;
    QTest::newRow("18 digits") << u"999999999999999999"_s << 999999999999999999LL << 0
                               << u"999999999999999999"_s;
}

void TestMoney::parsesDecimalText()
{
    QFETCH(QString, text);
    QFETCH(qint64, mantissa);
    QFETCH(int, scale);
    QFETCH(QString, canonical);
    const auto d = Decimal::parse(text);
    QVERIFY2(d.hasValue(), qPrintable(d.hasValue() ? QString() : d.error().detail));
    QCOMPARE(d->mantissa(), mantissa);
    QCOMPARE(d->scale(), scale);
    QCOMPARE(d->toString(), canonical);
}

void TestMoney::refusesMalformedDecimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    for (const char *bad : {"", " ", "abc", "1,5", "1e3", "--1", "1.2.3", ".", "-", "0x10", "١٢"})
        QTest::newRow(bad) << QString::fromUtf8(bad) << int(ErrorCode::InvalidNumber);
    QTest::newRow("19 digits") << u"1234567890123456789"_s << int(ErrorCode::Overflow);
    QTest::newRow("19 decimals") << u"0.1234567890123456789"_s << int(ErrorCode::TooManyDecimals);
}

void TestMoney::refusesMalformedDecimals()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto d = Decimal::parse(text);
    QVERIFY(!d.hasValue());
    QCOMPARE(int(d.error().code), code);
}

void TestMoney::currenciesHaveTheirDecimals()
{
    QCOMPARE(Currency::fromCode(u"SEK")->decimals(), 2);
    QCOMPARE(Currency::fromCode(u"EUR")->decimals(), 2);
    QCOMPARE(Currency::fromCode(u"USD")->decimals(), 2);
    QCOMPARE(Currency::fromCode(u"JPY")->decimals(), 0);
    QCOMPARE(Currency::fromCode(u"ISK")->decimals(), 0);
    QCOMPARE(Currency::fromCode(u"KWD")->decimals(), 3);
    QCOMPARE(Currency::fromCode(u"SEK")->code(), u"SEK"_s);
}

void TestMoney::refusesUnknownCurrency()
{
    QVERIFY(!Currency::fromCode(u"XYZ"));
    QVERIFY(!Currency::fromCode(u"sek"));
    QVERIFY(!Currency::fromCode(u"SEKK"));
    const auto m = Money::parse(u"10", u"ABC");
    QVERIFY(!m);
    QCOMPARE(m.error().code, ErrorCode::UnknownCurrency);
}

void TestMoney::parsesMoneyExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("SEK") << u"149.99"_s << u"SEK"_s << 14999LL;
    QTest::newRow("SEK integer") << u"10"_s << u"SEK"_s << 1000LL;
    QTest::newRow("SEK report") << u"93.31000"_s << u"SEK"_s << 9331LL;
    QTest::newRow("SEK negative") << u"-0.5"_s << u"SEK"_s << -50LL;
    QTest::newRow("JPY") << u"500"_s << u"JPY"_s << 500LL;
    QTest::newRow("KWD") << u"1.005"_s << u"KWD"_s << 1005LL;
    // 0.1 + 0.2 is exactly 0.3 here, unlike in binary floating point.
    QTest::newRow("tenth") << u"0.1"_s << u"EUR"_s << 10LL;
}

void TestMoney::parsesMoneyExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text, currency);
    QVERIFY2(m.hasValue(), qPrintable(m.hasValue() ? QString() : m.error().detail));
    QCOMPARE(m->minorUnits(), minor);
    QCOMPARE(m->currency().code(), currency);
}

void TestMoney::refusesMoreDecimalsThanTheCurrency()
{
    const auto sek = Money::parse(u"1.005", u"SEK");
    QVERIFY(!sek);
    QCOMPARE(sek.error().code, ErrorCode::TooManyDecimals);
    QVERIFY(sek.error().detail.contains(u"SEK"));
    const auto jpy = Money::parse(u"10.5", u"JPY");
    QVERIFY(!jpy);
    QCOMPARE(jpy.error().code, ErrorCode::TooManyDecimals);
    // Zeros beyond the currency's decimals are not extra precision.
    QVERIFY(Money::parse(u"10.000", u"JPY"));
}

void TestMoney::formatsWireText_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("SEK") << 14999LL << u"SEK"_s << u"149.99"_s;
    QTest::newRow("SEK whole") << 1000LL << u"SEK"_s << u"10.00"_s;
    QTest::newRow("SEK cents") << 5LL << u"SEK"_s << u"0.05"_s;
    QTest::newRow("SEK negative") << -250LL << u"SEK"_s << u"-2.50"_s;
    QTest::newRow("JPY") << 500LL << u"JPY"_s << u"500"_s;
    QTest::newRow("KWD") << 1005LL << u"KWD"_s << u"1.005"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"SEK"_s
                         << u"-92233720368547758.08"_s;
}

void TestMoney::formatsWireText()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    const Money m(minor, *Currency::fromCode(currency));
    QCOMPARE(m.toDecimalString(), text);
}

void TestMoney::refusesCurrencyMixing()
{
    const Money sek(100, Currency::sek());
    const Money eur(100, *Currency::fromCode(u"EUR"));
    const auto sum = sek.plus(eur);
    QVERIFY(!sum);
    QCOMPARE(sum.error().code, ErrorCode::CurrencyMismatch);
    QVERIFY(!sek.minus(eur));
    QCOMPARE(sek.plus(sek)->minorUnits(), 200);
}

void TestMoney::refusesOverflow()
{
    const Money big(std::numeric_limits<qint64>::max(), Currency::sek());
    const Money one(1, Currency::sek());
    QCOMPARE(big.plus(one).error().code, ErrorCode::Overflow);
    QCOMPARE(Money(std::numeric_limits<qint64>::min(), Currency::sek()).minus(one).error().code,
             ErrorCode::Overflow);
    QCOMPARE(big.times(2).error().code, ErrorCode::Overflow);
    QCOMPARE(Money(std::numeric_limits<qint64>::min(), Currency::sek()).negated().error().code,
             ErrorCode::Overflow);
    QCOMPARE(big.timesQuantity(*Decimal::parse(u"1.5")).error().code, ErrorCode::Overflow);
    QCOMPARE(Decimal::fromInteger(std::numeric_limits<qint64>::max()).scaledTo(2).error().code,
             ErrorCode::Overflow);
}

void TestMoney::rowTotalRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("total");
    QTest::newRow("count") << u"12.50"_s << u"3"_s << u"37.50"_s;
    QTest::newRow("weight exact") << u"89.00"_s << u"0.250"_s << u"22.25"_s;
    QTest::newRow("weight half up") << u"59.90"_s << u"0.125"_s << u"7.49"_s;    // 7.48750
    QTest::newRow("weight below half") << u"10.01"_s << u"0.333"_s << u"3.33"_s; // 3.33333
    QTest::newRow("exactly half") << u"0.01"_s << u"0.5"_s << u"0.01"_s;         // 0.005 → 0.01
    QTest::newRow("negative half") << u"-0.01"_s << u"0.5"_s << u"-0.01"_s;      // away from zero
    QTest::newRow("discount row") << u"-5.00"_s << u"2"_s << u"-10.00"_s;
}

void TestMoney::rowTotalRoundsHalfAwayFromZero()
{
    QFETCH(QString, unitPrice);
    QFETCH(QString, quantity);
    QFETCH(QString, total);
    const auto price = Money::parse(unitPrice, u"SEK");
    const auto q = Decimal::parse(quantity);
    QVERIFY(price && q);
    const auto result = price->timesQuantity(*q);
    QVERIFY(result);
    QCOMPARE(result->toDecimalString(), total);
}

void TestMoney::vatExtractedFromGross_data()
{
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("vat");
    QTest::newRow("25%") << u"125.00"_s << u"25"_s << u"25.00"_s;
    QTest::newRow("25% odd") << u"149.99"_s << u"25"_s << u"30.00"_s; // 29.998
    QTest::newRow("12%") << u"112.00"_s << u"12"_s << u"12.00"_s;
    QTest::newRow("12% food") << u"34.90"_s << u"12"_s << u"3.74"_s; // 3.7393
    QTest::newRow("6%") << u"106.00"_s << u"6"_s << u"6.00"_s;
    QTest::newRow("6% book") << u"199.00"_s << u"6"_s << u"11.26"_s; // 11.2642
    QTest::newRow("0%") << u"99.00"_s << u"0"_s << u"0.00"_s;
    QTest::newRow("refund") << u"-125.00"_s << u"25"_s << u"-25.00"_s;
    QTest::newRow("fractional rate") << u"107.50"_s << u"7.5"_s << u"7.50"_s;
}

void TestMoney::vatExtractedFromGross()
{
    QFETCH(QString, gross);
    QFETCH(QString, rate);
    QFETCH(QString, vat);
    const auto result = vatFromGross(*Money::parse(gross, u"SEK"), *Decimal::parse(rate));
    QVERIFY(result);
    QCOMPARE(result->toDecimalString(), vat);
}

void TestMoney::vatBreakdownGroupsByRate()
{
    const auto m = [](const char *t) { return *Money::parse(QString::fromLatin1(t), u"SEK"); };
    const auto r = [](int p) { return Decimal::fromInteger(p); };
    const auto lines = vatBreakdown({{r(12), m("34.90")},
                                     {r(25), m("149.99")},
                                     {r(12), m("21.50")},
                                     {r(6), m("199.00")},
                                     {r(25), m("-20.00")}});
    QVERIFY(lines);
    QCOMPARE(lines->size(), 3);
    QCOMPARE(lines->at(0).ratePercent, r(25));
    QCOMPARE(lines->at(0).gross.toDecimalString(), u"129.99"_s);
    QCOMPARE(lines->at(0).vat.toDecimalString(), u"26.00"_s); // 25.998
    QCOMPARE(lines->at(0).net.toDecimalString(), u"103.99"_s);
    QCOMPARE(lines->at(1).ratePercent, r(12));
    QCOMPARE(lines->at(1).gross.toDecimalString(), u"56.40"_s);
    QCOMPARE(lines->at(1).vat.toDecimalString(), u"6.04"_s); // 6.0428
    QCOMPARE(lines->at(2).vat.toDecimalString(), u"11.26"_s);
}

void TestMoney::vatRefusesImpossibleRates()
{
    const Money gross(100, Currency::sek());
    QCOMPARE(vatFromGross(gross, Decimal::fromInteger(-1)).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(vatFromGross(gross, Decimal::fromInteger(100)).error().code,
             ErrorCode::InvalidArgument);
    const Money eur(100, *Currency::fromCode(u"EUR"));
    QVERIFY(!vatBreakdown({{Decimal::fromInteger(25), gross}, {Decimal::fromInteger(25), eur}}));
}

void TestMoney::percentOfRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("10 % of 99.95") << qint64(9995) << u"10"_s << qint64(1000);
    QTest::newRow("10 % of 99.94") << qint64(9994) << u"10"_s << qint64(999);
    QTest::newRow("12.5 % of 1.00") << qint64(100) << u"12.5"_s << qint64(13);
    QTest::newRow("33.333 % of 3.00") << qint64(300) << u"33.333"_s << qint64(100);
    QTest::newRow("negative half") << qint64(-5) << u"10"_s << qint64(-1);
    QTest::newRow("0 %") << qint64(12345) << u"0"_s << qint64(0);
    QTest::newRow("100 %") << qint64(12345) << u"100"_s << qint64(12345);
}

void TestMoney::percentOfRoundsHalfAwayFromZero()
{
    QFETCH(qint64, minor);
    QFETCH(QString, percent);
    QFETCH(qint64, expected);
    const auto p = Decimal::parse(percent);
    QVERIFY(p);
    QCOMPARE(percentOf(minor, *p), expected);
}

void TestMoney::proportionalSharesAddUpExactly_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");
    // 10.00 over three equal rows: 3.33 each, the cent left to the first.
    QTest::newRow("thirds") << qint64(1000) << QList<qint64>{1, 1, 1}
                            << QList<qint64>{334, 333, 333};
    // The rest goes to the largest weight, not the last.
    QTest::newRow("largest takes the rest")
        << qint64(100) << QList<qint64>{1, 5, 1} << QList<qint64>{14, 72, 14};
    QTest::newRow("rounded up too far")
        << qint64(2) << QList<qint64>{1, 1, 1} << QList<qint64>{0, 1, 1};
    QTest::newRow("negative total")
        << qint64(-1000) << QList<qint64>{1, 1, 1} << QList<qint64>{-334, -333, -333};
    QTest::newRow("zero weight gets nothing")
        << qint64(999) << QList<qint64>{0, 2000, 1000} << QList<qint64>{0, 666, 333};
    QTest::newRow("all weights zero") << qint64(50) << QList<qint64>{0, 0} << QList<qint64>{50, 0};
    QTest::newRow("none") << qint64(50) << QList<qint64>{} << QList<qint64>{};
}

void TestMoney::proportionalSharesAddUpExactly()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);
    const QList<qint64> shares = splitInProportion(total, weights);
    QCOMPARE(shares, expected);
    if (!weights.isEmpty())
        QCOMPARE(std::accumulate(shares.begin(), shares.end(), qint64(0)), total);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
