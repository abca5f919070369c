#include "core/journal/journal.h"
#include "core/sale/cart.h"
#include "tests/support/clidevices.h"
#include "tests/support/sandboxcustomer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
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
    void init();
    void cleanup();
    void certificationSteps();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void killedDuringPaymentIsRecoveredNotReversed();
    void faultsDuringPollingStillPayOnce();
    void twoTillsPayAtOnce();
    void reconciliationFindsDifferences();
    void versionNamesKassaCli();
    void terminalTestSaysWhatItFinds();
    void lockComesBeforeTheJournal();
    void statusBesideAPaymentWritesNothing();
    void statusOfAPaymentLeftBehindJournalsIt();
    void cancelFromASecondProcess();
    void interruptCancelsThePayment();
    void terminateKeepsAPaymentTheBuyerMade();
    void sandboxClockIsAdvancedThroughTheControlApi();
    void refundsChosenRowsOfASplitTenderSale();
    void journalSaysDiscountsInTheTillsLanguage();

private:
    using Run = CliFixture::Run;
    // This test's tills live in folders of their own (till1/, till2/).
    Run run(const QStringList &args, const QString &till = u"till1"_s)
    {
        return m_cli->run(args, till);
    }
    std::unique_ptr<QProcess> startCli(const QStringList &args, const QString &till = u"till1"_s)
    {
        return m_cli->start(args, till);
    }
    bool waitForOutput(QProcess &process, QByteArray &seen, const QByteArray &text,
                       int timeoutMs = 15000);
    std::unique_ptr<journal::Journal> openJournal(const QString &till = u"till1"_s);
    // `pay` ended canceled (exit 3, status CANCELED), and the invoice `ref`
    // is canceled at SEQR and in till1's journal.
    void verifyCanceledEverywhere(const Run &pay, const QString &ref);
    void registerTill(const QString &till, const QString &seqrId);
    QString waitingInvoice(const QString &seqrId)
    {
        return test::waitingInvoice(m_cli->sandbox().service(), seqrId);
    }
    void payWhenWaiting(const QString &seqrId)
    {
        test::payWhenWaiting(m_cli->sandbox().service(), seqrId, 10000);
    }

    std::unique_ptr<CliFixture> m_cli;
};

void TestKassaCli::init()
{
    m_cli = std::make_unique<CliFixture>(test::threeSecondAckWindow());
    QVERIFY2(m_cli->problem().isEmpty(), qPrintable(m_cli->problem()));
}

void TestKassaCli::cleanup()
{
    m_cli.reset();
}

bool TestKassaCli::waitForOutput(QProcess &process, QByteArray &seen, const QByteArray &text,
                                 int timeoutMs)
{
    // The sandbox answers from this thread's event loop, which runs meanwhile.
    [[maybe_unused]] const bool ended = QTest::qWaitFor(
        [&] {
            seen += process.readAllStandardOutput();
            return seen.contains(text) || process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return (seen += process.readAllStandardOutput()).contains(text);
}

std::unique_ptr<journal::Journal> TestKassaCli::openJournal(const QString &till)
{
    auto journal = journal::Journal::open(m_cli->path(till + u"/journal.sqlite"_s));
    return journal ? std::move(journal.value()) : nullptr;
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

void TestKassaCli::certificationSteps()
{
    // 1-2: register with the shop's credentials, assign the SEQR ID.
    registerTill(u"till1"_s, u"CERT1"_s);
    const QString configPath = m_cli->path(u"till1/till.json"_s);
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
    const Run paid = m_cli->finish(*pay);
    QCOMPARE(paid.exitCode, 0);
    const QJsonObject receipt = paid.json();
    QCOMPARE(receipt[u"status"_s].toString(), u"PAID"_s);
    QCOMPARE(receipt[u"total"_s].toString(), u"97.25"_s);
    QCOMPARE(receipt[u"currency"_s].toString(), u"SEK"_s);
    QCOMPARE(receipt[u"qr"_s].toString(), u"HTTP://SEQR.SE/R"_s + ref);
    const QString ers = receipt[u"ersReference"_s].toString();
    const InvoiceRecord &record = m_cli->sandbox().service().state().invoices.value(ref);
    QCOMPARE(record.ersReference, ers);
    QCOMPARE(record.invoice.invoiceRows.size(), 2);
    QCOMPARE(record.invoice.invoiceRows[1].itemQuantity->toString(3), u"0.250"_s);
    QCOMPARE(record.invoice.cashierId, u"anna"_s);
    QVERIFY(QString::fromUtf8(record.receiptDocument).contains(ers));

    // Human output: the QR text at once, the receipt with the ersReference.
    auto humanPay = startCli({u"pay"_s, u"--row"_s, u"Tidning;1;49.00;6"_s, u"--rounds"_s, u"2"_s,
                              u"--round-seconds"_s, u"2"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"CERT1"_s).isEmpty(), 10000);
    // A whole round without paying, then "try again".
    QByteArray humanOut;
    QVERIFY(waitForOutput(*humanPay, humanOut, "waiting another round"));
    payWhenWaiting(u"CERT1"_s);
    const Run human = m_cli->finish(*humanPay, 60000, humanOut);
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(u"HTTP://SEQR.SE/R"_s) &&
                 human.out.contains(u"waiting another round"),
             qPrintable(human.out));
    QVERIFY(human.out.contains(u"TOTAL SEK"_s) && human.out.contains(u"49.00"));

    // 6: send, poll, cancel (after the last round without payment).
    const Run canceled =
        run({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s, u"--round-seconds"_s, u"1"_s});
    QCOMPARE(canceled.exitCode, 5);
    QCOMPARE(m_cli->sandbox()
                 .service()
                 .state()
                 .invoices.value(canceled.json()[u"invoiceReference"_s].toString())
                 .status,
             InvoiceStatus::Canceled);

    // 7: refund: part, then more than remains is refused before SEQR is asked.
    const Run refund = run({u"--json"_s, u"refund"_s, ers, u"--amount"_s, u"50.00"_s});
    QCOMPARE(refund.exitCode, 0);
    QCOMPARE(refund.json()[u"remaining"_s].toString(), u"47.25"_s);
    const int refundsAtSeqr = m_cli->sandbox().service().state().refunds.size();
    const Run over = run({u"refund"_s, ers, u"--amount"_s, u"50.00"_s});
    QCOMPARE(over.exitCode, 2);
    QVERIFY2(over.err.contains(u"47.25"), qPrintable(over.err));
    QCOMPARE(m_cli->sandbox().service().state().refunds.size(), refundsAtSeqr);

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
    QTest::newRow("unknown command") << QStringList{u"teleport"_s} << u"unknown command"_s;
    QTest::newRow("unknown option")
        << QStringList{u"--colour"_s, u"journal"_s} << u"Unknown option"_s;
    QTest::newRow("SEQR ID with a space")
        << QStringList{u"terminal"_s, u"assign-seqr-id"_s, u"TILL 1"_s} << u"letters and digits"_s;
    QTest::newRow("another currency than the till's")
        << QStringList{u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s, u"--currency"_s, u"EUR"_s}
        << u"this till takes payments in SEK, not EUR"_s;
}

void TestKassaCli::badInputSendsNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    registerTill(u"till1"_s, u"BAD1"_s);
    const int invoices = m_cli->sandbox().service().state().invoices.size();
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(m_cli->sandbox().service().state().invoices.size(), invoices);
    // The till's SEQR ID is what it was.
    bool kept = false;
    for (const QJsonValue &t : m_cli->sandbox().service().tillsJson())
        kept = kept || t[u"seqrId"_s].toString() == u"BAD1"_s;
    QVERIFY(kept);
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
    // The next command, whatever it is, first finishes the payment.
    const Run next = run({u"--json"_s, u"journal"_s});
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.err.contains(ref) && next.err.contains(u"PAID"), qPrintable(next.err));
    const QJsonArray sales = next.json()[u"sales"_s].toArray();
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales[0][u"status"_s].toString(), u"completed"_s);
    const QString ers = m_cli->sandbox().service().state().invoices.value(ref).ersReference;
    QCOMPARE(sales[0][u"tenders"_s][0][u"ersReference"_s].toString(), ers);
    // Past the 3 s acknowledgement window: a PAID no till learned of would
    // be reversed now.
    m_cli->sandbox().service().advanceClock(3200);
    QCOMPARE(m_cli->sandbox().service().state().invoices.value(ref).status, InvoiceStatus::Paid);
    QVERIFY(!m_cli->sandbox().service().state().invoices.value(ref).reversed);
    QVERIFY(!m_cli->sandbox().service().state().invoices.value(ref).receiptDocument.isEmpty());
}

void TestKassaCli::faultsDuringPollingStillPayOnce()
{
    registerTill(u"till1"_s, u"FAULT1"_s);
    auto pay = startCli({u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"FAULT1"_s).isEmpty(), 10000);
    // Each batch of faults is met by the till's polls before the next.
    m_cli->sandbox().server().injectFaults(FaultKind::Http500, 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_cli->sandbox().server().pendingFaults(), 0, 15000);
    m_cli->sandbox().server().injectFaults(FaultKind::DroppedConnection, 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_cli->sandbox().server().pendingFaults(), 0, 15000);
    m_cli->sandbox().server().injectFaults(FaultKind::MalformedBody, 1);
    payWhenWaiting(u"FAULT1"_s);
    const Run paid = m_cli->finish(*pay);
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
    const Run a = m_cli->finish(*one);
    const Run b = m_cli->finish(*two);
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
        QCOMPARE(m_cli->finish(*pay).exitCode, 0);
    }
    // Divergence 1: a payment at SEQR this journal never saw.
    const QJsonObject config = QJsonDocument::fromJson([&] {
                                   QFile f(m_cli->path(u"till1/till.json"_s));
                                   f.open(QIODevice::ReadOnly);
                                   return f.readAll();
                               }())
                                   .object();
    auto stranger = m_cli->sandbox().makeClient();
    stranger->setTerminalCredentials(Credentials::terminal(
        config[u"terminalId"_s].toString(), config[u"terminalPassword"_s].toString()));
    const QString ref = finished(stranger->sendInvoice(SandboxFixture::invoice(u"55.00"_s)))
                            ->response()
                            .invoiceReference;
    QVERIFY(m_cli->sandbox().service().pay(ref, u"1234"_s));
    QVERIFY(finished(stranger->getPaymentStatus(ref, 0))->isSuccess());
    // Divergence 2: the journal's amount of the 20.00 payment altered to 25.00.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_cli->path(u"till1/journal.sqlite"_s));
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

    // In words: another payment only SEQR knows makes the next period differ …
    const QString another = finished(stranger->sendInvoice(SandboxFixture::invoice(u"12.00"_s)))
                                ->response()
                                .invoiceReference;
    QVERIFY(m_cli->sandbox().service().pay(another, u"1234"_s));
    QVERIFY(finished(stranger->getPaymentStatus(another, 0))->isSuccess());
    const Run human = run({u"close-period"_s});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(u"DIFFERENCES FOUND"), qPrintable(human.out));
    QVERIFY2(!human.out.contains(u"Reconciled"), qPrintable(human.out));
    QVERIFY2(human.out.contains(u"Matched 0, only at SEQR 1, only in Kassa 0, amount differs 0"),
             qPrintable(human.out));
    // … and a period with nothing new agrees.
    const Run clean = run({u"close-period"_s});
    QVERIFY2(clean.out.contains(u"Reconciled: SEQR and the journal agree."), qPrintable(clean.out));
    QVERIFY2(!clean.out.contains(u"DIFFERENCES"), qPrintable(clean.out));
}

void TestKassaCli::versionNamesKassaCli()
{
    QProcess process;
    process.start(m_cli->binary(), {u"--version"_s});
    const Run r = m_cli->finish(process);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"kassa-cli "_s), qPrintable(r.out));
}

// The till setup's "Test connection" from kassa-cli: SEQR answers but does
// not know the till yet, then knows it, and nothing answers at an address;
// each said in words, as the window says them.
void TestKassaCli::terminalTestSaysWhatItFinds()
{
    const Run before = m_cli->run({u"terminal"_s, u"test"_s});
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(before.out.contains(u"SEQR answers. The till is not registered yet: register it "
                                 "with kassa-cli terminal register."_s),
             qPrintable(before.all()));
    QCOMPARE(m_cli->registerTill(), QString());
    const Run after = m_cli->run({u"terminal"_s, u"test"_s});
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(after.out.contains(u"Connected to SEQR; it accepts this till's credentials."_s),
             qPrintable(after.all()));
    QCOMPARE(m_cli->json({u"terminal"_s, u"test"_s}).value(u"registered"_s), QJsonValue(true));
    // A port just given back: nothing listens there.
    QTcpServer freed;
    QVERIFY(freed.listen(QHostAddress::LocalHost));
    const quint16 port = freed.serverPort();
    freed.close();
    const Run nothing = m_cli->run(
        {u"--endpoint"_s, u"http://127.0.0.1:%1/soap"_s.arg(port), u"terminal"_s, u"test"_s});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.all().contains(u"Nothing answers at 127.0.0.1:%1"_s.arg(port)),
             qPrintable(nothing.all()));
}

void TestKassaCli::lockComesBeforeTheJournal()
{
    registerTill(u"till1"_s, u"LOCK1"_s);
    const QString journalPath = m_cli->path(u"till1/journal.sqlite"_s);
    QVERIFY(!QFile::exists(journalPath)); // registration does not need the journal
    // Another process holds the till (this one, as far as kassa-cli can tell).
    QLockFile lock(journalPath + u".lock"_s);
    QVERIFY(lock.tryLock(0));
    const Run refund = run({u"refund"_s, u"1234"_s, u"--amount"_s, u"1.00"_s});
    QCOMPARE(refund.exitCode, 1);
    QVERIFY2(refund.err.contains(u"Another Kassa process (pid %1) is using this till"_s.arg(
                 QCoreApplication::applicationPid())),
             qPrintable(refund.err));
    // Neither it nor a reading command created (or would have migrated) the
    // journal under the holder.
    QVERIFY(!QFile::exists(journalPath));
    const Run journal = run({u"journal"_s});
    QCOMPARE(journal.exitCode, 1);
    QVERIFY(!QFile::exists(journalPath));
    lock.unlock();
    QCOMPARE(run({u"journal"_s}).exitCode, 0);
    QVERIFY(QFile::exists(journalPath));
}

void TestKassaCli::statusBesideAPaymentWritesNothing()
{
    registerTill(u"till1"_s, u"STAT1"_s);
    auto pay = startCli({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;1;30.00"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"STAT1"_s).isEmpty(), 10000);
    const QString ref = waitingInvoice(u"STAT1"_s);
    // SEQR knows the invoice a moment before the paying process has journaled
    // its reference: hold it still only once it has.
    const auto journaled = [&] {
        const auto journal = openJournal();
        return journal && journal->invoice(ref).hasValue();
    };
    QTRY_VERIFY_WITH_TIMEOUT(journaled(), 10000);
    // The paying process is held still, so only `status` can learn of PAID.
    ::kill(pid_t(pay->processId()), SIGSTOP);
    QVERIFY(m_cli->sandbox().service().scan(u"STAT1"_s));
    QVERIFY(m_cli->sandbox().service().pay(ref, u"1234"_s));
    const Run status = run({u"--json"_s, u"status"_s, ref});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.json()[u"status"_s].toString(), u"PAID"_s);
    {
        // The process taking the payment owns its journaling: still open.
        auto journal = openJournal();
        QVERIFY(journal);
        QVERIFY(journal->invoice(ref));
        QCOMPARE(journal->invoice(ref)->state, journal::InvoiceState::Open);
        QVERIFY(!journal->events(ref)->contains(u"invoice-paid"_s));
    }
    ::kill(pid_t(pay->processId()), SIGCONT);
    const Run paid = m_cli->finish(*pay);
    QCOMPARE(paid.exitCode, 0);
    QCOMPARE(paid.json()[u"status"_s].toString(), u"PAID"_s);
    auto journal = openJournal();
    QCOMPARE(journal->invoice(ref)->state, journal::InvoiceState::Paid);
    QCOMPARE(journal->events(ref)->count(u"invoice-paid"_s), 1);
}

void TestKassaCli::statusOfAPaymentLeftBehindJournalsIt()
{
    registerTill(u"till1"_s, u"LEFT1"_s);
    auto pay = startCli({u"pay"_s, u"--row"_s, u"Kaffe;1;40.00"_s});
    QByteArray shown;
    QVERIFY(waitForOutput(*pay, shown, "HTTP://SEQR.SE/R"));
    const QString ref = waitingInvoice(u"LEFT1"_s);
    ::kill(pid_t(pay->processId()), SIGKILL);
    QVERIFY(pay->waitForFinished(5000));
    payWhenWaiting(u"LEFT1"_s);
    // Nobody else holds the till: what `status` learns is journaled (as
    // recovery does), not lost.
    const Run status = run({u"--json"_s, u"status"_s, ref});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.json()[u"status"_s].toString(), u"PAID"_s);
    auto journal = openJournal();
    QCOMPARE(journal->invoice(ref)->state, journal::InvoiceState::Paid);
    QCOMPARE(journal->events(ref)->count(u"invoice-paid"_s), 1);
    QVERIFY(!m_cli->sandbox().service().state().invoices.value(ref).receiptDocument.isEmpty());
    m_cli->sandbox().service().advanceClock(3200);
    QVERIFY(!m_cli->sandbox().service().state().invoices.value(ref).reversed);
}

void TestKassaCli::verifyCanceledEverywhere(const Run &pay, const QString &ref)
{
    QCOMPARE(pay.exitCode, 3);
    QCOMPARE(pay.json()[u"status"_s].toString(), u"CANCELED"_s);
    QCOMPARE(m_cli->sandbox().service().state().invoices.value(ref).status,
             InvoiceStatus::Canceled);
    QCOMPARE(openJournal()->invoice(ref)->state, journal::InvoiceState::Canceled);
}

void TestKassaCli::cancelFromASecondProcess()
{
    registerTill(u"till1"_s, u"CANC1"_s);
    auto pay = startCli({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"CANC1"_s).isEmpty(), 10000);
    const QString ref = waitingInvoice(u"CANC1"_s);
    const Run cancel = run({u"cancel"_s, ref});
    QCOMPARE(cancel.exitCode, 3);
    QVERIFY2(cancel.out.contains(u"is canceled"), qPrintable(cancel.out + cancel.err));
    verifyCanceledEverywhere(m_cli->finish(*pay), ref);
    auto journal = openJournal();
    QCOMPARE(journal->events(ref)->count(u"invoice-canceled"_s), 1);
    QCOMPARE(journal->sales({})->size(), 1);
    QCOMPARE(journal->sales({})->at(0).status, journal::SaleStatus::Canceled);
}

void TestKassaCli::interruptCancelsThePayment()
{
    registerTill(u"till1"_s, u"INT1"_s);
    auto pay = startCli({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"INT1"_s).isEmpty(), 10000);
    const QString ref = waitingInvoice(u"INT1"_s);
    ::kill(pid_t(pay->processId()), SIGINT);
    verifyCanceledEverywhere(m_cli->finish(*pay), ref);
    auto journal = openJournal();
    const auto inFlight = journal->invoicesInFlight();
    QVERIFY(inFlight);
    QVERIFY(inFlight->isEmpty());
}

void TestKassaCli::terminateKeepsAPaymentTheBuyerMade()
{
    registerTill(u"till1"_s, u"TERM1"_s);
    auto pay = startCli({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;1;25.00"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!waitingInvoice(u"TERM1"_s).isEmpty(), 10000);
    const QString ref = waitingInvoice(u"TERM1"_s);
    // Paid, and the signal sent before the till's next poll can be answered
    // (the sandbox answers from this thread).
    QVERIFY(m_cli->sandbox().service().scan(u"TERM1"_s));
    QVERIFY(m_cli->sandbox().service().pay(ref, u"1234"_s));
    ::kill(pid_t(pay->processId()), SIGTERM);
    const Run stopped = m_cli->finish(*pay);
    QCOMPARE(stopped.exitCode, 0);
    QCOMPARE(stopped.json()[u"status"_s].toString(), u"PAID"_s);
    m_cli->sandbox().service().advanceClock(3200);
    QCOMPARE(m_cli->sandbox().service().state().invoices.value(ref).status, InvoiceStatus::Paid);
    QVERIFY(!m_cli->sandbox().service().state().invoices.value(ref).reversed);
    auto journal = openJournal();
    QCOMPARE(journal->invoice(ref)->state, journal::InvoiceState::Paid);
}

void TestKassaCli::sandboxClockIsAdvancedThroughTheControlApi()
{
    // A payment no till has learned of: SEQR reverses it when the
    // acknowledgement window (3 s here) has passed on the sandbox's clock.
    auto client = m_cli->sandbox().makeClient();
    QVERIFY(!m_cli->sandbox().registerTill(*client, u"Clock"_s, u"CLOCK1"_s).isEmpty());
    const QString ref = finished(client->sendInvoice(SandboxFixture::invoice(u"10.00"_s)))
                            ->response()
                            .invoiceReference;
    QVERIFY(m_cli->sandbox().service().pay(ref, u"1234"_s));
    QNetworkAccessManager network;
    auto post = [&](const QByteArray &body) {
        const QNetworkRequest request = m_cli->sandbox().controlRequest(u"/control/clock"_s);
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QCOMPARE(post(R"({"advanceSeconds": 2})"), 200);
    QCOMPARE(m_cli->sandbox().service().state().invoices.value(ref).status, InvoiceStatus::Paid);
    QCOMPARE(post(R"({"advanceSeconds": "soon"})"), 400);
    QCOMPARE(post(R"({"advanceSeconds": 2})"), 200);
    // At once, without waiting 3 s of wall-clock time.
    QCOMPARE(m_cli->sandbox().service().state().invoices.value(ref).status,
             InvoiceStatus::Canceled);
    QVERIFY(m_cli->sandbox().service().state().invoices.value(ref).reversed);
}

void TestKassaCli::refundsChosenRowsOfASplitTenderSale()
{
    // 100.00 paid 40.00 in cash and 60.00 by SEQR; given back row by row.
    registerTill(u"till1"_s, u"SPLIT1"_s);
    auto pay = startCli({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;2;25.00;12"_s, u"--row"_s,
                         u"Ost;0.500;100.00;12"_s, u"--cash"_s, u"40.00"_s});
    payWhenWaiting(u"SPLIT1"_s);
    const Run paid = m_cli->finish(*pay);
    QCOMPARE(paid.exitCode, 0);
    const QString ers = paid.json()[u"ersReference"_s].toString();
    const qint64 receipt = paid.json()[u"receiptNumber"_s].toInteger();
    QVERIFY(!ers.isEmpty() && receipt > 0);

    // One coffee and a quarter of the cheese: 50.00, 40 % of it in cash.
    const Run first = run({u"--json"_s, u"refund"_s, ers, u"--row"_s, u"1:1"_s, u"--row"_s,
                           u"2:0.250"_s, u"--cashier"_s, u"boss"_s});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject done = first.json();
    QCOMPARE(done[u"amount"_s].toString(), u"30.00"_s);
    QCOMPARE(done[u"cash"_s].toString(), u"20.00"_s);
    QCOMPARE(done[u"total"_s].toString(), u"50.00"_s);
    QCOMPARE(done[u"remaining"_s].toString(), u"30.00"_s);
    const QJsonArray rows = done[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][u"quantity"_s].toString(), u"0.250"_s);
    QCOMPARE(rows[1][u"amount"_s].toString(), u"25.00"_s);
    const QString text = done[u"receipt"_s].toString();
    for (const QString &line :
         {u"REFUNDED SEK -50.00"_s, u"Kaffe -25.00"_s, u"Ost -25.00"_s, u"-30.00"_s, u"-20.00"_s})
        QVERIFY2(text.simplified().contains(line), qPrintable(line + u" missing in\n"_s + text));

    // The rest by receipt number, said as a person reads it, with the receipt.
    const Run rest = run({u"refund"_s, u"#"_s + QString::number(receipt), u"--all"_s, u"--text"_s});
    QCOMPARE(rest.exitCode, 0);
    QVERIFY2(rest.out.contains(u"Give 20.00 SEK back in cash"_s), qPrintable(rest.out));
    QVERIFY2(rest.out.contains(u"0.00 SEK remains refundable"_s), qPrintable(rest.out));
    QVERIFY2(rest.out.simplified().contains(u"-50.00"_s), qPrintable(rest.out));

    // Nothing is left: refused before SEQR is asked.
    const int atSeqr = m_cli->sandbox().service().state().refunds.size();
    const Run again = run({u"refund"_s, ers, u"--row"_s, u"1:1"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"row 1: at most 0"_s), qPrintable(again.err));
    QCOMPARE(m_cli->sandbox().service().state().refunds.size(), atSeqr);
    QCOMPARE(atSeqr, 2);

    // The journal: 60.00 back to SEQR, 40.00 in cash, the drawer opened twice for it.
    auto journal = openJournal();
    QVERIFY(journal);
    QCOMPARE(*journal->refundable(ers), Money(0, Currency::sek()));
    QCOMPARE(*journal->refundedInCash(ers, Currency::sek()), Money(4000, Currency::sek()));
    const auto openings = journal->drawerOpenings({}, QDateTime::currentDateTimeUtc());
    QVERIFY(openings);
    int forRefunds = 0;
    for (const journal::DrawerOpening &o : *openings)
        forRefunds += o.cause == journal::DrawerCause::CashRefund ? 1 : 0;
    QCOMPARE(forRefunds, 2);
}

// Issue 27 item 11: a discount row is journaled as its kind; `kassa-cli
// journal` says it in the language kassa-cli runs in (text and --json).
void TestKassaCli::journalSaysDiscountsInTheTillsLanguage()
{
    registerTill(u"till1"_s, u"WORDS1"_s);
    {
        auto journal = openJournal();
        QVERIFY(journal);
        const auto sek = [](qint64 minor) { return Money(minor, Currency::sek()); };
        Cart cart;
        QVERIFY(cart.addProduct(
            {u"7350000000011"_s, {}, u"Kaffe"_s, sek(10000), Decimal::fromInteger(12)}));
        QVERIFY(cart.setRowDiscount(0, sek(1000)));
        QVERIFY(cart.setReceiptDiscount(sek(500)));
        QVERIFY(journal->recordCashSale(u"anna"_s, cart.saleRows(), sek(8500)));
    }
    const auto inLanguage = [&](const QString &language, const QStringList &args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, language);
        env.insert(u"LC_ALL"_s, language == u"sv" ? u"sv_SE.UTF-8"_s : u"en_GB.UTF-8"_s);
        process.setProcessEnvironment(env);
        process.start(m_cli->binary(), m_cli->baseArgs(u"till1"_s) + args);
        return m_cli->finish(process);
    };
    const Run swedish = inLanguage(u"sv"_s, {u"--json"_s, u"journal"_s});
    QCOMPARE(swedish.exitCode, 0);
    const QJsonArray rows = swedish.json()[u"sales"_s].toArray().first()[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][u"description"_s].toString(), u"Rabatt: Kaffe"_s);
    QCOMPARE(rows[1][u"kind"_s].toString(), u"row-discount"_s);
    QCOMPARE(rows[1][u"total"_s].toString(), u"-10.00"_s);
    QCOMPARE(rows[2][u"description"_s].toString(), u"Kvittorabatt 12 %"_s);
    const Run english = inLanguage(u"en"_s, {u"journal"_s});
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(u"Discount: Kaffe"_s), qPrintable(english.out));
    QVERIFY2(english.out.contains(u"Receipt discount 12 %"_s), qPrintable(english.out));
    QVERIFY2(!english.out.contains(u"Rabatt"_s), qPrintable(english.out));
}

QTEST_GUILESS_MAIN(TestKassaCli)
#include "tst_kassacli.moc"
