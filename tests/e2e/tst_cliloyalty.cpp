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

private:
    using Run = CliFixture::Run;
    void addProgramme();

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

QTEST_GUILESS_MAIN(TestCliLoyalty)
#include "tst_cliloyalty.moc"
