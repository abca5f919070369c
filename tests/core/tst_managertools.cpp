#include "core/payment/paymentsession.h"
#include "core/payment/refunder.h"
#include "core/receipt/receipttext.h"
#include "core/reconciliation/zreport.h"
#include "core/terminal/managerpin.h"
#include "tests/support/tillfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

namespace {

ManagerPin loadPin(const QString &path)
{
    auto loaded = ManagerPin::load(path);
    return loaded ? *loaded : ManagerPin();
}

} // namespace

// The manager's core: the PIN, refunds against the sandbox, the Z report.
class TestManagerTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pinIsStoredOnlyAsASaltedSlowHash();
    void refusesShortOrNonDigitPins();
    void wrongPinsAreRateLimitedAcrossRestarts();
    void fullAndPartialRefunds();
    void overRefundIsRefusedBeforeAskingSeqr();
    void zReportAddsUpTheDay();
    void refundPlanKeepsEachRowToWhatItHasLeft();
    void refundReceiptCarriesPricesAndVat();

private:
    QString payWithSeqr(const QString &price);
    QString payRows(const QList<journal::SaleRow> &rows);
    QList<journal::SaleRow> twoRates();
    Money sek(qint64 minor) { return Money(minor, Currency::sek()); }
    Result<Refunder::Outcome> refund(const QString &ers, const Money &amount);

    std::unique_ptr<TillFixture> m_till;
};

void TestManagerTools::init()
{
    m_till.reset();
    m_till = TillFixture::withTillOne();
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
}

QList<journal::SaleRow> TestManagerTools::twoRates()
{
    // 4 × coffee at 25.00 (12 %) and 1 × soap at 40.00 (25 %): 140.00.
    return {saleRow(u"Kaffe"_s, 2500, 4), saleRow(u"Tvål"_s, 4000, 1, 25)};
}

QString TestManagerTools::payRows(const QList<journal::SaleRow> &rows)
{
    PaymentRequest r;
    r.rows = rows;
    return m_till->payBySeqr(r);
}

QString TestManagerTools::payWithSeqr(const QString &price)
{
    PaymentRequest r;
    r.rows = {saleRow(u"Kaffe"_s, *Money::parse(price, u"SEK"))};
    return m_till->payBySeqr(r);
}

Result<Refunder::Outcome> TestManagerTools::refund(const QString &ers, const Money &amount)
{
    return m_till->refund(ers, amount);
}

void TestManagerTools::pinIsStoredOnlyAsASaltedSlowHash()
{
    const QString path = m_till->path(u"manager.json"_s);
    ManagerPin pin = loadPin(path);
    QVERIFY(!pin.isSet());
    QVERIFY(pin.set(u"4711"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains("4711"));
    QVERIFY(stored.contains("PBKDF2-HMAC-SHA256"));
    QVERIFY(stored.contains("200000"));
    // Owner only (0600): no group or other bits.
    QCOMPARE(file.permissions() & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
    // The same PIN set again gets a new salt and so a new hash.
    QVERIFY(pin.set(u"4711"_s));
    QFile replaced(path); // written anew (QSaveFile), so read it again
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    QVERIFY(replaced.readAll() != stored);
    ManagerPin again = loadPin(path);
    QVERIFY(again.verify(u"4711"_s));
    QCOMPARE(again.verify(u"4712"_s).error().code, ErrorCode::InvalidArgument);
}

void TestManagerTools::refusesShortOrNonDigitPins()
{
    ManagerPin pin = loadPin(m_till->path(u"manager.json"_s));
    QVERIFY(!pin.set(u"123"_s));
    QVERIFY(!pin.set(u"12a4"_s));
    QVERIFY(!pin.isSet());
    QCOMPARE(pin.verify(u"1234"_s).error().code, ErrorCode::NotFound);
}

void TestManagerTools::wrongPinsAreRateLimitedAcrossRestarts()
{
    const QString path = m_till->path(u"manager.json"_s);
    ManagerPin pin = loadPin(path);
    QVERIFY(pin.set(u"4711"_s));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QVERIFY(pin.verify(u"0000"_s, t0).error().detail.contains(u"2 tries left"_s));
    QVERIFY(pin.verify(u"0001"_s, t0).error().detail.contains(u"1 tries left"_s));
    QCOMPARE(pin.verify(u"0002"_s, t0).error().code, ErrorCode::InvalidArgument);
    // Locked now, even for the right PIN, and after a restart.
    const auto locked = pin.verify(u"4711"_s, t0.addSecs(1));
    QCOMPARE(locked.error().code, ErrorCode::ServiceRefused);
    QVERIFY(locked.error().resultCode > 25 && locked.error().resultCode <= 30);
    ManagerPin restarted = loadPin(path);
    QCOMPARE(restarted.verify(u"4711"_s, t0.addSecs(10)).error().code, ErrorCode::ServiceRefused);
    // The wait doubles with each further wrong PIN.
    QCOMPARE(restarted.verify(u"0003"_s, t0.addSecs(31)).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(restarted.secondsLocked(t0.addSecs(31)), 61);
    // The right PIN after the wait opens and resets the count.
    QVERIFY(restarted.verify(u"4711"_s, t0.addSecs(100)));
    QCOMPARE(restarted.failures(), 0);
    QCOMPARE(loadPin(path).failures(), 0);
}

void TestManagerTools::fullAndPartialRefunds()
{
    const QString ers = payWithSeqr(u"100.00"_s);
    QVERIFY(!ers.isEmpty());
    const auto part = refund(ers, sek(2550));
    QVERIFY2(part, part ? "" : qPrintable(part.error().detail));
    QCOMPARE(part->remaining, sek(7450));
    QVERIFY(!part->refundErsReference.isEmpty());
    const auto rest = refund(ers, sek(7450));
    QVERIFY(rest);
    QCOMPARE(rest->remaining, sek(0));
    // The journal keeps the original and both refunds; SEQR has both too.
    const QList<journal::Refund> refunds = m_till->journal()->refunds({}).value();
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(refunds[0].originalErsReference, ers);
    QCOMPARE(refunds[0].amount, sek(2550));
    QCOMPARE(refunds[1].refundErsReference, rest->refundErsReference);
    const QString invoiceRef =
        m_till->journal()->sales({})->first().tenders.first().invoiceReference;
    const auto atSeqr = m_till->sandbox().service().invoice(invoiceRef);
    QCOMPARE((*atSeqr)[u"refunds"_s].toArray().size(), 2);
}

void TestManagerTools::overRefundIsRefusedBeforeAskingSeqr()
{
    const QString ers = payWithSeqr(u"50.00"_s);
    QVERIFY(refund(ers, sek(4000)));
    const auto tooMuch = refund(ers, sek(1001));
    QVERIFY(!tooMuch);
    QCOMPARE(tooMuch.error().code, ErrorCode::InvalidArgument);
    QVERIFY(tooMuch.error().detail.contains(u"10.00"_s));
    QCOMPARE(refund(u"999999"_s, sek(100)).error().code, ErrorCode::NotFound);
    QCOMPARE(refund(ers, sek(0)).error().code, ErrorCode::InvalidArgument);
    const QString invoiceRef =
        m_till->journal()->sales({})->first().tenders.first().invoiceReference;
    QCOMPARE((*m_till->sandbox().service().invoice(invoiceRef))[u"refunds"_s].toArray().size(), 1);
    QCOMPARE(*m_till->journal()->refundable(ers), sek(1000));
}

void TestManagerTools::zReportAddsUpTheDay()
{
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(m_till->journal()->recordCashSale(u"anna"_s, {saleRow(u"Tvål"_s, 2500, 2, 25)},
                                              sek(10000)));
    const QString ers = payWithSeqr(u"112.00"_s);
    QVERIFY(!ers.isEmpty());
    QVERIFY(refund(ers, sek(1200)));
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(1);
    const ZReport z = makeZReport(*m_till->journal(), from, to, Currency::sek()).value();
    QCOMPARE(z.salesCount, 2);
    QCOMPARE(z.total, sek(16200));
    QCOMPARE(z.cash, sek(5000));
    QCOMPARE(z.seqr, sek(11200));
    QCOMPARE(z.vat.size(), 2);
    QCOMPARE(z.vat[0].ratePercent, Decimal::fromInteger(25));
    QCOMPARE(z.vat[0].vat, sek(1000));
    QCOMPARE(z.vat[1].vat, sek(1200));
    QCOMPARE(z.refundsCount, 1);
    QCOMPARE(z.refunds, sek(1200));
    const int hour = QDateTime::currentDateTime().time().hour();
    QCOMPARE(z.countPerHour[hour] + (hour > 0 ? z.countPerHour[hour - 1] : 0), 2);
    const QByteArray csv = z.toCsv();
    QVERIFY(csv.contains("total;162.00\n"));
    QVERIFY(csv.contains("seqr;112.00\n"));
    QVERIFY(csv.contains("vat_25;10.00\n"));
    QVERIFY(csv.contains("refunds;12.00\n"));
    QCOMPARE(z.net, sek(15000));
    QVERIFY(csv.contains("net;150.00\n"));
    ReceiptSettings english;
    english.shopName = u"Lilla Livs"_s;
    english.language = u"en"_s;
    const QString text = z.toText(english);
    QVERIFY2(text.contains(u"Z report"_s), qPrintable(text));
    QVERIFY(text.contains(u"162.00"_s));
    QVERIFY2(text.contains(u"TOTAL net of refunds SEK"_s) && text.contains(u"150.00"_s),
             qPrintable(text));
    // A sale outside the period is not counted.
    const ZReport later =
        makeZReport(*m_till->journal(), to, to.addSecs(3600), Currency::sek()).value();
    QCOMPARE(later.salesCount, 0);
    QCOMPARE(later.total, sek(0));
}

void TestManagerTools::refundPlanKeepsEachRowToWhatItHasLeft()
{
    const QString ers = payRows(twoRates());
    QVERIFY(!ers.isEmpty());
    const journal::Sale sale = *m_till->journal()->saleByErsReference(ers);
    const auto one = Decimal::fromInteger(1);
    // 1 of the 4 coffees: its share, and the VAT at 12 % in it.
    RefundPlan plan = RefundPlan::make(*m_till->journal(), sale, ers, {one}, std::nullopt);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.amount, sek(2500));
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows[0].total, sek(2500));
    QCOMPARE(plan.vat.size(), 1);
    QCOMPARE(plan.vat[0].ratePercent, Decimal::fromInteger(12));
    QCOMPARE(plan.vat[0].vat, sek(268)); // 25.00 × 12 / 112
    QCOMPARE(plan.remaining, sek(11500));
    Refunder refunder(m_till->client(), m_till->journal());
    QSignalSpy done(&refunder, &Refunder::finished);
    refunder.refund(plan, u"boss"_s);
    QVERIFY(done.wait(10000));
    QVERIFY(refunder.result());
    // The journal remembers which row was given back, and how much of it.
    const QList<RefundableRow> rows = refundableRows(*m_till->journal(), sale, ers);
    QCOMPARE(rows[0].refunded, one);
    QCOMPARE(rows[0].refundedAmount, sek(2500));
    QCOMPARE(rows[0].remaining, Decimal::fromInteger(3));
    QVERIFY(rows[1].refunded.isZero());
    // 4 more coffees are more than the 3 left: refused, with the row.
    plan = RefundPlan::make(*m_till->journal(), sale, ers, {Decimal::fromInteger(4)}, std::nullopt);
    QCOMPARE(plan.problem, RefundPlan::Problem::RowQuantity);
    QCOMPARE(plan.problemRow, 0);
    // The other 3 coffees and the soap are fine: 115.00, VAT at both rates.
    plan = RefundPlan::make(*m_till->journal(), sale, ers, {Decimal::fromInteger(3), one},
                            std::nullopt);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.amount, sek(11500));
    QCOMPARE(plan.vat.size(), 2);
    QCOMPARE(plan.vat[0].vat, sek(800)); // 40.00 at 25 %
    QCOMPARE(plan.vat[1].vat, sek(804)); // 75.00 at 12 %
    // An amount with rows may be less than they are worth, never more.
    QCOMPARE(RefundPlan::make(*m_till->journal(), sale, ers, {one}, sek(2600)).problem,
             RefundPlan::Problem::MoreThanRows);
    // An amount alone: its VAT split as the sale's was (100.00 at 12 %, 40.00 at 25 %).
    plan = RefundPlan::make(*m_till->journal(), sale, ers, {}, sek(7000));
    QVERIFY(plan.isValid());
    QCOMPARE(plan.rows.size(), 0);
    QCOMPARE(plan.vat.size(), 2);
    QCOMPARE(plan.vat[0].gross, sek(2000)); // 25 %
    QCOMPARE(plan.vat[1].gross, sek(5000)); // 12 %
    QCOMPARE(RefundPlan::make(*m_till->journal(), sale, ers, {}, sek(11501)).problem,
             RefundPlan::Problem::MoreThanRefundable);
    QCOMPARE(RefundPlan::make(*m_till->journal(), sale, u"42"_s, {one}, std::nullopt).problem,
             RefundPlan::Problem::NotSeqr);
}

void TestManagerTools::refundReceiptCarriesPricesAndVat()
{
    const QString ers = payRows(twoRates());
    const journal::Sale sale = *m_till->journal()->saleByErsReference(ers);
    const RefundPlan plan =
        RefundPlan::make(*m_till->journal(), sale, ers, {Decimal::fromInteger(2)}, std::nullopt);
    ReceiptSettings english;
    english.shopName = u"Lilla Livs"_s;
    english.address = u"Storgatan 1\n123 45 Lilla By"_s;
    english.organisationNumber = u"556677-8899"_s;
    english.language = u"en"_s;
    const QString text =
        refundReceiptText(plan, u"REF-1"_s, QDateTime::currentDateTime(), u"boss"_s, english);
    QVERIFY2(text.contains(u"*** REFUND ***"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Storgatan 1\n123 45 Lilla By\nOrg. no. 556677-8899\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Refund of receipt"_s));
    QVERIFY2(text.contains(u"  2 pcs @ 25.00\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"-50.00\n"_s), qPrintable(text));
    // VAT: rate, net, VAT, gross.
    QVERIFY2(text.contains(u"VAT %            Net        VAT      Gross\n"
                           "12 %           44.64       5.36      50.00\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"REF-1"_s));
    QVERIFY2(text.contains(u"Still refundable"_s) && text.contains(u"90.00"_s), qPrintable(text));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(line.size() <= 42, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestManagerTools)
#include "tst_managertools.moc"
