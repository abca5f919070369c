#include "tests/support/sandboxfixture.h"

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
    void initTestCase();
    void init();
    void cleanup();
    void sellWithLoyaltyCard();
    void sellWithUnknownCardRecordsNothing();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    void addProgramme();

    QString m_binary;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliLoyalty::initTestCase()
{
    m_binary = qEnvironmentVariable("KASSA_CLI_BIN");
    QVERIFY2(QFile::exists(m_binary), "KASSA_CLI_BIN must name the built kassa-cli");
}

void TestCliLoyalty::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isRunning());
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliLoyalty::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

TestCliLoyalty::Run TestCliLoyalty::run(const QStringList &args)
{
    QProcess process;
    process.start(m_binary, QStringList{u"--config"_s, m_dir->filePath(u"till.json"_s),
                                        u"--endpoint"_s, m_sandbox->soapUrl().toString()} +
                                args);
    QSignalSpy done(&process, &QProcess::finished);
    if (!done.wait(60000))
        process.kill();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

void TestCliLoyalty::addProgramme()
{
    // A registered till (a cash sale needs one, as the window's does).
    QCOMPARE(run({u"terminal"_s, u"register"_s, u"--reseller"_s, u"900100"_s, u"--user-id"_s,
                  u"9900"_s, u"--reseller-password"_s, u"demo-reseller-pw"_s, u"--external-id"_s,
                  u"Store 1/Till 1"_s, u"--name"_s, u"Till 1"_s})
                 .exitCode,
             0);
    const Run added = run({u"loyalty"_s, u"add"_s, u"--id"_s, u"X_CARD"_s, u"--pattern"_s,
                           u"7777\\d{6}"_s, u"--name"_s, u"Kassa Club"_s, u"--percent"_s, u"10"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
}

void TestCliLoyalty::sellWithLoyaltyCard()
{
    addProgramme();
    const Run sold = run({u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s, u"--cash"_s, u"30"_s,
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
    const Run json = run({u"--json"_s, u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s, u"--cash"_s,
                          u"22.50"_s, u"--loyalty-card"_s, u"7777000042"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.out + json.err));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o[u"total"_s].toString(), u"22.50"_s);
    QCOMPARE(o[u"change"_s].toString(), u"0.00"_s);
}

void TestCliLoyalty::sellWithUnknownCardRecordsNothing()
{
    addProgramme();
    const Run sold = run({u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s, u"--cash"_s, u"30"_s,
                          u"--loyalty-card"_s, u"1234567890"_s});
    QCOMPARE(sold.exitCode, 2);
    QVERIFY2(sold.err.contains(
                 u"the loyalty card ****7890 is not one of the shop's; nothing was recorded"_s),
             qPrintable(sold.out + sold.err));
    const Run receipt = run({u"receipt"_s, u"1"_s});
    QVERIFY(receipt.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestCliLoyalty)
#include "tst_cliloyalty.moc"
