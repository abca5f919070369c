#include "core/payment/paymentsession.h"
#include "core/seqr/resultcode.h"
#include "tests/support/sandboxfixture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;
using State = PaymentSession::State;

// PaymentSession against the real sandbox over loopback, with a real journal.
class TestPaymentSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paysJournalsThenConfirmsReceipt();
    void pollsOncePerSecond();
    void neverTwoPollsInFlight();
    void roundEndsAndAsksTryAgainOrCancel();
    void paymentWhileDecidingIsAcknowledged();
    void cancelOfPaidInvoiceFindsThePayment();
    void cancelWhileBuyerConfirmsKeepsWaiting();
    void faultsWhilePollingDoNotEndThePayment_data();
    void faultsWhilePollingDoNotEndThePayment();
    void buyerCancelAndDeclineEndIt();
    void refusedInvoiceIsNotSent();
    void resumedInvoiceIsAcknowledgedInTime();
    void resumedOpenInvoiceIsCanceled();

private:
    std::unique_ptr<PaymentSession> makeSession(PaymentTiming timing = fastTiming());
    static PaymentTiming fastTiming();
    static PaymentRequest request(const QString &price = u"149.99"_s);
    void startAndWait(PaymentSession &session, const PaymentRequest &r = request());

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SeqrClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<journal::Journal> m_journal;
};

PaymentTiming TestPaymentSession::fastTiming()
{
    PaymentTiming t;
    t.pollIntervalMs = 100;
    t.roundMs = 3000;
    t.journalRetryMs = 100;
    return t;
}

PaymentRequest TestPaymentSession::request(const QString &price)
{
    const Money unit = *Money::parse(price, u"SEK");
    PaymentRequest r;
    r.cashierId = u"anna"_s;
    r.title = u"Lilla Livs"_s;
    r.rows = {journal::SaleRow{u"Kaffe"_s, u"7310865004703"_s, u"K1"_s, Decimal::fromInteger(1),
                               u"st"_s, unit, unit, Decimal::fromInteger(12)}};
    return r;
}

void TestPaymentSession::init()
{
    SandboxOptions options;
    options.ackWindowMs = 2000;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    m_client = m_sandbox->makeClient();
    QVERIFY(!m_sandbox->registerTill(*m_client, u"Till 1"_s, u"TILL1"_s).isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    auto journal = journal::Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal);
    m_journal = std::move(journal.value());
}

void TestPaymentSession::cleanup()
{
    m_journal.reset();
    m_client.reset();
    m_sandbox.reset();
}

std::unique_ptr<PaymentSession> TestPaymentSession::makeSession(PaymentTiming timing)
{
    return std::make_unique<PaymentSession>(m_client.get(), m_journal.get(), u"Lilla Livs"_s,
                                            timing);
}

void TestPaymentSession::startAndWait(PaymentSession &session, const PaymentRequest &r)
{
    session.start(r);
    QCOMPARE(session.state(), State::Created); // nothing happens inside start()
    QTRY_COMPARE(session.state(), State::Waiting);
}

void TestPaymentSession::paysJournalsThenConfirmsReceipt()
{
    auto session = makeSession();
    startAndWait(*session);
    const QString ref = session->invoiceReference();
    QCOMPARE(session->qrCode(), u"HTTP://SEQR.SE/R"_s + ref);
    QCOMPARE(m_journal->invoice(ref)->state, journal::InvoiceState::Open); // journaled before shown
    QTRY_COMPARE(session->lastStatus(), InvoiceStatus::Issued);

    auto paid = m_sandbox->service().pay(ref, u"1234"_s);
    QVERIFY(paid);
    const QString ers = (*paid)[u"ersReference"_s].toString();
    QTRY_COMPARE(session->state(), State::Paid);
    QCOMPARE(session->ersReference(), ers);
    QCOMPARE(session->receiptNumber(), 1);
    QVERIFY(session->lastError().code == ErrorCode::None);

    const auto sale = m_journal->sale(session->saleId());
    QCOMPARE(sale->status, journal::SaleStatus::Completed);
    QCOMPARE(sale->tenders.size(), 1);
    QCOMPARE(sale->tenders.first().ersReference, ers);
    QCOMPARE(sale->tenders.first().amount.toDecimalString(), u"149.99"_s);
    const QStringList events = m_journal->events(ref);
    QVERIFY(events.indexOf(u"invoice-paid"_s) < events.indexOf(u"receipt-submitted"_s));
    QVERIFY(m_journal->invoicesInFlight().isEmpty());

    const auto &record = m_sandbox->service().state().invoices.value(ref);
    QVERIFY(record.acknowledged);
    const QString receipt = QString::fromUtf8(record.receiptDocument);
    QVERIFY2(receipt.contains(ers) && receipt.contains(u"149.99") && receipt.contains(u"Kaffe"),
             qPrintable(receipt));
}

void TestPaymentSession::pollsOncePerSecond()
{
    auto session = makeSession(PaymentTiming{});
    startAndWait(*session);
    QElapsedTimer clock;
    clock.start();
    const int before = session->polls();
    QTest::qWait(3500);
    const int polls = session->polls() - before;
    QVERIFY2(polls >= 3 && polls <= 4, qPrintable(QString::number(polls) + u" polls in 3.5 s"_s));
    QVERIFY(session->secondsLeftInRound() > 25);
}

void TestPaymentSession::neverTwoPollsInFlight()
{
    auto session = makeSession();
    startAndWait(*session);
    QTRY_VERIFY(session->polls() >= 1);
    // Every reply now takes 700 ms while the cadence is 100 ms.
    m_sandbox->server().injectFaults(FaultKind::SlowReply, 1000, 700);
    const int before = session->polls();
    QTest::qWait(2200);
    const int polls = session->polls() - before;
    QVERIFY2(polls <= 4, qPrintable(QString::number(polls) + u" polls started in 2.2 s"_s));
    m_sandbox->server().injectFaults(FaultKind::None, 0);
    QVERIFY(m_sandbox->service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QCOMPARE(m_journal->sale(session->saleId())->tenders.size(), 1);
}

void TestPaymentSession::roundEndsAndAsksTryAgainOrCancel()
{
    PaymentTiming t = fastTiming();
    t.roundMs = 400;
    auto session = makeSession(t);
    startAndWait(*session);
    QVERIFY(!session->canTryAgain());
    QTRY_COMPARE(session->state(), State::Deciding);
    QVERIFY(session->canTryAgain());
    QVERIFY(session->canCancel());
    session->tryAgain();
    QCOMPARE(session->state(), State::Waiting);
    QTRY_COMPARE(session->state(), State::Deciding);
    session->cancel();
    QCOMPARE(session->state(), State::Canceling);
    QTRY_COMPARE(session->state(), State::Canceled);
    const QString ref = session->invoiceReference();
    QCOMPARE(m_journal->invoice(ref)->state, journal::InvoiceState::Canceled);
    QCOMPARE(m_journal->sale(session->saleId())->status, journal::SaleStatus::Canceled);
    QCOMPARE(m_sandbox->service().state().invoices.value(ref).status, InvoiceStatus::Canceled);
}

void TestPaymentSession::paymentWhileDecidingIsAcknowledged()
{
    PaymentTiming t = fastTiming();
    t.roundMs = 300;
    auto session = makeSession(t);
    startAndWait(*session);
    QTRY_COMPARE(session->state(), State::Deciding);
    // The cashier hesitates; the buyer pays meanwhile.
    QVERIFY(m_sandbox->service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QVERIFY(m_sandbox->service().state().invoices.value(session->invoiceReference()).acknowledged);
}

void TestPaymentSession::cancelOfPaidInvoiceFindsThePayment()
{
    PaymentTiming t = fastTiming();
    t.pollIntervalMs = 60000; // only the first poll, so the cancel meets a paid invoice
    auto session = makeSession(t);
    startAndWait(*session);
    QTRY_COMPARE(session->lastStatus(), InvoiceStatus::Issued);
    QVERIFY(m_sandbox->service().pay(session->invoiceReference(), u"1234"_s));
    session->cancel();
    QTRY_COMPARE(session->state(), State::Paid);
    QCOMPARE(session->lastError().code, ErrorCode::None);
    QCOMPARE(m_journal->invoice(session->invoiceReference())->state, journal::InvoiceState::Paid);
}

void TestPaymentSession::cancelWhileBuyerConfirmsKeepsWaiting()
{
    auto session = makeSession();
    startAndWait(*session);
    QVERIFY(m_sandbox->service().confirm(session->invoiceReference()));
    session->cancel();
    QTRY_COMPARE(session->state(), State::Waiting);
    QCOMPARE(session->lastError().resultCode, int(ResultCode::CannotCancelInvoiceInProgress));
    QVERIFY(m_sandbox->service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
}

void TestPaymentSession::faultsWhilePollingDoNotEndThePayment_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("http 500") << int(FaultKind::Http500);
    QTest::newRow("soap fault") << int(FaultKind::SoapFault);
    QTest::newRow("malformed") << int(FaultKind::MalformedBody);
    QTest::newRow("empty body") << int(FaultKind::EmptyBody);
    QTest::newRow("dropped connection") << int(FaultKind::DroppedConnection);
}

void TestPaymentSession::faultsWhilePollingDoNotEndThePayment()
{
    QFETCH(int, fault);
    auto session = makeSession();
    QSignalSpy problems(session.get(), &PaymentSession::connectionProblemChanged);
    startAndWait(*session);
    QTRY_VERIFY(session->polls() >= 1);
    m_sandbox->server().injectFaults(FaultKind(fault), 6);
    QVERIFY(m_sandbox->service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QVERIFY(problems.count() >= 2); // the problem was shown, then cleared
    QCOMPARE(problems.first().first().toBool(), true);
    QVERIFY(!session->hasConnectionProblem());
    QCOMPARE(m_journal->sale(session->saleId())->tenders.size(), 1);
    QCOMPARE(m_journal->events(session->invoiceReference()).count(u"invoice-paid"_s), 1);
}

void TestPaymentSession::buyerCancelAndDeclineEndIt()
{
    auto canceled = makeSession();
    startAndWait(*canceled);
    QVERIFY(m_sandbox->service().customerCancel(canceled->invoiceReference()));
    QTRY_COMPARE(canceled->state(), State::Canceled);
    auto declined = makeSession();
    startAndWait(*declined);
    QVERIFY(m_sandbox->service().decline(declined->invoiceReference()));
    QTRY_COMPARE(declined->state(), State::Failed);
    QCOMPARE(m_journal->invoice(declined->invoiceReference())->state,
             journal::InvoiceState::Failed);
}

void TestPaymentSession::refusedInvoiceIsNotSent()
{
    m_client->setTerminalCredentials(
        Credentials::terminal(m_client->terminalCredentials().principal.id, u"wrong"_s));
    auto session = makeSession();
    session->start(request());
    QTRY_COMPARE(session->state(), State::NotSent);
    QCOMPARE(session->lastError().code, ErrorCode::ServiceRefused);
    QCOMPARE(session->lastError().resultCode, int(ResultCode::AuthenticationFailed));
    QCOMPARE(m_journal->sale(session->saleId())->status, journal::SaleStatus::Canceled);

    auto empty = makeSession();
    PaymentRequest nothing;
    empty->start(nothing);
    QTRY_COMPARE(empty->state(), State::NotSent);
    QCOMPARE(empty->lastError().code, ErrorCode::InvalidArgument);
}

void TestPaymentSession::resumedInvoiceIsAcknowledgedInTime()
{
    QString ref;
    {
        auto session = makeSession();
        startAndWait(*session);
        ref = session->invoiceReference();
        // The till goes away mid-payment (the session dies without a word).
    }
    QVERIFY(m_sandbox->service().pay(ref, u"1234"_s));
    QTest::qWait(300);
    const auto inFlight = m_journal->invoicesInFlight();
    QCOMPARE(inFlight.size(), 1);
    auto resumed = makeSession();
    resumed->resume(inFlight.first(), true);
    QTRY_COMPARE(resumed->state(), State::Paid);
    QCOMPARE(m_journal->invoice(ref)->state, journal::InvoiceState::Paid);
    QTest::qWait(2000); // past the sandbox's 2 s acknowledgement window
    QCOMPARE(m_sandbox->service().state().invoices.value(ref).status, InvoiceStatus::Paid);
    QVERIFY(!m_sandbox->service().state().invoices.value(ref).reversed);
    QVERIFY(m_journal->invoicesInFlight().isEmpty());
}

void TestPaymentSession::resumedOpenInvoiceIsCanceled()
{
    QString ref;
    {
        auto session = makeSession();
        startAndWait(*session);
        ref = session->invoiceReference();
    }
    auto resumed = makeSession();
    resumed->resume(m_journal->invoicesInFlight().first(), true);
    QTRY_COMPARE(resumed->state(), State::Canceled);
    QCOMPARE(m_sandbox->service().state().invoices.value(ref).status, InvoiceStatus::Canceled);
    QCOMPARE(m_journal->invoice(ref)->state, journal::InvoiceState::Canceled);
}

QTEST_GUILESS_MAIN(TestPaymentSession)
#include "tst_paymentsession.moc"
