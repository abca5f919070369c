#include "core/journal/journal.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace kassa;
using namespace kassa::seqr;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

// kassa-cli as a separate process against the sandbox on loopback: the
// vendor's certification steps, a crash in the middle of a payment, faults,
// two tills at once, and a reconciliation that finds differences.
class TestKassaCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void certificationSteps();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void killedDuringPaymentIsRecoveredNotReversed();
    void faultsDuringPollingStillPayOnce();
    void twoTillsPayAtOnce();
    void reconciliationFindsDifferences();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    QStringList base(const QString &till = u"till1"_s) const;
    Run run(const QStringList &args, const QString &till = u"till1"_s);
    std::unique_ptr<QProcess> startCli(const QStringList &args, const QString &till = u"till1"_s);
    Run waitFor(QProcess &process, int timeoutMs = 60000);
    void registerTill(const QString &till, const QString &seqrId);
    QString waitingInvoice(const QString &seqrId);
    void payWhenWaiting(const QString &seqrId);

    QString m_binary;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKassaCli::initTestCase()
{
    m_binary = qEnvironmentVariable("KASSA_CLI_BIN");
    QVERIFY2(QFile::exists(m_binary), "KASSA_CLI_BIN must name the built kassa-cli");
}

void TestKassaCli::init()
{
    SandboxOptions options;
    options.ackWindowMs = 3000;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isRunning());
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestKassaCli::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

QStringList TestKassaCli::base(const QString &till) const
{
    return {u"--config"_s, m_dir->filePath(till + u"/till.json"_s), u"--endpoint"_s,
            m_sandbox->soapUrl().toString()};
}

std::unique_ptr<QProcess> TestKassaCli::startCli(const QStringList &args, const QString &till)
{
    auto process = std::make_unique<QProcess>();
    process->start(m_binary, base(till) + args);
    return process;
}

TestKassaCli::Run TestKassaCli::waitFor(QProcess &process, int timeoutMs)
{
    // The sandbox lives in this process: keep its event loop running.
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy done(&process, &QProcess::finished);
        done.wait(timeoutMs);
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

TestKassaCli::Run TestKassaCli::run(const QStringList &args, const QString &till)
{
    auto process = startCli(args, till);
    return waitFor(*process);
}

void TestKassaCli::registerTill(const QString &till, const QString &seqrId)
{
    const Run reg = run({u"--json"_s, u"terminal"_s, u"register"_s, u"--reseller"_s, u"900100"_s,
                         u"--user-id"_s, u"9900"_s, u"--reseller-password"_s, u"demo-reseller-pw"_s,
                         u"--external-id"_s, u"Store 1/"_s + till, u"--name"_s, till},
                        till);
    QCOMPARE(reg.exitCode, 0);
    QCOMPARE(reg.json()[u"terminalId"_s].toString().size(), 32);
    QCOMPARE(run({u"terminal"_s, u"assign-seqr-id"_s, seqrId}, till).exitCode, 0);
}

QString TestKassaCli::waitingInvoice(const QString &seqrId)
{
    for (const QJsonValue &t : m_sandbox->service().tillsJson()) {
        if (t[u"seqrId"_s].toString() == seqrId.toUpper())
            return t[u"waitingInvoice"_s].toString();
    }
    return {};
}

void TestKassaCli::payWhenWaiting(const QString &seqrId)
{
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(seqrId).isEmpty(), 10000);
    const auto paid = m_sandbox->service().scan(seqrId);
    QVERIFY(paid);
    QVERIFY(m_sandbox->service().pay((*paid)[u"invoiceReference"_s].toString(), u"1234"_s));
}

void TestKassaCli::certificationSteps()
{
    // 1-2: register with the shop's credentials, assign the SEQR ID.
    registerTill(u"till1"_s, u"CERT1"_s);
    const QString configPath = m_dir->filePath(u"till1/till.json"_s);
    QCOMPARE(QFile::permissions(configPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray configText = config.readAll();
    QVERIFY(!configText.contains("demo-reseller-pw")); // reseller credentials are never stored
    const QString password = QJsonDocument::fromJson(configText)[u"terminalPassword"_s].toString();
    QVERIFY(password.size() >= 20);

    // 3-5: an invoice with quantity and total per row, ISSUED before the scan,
    // polled to PAID, the receipt submitted.
    auto pay = startCli({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;2;25.00;12"_s, u"--row"_s,
                         u"Ost;0.250;189.00;12"_s, u"--cashier"_s, u"anna"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"CERT1"_s).isEmpty(), 10000);
    const QString ref = waitingInvoice(u"CERT1"_s);
    const Run issued = run({u"--json"_s, u"status"_s, ref});
    QCOMPARE(issued.json()[u"status"_s].toString(), u"ISSUED"_s);
    QCOMPARE(issued.exitCode, 5);
    payWhenWaiting(u"CERT1"_s);
    const Run paid = waitFor(*pay);
    QCOMPARE(paid.exitCode, 0);
    const QJsonObject receipt = paid.json();
    QCOMPARE(receipt[u"status"_s].toString(), u"PAID"_s);
    QCOMPARE(receipt[u"total"_s].toString(), u"97.25"_s);
    QCOMPARE(receipt[u"currency"_s].toString(), u"SEK"_s);
    QCOMPARE(receipt[u"qr"_s].toString(), u"HTTP://SEQR.SE/R"_s + ref);
    const QString ers = receipt[u"ersReference"_s].toString();
    const InvoiceRecord &record = m_sandbox->service().state().invoices.value(ref);
    QCOMPARE(record.ersReference, ers);
    QCOMPARE(record.invoice.invoiceRows.size(), 2);
    QCOMPARE(record.invoice.invoiceRows[1].itemQuantity->toString(3), u"0.250"_s);
    QCOMPARE(record.invoice.cashierId, u"anna"_s);
    QVERIFY(QString::fromUtf8(record.receiptDocument).contains(ers));

    // Human output: the QR text at once, the receipt with the ersReference.
    auto humanPay = startCli({u"pay"_s, u"--row"_s, u"Tidning;1;49.00;6"_s, u"--rounds"_s, u"2"_s,
                              u"--round-seconds"_s, u"2"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"CERT1"_s).isEmpty(), 10000);
    QTest::qWait(2500); // a whole round without paying, then "try again"
    payWhenWaiting(u"CERT1"_s);
    const Run human = waitFor(*humanPay);
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(u"HTTP://SEQR.SE/R"_s) &&
                 human.out.contains(u"waiting another round"),
             qPrintable(human.out));
    QVERIFY(human.out.contains(u"TOTAL SEK"_s) && human.out.contains(u"49.00"));

    // 6: send, poll, cancel (after the last round without payment).
    const Run canceled =
        run({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s, u"--round-seconds"_s, u"1"_s});
    QCOMPARE(canceled.exitCode, 5);
    QCOMPARE(m_sandbox->service()
                 .state()
                 .invoices.value(canceled.json()[u"invoiceReference"_s].toString())
                 .status,
             InvoiceStatus::Canceled);

    // 7: refund: part, then more than remains is refused before SEQR is asked.
    const Run refund = run({u"--json"_s, u"refund"_s, ers, u"--amount"_s, u"50.00"_s});
    QCOMPARE(refund.exitCode, 0);
    QCOMPARE(refund.json()[u"remaining"_s].toString(), u"47.25"_s);
    const int refundsAtSeqr = m_sandbox->service().state().refunds.size();
    const Run over = run({u"refund"_s, ers, u"--amount"_s, u"50.00"_s});
    QCOMPARE(over.exitCode, 2);
    QVERIFY2(over.err.contains(u"47.25"), qPrintable(over.err));
    QCOMPARE(m_sandbox->service().state().refunds.size(), refundsAtSeqr);

    // 8: close the period; SEQR and the journal agree.
    const Run close = run({u"--json"_s, u"close-period"_s});
    QCOMPARE(close.exitCode, 0);
    const QJsonObject reconciliation = close.json();
    QVERIFY2(reconciliation[u"clean"_s].toBool(), qPrintable(close.out));
    QCOMPARE(reconciliation[u"matched"_s].toInt(), 3); // two payments and a refund
    QCOMPARE(reconciliation[u"seqrTotal"_s].toString(), u"96.25"_s);

    // The journal shows it all.
    const Run journal = run({u"--json"_s, u"journal"_s});
    QCOMPARE(journal.json()[u"sales"_s].toArray().size(), 3);
    QCOMPARE(journal.json()[u"refunds"_s].toArray().size(), 1);

    // 9: unregister; the till can no longer take payments.
    QCOMPARE(run({u"terminal"_s, u"unregister"_s}).exitCode, 0);
    const Run after = run({u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s});
    QCOMPARE(after.exitCode, 2);
    QVERIFY(after.err.contains(u"not registered"));
}

void TestKassaCli::badInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no rows") << QStringList{u"pay"_s} << u"--row"_s;
    QTest::newRow("comma decimal")
        << QStringList{u"pay"_s, u"--row"_s, u"Kaffe;1;25,00"_s} << u"not a number"_s;
    QTest::newRow("too many decimals")
        << QStringList{u"pay"_s, u"--row"_s, u"Kaffe;1;25.001"_s} << u"decimals"_s;
    QTest::newRow("negative quantity")
        << QStringList{u"pay"_s, u"--row"_s, u"Kaffe;-1;25"_s} << u"more than zero"_s;
    QTest::newRow("zero total") << QStringList{u"pay"_s, u"--row"_s, u"Gratis;1;0"_s}
                                << u"more than zero"_s;
    QTest::newRow("negative total")
        << QStringList{u"pay"_s, u"--row"_s, u"Kaffe;1;10"_s, u"--row"_s, u"Rabatt;1;-20"_s}
        << u"more than zero"_s;
    QTest::newRow("unknown currency")
        << QStringList{u"pay"_s, u"--row"_s, u"Kaffe;1;25"_s, u"--currency"_s, u"XYZ"_s}
        << u"unknown currency"_s;
    QTest::newRow("bad vat") << QStringList{u"pay"_s, u"--row"_s, u"Kaffe;1;25;7"_s}
                             << u"VAT rate"_s;
    QTest::newRow("malformed row")
        << QStringList{u"pay"_s, u"--row"_s, u"Kaffe 25 kr"_s} << u"DESCRIPTION;QTY"_s;
    QTest::newRow("unknown command") << QStringList{u"sell"_s} << u"unknown command"_s;
}

void TestKassaCli::badInputSendsNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    registerTill(u"till1"_s, u"BAD1"_s);
    const int invoices = m_sandbox->service().state().invoices.size();
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(m_sandbox->service().state().invoices.size(), invoices);
}

void TestKassaCli::killedDuringPaymentIsRecoveredNotReversed()
{
    registerTill(u"till1"_s, u"CRASH1"_s);
    auto pay = startCli({u"pay"_s, u"--row"_s, u"Kaffe;1;35.00"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"CRASH1"_s).isEmpty(), 10000);
    const QString ref = waitingInvoice(u"CRASH1"_s);
    QByteArray shown;
    QTRY_VERIFY_WITH_TIMEOUT((shown += pay->readAllStandardOutput())
                                 .contains(QByteArray("HTTP://SEQR.SE/R" + ref.toUtf8())),
                             5000);
    ::kill(pid_t(pay->processId()), SIGKILL);
    QVERIFY(pay->waitForFinished(5000));
    // The customer pays while the till is down.
    payWhenWaiting(u"CRASH1"_s);
    QTest::qWait(500);
    // The next command, whatever it is, first finishes the payment.
    const Run next = run({u"--json"_s, u"journal"_s});
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.err.contains(ref) && next.err.contains(u"PAID"), qPrintable(next.err));
    const QJsonArray sales = next.json()[u"sales"_s].toArray();
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales[0][u"status"_s].toString(), u"completed"_s);
    const QString ers = m_sandbox->service().state().invoices.value(ref).ersReference;
    QCOMPARE(sales[0][u"tenders"_s][0][u"ersReference"_s].toString(), ers);
    QTest::qWait(3200); // past the 3 s acknowledgement window
    QCOMPARE(m_sandbox->service().state().invoices.value(ref).status, InvoiceStatus::Paid);
    QVERIFY(!m_sandbox->service().state().invoices.value(ref).reversed);
    QVERIFY(!m_sandbox->service().state().invoices.value(ref).receiptDocument.isEmpty());
}

void TestKassaCli::faultsDuringPollingStillPayOnce()
{
    registerTill(u"till1"_s, u"FAULT1"_s);
    auto pay = startCli({u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"FAULT1"_s).isEmpty(), 10000);
    m_sandbox->server().injectFaults(FaultKind::Http500, 2);
    QTest::qWait(2200);
    m_sandbox->server().injectFaults(FaultKind::DroppedConnection, 2);
    QTest::qWait(1200);
    m_sandbox->server().injectFaults(FaultKind::MalformedBody, 1);
    payWhenWaiting(u"FAULT1"_s);
    const Run paid = waitFor(*pay);
    QCOMPARE(paid.exitCode, 0);
    QVERIFY2(paid.out.contains(u"Connection problem"), qPrintable(paid.out));
    const Run journal = run({u"--json"_s, u"journal"_s});
    const QJsonArray sales = journal.json()[u"sales"_s].toArray();
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales[0][u"tenders"_s].toArray().size(), 1);
}

void TestKassaCli::twoTillsPayAtOnce()
{
    registerTill(u"till1"_s, u"TWO1"_s);
    registerTill(u"till2"_s, u"TWO2"_s);
    auto one = startCli({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s}, u"till1"_s);
    auto two = startCli({u"--json"_s, u"pay"_s, u"--row"_s, u"Bulle;3;12.50"_s}, u"till2"_s);
    payWhenWaiting(u"TWO2"_s);
    payWhenWaiting(u"TWO1"_s);
    const Run a = waitFor(*one);
    const Run b = waitFor(*two);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(a.json()[u"total"_s].toString(), u"25.00"_s);
    QCOMPARE(b.json()[u"total"_s].toString(), u"37.50"_s);
    QVERIFY(a.json()[u"ersReference"_s] != b.json()[u"ersReference"_s]);
    QCOMPARE(run({u"--json"_s, u"journal"_s}, u"till1"_s).json()[u"sales"_s].toArray().size(), 1);
    QCOMPARE(run({u"--json"_s, u"journal"_s}, u"till2"_s).json()[u"sales"_s].toArray().size(), 1);
}

void TestKassaCli::reconciliationFindsDifferences()
{
    registerTill(u"till1"_s, u"REC1"_s);
    for (const char *price : {"100.00", "20.00"}) {
        auto pay = startCli({u"pay"_s, u"--row"_s, u"Vara;1;"_s + QLatin1StringView(price)});
        payWhenWaiting(u"REC1"_s);
        QCOMPARE(waitFor(*pay).exitCode, 0);
    }
    // Divergence 1: a payment at SEQR this journal never saw.
    const QJsonObject config = QJsonDocument::fromJson([&] {
                                   QFile f(m_dir->filePath(u"till1/till.json"_s));
                                   f.open(QIODevice::ReadOnly);
                                   return f.readAll();
                               }())
                                   .object();
    auto stranger = m_sandbox->makeClient();
    stranger->setTerminalCredentials(Credentials::terminal(
        config[u"terminalId"_s].toString(), config[u"terminalPassword"_s].toString()));
    const QString ref = finished(stranger->sendInvoice(SandboxFixture::invoice(u"55.00"_s)))
                            ->response()
                            .invoiceReference;
    QVERIFY(m_sandbox->service().pay(ref, u"1234"_s));
    QVERIFY(finished(stranger->getPaymentStatus(ref, 0))->isSuccess());
    // Divergence 2: the journal's amount of the 20.00 payment altered to 25.00.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_dir->filePath(u"till1/journal.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE tenders SET amount_minor=2500 WHERE amount_minor=2000"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);

    const Run close = run({u"--json"_s, u"close-period"_s});
    QCOMPARE(close.exitCode, 0);
    const QJsonObject r = close.json();
    QVERIFY(!r[u"clean"_s].toBool());
    QCOMPARE(r[u"matched"_s].toInt(), 1);
    QCOMPARE(r[u"onlyAtSeqr"_s].toInt(), 1);
    QCOMPARE(r[u"amountDiffers"_s].toInt(), 1);
    QCOMPARE(r[u"onlyInKassa"_s].toInt(), 0);
    const Run human = run({u"close-period"_s});
    QVERIFY2(human.out.contains(u"Reconciled") || human.out.contains(u"DIFFERENCES"),
             qPrintable(human.out));
}

QTEST_GUILESS_MAIN(TestKassaCli)
#include "tst_kassacli.moc"
