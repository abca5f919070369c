#include "sandbox/virtualprinter.h"
#include "tests/support/clidevices.h"
#include "tests/support/sandboxcustomer.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

// kassa-cli and the Swedish day, as a shop's script uses it: the drawer
// kick (ESC p) reaches the virtual ESC/POS printer after a cash sale and
// not after a SEQR-only sale; `drawer open` and `float set` open it;
// `report x|z --json --pdf` give every figure and a running Z number;
// `journal export` writes the file and its SHA-256.
class TestCliDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cashSaleKicksTheDrawerSeqrOnlyDoesNot();
    void noSaleFloatReportsAndExport();

private:
    using Run = CliFixture::Run;

    std::unique_ptr<CliPrinterFixture> m_cli;
};

void TestCliDays::init()
{
    m_cli = std::make_unique<CliPrinterFixture>();
    QVERIFY2(m_cli->problem().isEmpty(), qPrintable(m_cli->problem()));
    m_cli->setCommonArgs({u"--printer"_s, m_cli->printer().tcpSpec()});
}

void TestCliDays::cleanup()
{
    m_cli.reset();
}

void TestCliDays::cashSaleKicksTheDrawerSeqrOnlyDoesNot()
{
    QCOMPARE(m_cli->registerTill(u"DAYS1"_s), QString());
    const Run sold =
        m_cli->run({u"sell"_s, u"--row"_s, u"Kaffe;1;25.00;25"_s, u"--cash"_s, u"30"_s});
    QCOMPARE(sold.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_cli->printer().drawerKicks().size(), 1, 10000);
    // The SEQR-only sale: paid at the sandbox; its receipt prints, no kick.
    const auto pay = m_cli->start({u"pay"_s, u"--row"_s, u"Mjölk;1;15.90;12"_s});
    test::payWhenWaiting(m_cli->sandbox().service(), u"DAYS1"_s);
    const Run paid = m_cli->finish(*pay);
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.all()));
    QTRY_COMPARE_WITH_TIMEOUT(m_cli->printer().receipts().size(), 2, 10000);
    QCOMPARE(m_cli->printer().drawerKicks().size(), 1);
    // The X report counts one opening (the cash sale's) and both methods.
    const QJsonObject x = m_cli->json({u"report"_s, u"x"_s});
    QCOMPARE(x[u"drawerOpenings"_s].toInt(), 1);
    QCOMPARE(x[u"paymentMethods"_s].toObject()[u"cash"_s].toString(), u"25.00"_s);
    QCOMPARE(x[u"paymentMethods"_s].toObject()[u"seqr"_s].toString(), u"15.90"_s);
    QCOMPARE(x[u"receipts"_s].toInt(), 2);
}

void TestCliDays::noSaleFloatReportsAndExport()
{
    // No SEQR registration is needed for the day's own commands.
    const Run noSale = m_cli->run({u"drawer"_s, u"open"_s, u"--reason"_s, u"change for a 500"_s});
    QCOMPARE(noSale.exitCode, 0);
    QVERIFY2(noSale.out.contains(u"No sale: the drawer is opened (journaled)."_s),
             qPrintable(noSale.out + noSale.err));
    QTRY_COMPARE_WITH_TIMEOUT(m_cli->printer().drawerKicks().size(), 1, 10000);
    const QJsonObject floatSet =
        m_cli->json({u"float"_s, u"set"_s, u"1500.00"_s, u"--reason"_s, u"morning"_s});
    QCOMPARE(floatSet[u"cashFloat"_s].toString(), u"1500.00"_s);
    QCOMPARE(floatSet[u"change"_s].toString(), u"1500.00"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_cli->printer().drawerKicks().size(), 2, 10000);
    const Run bad = m_cli->run({u"float"_s, u"set"_s, u"-5"_s});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(m_cli->printer().drawerKicks().size(), 2);

    const QJsonObject x = m_cli->json({u"report"_s, u"x"_s});
    QCOMPARE(x[u"kind"_s].toString(), u"X"_s);
    QCOMPARE(x[u"drawerOpenings"_s].toInt(), 2);
    QCOMPARE(x[u"noSales"_s].toInt(), 1);
    QCOMPARE(x[u"cashFloat"_s].toString(), u"1500.00"_s);
    QCOMPARE(x[u"totalSales"_s].toString(), u"0.00"_s);
    QVERIFY(!x.contains(u"zNumber"_s));
    // On the till's receipt printer too (ESC/POS from the same content).
    QCOMPARE(m_cli->run({u"report"_s, u"x"_s, u"--print"_s}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_cli->printer().receipts().size(), 1, 10000);
    const QString paper = m_cli->printer().receipts().first().text;
    QVERIFY2(paper.contains(u"X report"_s) && paper.contains(u"Drawer openings"_s) &&
                 paper.contains(u"1500.00"_s),
             qPrintable(paper));
    const QString pdf = m_cli->path(u"z1.pdf"_s);
    const QJsonObject z1 = m_cli->json({u"report"_s, u"z"_s, u"--pdf"_s, pdf});
    QCOMPARE(z1[u"zNumber"_s].toInt(), 1);
    QCOMPARE(z1[u"cashFloat"_s].toString(), u"1500.00"_s);
    QVERIFY(QFile::exists(pdf));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(u"Z report no. 1"_s) && words.contains(u"Drawer openings"_s) &&
                     words.contains(u"1500.00"_s),
                 qPrintable(words));
    } else if (qEnvironmentVariableIsSet("CI")) {
        QFAIL("pdftotext (poppler-utils) is needed to read the report's PDF");
    }
    const QJsonObject z2 = m_cli->json({u"report"_s, u"z"_s});
    QCOMPARE(z2[u"zNumber"_s].toInt(), 2);
    QCOMPARE(z2[u"drawerOpenings"_s].toInt(), 0); // a new day
    QCOMPARE(z2[u"cashFloat"_s].toString(), u"0.00"_s);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString out = m_cli->path(u"journal.json"_s);
    const QJsonObject exported =
        m_cli->json({u"journal"_s, u"export"_s, u"--from"_s, today, u"--to"_s, today, u"--format"_s,
                     u"json"_s, u"--out"_s, out});
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(
        exported[u"sha256"_s].toString(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QFile sum(out + u".sha256"_s);
    QVERIFY(sum.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(sum.readAll()),
             exported[u"sha256"_s].toString() + u"  journal.json\n"_s);
    const QJsonArray records = QJsonDocument::fromJson(bytes)[u"records"_s].toArray();
    QStringList kinds;
    for (const QJsonValue &r : records)
        kinds.append(r[u"kind"_s].toString());
    for (const QString &kind :
         {u"drawer opening"_s, u"float change"_s, u"Z report"_s, u"event x-report"_s,
          u"event z-report"_s, u"event drawer-opened"_s, u"event float-changed"_s})
        QVERIFY2(kinds.contains(kind), qPrintable(kind + u": "_s + kinds.join(u", "_s)));
    QCOMPARE(kinds.count(u"drawer opening"_s), 2);
    QCOMPARE(kinds.count(u"Z report"_s), 2);
    // Bad dates say how to ask.
    const Run wrong = m_cli->run({u"journal"_s, u"export"_s, u"--from"_s, u"yesterday"_s});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(u"--from YYYY-MM-DD"_s));
}

QTEST_GUILESS_MAIN(TestCliDays)
#include "tst_clidays.moc"
