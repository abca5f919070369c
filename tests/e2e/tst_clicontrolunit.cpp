// kassa-cli with a control unit, as separate processes against an
// in-process seqr-sandbox and control-unit-sandbox (TCP) on loopback:
// control-unit set/status, cash and split sales signed (the code read back
// from the unit's own journal), a unit that stops answering refuses the next
// sale, and a till killed between PAID and the signature signs the receipt
// once at its next start without a reversal at SEQR.
#include "core/controlunit/ccspmessages.h"
#include "core/journal/journal.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "tests/support/clidevices.h"
#include "tests/support/sandboxcustomer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace kassa;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

class TestCliControlUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setAndStatusNameTheUnit();
    void cashSaleIsSignedAndGivesChange();
    void splitTenderTakesCashThenSeqr();
    void unitDownRefusesTheNextSale();
    void killedBetweenPaidAndSignatureIsSignedOnceAfterRestart();
    void refundGetsASignedReturnReceiptInTheSeries();

private:
    using Run = CliFixture::Run;
    // This till lives in till/ beside the unit's journal.
    std::unique_ptr<QProcess> start(const QStringList &args)
    {
        return m_cli->start(args, u"till"_s);
    }
    Run run(const QStringList &args) { return m_cli->run(args, u"till"_s); }
    // The customer at this till (SEQR ID CU1).
    void payWhenWaiting() { test::payWhenWaiting(m_cli->sandbox().service(), u"CU1"_s); }
    QString waitingInvoice() { return test::waitingInvoice(m_cli->sandbox().service(), u"CU1"_s); }

    std::unique_ptr<CliUnitFixture> m_cli;
};

void TestCliControlUnit::init()
{
    m_cli = std::make_unique<CliUnitFixture>(u"SBX-CLI-0001"_s, test::threeSecondAckWindow());
    QVERIFY2(m_cli->problem().isEmpty(), qPrintable(m_cli->problem()));
    const Run reg = run({u"--json"_s, u"terminal"_s, u"register"_s, u"--reseller"_s, u"900100"_s,
                         u"--user-id"_s, u"9900"_s, u"--reseller-password"_s, u"demo-reseller-pw"_s,
                         u"--external-id"_s, u"Store 1/Till 1"_s, u"--name"_s, u"KASSA1"_s});
    QCOMPARE(reg.exitCode, 0);
    QCOMPARE(run({u"terminal"_s, u"assign-seqr-id"_s, u"CU1"_s}).exitCode, 0);
    // The organisation number goes to the unit with every receipt.
    QFile file(m_cli->path(u"till/till.json"_s));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    config[u"organisationNumber"_s] = u"556677-8899"_s;
    file.resize(0);
    file.write(QJsonDocument(config).toJson());
    file.close();
    const Run set = run({u"--json"_s, u"control-unit"_s, u"set"_s, m_cli->ports().tcpDevice()});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
}

void TestCliControlUnit::cleanup()
{
    m_cli.reset();
}

void TestCliControlUnit::setAndStatusNameTheUnit()
{
    const Run status = run({u"--json"_s, u"control-unit"_s, u"status"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    const QJsonObject json = status.json();
    QCOMPARE(json[u"number"_s].toString(), u"SBX-CLI-0001"_s);
    QCOMPARE(json[u"protocolVersion"_s].toInt(), 2);
    QCOMPARE(json[u"storage"_s].toString(), u"storage OK"_s);
    QCOMPARE(json[u"waitingReceipts"_s].toInt(), 0);
    UnitFaults faults;
    faults.storage = controlunit::StorageStatus::NearlyFull;
    m_cli->unit().setFaults(faults);
    const Run text = run({u"control-unit"_s, u"status"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Control unit SBX-CLI-0001"_s) &&
                 text.out.contains(u"storage nearly full"_s),
             qPrintable(text.out));
    QVERIFY(QFile(m_cli->path(u"till/till.json"_s)).open(QIODevice::ReadOnly));

    // A device that cannot be a unit's line is refused in words; the unit
    // set before stays.
    const Run bad = run({u"control-unit"_s, u"set"_s, u"tcp:192.168.1.60"_s});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains(u"A network control unit is written tcp:HOST:PORT"_s) &&
                 bad.err.contains(u"Nothing was saved."_s),
             qPrintable(bad.err));
    QCOMPARE(run({u"--json"_s, u"control-unit"_s, u"status"_s}).json()[u"device"_s].toString(),
             m_cli->ports().tcpDevice());
}

void TestCliControlUnit::cashSaleIsSignedAndGivesChange()
{
    const Run sold =
        run({u"--json"_s, u"sell"_s, u"--row"_s, u"Kaffe;2;24.95;12"_s, u"--cash"_s, u"100"_s});
    QVERIFY2(sold.exitCode == 0, qPrintable(sold.err));
    const QJsonObject json = sold.json();
    QCOMPARE(json[u"change"_s].toString(), u"50.10"_s);
    QCOMPARE(json[u"receiptNumber"_s].toInt(), 1);
    QCOMPARE(json[u"controlUnit"_s].toString(), u"SBX-CLI-0001"_s);
    const auto atUnit = m_cli->unit().signedReceipts().value();
    QCOMPARE(atUnit.size(), 1);
    QCOMPARE(json[u"controlCode"_s].toString(), atUnit.first().controlCode);
    QVERIFY2(atUnit.first().fields.contains(u"#1#KASSA1#556677-8899#normal#49,90#0,00#"_s),
             qPrintable(atUnit.first().fields));

    const Run text = run({u"sell"_s, u"--row"_s, u"Bulle;1;15.00;12"_s, u"--cash"_s, u"20"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Change: 5.00 SEK"_s), qPrintable(text.out));
    QVERIFY(
        text.out.contains(u"control code "_s + m_cli->unit().signedReceipts()->last().controlCode));
    QCOMPARE(m_cli->unit().refusedFrames(), 0);

    // Without a unit the till sells unsigned, and nothing waits for one.
    QCOMPARE(run({u"control-unit"_s, u"set"_s, u"none"_s}).exitCode, 0);
    const Run plain =
        run({u"--json"_s, u"sell"_s, u"--row"_s, u"Bulle;1;15.00;12"_s, u"--cash"_s, u"15"_s});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.json()[u"receiptNumber"_s].toInt(), 3);
    QVERIFY(!plain.json().contains(u"controlCode"_s));
    auto journal = journal::Journal::open(m_cli->path(u"till/journal.sqlite"_s));
    QVERIFY(journal);
    QCOMPARE((*journal)->waitingSignatures()->size(), 0);
    QCOMPARE(m_cli->unit().signedReceipts()->size(), 2);
}

void TestCliControlUnit::splitTenderTakesCashThenSeqr()
{
    auto pay =
        start({u"--json"_s, u"pay"_s, u"--row"_s, u"Bulle;1;80.00;25"_s, u"--cash"_s, u"30"_s});
    payWhenWaiting();
    const Run paid = m_cli->finish(*pay);
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.err));
    QCOMPARE(paid.json()[u"total"_s].toString(), u"50.00"_s); // SEQR's part
    QCOMPARE(paid.json()[u"status"_s].toString(), u"PAID"_s);
    const auto atUnit = m_cli->unit().signedReceipts().value();
    QCOMPARE(atUnit.size(), 1);
    QCOMPARE(paid.json()[u"controlCode"_s].toString(), atUnit.first().controlCode);
    QVERIFY2(atUnit.first().fields.contains(u"#normal#80,00#0,00#25,00;16,00#"_s),
             qPrintable(atUnit.first().fields));
}

void TestCliControlUnit::unitDownRefusesTheNextSale()
{
    // The unit answers who it is, then refuses to sign: not operational.
    UnitFaults down;
    down.nakCode = 6;
    m_cli->unit().setFaults(down);
    const Run first =
        run({u"--json"_s, u"sell"_s, u"--row"_s, u"Kaffe;1;30.00;12"_s, u"--cash"_s, u"30"_s});
    QCOMPARE(first.exitCode, 1);
    QVERIFY(first.json()[u"receiptWaiting"_s].toBool());
    QCOMPARE(first.json()[u"receiptNumber"_s].toInt(), 1);
    QVERIFY2(first.err.contains(u"not operational"_s), qPrintable(first.err));
    const Run second = run({u"sell"_s, u"--row"_s, u"Kaffe;1;30.00;12"_s, u"--cash"_s, u"30"_s});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"Nothing was recorded"_s), qPrintable(second.err));
    {
        auto journal = journal::Journal::open(m_cli->path(u"till/journal.sqlite"_s));
        QVERIFY(journal);
        QCOMPARE((*journal)->lastReceiptNumber().value().value(), 1);
    }
    // Back: the next start signs the receipt that waited.
    m_cli->unit().setFaults(UnitFaults{});
    const Run status = run({u"--json"_s, u"control-unit"_s, u"status"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QCOMPARE(status.json()[u"waitingReceipts"_s].toInt(), 0);
    QCOMPARE(m_cli->unit().signedReceipts()->size(), 1);
    QCOMPARE(m_cli->unit().signedReceipts()->first().serialNumber, 1);
}

void TestCliControlUnit::killedBetweenPaidAndSignatureIsSignedOnceAfterRestart()
{
    auto pay = start({u"pay"_s, u"--row"_s, u"Kaffe;1;35.00;12"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice().isEmpty(), 15000);
    // The unit stops signing while the customer pays.
    UnitFaults silent;
    silent.silent = true;
    m_cli->unit().setFaults(silent);
    payWhenWaiting();
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += pay->readAllStandardOutput()).contains("PAID"), 15000);
    const QString ref = m_cli->sandbox().service().state().invoices.keys().value(0);
    ::kill(pid_t(pay->processId()), SIGKILL);
    QVERIFY(pay->waitForFinished(5000));
    QCOMPARE(m_cli->unit().signedReceipts()->size(), 0);

    m_cli->unit().setFaults(UnitFaults{});
    const Run status = run({u"--json"_s, u"control-unit"_s, u"status"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QCOMPARE(status.json()[u"waitingReceipts"_s].toInt(), 0);
    const Run again = run({u"--json"_s, u"control-unit"_s, u"status"_s});
    QCOMPARE(again.exitCode, 0);
    const auto atUnit = m_cli->unit().signedReceipts().value();
    QCOMPARE(atUnit.size(), 1);
    QCOMPARE(atUnit.first().serialNumber, 1);
    auto journal = journal::Journal::open(m_cli->path(u"till/journal.sqlite"_s));
    QVERIFY(journal);
    const auto signature = (*journal)->receiptSignature(1, u"normal"_s).value();
    QVERIFY(signature && signature->isSigned);
    QCOMPARE(signature->controlCode, atUnit.first().controlCode);
    // No reversal at SEQR: the till had seen PAID.
    m_cli->sandbox().service().advanceClock(3200);
    QCOMPARE(m_cli->sandbox().service().state().invoices.value(ref).status,
             seqr::InvoiceStatus::Paid);
    QVERIFY(!m_cli->sandbox().service().state().invoices.value(ref).reversed);
}

// `kassa-cli refund`: the return gets the next number of the one series
// (sale 1, sale 2, return 3, sale 4), is signed once before its receipt is
// printed (the unit's journal: CCSP "normal" with the returns total), and
// its receipt (text and PDF, `receipt 3`) carries the number, the unit's
// number and the control code.
void TestCliControlUnit::refundGetsASignedReturnReceiptInTheSeries()
{
    QCOMPARE(run({u"sell"_s, u"--row"_s, u"Kaffe;1;20.00;12"_s, u"--cash"_s, u"20"_s}).exitCode, 0);
    auto pay = start({u"--json"_s, u"pay"_s, u"--row"_s, u"Bulle;2;40.00;25"_s});
    payWhenWaiting();
    const Run paid = m_cli->finish(*pay);
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.err));
    QCOMPARE(paid.json()[u"receiptNumber"_s].toInt(), 2);
    const QString ers = paid.json()[u"ersReference"_s].toString();
    QVERIFY(!ers.isEmpty());

    const Run refunded = run({u"--json"_s, u"refund"_s, ers, u"--amount"_s, u"30.00"_s});
    QVERIFY2(refunded.exitCode == 0, qPrintable(refunded.out + refunded.err));
    const QJsonObject json = refunded.json();
    QCOMPARE(json[u"receiptNumber"_s].toInt(), 3);
    QCOMPARE(json[u"controlUnit"_s].toString(), u"SBX-CLI-0001"_s);
    const auto atUnit = m_cli->unit().signedReceipts().value();
    QCOMPARE(atUnit.size(), 3);
    QCOMPARE(atUnit.last().serialNumber, 3);
    QCOMPARE(json[u"controlCode"_s].toString(), atUnit.last().controlCode);
    QVERIFY2(atUnit.last().fields.contains(
                 u"#3#KASSA1#556677-8899#normal#-30,00#30,00#25,00;-6,00#12,00;0,00#"_s),
             qPrintable(atUnit.last().fields));

    const QString pdf = m_cli->path(u"return-3.pdf"_s);
    const Run shown = run({u"receipt"_s, u"3"_s, u"--text"_s, u"--pdf"_s, pdf});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY2(pdftotext.waitForFinished(20000), "pdftotext (poppler-utils) is needed");
    const QString fromPdf = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString &text : {shown.out, fromPdf}) {
        const QString flat = text.simplified().replace(QChar(0x2212), u'-');
        for (const QString &item : {u"*** REFUND ***"_s, u"Receipt 3"_s, u"Refund of receipt 2"_s,
                                    ers, u"REFUNDED SEK -30.00"_s, u"25 % 24.00 6.00 30.00"_s,
                                    u"SEQR refund -30.00"_s, u"Control unit SBX-CLI-0001"_s,
                                    QString(u"Control code "_s + atUnit.last().controlCode)})
            QVERIFY2(flat.contains(item), qPrintable(item + u" missing in:\n"_s + text));
    }
    QVERIFY2(fromPdf.contains(u"Elektroniskt kassakvitto"_s), qPrintable(fromPdf));

    // The return receipt's one copy: KOPIA at head and foot, the return's
    // figures, signed by the unit as kopia with a code of its own.
    const Run copy = run({u"--json"_s, u"receipt"_s, u"3"_s, u"--copy"_s});
    QVERIFY2(copy.exitCode == 0, qPrintable(copy.out + copy.err));
    QVERIFY(copy.json()[u"copy"_s].toBool());
    const QString copyText = copy.json()[u"text"_s].toString();
    QVERIFY2(copyText.count(u"KOPIA"_s) >= 2, qPrintable(copyText));
    const QString flatCopy = copyText.simplified().replace(QChar(0x2212), u'-');
    for (const QString &item : {u"*** REFUND ***"_s, u"Receipt 3"_s, u"REFUNDED SEK -30.00"_s,
                                u"Control unit SBX-CLI-0001"_s})
        QVERIFY2(flatCopy.contains(item), qPrintable(item + u" missing in:\n"_s + copyText));
    const SignedReceipt copySigned = m_cli->unit().signedReceipts().value().last();
    QCOMPARE(copySigned.type, u"kopia"_s);
    QVERIFY2(copySigned.fields.contains(
                 u"#3#KASSA1#556677-8899#kopia#-30,00#30,00#25,00;-6,00#12,00;0,00#"_s),
             qPrintable(copySigned.fields));
    QCOMPARE(copy.json()[u"controlCode"_s].toString(), copySigned.controlCode);
    QVERIFY2(flatCopy.contains(u"Control code "_s + copySigned.controlCode), qPrintable(copyText));
    // A second copy is refused, with the reason.
    const Run second = run({u"receipt"_s, u"3"_s, u"--copy"_s});
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(u"Receipt 3 already has its copy"_s) ||
                 second.err.contains(u"Kvitto 3 har redan sin kopia"_s),
             qPrintable(second.err));

    const Run next =
        run({u"--json"_s, u"sell"_s, u"--row"_s, u"Bulle;1;15.00;12"_s, u"--cash"_s, u"15"_s});
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(next.json()[u"receiptNumber"_s].toInt(), 4);
    QList<qint64> serials;
    const QList<SignedReceipt> all = m_cli->unit().signedReceipts().value();
    for (const SignedReceipt &r : all)
        serials.append(r.serialNumber);
    QCOMPARE(serials, (QList<qint64>{1, 2, 3, 3, 4})); // 3 twice: the return and its copy
}

QTEST_GUILESS_MAIN(TestCliControlUnit)
#include "tst_clicontrolunit.moc"
