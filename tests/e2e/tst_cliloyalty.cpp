#include "tests/support/clifixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

// kassa-cli's loyalty card on a cash sale, as on a SEQR payment: `sell
// --loyalty-card NUMBER` gives the programme's discount, says it, journals
// it and prints it on the receipt with the friendly name and masked number;
// a card that is not the shop's records nothing.
class TestCliLoyalty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sellWithLoyaltyCard();
    void sellWithUnknownCardRecordsNothing();
    void sellWithCouponsEachGoodOnce();
    void blockedCouponIsRefused();
    void seqrRefundOfADiscountedSaleGivesBackWhatWasPaid();

private:
    using Run = CliFixture::Run;
    void addProgramme();
    Run run(const QStringList &args) { return m_cli->run(args); }

    std::unique_ptr<CliFixture> m_cli;
};

void TestCliLoyalty::init()
{
    m_cli = std::make_unique<CliFixture>();
    QVERIFY2(m_cli->problem().isEmpty(), qPrintable(m_cli->problem()));
}

void TestCliLoyalty::cleanup()
{
    m_cli.reset();
}

void TestCliLoyalty::addProgramme()
{
    // A registered till (a cash sale needs one, as the window's does).
    const QString registered = m_cli->registerTill(QString());
    QVERIFY2(registered.isEmpty(), qPrintable(registered));
    const Run added =
        m_cli->run({u"loyalty"_s, u"add"_s, u"--id"_s, u"X_CARD"_s, u"--pattern"_s, u"7777\\d{6}"_s,
                    u"--name"_s, u"Kassa Club"_s, u"--percent"_s, u"10"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
}

void TestCliLoyalty::sellWithLoyaltyCard()
{
    addProgramme();
    const Run sold = m_cli->run({u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s, u"--cash"_s, u"30"_s,
                                 u"--loyalty-card"_s, u"7777000042"_s});
    QVERIFY2(sold.exitCode == 0, qPrintable(sold.out + sold.err));
    QVERIFY2(
        sold.out.contains(u"Loyalty card Kassa Club ****0042: 2.50 SEK off; total 22.50 SEK."_s),
        qPrintable(sold.out));
    QVERIFY2(sold.out.contains(u"Change: 7.50"_s), qPrintable(sold.out));
    // The receipt: the discount row and the card's own line, never the whole number.
    QVERIFY2(sold.out.contains(u"Kassa Club ****0042 10 %"_s), qPrintable(sold.out));
    QVERIFY2(sold.out.contains(u"Loyalty card: Kassa Club ****0042"_s), qPrintable(sold.out));
    QVERIFY2(!sold.out.contains(u"7777000042"_s), qPrintable(sold.out));
    const Run json = m_cli->run({u"--json"_s, u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s,
                                 u"--cash"_s, u"22.50"_s, u"--loyalty-card"_s, u"7777000042"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.out + json.err));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o[u"total"_s].toString(), u"22.50"_s);
    QCOMPARE(o[u"change"_s].toString(), u"0.00"_s);
}

void TestCliLoyalty::sellWithUnknownCardRecordsNothing()
{
    addProgramme();
    const Run sold = m_cli->run({u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s, u"--cash"_s, u"30"_s,
                                 u"--loyalty-card"_s, u"1234567890"_s});
    QCOMPARE(sold.exitCode, 2);
    QVERIFY2(sold.err.contains(
                 u"the loyalty card ****7890 is not one of the shop's; nothing was recorded"_s),
             qPrintable(sold.out + sold.err));
    const Run receipt = m_cli->run({u"receipt"_s, u"1"_s});
    QVERIFY(receipt.exitCode != 0);
}

// Issue 31: `sell --coupon CODE` (repeatable) takes the window's path:
// each coupon's discount said, printed and journaled; a coupon used once is
// refused the next time and nothing is recorded.
void TestCliLoyalty::sellWithCouponsEachGoodOnce()
{
    addProgramme();
    QCOMPARE(run({u"coupon"_s, u"add"_s, u"--code"_s, u"SPRING10"_s, u"--amount"_s, u"10.00"_s,
                  u"--name"_s, u"Spring"_s})
                 .exitCode,
             0);
    QCOMPARE(run({u"coupon"_s, u"add"_s, u"--pattern"_s, u"VAR\\d{4}"_s, u"--percent"_s, u"10"_s,
                  u"--name"_s, u"Series"_s})
                 .exitCode,
             0);
    const Run sold = run({u"sell"_s, u"--row"_s, u"Kaffe;1;100.00;25"_s, u"--cash"_s, u"100"_s,
                          u"--coupon"_s, u"spring10"_s, u"--coupon"_s, u"VAR0001"_s});
    QVERIFY2(sold.exitCode == 0, qPrintable(sold.out + sold.err));
    QVERIFY2(sold.out.contains(u"Coupons SPRING10, VAR0001: 20.00 SEK off in all (with any "
                               "card); total 80.00 SEK."_s),
             qPrintable(sold.out));
    QVERIFY2(sold.out.contains(u"Change: 20.00"_s), qPrintable(sold.out));
    // The receipt: each coupon on a line of its own, its code masked.
    QVERIFY2(sold.out.contains(u"Coupon: Spring ****NG10"_s), qPrintable(sold.out));
    QVERIFY2(sold.out.contains(u"Coupon: Series ****0001"_s), qPrintable(sold.out));

    const Run again = run({u"sell"_s, u"--row"_s, u"Kaffe;1;100.00;25"_s, u"--cash"_s, u"100"_s,
                           u"--coupon"_s, u"VAR0002"_s, u"--coupon"_s, u"VAR0001"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"the coupon VAR0001 has been used already (each coupon is good "
                                "once); nothing was recorded"_s),
             qPrintable(again.err));
    const Run unknown = run({u"sell"_s, u"--row"_s, u"Kaffe;1;100.00;25"_s, u"--cash"_s, u"100"_s,
                             u"--coupon"_s, u"NOPE"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"NOPE is not a coupon of this shop; nothing was recorded"_s),
             qPrintable(unknown.err));
    // Only the first sale was recorded: receipt 2 does not exist.
    QVERIFY(run({u"receipt"_s, u"1"_s}).exitCode == 0);
    QVERIFY(run({u"receipt"_s, u"2"_s}).exitCode != 0);
}

// `coupon block CODE`: one code of a series blocked by itself, refused at
// the till with the reason; the rest of the series still good.
void TestCliLoyalty::blockedCouponIsRefused()
{
    addProgramme();
    QCOMPARE(run({u"coupon"_s, u"add"_s, u"--pattern"_s, u"VAR\\d{4}"_s, u"--amount"_s, u"5.00"_s})
                 .exitCode,
             0);
    const Run blocked = run({u"coupon"_s, u"block"_s, u"VAR0005"_s});
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.out + blocked.err));
    QVERIFY2(blocked.out.contains(u"Coupon VAR0005 blocked: it is refused from now on."_s),
             qPrintable(blocked.out));
    const Run listed = run({u"loyalty"_s, u"list"_s});
    QVERIFY2(listed.out.contains(u"coupon VAR0005  5.00 SEK off (blocked)"_s),
             qPrintable(listed.out));
    const Run refused = run({u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s, u"--cash"_s, u"30"_s,
                             u"--coupon"_s, u"VAR0005"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(
        refused.err.contains(u"the coupon VAR0005 is blocked by the shop; nothing was recorded"_s),
        qPrintable(refused.err));
    const Run other = run({u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s, u"--cash"_s, u"30"_s,
                           u"--coupon"_s, u"VAR0006"_s});
    QVERIFY2(other.exitCode == 0, qPrintable(other.out + other.err));
    QVERIFY2(other.out.contains(u"total 20.00 SEK"_s), qPrintable(other.out));
    QCOMPARE(run({u"coupon"_s, u"block"_s, u"NOPE1"_s}).exitCode, 2);
}

// Issue 31 item 4 against seqr-sandbox: a SEQR sale with a loyalty card
// (10 %) and one with a coupon (10.00) refunded: SEQR gives back what the
// buyer paid for the rows, not their prices before the discount.
void TestCliLoyalty::seqrRefundOfADiscountedSaleGivesBackWhatWasPaid()
{
    sandbox::SandboxOptions options;
    options.autopayAfterMs = 300; // the buyer pays at once
    m_cli = std::make_unique<CliFixture>(options);
    QVERIFY2(m_cli->problem().isEmpty(), qPrintable(m_cli->problem()));
    addProgramme();
    QCOMPARE(run({u"coupon"_s, u"add"_s, u"--code"_s, u"SPRING10"_s, u"--amount"_s, u"10.00"_s})
                 .exitCode,
             0);
    const QStringList rows{u"--row"_s, u"Tvål;1;24.50;25"_s, u"--row"_s, u"Mjölk;1;15.90;12"_s};

    const Run card = run(QStringList{u"--json"_s, u"pay"_s} + rows +
                         QStringList{u"--loyalty-card"_s, u"7777000042"_s});
    QVERIFY2(card.exitCode == 0, qPrintable(card.out + card.err));
    const QJsonObject cardPaid = QJsonDocument::fromJson(card.out.toUtf8()).object();
    QCOMPARE(cardPaid[u"total"_s].toString(), u"36.36"_s);
    // The soap back: 24.50 less its 10 %.
    const Run soap = run(
        {u"--json"_s, u"refund"_s, cardPaid[u"ersReference"_s].toString(), u"--row"_s, u"1:1"_s});
    QVERIFY2(soap.exitCode == 0, qPrintable(soap.out + soap.err));
    QJsonObject refunded = QJsonDocument::fromJson(soap.out.toUtf8()).object();
    QCOMPARE(refunded[u"amount"_s].toString(), u"22.05"_s);
    QCOMPARE(refunded[u"remaining"_s].toString(), u"14.31"_s);
    QCOMPARE(m_cli->sandbox().service().state().refunds.size(), 1);
    QCOMPARE(m_cli->sandbox().service().state().refunds.last().amount,
             Money(2205, Currency::sek()));

    const Run coupon =
        run(QStringList{u"--json"_s, u"pay"_s} + rows + QStringList{u"--coupon"_s, u"SPRING10"_s});
    QVERIFY2(coupon.exitCode == 0, qPrintable(coupon.out + coupon.err));
    const QJsonObject couponPaid = QJsonDocument::fromJson(coupon.out.toUtf8()).object();
    QCOMPARE(couponPaid[u"total"_s].toString(), u"30.40"_s);
    const Run all =
        run({u"--json"_s, u"refund"_s, couponPaid[u"ersReference"_s].toString(), u"--all"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(all.out + all.err));
    refunded = QJsonDocument::fromJson(all.out.toUtf8()).object();
    QCOMPARE(refunded[u"amount"_s].toString(), u"30.40"_s);
    QCOMPARE(refunded[u"remaining"_s].toString(), u"0.00"_s);
    QCOMPARE(m_cli->sandbox().service().state().refunds.size(), 2);
    QCOMPARE(m_cli->sandbox().service().state().refunds.last().amount,
             Money(3040, Currency::sek()));
}

QTEST_GUILESS_MAIN(TestCliLoyalty)
#include "tst_cliloyalty.moc"
