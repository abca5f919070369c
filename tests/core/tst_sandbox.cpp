#include "core/reconciliation/reconciliationreport.h"
#include "core/seqr/resultcode.h"
#include "core/seqr/seqrcodec.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxservice.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/schemavalidator.h"
#include "tests/support/scriptedhttpserver.h"
#include "tests/support/testcerts.h"
#include "tests/support/testing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

// seqr-sandbox through the real SeqrClient over loopback: every operation,
// its result codes and the rules that hurt.
class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registersTillsAndAssignsSeqrIds();
    void phonePageListsTheDemoTillFirst();
    void refusesBadCredentials();
    void validatesInvoices_data();
    void validatesInvoices();
    void paysAndVersionsStatus();
    void cancelInvoiceCodes();
    void updatesInvoiceOnlyWhileOpen();
    void loyaltyTokenNeedsTheShop();
    void reversesUnacknowledgedPayments();
    void refundsUpToTheOriginal();
    void reportsMatchThePeriod();
    void perTerminalPeriodAndReports();
    void postsNotificationUrl();
    void retriesNotificationsUntilAnswered();
    void givesUpNotifyingAfterTheLastRetry();
    void notifiesCanceledAndFailed();
    void notificationUrlPointingNowhereNeverHoldsSoap();
    void malformedRequestGetsSoapFault();
    void injectsFaults_data();
    void injectsFaults();
    void reservationNeedsCommit();
    void unregisteredTillIsRefused();
    void stateSurvivesRestart();
    void servesHttpsWithTestCa();
    void everyResponseValidatesAgainstSchema();

private:
    QString payAtPhone(SandboxFixture &sandbox, const QString &reference);
    // A client of a till registered at `sandbox` as "Till 1".
    static std::unique_ptr<SeqrClient> tillOne(SandboxFixture &sandbox);
    // An invoice of `total` sent through `client`; its reference.
    static QString sendInvoice(SeqrClient &client, const QString &total = u"149.99"_s);
};

std::unique_ptr<SeqrClient> TestSandbox::tillOne(SandboxFixture &sandbox)
{
    auto client = sandbox.makeClient();
    sandbox.registerTill(*client, u"Till 1"_s, {});
    return client;
}

QString TestSandbox::sendInvoice(SeqrClient &client, const QString &total)
{
    return finished(client.sendInvoice(SandboxFixture::invoice(total)))
        ->response()
        .invoiceReference;
}

QString TestSandbox::payAtPhone(SandboxFixture &sandbox, const QString &reference)
{
    auto paid = sandbox.service().pay(reference, u"1234"_s);
    return paid ? (*paid)[u"ersReference"_s].toString() : QString();
}

void TestSandbox::registersTillsAndAssignsSeqrIds()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    auto client = sandbox.makeClient();
    const QString terminalId = sandbox.registerTill(*client, u"Till 1"_s, u"SHOP1TILL1"_s);
    QCOMPARE(terminalId.size(), 32);
    QCOMPARE(sandbox.service().state().terminals.value(terminalId).seqrId, u"SHOP1TILL1"_s);

    auto shortPassword = finished(client->registerTerminal(
        SandboxFixture::reseller(), u"Store 1/Till 9"_s, u"abc"_s, u"Till 9"_s));
    QCOMPARE(shortPassword->status(), CallStatus::ServiceError);
    QCOMPARE(shortPassword->resultCode(), int(ResultCode::AccessDenied));

    auto notAlnum = finished(client->assignSeqrId(u"SHOP-1"_s));
    QCOMPARE(notAlnum->resultCode(), int(ResultCode::InvalidSeqrId));

    auto other = sandbox.makeClient();
    QVERIFY(!sandbox.registerTill(*other, u"Till 2"_s, {}).isEmpty());
    auto taken = finished(other->assignSeqrId(u"shop1till1"_s));
    QCOMPARE(taken->resultCode(), int(ResultCode::InvalidSeqrId));
    auto fine = finished(other->assignSeqrId(u"SHOP1TILL2"_s));
    QCOMPARE(fine->status(), CallStatus::Success);
}

void TestSandbox::refusesBadCredentials()
{
    SandboxFixture sandbox;
    auto client = sandbox.makeClient();
    auto wrongPassword = finished(client->registerTerminal(
        Credentials::reseller(u"900100"_s, u"9900"_s, u"nope"_s), u"S/T"_s, u"secret1"_s, u"T"_s));
    QCOMPARE(wrongPassword->resultCode(), int(ResultCode::AuthenticationFailed));
    auto unknown = finished(client->registerTerminal(
        Credentials::reseller(u"555"_s, u"9900"_s, u"x"_s), u"S/T"_s, u"secret1"_s, u"T"_s));
    QCOMPARE(unknown->resultCode(), int(ResultCode::InitiatorPrincipalNotFound));
    auto anonymous = finished(client->sendInvoice(SandboxFixture::invoice()));
    QCOMPARE(anonymous->resultCode(), int(ResultCode::InvalidInitiatorPrincipalId));

    QVERIFY(!sandbox.registerTill(*client, u"Till 1"_s, {}).isEmpty());
    const Credentials good = client->terminalCredentials();
    client->setTerminalCredentials(Credentials::terminal(good.principal.id, u"wrong"_s));
    auto badTill = finished(client->sendInvoice(SandboxFixture::invoice()));
    QCOMPARE(badTill->resultCode(), int(ResultCode::AuthenticationFailed));
    client->setTerminalCredentials(Credentials::terminal(u"ffff"_s, good.password));
    auto noTill = finished(client->sendInvoice(SandboxFixture::invoice()));
    QCOMPARE(noTill->resultCode(), int(ResultCode::InitiatorPrincipalNotFound));
    // A till cannot act as the shop, nor the shop as a till.
    auto resellerInvoice = finished(client->markTransactionPeriod(good, {}));
    QCOMPARE(resellerInvoice->status(), CallStatus::Success);
}

void TestSandbox::validatesInvoices_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    QTest::newRow("rows do not add up") << u"sum"_s << 49;
    QTest::newRow("unknown currency") << u"currency"_s << 49;
    QTest::newRow("too many decimals") << u"decimals"_s << 49;
    QTest::newRow("zero total") << u"zero"_s << 49;
    QTest::newRow("no rows") << u"norows"_s << 49;
    QTest::newRow("ftp notification url") << u"ftp"_s << 64;
    QTest::newRow("relative notification url") << u"relative"_s << 64;
    QTest::newRow("negative discount row balances") << u"discount"_s << 0;
}

void TestSandbox::validatesInvoices()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    SandboxFixture sandbox;
    auto client = sandbox.makeClient();
    QVERIFY(!sandbox.registerTill(*client, u"Till 1"_s, {}).isEmpty());
    Invoice inv = SandboxFixture::invoice(u"100.00"_s);
    if (what == u"sum")
        inv.totalAmount->value = *Decimal::parse(u"100.01");
    else if (what == u"currency")
        inv.totalAmount->currency = u"XXX"_s;
    else if (what == u"decimals")
        inv.invoiceRows[0].itemTotalAmount->value = *Decimal::parse(u"10.001");
    else if (what == u"zero") {
        inv = SandboxFixture::invoice(u"10.00"_s);
        inv.invoiceRows[0].itemTotalAmount->value = Decimal::fromInteger(0);
        inv.totalAmount->value = Decimal::fromInteger(0);
    } else if (what == u"norows")
        inv.invoiceRows.clear();
    else if (what == u"ftp")
        inv.notificationUrl = u"ftp://shop.example/notify"_s;
    else if (what == u"relative")
        inv.notificationUrl = u"/notify"_s;
    else if (what == u"discount") {
        InvoiceRow discount;
        discount.itemDescription = u"Rabatt"_s;
        discount.itemTotalAmount = Amount{u"SEK"_s, *Decimal::parse(u"-20.00")};
        inv.invoiceRows.append(discount);
        inv.totalAmount->value = *Decimal::parse(u"80.00");
    }
    auto call = finished(client->sendInvoice(inv));
    QCOMPARE(call->resultCode(), code);
    if (code == 0)
        QVERIFY(call->response().invoiceQRCode.startsWith(u"HTTP://SEQR.SE/R"));
    else
        QVERIFY(call->response().invoiceReference.isEmpty());
}

void TestSandbox::paysAndVersionsStatus()
{
    SandboxFixture sandbox;
    auto client = sandbox.makeClient();
    const QString terminalId = sandbox.registerTill(*client, u"Till 1"_s, u"TILL1"_s);
    auto sent = finished(client->sendInvoice(SandboxFixture::invoice()));
    QCOMPARE(sent->status(), CallStatus::Success);
    const QString ref = sent->response().invoiceReference;
    QVERIFY(!ref.isEmpty());
    for (QChar c : ref)
        QVERIFY(c.isDigit());
    QCOMPARE(sent->response().invoiceQRCode, u"HTTP://SEQR.SE/R"_s + ref);

    auto before = finished(client->getPaymentStatus(ref, 0));
    QCOMPARE(before->response().status, InvoiceStatus::Issued);
    QCOMPARE(before->response().version, 0);
    QVERIFY(!before->response().receipt);

    // The buyer scans the till's sticker and pays.
    auto scanned = sandbox.service().scan(u"HTTP://SEQR.SE/QTILL1"_s);
    QVERIFY2(scanned, qPrintable(scanned ? QString() : scanned.error().detail));
    QCOMPARE((*scanned)[u"invoiceReference"_s].toString(), ref);
    QCOMPARE((*scanned)[u"total"_s].toString(), u"149.99"_s);
    const QString ers = payAtPhone(sandbox, ref);
    QVERIFY(!ers.isEmpty());

    auto paid = finished(client->getPaymentStatus(ref, 0));
    QCOMPARE(paid->response().status, InvoiceStatus::Paid);
    QCOMPARE(paid->response().version, 1);
    QCOMPARE(paid->response().ersReference, ers);
    QVERIFY(paid->response().receipt);
    QCOMPARE(paid->response().receipt->invoiceReference, ref);
    QCOMPARE(paid->response().receipt->terminalId, terminalId);
    QCOMPARE(paid->response().receipt->paymentReference, ers);
    QVERIFY(paid->response().receipt->paymentDate.isValid());
    QVERIFY(sandbox.service().state().invoices.value(ref).acknowledged);

    auto receipt = finished(client->submitPaymentReceipt(
        ers, ReceiptDocument{u"text/plain"_s, "KVITTO 149,99", u"RECEIPT"_s}));
    QCOMPARE(receipt->status(), CallStatus::Success);
    QCOMPARE(sandbox.service().state().invoices.value(ref).receiptDocument,
             QByteArray("KVITTO 149,99"));
    auto badReceipt =
        finished(client->submitPaymentReceipt(u"1"_s, ReceiptDocument{u"text/plain"_s, "x", {}}));
    QCOMPARE(badReceipt->resultCode(), int(ResultCode::InvalidErsReference));

    // Unique references across invoices.
    auto second = finished(client->sendInvoice(SandboxFixture::invoice()));
    QVERIFY(second->response().invoiceReference != ref);
}

void TestSandbox::cancelInvoiceCodes()
{
    SandboxFixture sandbox;
    auto client = tillOne(sandbox);
    const QString ref = sendInvoice(*client);
    QCOMPARE(finished(client->cancelInvoice(ref))->status(), CallStatus::Success);
    QCOMPARE(finished(client->cancelInvoice(ref))->resultCode(),
             int(ResultCode::InvoiceAlreadyCanceled));
    QCOMPARE(finished(client->getPaymentStatus(ref, 0))->response().status,
             InvoiceStatus::Canceled);
    QCOMPARE(finished(client->cancelInvoice(u"42"_s))->resultCode(),
             int(ResultCode::InvalidInvoiceReference));

    const QString confirming = sendInvoice(*client);
    QVERIFY(sandbox.service().confirm(confirming));
    QCOMPARE(finished(client->cancelInvoice(confirming))->resultCode(),
             int(ResultCode::CannotCancelInvoiceInProgress));

    const QString paid = sendInvoice(*client);
    payAtPhone(sandbox, paid);
    QCOMPARE(finished(client->cancelInvoice(paid))->resultCode(),
             int(ResultCode::CannotCancelPaidInvoice));
}

void TestSandbox::updatesInvoiceOnlyWhileOpen()
{
    SandboxFixture sandbox;
    auto client = tillOne(sandbox);
    const QString ref = sendInvoice(*client);
    auto update = finished(client->updateInvoice(ref, SandboxFixture::invoice(u"200.00"_s)));
    QCOMPARE(update->status(), CallStatus::Success);
    QCOMPARE(sandbox.service().state().invoices.value(ref).total.toDecimalString(), u"200.00"_s);
    QCOMPARE(finished(client->getPaymentStatus(ref, 0))->response().version, 1);
    payAtPhone(sandbox, ref);
    QCOMPARE(finished(client->updateInvoice(ref, SandboxFixture::invoice()))->resultCode(),
             int(ResultCode::InvalidInvoiceData));
}

void TestSandbox::loyaltyTokenNeedsTheShop()
{
    SandboxFixture sandbox;
    auto client = tillOne(sandbox);
    const QString ref = sendInvoice(*client);
    QVERIFY(sandbox.service().offerToken(
        ref, CustomerToken{u"Stamp card"_s, u"card-1"_s, 0, u"7 of 10"_s}));
    auto pending = finished(client->getPaymentStatus(ref, 0));
    QCOMPARE(pending->response().status, InvoiceStatus::PendingIssuerAcknowledge);
    QCOMPARE(pending->response().customerTokens.size(), 1);
    QCOMPARE(pending->response().customerTokens.first().value, u"7 of 10"_s);
    QVERIFY(!sandbox.service().pay(ref, u"1234"_s)); // the shop has not answered yet
    QCOMPARE(finished(client->updateInvoice(ref, SandboxFixture::invoice(u"139.99"_s)))->status(),
             CallStatus::Success);
    auto issued = finished(client->getPaymentStatus(ref, pending->response().version));
    QCOMPARE(issued->response().status, InvoiceStatus::Issued);
    QVERIFY(issued->response().version > pending->response().version);
    QVERIFY(sandbox.service().pay(ref, u"1234"_s));
}

void TestSandbox::reversesUnacknowledgedPayments()
{
    SandboxOptions options;
    options.ackWindowMs = 400;
    SandboxFixture sandbox(options);
    auto client = tillOne(sandbox);
    const QString ignored = sendInvoice(*client);
    const QString seen = sendInvoice(*client);
    payAtPhone(sandbox, ignored);
    payAtPhone(sandbox, seen);
    QCOMPARE(finished(client->getPaymentStatus(seen, 0))->response().status, InvoiceStatus::Paid);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.service().state().invoices.value(ignored).reversed, 5000);

    auto late = finished(client->getPaymentStatus(ignored, 1));
    QCOMPARE(late->response().status, InvoiceStatus::Canceled);
    QCOMPARE(late->response().version, 2);
    // Long past the window on the sandbox's clock: what fell due ran at once,
    // and the acknowledged payment stands.
    sandbox.service().advanceClock(10 * options.ackWindowMs);
    QCOMPARE(finished(client->getPaymentStatus(seen, 1))->response().status, InvoiceStatus::Paid);
    QVERIFY(!sandbox.service().state().invoices.value(seen).reversed);
}

void TestSandbox::refundsUpToTheOriginal()
{
    SandboxFixture sandbox;
    auto client = tillOne(sandbox);
    const QString ref = sendInvoice(*client, u"100.00"_s);
    const QString ers = payAtPhone(sandbox, ref);
    finished(client->getPaymentStatus(ref, 0));
    Invoice refund;
    refund.title = u"Refund"_s;
    refund.cashierId = u"anna"_s;
    refund.totalAmount = Amount{u"SEK"_s, *Decimal::parse(u"60.00")};
    auto first = finished(client->refundPayment(ers, refund));
    QCOMPARE(first->status(), CallStatus::Success);
    QVERIFY(!first->response().ersReference.isEmpty());
    QVERIFY(first->response().ersReference != ers);
    auto tooMuch = finished(client->refundPayment(ers, refund));
    QCOMPARE(tooMuch->resultCode(),
             int(ResultCode::SumOfRefundsCanNotBeMoreThanOriginalTransaction));
    refund.totalAmount->value = *Decimal::parse(u"40.00");
    QCOMPARE(finished(client->refundPayment(ers, refund))->status(), CallStatus::Success);
    QCOMPARE(finished(client->refundPayment(u"999"_s, refund))->resultCode(),
             int(ResultCode::InvalidErsReference));
}

static Result<ReconciliationReport> fetchReport(SeqrClient &client, const Credentials &who,
                                                const QString &periodId, const QString &reportId,
                                                const QString &terminalId = {})
{
    Parameters params{{u"transactionPeriodId"_s, periodId}};
    if (!terminalId.isEmpty())
        params.append({u"TERMINALID"_s, terminalId});
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto call = finished(client.executeReport(who, u"Reconciliation/"_s + reportId + u".xml"_s,
                                                  u"en"_s, params));
        if (call->resultCode() == int(ResultCode::ReportNotReady))
            continue;
        if (!call->isSuccess() || !call->response().report)
            return makeError(ErrorCode::InvalidArgument, call->errorDetail());
        return ReconciliationReport::parse(call->response().report->contentString);
    }
    return makeError(ErrorCode::InvalidArgument, u"never ready"_s);
}

void TestSandbox::reportsMatchThePeriod()
{
    SandboxFixture sandbox;
    auto till1 = sandbox.makeClient();
    auto till2 = sandbox.makeClient();
    const QString t1 = sandbox.registerTill(*till1, u"Till 1"_s, {});
    const QString t2 = sandbox.registerTill(*till2, u"Till 2"_s, {});
    // Before the period: a payment that belongs to no report below.
    payAtPhone(sandbox, finished(till1->sendInvoice(SandboxFixture::invoice(u"5.00"_s)))
                            ->response()
                            .invoiceReference);
    const QString firstPeriod =
        finished(till1->markTransactionPeriod(SandboxFixture::reseller(), {}))
            ->response()
            .transactionPeriodId;
    QVERIFY(!firstPeriod.isEmpty());

    QStringList ers;
    for (auto [client, total] : {std::pair{till1.get(), u"149.99"_s},
                                 {till2.get(), u"93.31"_s},
                                 {till1.get(), u"20.50"_s}}) {
        const QString ref = sendInvoice(*client, total);
        ers.append(payAtPhone(sandbox, ref));
        finished(client->getPaymentStatus(ref, 0));
    }
    // A canceled invoice is no sale.
    finished(till2->cancelInvoice(
        finished(till2->sendInvoice(SandboxFixture::invoice()))->response().invoiceReference));
    Invoice refund;
    refund.cashierId = u"bo"_s;
    refund.totalAmount = Amount{u"SEK"_s, *Decimal::parse(u"10.00")};
    const QString refundErs =
        finished(till1->refundPayment(ers[0], refund))->response().ersReference;

    auto mark = finished(till1->markTransactionPeriod(SandboxFixture::reseller(), {}));
    const QString period = mark->response().transactionPeriodId;
    QVERIFY(period != firstPeriod);

    // The first call of a period is not ready.
    auto notReady = finished(till1->executeReport(SandboxFixture::reseller(),
                                                  u"Reconciliation/STD_RECON_003.xml"_s, u"en"_s,
                                                  {{u"transactionPeriodId"_s, period}}));
    QCOMPARE(notReady->resultCode(), int(ResultCode::ReportNotReady));

    const auto details =
        fetchReport(*till1, SandboxFixture::reseller(), period, u"STD_RECON_003"_s);
    QVERIFY2(details, qPrintable(details ? QString() : details.error().detail));
    QCOMPARE(details->transactionPeriodId, period);
    QCOMPARE(details->rows.size(), 4);
    QStringList seenErs;
    for (const auto &row : details->rows)
        seenErs.append(row.value(u"ErsReference"));
    QCOMPARE(seenErs, QStringList({ers[0], ers[1], ers[2], refundErs}));
    QCOMPARE(details->rows[0].value(u"SalesAmount"), u"149.99000"_s);
    QCOMPARE(details->rows[0].value(u"TerminalId"), t1);
    QCOMPARE(details->rows[1].value(u"SalesAmount"), u"93.31000"_s);
    QCOMPARE(details->rows[1].value(u"TerminalId"), t2);
    QCOMPARE(details->rows[3].value(u"Type"), u"REFUND"_s);
    QCOMPARE(details->rows[3].value(u"SalesAmount"), u"-10.00000"_s);
    QCOMPARE(details->rows[3].value(u"OriginalErsReference"), ers[0]);

    const auto summary =
        fetchReport(*till1, SandboxFixture::reseller(), period, u"STD_RECON_001"_s);
    QVERIFY(summary);
    QCOMPARE(summary->rows.size(), 1);
    QCOMPARE(summary->rows[0].value(u"SalesCount"), u"3"_s);
    QCOMPARE(summary->rows[0].value(u"SalesTotal"), u"263.80000"_s);
    QCOMPARE(summary->rows[0].value(u"RefundTotal"), u"10.00000"_s);

    const auto perTerminal =
        fetchReport(*till1, SandboxFixture::reseller(), period, u"STD_RECON_002"_s);
    QVERIFY(perTerminal);
    QCOMPARE(perTerminal->rows.size(), 2);
    const auto perCashier =
        fetchReport(*till1, SandboxFixture::reseller(), period, u"STD_RECON_004"_s);
    QVERIFY(perCashier);
    QCOMPARE(perCashier->rows.size(), 2); // anna (sales) and bo (refund)
    const auto refundsOnly =
        fetchReport(*till1, SandboxFixture::reseller(), period, u"STD_RECON_005"_s);
    QVERIFY(refundsOnly);
    QCOMPARE(refundsOnly->rows.size(), 1);
    const auto terminalSummary =
        fetchReport(*till1, SandboxFixture::reseller(), period, u"STD_RECON_006"_s, t2);
    QVERIFY(terminalSummary);
    QCOMPARE(terminalSummary->rows[0].value(u"SalesTotal"), u"93.31000"_s);
    const auto terminalDetails =
        fetchReport(*till1, SandboxFixture::reseller(), period, u"STD_RECON_007"_s, t1);
    QVERIFY(terminalDetails);
    QCOMPARE(terminalDetails->rows.size(), 3);
    QVERIFY(!fetchReport(*till1, SandboxFixture::reseller(), period,
                         u"STD_RECON_006"_s)); // needs TERMINALID

    auto shop =
        finished(till1->executeReport(SandboxFixture::reseller(), u"Shop.xml"_s, u"en"_s, {}));
    QCOMPARE(shop->status(), CallStatus::Success);
    const auto shopReport = ReconciliationReport::parse(shop->response().report->contentString);
    QCOMPARE(shopReport->rows.size(), 2);
    QCOMPARE(shop->response().report->content, shop->response().report->contentString.toUtf8());
}

void TestSandbox::perTerminalPeriodAndReports()
{
    SandboxFixture sandbox;
    auto till1 = sandbox.makeClient();
    auto till2 = sandbox.makeClient();
    const QString t1 = sandbox.registerTill(*till1, u"Till 1"_s, {});
    sandbox.registerTill(*till2, u"Till 2"_s, {});
    for (auto *client : {till1.get(), till2.get()}) {
        const QString ref = sendInvoice(*client, u"30.00"_s);
        payAtPhone(sandbox, ref);
        finished(client->getPaymentStatus(ref, 0));
    }
    // The till closes its own period with its own credentials.
    auto mark = finished(
        till1->markTransactionPeriod(till1->terminalCredentials(), {{u"TERMINALID"_s, t1}}));
    QCOMPARE(mark->status(), CallStatus::Success);
    const auto report = fetchReport(*till1, till1->terminalCredentials(),
                                    mark->response().transactionPeriodId, u"STD_RECON_007"_s, t1);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().detail));
    QCOMPARE(report->rows.size(), 1);
    QCOMPARE(report->rows[0].value(u"TerminalId"), t1);
}

void TestSandbox::postsNotificationUrl()
{
    ScriptedHttpServer shop;
    QVERIFY(shop.start());
    shop.enqueue({200, "ok"});
    SandboxFixture sandbox;
    auto client = sandbox.makeClient();
    sandbox.registerTill(*client, u"Web"_s, {});
    Invoice inv = SandboxFixture::invoice();
    inv.notificationUrl = shop.url(u"/seqr/notify"_s).toString() + u"?session=abc"_s;
    const QString ref = finished(client->sendInvoice(inv))->response().invoiceReference;
    payAtPhone(sandbox, ref);
    QTRY_COMPARE_WITH_TIMEOUT(shop.receivedBodies().size(), 1, 5000);
    QVERIFY(shop.receivedBodies().first().contains(ref.toUtf8()));
    QVERIFY(shop.receivedBodies().first().contains("PAID"));
    QVERIFY(shop.receivedHeaders().first().startsWith("POST /seqr/notify?session=abc"));
}

namespace {

// A sandbox that retries notifications quickly, with a till and an invoice
// whose notificationUrl is `url`.
struct NotifyingSandbox
{
    explicit NotifyingSandbox(const QUrl &url, int timeoutMs = 1000)
        : sandbox(options(timeoutMs))
    {
        client = sandbox.makeClient();
        sandbox.registerTill(*client, u"Web"_s, {});
        Invoice inv = SandboxFixture::invoice();
        inv.notificationUrl = url.toString();
        ref = finished(client->sendInvoice(inv))->response().invoiceReference;
    }
    static SandboxOptions options(int timeoutMs)
    {
        SandboxOptions o;
        o.notificationRetryDelaysMs = {100, 200, 300};
        o.notificationTimeoutMs = timeoutMs;
        return o;
    }
    QList<NotificationAttempt> attempts() const
    {
        return sandbox.serviceConst().state().invoices.value(ref).notifications;
    }
    SandboxFixture sandbox;
    std::unique_ptr<SeqrClient> client;
    QString ref;
};

} // namespace

void TestSandbox::retriesNotificationsUntilAnswered()
{
    ScriptedHttpServer shop;
    QVERIFY(shop.start());
    shop.enqueue({500, "down"});
    shop.enqueue({502, "bad gateway"});
    shop.enqueue({200, "ok"});
    NotifyingSandbox n(shop.url(u"/seqr/notify"_s));
    payAtPhone(n.sandbox, n.ref);
    QTRY_COMPARE_WITH_TIMEOUT(n.attempts().size(), 3, 10000);
    const QList<NotificationAttempt> attempts = n.attempts();
    QCOMPARE(attempts[0].httpStatus, 500);
    QCOMPARE(attempts[1].httpStatus, 502);
    QVERIFY(!attempts[1].delivered());
    QCOMPARE(attempts[2].httpStatus, 200);
    QVERIFY(attempts[2].delivered());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(attempts[i].attempt, i + 1);
        QCOMPARE(attempts[i].status, u"PAID"_s);
        QVERIFY(attempts[i].at.isValid());
        QVERIFY(shop.receivedBodies()[i].contains(n.ref.toUtf8()));
    }
    QVERIFY(attempts[0].at <= attempts[1].at && attempts[1].at <= attempts[2].at);
    // Delivered: no more tries are due; the state dump shows the attempts.
    const QJsonObject listed = n.sandbox.service().notifications(n.ref).value();
    QCOMPARE(listed[u"pending"_s].toBool(), false);
    QVERIFY(listed[u"nextAttemptAt"_s].isNull());
    QCOMPARE(shop.receivedBodies().size(), 3);
    const QJsonObject dumped = n.sandbox.service().invoice(n.ref).value();
    QCOMPARE(dumped[u"notifications"_s].toArray().size(), 3);
    QCOMPARE(dumped[u"notifications"_s].toArray()[2].toObject()[u"httpStatus"_s].toInt(), 200);
    QCOMPARE(listed[u"attempts"_s].toArray().size(), 3);
    QCOMPARE(listed[u"notificationUrl"_s].toString(), shop.url(u"/seqr/notify"_s).toString());
}

void TestSandbox::givesUpNotifyingAfterTheLastRetry()
{
    ScriptedHttpServer shop;
    QVERIFY(shop.start());
    for (int i = 0; i < 6; ++i)
        shop.enqueue({503, "busy"});
    NotifyingSandbox n(shop.url(u"/n"_s));
    payAtPhone(n.sandbox, n.ref);
    // After the first refusal a retry is due, and the control API says when.
    QTRY_COMPARE_WITH_TIMEOUT(n.attempts().size(), 1, 10000);
    const QJsonObject waiting = n.sandbox.service().notifications(n.ref).value();
    QCOMPARE(waiting[u"pending"_s].toBool(), true);
    QVERIFY(QDateTime::fromString(waiting[u"nextAttemptAt"_s].toString(), Qt::ISODateWithMs) >=
            n.attempts().first().at);
    // One try and three retries (the options above), then none is due.
    QTRY_COMPARE_WITH_TIMEOUT(n.attempts().size(), 4, 10000);
    const QJsonObject gaveUp = n.sandbox.service().notifications(n.ref).value();
    QCOMPARE(gaveUp[u"pending"_s].toBool(), false);
    QVERIFY(gaveUp[u"nextAttemptAt"_s].isNull());
    QCOMPARE(n.attempts().size(), 4);
    QCOMPARE(shop.receivedBodies().size(), 4);
    QCOMPARE(n.attempts().last().httpStatus, 503);
}

void TestSandbox::notifiesCanceledAndFailed()
{
    ScriptedHttpServer shop;
    QVERIFY(shop.start());
    shop.enqueue({200, "ok"});
    shop.enqueue({200, "ok"});
    NotifyingSandbox n(shop.url(u"/n"_s));
    QVERIFY(n.sandbox.service().decline(n.ref));
    QTRY_COMPARE_WITH_TIMEOUT(n.attempts().size(), 1, 5000);
    QCOMPARE(n.attempts().first().status, u"FAILED"_s);
    Invoice inv = SandboxFixture::invoice();
    inv.notificationUrl = shop.url(u"/n"_s).toString();
    const QString second = finished(n.client->sendInvoice(inv))->response().invoiceReference;
    QCOMPARE(finished(n.client->cancelInvoice(second))->status(), CallStatus::Success);
    QTRY_COMPARE_WITH_TIMEOUT(shop.receivedBodies().size(), 2, 5000);
    QVERIFY(shop.receivedBodies()[1].contains(second.toUtf8()));
    QVERIFY(shop.receivedBodies()[1].contains("CANCELED"));
}

void TestSandbox::notificationUrlPointingNowhereNeverHoldsSoap()
{
    // A receiver that does not answer for a minute.
    ScriptedHttpServer stuck;
    QVERIFY(stuck.start());
    stuck.enqueue({200, "late", 60000});
    NotifyingSandbox n(stuck.url(u"/n"_s), 30000);
    payAtPhone(n.sandbox, n.ref);
    QTRY_COMPARE_WITH_TIMEOUT(stuck.receivedBodies().size(), 1, 5000);
    // The notification hangs; the till's polls are answered meanwhile.
    for (int i = 0; i < 3; ++i) {
        auto status = finished(n.client->getPaymentStatus(n.ref, 0));
        QCOMPARE(status->response().status, InvoiceStatus::Paid);
    }
    QVERIFY(n.attempts().isEmpty()); // still out
}

void TestSandbox::malformedRequestGetsSoapFault()
{
    SandboxFixture sandbox;
    QNetworkAccessManager network;
    QNetworkRequest request(sandbox.soapUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/xml"_s);
    std::unique_ptr<QNetworkReply> reply(network.post(request, "<not-soap/>"));
    QSignalSpy spy(reply.get(), &QNetworkReply::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    const auto fault = codec::decodeFault(reply->readAll());
    QVERIFY(fault);
    QCOMPARE(fault->faultCode, u"soapenv:Client"_s);
    QVERIFY(fault->faultString.startsWith(u"Malformed request"));
}

void TestSandbox::injectsFaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("http500") << int(FaultKind::Http500) << int(CallStatus::HttpError);
    QTest::newRow("soapFault") << int(FaultKind::SoapFault) << int(CallStatus::SoapFault);
    QTest::newRow("malformed") << int(FaultKind::MalformedBody) << int(CallStatus::MalformedReply);
    QTest::newRow("slow") << int(FaultKind::SlowReply) << int(CallStatus::Timeout);
    QTest::newRow("drop") << int(FaultKind::DroppedConnection) << int(CallStatus::ConnectionLost);
    QTest::newRow("empty") << int(FaultKind::EmptyBody) << int(CallStatus::MalformedReply);
}

void TestSandbox::injectsFaults()
{
    QFETCH(int, kind);
    QFETCH(int, expected);
    SandboxFixture sandbox;
    auto client = tillOne(sandbox);
    const QString ref = sendInvoice(*client);
    SeqrClient impatient(SeqrClientConfig{sandbox.soapUrl(), std::chrono::milliseconds(500), {}});
    impatient.setTerminalCredentials(client->terminalCredentials());
    // Two: Qt repeats a request once when the connection drops before a reply.
    sandbox.server().injectFaults(FaultKind(kind), 2, 1500);
    auto hurt = finished(impatient.getPaymentStatus(ref, 0));
    QCOMPARE(int(hurt->status()), expected);
    sandbox.server().injectFaults(FaultKind::None, 0);
    auto healed = finished(impatient.getPaymentStatus(ref, 0));
    QCOMPARE(healed->status(), CallStatus::Success);
    QCOMPARE(healed->response().status, InvoiceStatus::Issued);
}

void TestSandbox::reservationNeedsCommit()
{
    SandboxFixture sandbox;
    auto client = tillOne(sandbox);
    Invoice inv = SandboxFixture::invoice();
    inv.paymentMode = PaymentMode::ReservationDesired;
    const QString ref = finished(client->sendInvoice(inv))->response().invoiceReference;
    QCOMPARE(finished(client->commitReservation(ref))->resultCode(),
             int(ResultCode::InvoiceStateNotReserved));
    QVERIFY(sandbox.service().pay(ref, u"1234"_s));
    QCOMPARE(finished(client->getPaymentStatus(ref, 0))->response().status,
             InvoiceStatus::Reserved);
    QCOMPARE(finished(client->commitReservation(ref))->status(), CallStatus::Success);
    QCOMPARE(finished(client->getPaymentStatus(ref, 0))->response().status, InvoiceStatus::Paid);
}

void TestSandbox::unregisteredTillIsRefused()
{
    SandboxFixture sandbox;
    auto client = sandbox.makeClient();
    sandbox.registerTill(*client, u"Till 1"_s, u"GONE1"_s);
    QCOMPARE(finished(client->unregisterTerminal())->status(), CallStatus::Success);
    QCOMPARE(finished(client->sendInvoice(SandboxFixture::invoice()))->resultCode(),
             int(ResultCode::InvalidInitiatorPrincipalState));
    QVERIFY(!sandbox.service().scan(u"GONE1"_s));
}

void TestSandbox::stateSurvivesRestart()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.stateFile = dir.filePath(u"sandbox.json"_s);
    QString ref;
    Credentials till;
    {
        SandboxFixture sandbox(options);
        auto client = sandbox.makeClient();
        sandbox.registerTill(*client, u"Till 1"_s, u"KEEP1"_s);
        till = client->terminalCredentials();
        ref = sendInvoice(*client, u"77.70"_s);
        sandbox.service().save();
    }
    QVERIFY(QFile::exists(options.stateFile));
    QCOMPARE(QFile::permissions(options.stateFile) &
                 (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    SandboxFixture again(options);
    QVERIFY(again.service().loadError().isEmpty());
    auto client = again.makeClient();
    client->setTerminalCredentials(till);
    auto status = finished(client->getPaymentStatus(ref, 0));
    QCOMPARE(status->status(), CallStatus::Success);
    QCOMPARE(status->response().status, InvoiceStatus::Issued);
    QCOMPARE(again.service().state().invoices.value(ref).total.toDecimalString(), u"77.70"_s);
    const Invoice kept = again.service().state().invoices.value(ref).invoice;
    QCOMPARE(kept.invoiceRows, SandboxFixture::invoice(u"77.70"_s).invoiceRows);
    QCOMPARE(kept.cashierId, u"anna"_s);
    const auto next = finished(client->sendInvoice(SandboxFixture::invoice()));
    QVERIFY(next->response().invoiceReference != ref);
}

void TestSandbox::servesHttpsWithTestCa()
{
    QTemporaryDir dir;
    const TestCertificates certs = TestCertificates::create(dir.path());
    QVERIFY2(certs.error.isEmpty(), qPrintable(certs.error));
    SandboxServerOptions tls;
    tls.tlsCertFile = certs.serverCertFile;
    tls.tlsKeyFile = certs.serverKeyFile;
    SandboxFixture sandbox({}, tls);
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.error()));
    QCOMPARE(sandbox.soapUrl().scheme(), u"https"_s);

    auto trusting = sandbox.makeClient(certs.caFile);
    QVERIFY(!sandbox.registerTill(*trusting, u"Till 1"_s, u"TLS1"_s).isEmpty());
    auto untrusting = sandbox.makeClient();
    auto refused = finished(
        untrusting->registerTerminal(SandboxFixture::reseller(), u"S/T"_s, u"secret1"_s, u"T"_s));
    QCOMPARE(refused->status(), CallStatus::TlsFailure);
    QCOMPARE(sandbox.service().state().terminals.size(), 1);
}

void TestSandbox::everyResponseValidatesAgainstSchema()
{
    SchemaValidator validator;
    if (!validator.isAvailable())
        KASSA_SKIP(qPrintable(validator.reason()));
    SandboxFixture sandbox;
    SandboxService &s = sandbox.service();
    QList<QByteArray> responses;
    QStringList names;
    auto ask = [&](const AnyRequest &r, const QString &name) {
        const QByteArray out = s.handle(r);
        responses.append(out);
        names.append(name);
        return out;
    };
    ClientContext shop;
    shop.initiatorPrincipalId = SandboxFixture::reseller().principal;
    shop.password = SandboxFixture::reseller().password;
    const auto reg = codec::decodeRegisterTerminalResponse(ask(
        RegisterTerminalRequest{shop, u"S/T1"_s, u"pw-1234"_s, u"Till"_s}, u"registerTerminal"_s));
    ClientContext till;
    till.initiatorPrincipalId = PrincipalId{reg->terminalId, u"TERMINALID"_s, {}};
    till.password = u"pw-1234"_s;
    ask(RegisterTerminalRequest{shop, u"S/T2"_s, u"pw"_s, u"Till"_s}, u"registerTerminal 21"_s);
    ask(AssignSeqrIdRequest{till, u"VALID1"_s}, u"assignSeqrId"_s);
    ask(AssignSeqrIdRequest{till, u"not valid"_s}, u"assignSeqrId 53"_s);
    const auto sent = codec::decodeSendInvoiceResponse(
        ask(SendInvoiceRequest{till, SandboxFixture::invoice(), {}}, u"sendInvoice"_s));
    const QString ref = sent->invoiceReference;
    ask(SendInvoiceRequest{till, Invoice{}, {}}, u"sendInvoice 49"_s);
    ask(UpdateInvoiceRequest{till, ref, SandboxFixture::invoice(u"10.00"_s), {}},
        u"updateInvoice"_s);
    ask(GetPaymentStatusRequest{till, ref, 0}, u"getPaymentStatus ISSUED"_s);
    QVERIFY(s.offerToken(ref, CustomerToken{u"card"_s, u"c1"_s, 0, u"v"_s}));
    ask(GetPaymentStatusRequest{till, ref, 1}, u"getPaymentStatus PENDING with tokens"_s);
    ask(UpdateInvoiceRequest{till, ref, SandboxFixture::invoice(u"10.00"_s), {}},
        u"updateInvoice ack"_s);
    QVERIFY(s.pay(ref, u"1234"_s));
    const auto paid = codec::decodeGetPaymentStatusResponse(
        ask(GetPaymentStatusRequest{till, ref, 2}, u"getPaymentStatus PAID"_s));
    ask(GetPaymentStatusRequest{till, u"1"_s, 0}, u"getPaymentStatus 54"_s);
    ask(CancelInvoiceRequest{till, ref}, u"cancelInvoice 50"_s);
    ask(SubmitPaymentReceiptRequest{till, paid->ersReference,
                                    ReceiptDocument{u"text/plain"_s, "r", u"RECEIPT"_s}},
        u"submitPaymentReceipt"_s);
    Invoice refund;
    refund.totalAmount = Amount{u"SEK"_s, Decimal::fromInteger(1)};
    ask(RefundPaymentRequest{till, paid->ersReference, refund}, u"refundPayment"_s);
    ask(RefundPaymentRequest{till, u"0"_s, refund}, u"refundPayment 23"_s);
    const auto period = codec::decodeMarkTransactionPeriodResponse(
        ask(MarkTransactionPeriodRequest{shop, {}}, u"markTransactionPeriod"_s));
    const Parameters params{{u"transactionPeriodId"_s, period->transactionPeriodId}};
    ask(ExecuteReportRequest{shop, u"Reconciliation/STD_RECON_003.xml"_s, u"en"_s, params},
        u"executeReport 2"_s);
    for (const char *id : {"001", "002", "003", "004", "005"})
        ask(ExecuteReportRequest{shop,
                                 u"Reconciliation/STD_RECON_"_s + QLatin1StringView(id) + u".xml"_s,
                                 u"en"_s, params},
            u"executeReport "_s + QLatin1StringView(id));
    ask(ExecuteReportRequest{shop, u"Shop.xml"_s, u"en"_s, {}}, u"executeReport Shop.xml"_s);
    ask(CommitReservationRequest{till, ref}, u"commitReservation 96"_s);
    ask(UnregisterTerminalRequest{till}, u"unregisterTerminal"_s);
    ask(UnregisterTerminalRequest{till}, u"unregisterTerminal 33"_s);

    const QList<QString> results = validator.validate(responses);
    QStringList failures;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results[i].isEmpty())
            failures.append(names[i] + u": "_s + results[i]);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(responses.size(), 27);
}

void TestSandbox::phonePageListsTheDemoTillFirst()
{
    // kassa --demo (issue 27 item 12): the buyer's phone lists the cashier's
    // till first, though the webshop and the café registered before it.
    sandbox::SandboxOptions options;
    options.firstSeqrId = u"KASSADEMO1"_s;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isRunning());
    auto web = sandbox.makeClient();
    QVERIFY(!sandbox.registerTill(*web, u"Demo webshop"_s, u"KASSAWEB1"_s).isEmpty());
    auto till = sandbox.makeClient();
    QVERIFY(!sandbox.registerTill(*till, u"Kassa 1"_s, u"KASSADEMO1"_s).isEmpty());
    QNetworkAccessManager network;
    QNetworkRequest request = sandbox.controlRequest(u"/control/tills"_s);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QStringList names;
    for (const QJsonValue &t :
         QJsonDocument::fromJson(reply->readAll()).object().value(u"tills"_s).toArray())
        names.append(t.toObject().value(u"name"_s).toString());
    QCOMPARE(names, (QStringList{u"Kassa 1"_s, u"Demo webshop"_s}));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
