#include "sandbox/virtualprinter.h"
#include "tests/support/clidevices.h"
#include "tests/support/sandboxcustomer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

// kassa-cli and the till's ESC/POS receipt printer (the virtual one, over TCP).
class TestCliPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paidSalePrintsAndReceiptNPrintsACopy();
    void paperOutKeepsTheSaleAndSaysHowToPrintIt();
    void printerTestAndStatus();
    void withoutAReceiptPrinterSaysSo();
    void refundPrintsItsReturnReceipt();

private:
    using Run = CliFixture::Run;
    // kassa-cli pay for a milk, which the customer pays at the sandbox: its run.
    Run payMilk();
    // Receipt 1 printed again: refused without --copy (exit 2), printed
    // with it (its run).
    Run printCopyOfReceipt1();

    std::unique_ptr<CliPrinterFixture> m_cli;
};

void TestCliPrinting::init()
{
    m_cli = std::make_unique<CliPrinterFixture>();
    QVERIFY2(m_cli->problem().isEmpty(), qPrintable(m_cli->problem()));
}

void TestCliPrinting::cleanup()
{
    m_cli.reset();
}

TestCliPrinting::Run TestCliPrinting::printCopyOfReceipt1()
{
    const QStringList print{u"--printer"_s, m_cli->printer().tcpSpec(), u"receipt"_s, u"1"_s,
                            u"--print"_s};
    if (const Run refused = m_cli->run(print); refused.exitCode != 2)
        return Run{-3, refused.out, u"printed again without --copy: "_s + refused.err};
    return m_cli->run(print + QStringList{u"--copy"_s});
}

TestCliPrinting::Run TestCliPrinting::payMilk()
{
    const auto process = m_cli->start(
        {u"--printer"_s, m_cli->printer().tcpSpec(), u"pay"_s, u"--row"_s, u"Mjölk;1;15.90;12"_s});
    test::payWhenWaiting(m_cli->sandbox().service(), u"PRINTS1"_s);
    return m_cli->finish(*process);
}

void TestCliPrinting::paidSalePrintsAndReceiptNPrintsACopy()
{
    QCOMPARE(m_cli->registerTill(u"PRINTS1"_s), QString());
    const Run paid = payMilk();
    QCOMPARE(paid.exitCode, 0);
    QVERIFY2(paid.out.contains(u"Receipt 1 printed."_s), qPrintable(paid.out + paid.err));
    QCOMPARE(m_cli->printer().receipts().size(), 1);
    const QString printed = m_cli->printer().receipts().first().text;
    QVERIFY(printed.contains(u"Mjölk"_s) && printed.contains(u"15.90"_s));
    // The ersReference under its barcode, as kassa-cli printed it.
    const auto ers = QRegularExpression(u"ersReference (\\S+)"_s).match(paid.out);
    QVERIFY2(ers.hasMatch(), qPrintable(paid.out));
    QVERIFY(printed.contains(u"[Code 128: "_s + ers.captured(1) + u']'));

    // A receipt printed again is its one copy: --copy says so.
    const Run copy = printCopyOfReceipt1();
    QCOMPARE(copy.exitCode, 0);
    QVERIFY2(copy.out.contains(u"Receipt 1 printed (a copy)."_s), qPrintable(copy.out + copy.err));
    QCOMPARE(m_cli->printer().receipts().size(), 2);
    QVERIFY(m_cli->printer().receipts().last().text.contains(u"*** KOPIA/COPY ***"_s));
    // Without --copy: the receipt as the journal holds it; a second copy is refused.
    const Run text = m_cli->run({u"receipt"_s, u"1"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.contains(u"KOPIA"_s) && text.out.contains(u"15.90"_s));
    const Run second = m_cli->run({u"receipt"_s, u"1"_s, u"--copy"_s});
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(u"already has its copy"_s), qPrintable(second.err));
    QCOMPARE(m_cli->run({u"receipt"_s, u"9"_s}).exitCode, 2);
}

void TestCliPrinting::paperOutKeepsTheSaleAndSaysHowToPrintIt()
{
    QCOMPARE(m_cli->registerTill(u"PRINTS1"_s), QString());
    m_cli->printer().runOutOfPaperAfter(3);
    const Run paid = payMilk();
    QCOMPARE(paid.exitCode, 0); // the sale stands
    QVERIFY2(paid.out.contains(u"The printer is out of paper — the sale is recorded; print its "
                               "receipt (its one copy) with kassa-cli receipt 1 --copy --print."_s),
             qPrintable(paid.out + paid.err));
    m_cli->printer().setPaperOut(false);
    // A receipt printed again is its one copy: --copy says so.
    const Run copy = printCopyOfReceipt1();
    QCOMPARE(copy.exitCode, 0);
    QVERIFY(m_cli->printer().receipts().last().complete);
    QVERIFY(m_cli->printer().receipts().last().text.contains(u"15.90"_s));
}

void TestCliPrinting::printerTestAndStatus()
{
    // The printer from till.json (no registration needed).
    QFile config(m_cli->path(u"till.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QJsonDocument(QJsonObject{{u"printer"_s, m_cli->printer().tcpSpec()},
                                           {u"printerProfile"_s,
                                            QJsonObject{{u"paperMm"_s, 58}, {u"drawerPin"_s, 5}}}})
                     .toJson());
    config.close();
    const Run test = m_cli->run({u"printer"_s, u"test"_s});
    QCOMPARE(test.exitCode, 0);
    QVERIFY2(test.out.contains(u"Test print sent to "_s + m_cli->printer().tcpSpec()),
             qPrintable(test.out + test.err));
    QCOMPARE(m_cli->printer().receipts().size(), 1);
    const QString page = m_cli->printer().receipts().first().text;
    QVERIFY2(page.contains(u"58 mm, 32 columns"_s), qPrintable(page));
    QVERIFY(page.contains(u"12345678901234567890123456789012\n"_s));
    QVERIFY(page.contains(u"å ä ö Å Ä Ö é ü €"_s));
    QVERIFY(page.contains(u"pin 5, 100 ms"_s));

    const Run ready = m_cli->run({u"printer"_s, u"status"_s});
    QCOMPARE(ready.exitCode, 0);
    QVERIFY2(ready.out.contains(u"ready, drawer closed"_s), qPrintable(ready.out + ready.err));
    m_cli->printer().setPaperOut(true);
    const Run out = m_cli->run({u"--json"_s, u"printer"_s, u"status"_s});
    QCOMPARE(out.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(out.out.toUtf8()).object();
    QVERIFY(json[u"paperOut"_s].toBool());
    QVERIFY(out.err.contains(u"out of paper"_s));
}

void TestCliPrinting::withoutAReceiptPrinterSaysSo()
{
    const Run test = m_cli->run({u"printer"_s, u"test"_s});
    QCOMPARE(test.exitCode, 2);
    QVERIFY2(test.err.contains(u"the till has no ESC/POS receipt printer"_s), qPrintable(test.err));
    const Run bad = m_cli->run({u"--printer"_s, u"escpos:tcp:"_s, u"printer"_s, u"status"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"no host"_s));
}

// `kassa-cli refund` prints the return receipt on the till's printer: its
// own number (2, after the sale's 1), the amount given back, the refund's
// reference as a barcode.
void TestCliPrinting::refundPrintsItsReturnReceipt()
{
    QCOMPARE(m_cli->registerTill(u"PRINTS1"_s), QString());
    const Run paid = payMilk();
    QCOMPARE(paid.exitCode, 0);
    const auto ers = QRegularExpression(u"ersReference (\\S+)"_s).match(paid.out);
    QVERIFY2(ers.hasMatch(), qPrintable(paid.out));
    const Run refunded = m_cli->run({u"--printer"_s, m_cli->printer().tcpSpec(), u"--json"_s,
                                     u"refund"_s, ers.captured(1), u"--amount"_s, u"15.90"_s});
    QVERIFY2(refunded.exitCode == 0, qPrintable(refunded.out + refunded.err));
    QVERIFY2(refunded.err.contains(u"Receipt 2 printed."_s), qPrintable(refunded.err));
    const QJsonObject json = QJsonDocument::fromJson(refunded.out.toUtf8()).object();
    QCOMPARE(json[u"receiptNumber"_s].toInt(), 2);
    QCOMPARE(m_cli->printer().receipts().size(), 2);
    const QString printed = m_cli->printer().receipts().last().text.simplified();
    for (const QString &item :
         {u"*** REFUND ***"_s, u"Receipt 2"_s, u"Refund of receipt 1"_s, u"REFUNDED SEK -15.90"_s,
          QString(u"[Code 128: "_s + json[u"refundErsReference"_s].toString() + u']')})
        QVERIFY2(printed.contains(item), qPrintable(item + u" missing in:\n"_s + printed));
    QVERIFY(!printed.contains(u"Elektroniskt"_s));
}

QTEST_GUILESS_MAIN(TestCliPrinting)
#include "tst_cliprinting.moc"
