#include "core/payment/paymentsession.h"

#include "core/payment/paymentrecovery.h"
#include "core/seqr/resultcode.h"
#include "core/terminal/errortext.h"
#include "tests/support/freeport.h"
#include "tests/support/quicktiming.h"
#include "tests/support/tillfixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
    void receiptAfterCancelInFlightStaysTracked();
    void illegalTransitionsAreRefusedInEveryBuild();
    void stateEventTheJournalRefusedIsWrittenLater();
    void busyJournalOnPaidIsRetried();
    void permanentJournalFailureOnPaidIsShownNotRetried();
    void recoveryThatCannotReadTheJournalSaysSoAndRetries();
    void unreadableSaleSendsNoEmptyReceiptAndLeavesItToRecovery();
    void failedSendInvoiceIsSentAgain();
    void sendInvoiceGivesUpWithinItsBudget();
    void randomFaultsOnTenPercentStillStartEveryPayment();

private:
    std::unique_ptr<PaymentSession> makeSession(PaymentTiming timing = fastTiming());
    static PaymentTiming fastTiming();
    static PaymentRequest request(const QString &price = u"149.99"_s);
    void startAndWait(PaymentSession &session, const PaymentRequest &r = request());
    // A payment the till left waiting: started, then its session gone
    // without a word (the till went away mid-payment); its invoice reference.
    QString leftWaiting();
    // The recovery of the till's next start, run until it finished (15 s at
    // most; null when it did not).
    std::unique_ptr<PaymentRecovery> recover();
    // A second connection to the journal's file, as another process would have.
    QSqlQuery raw(const QString &sql);

    std::unique_ptr<TillFixture> m_till;
};

PaymentTiming TestPaymentSession::fastTiming()
{
    return kassa::test::quickTiming(3000);
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
    m_till = TillFixture::withTillOne(options);
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
}

void TestPaymentSession::cleanup()
{
    QSqlDatabase::removeDatabase(u"raw"_s);
    m_till.reset();
}

std::unique_ptr<PaymentSession> TestPaymentSession::makeSession(PaymentTiming timing)
{
    return std::make_unique<PaymentSession>(m_till->client(), m_till->journal(), u"Lilla Livs"_s,
                                            timing);
}

QSqlQuery TestPaymentSession::raw(const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::contains(u"raw"_s)
                          ? QSqlDatabase::database(u"raw"_s)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    // Opening again would close it first, and end its transaction.
    if (!db.isOpen()) {
        db.setDatabaseName(m_till->journal()->path());
        db.open();
    }
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning() << "raw SQL failed:" << sql << q.lastError().text();
    return q;
}

QString TestPaymentSession::leftWaiting()
{
    auto session = makeSession();
    startAndWait(*session);
    return session->invoiceReference();
}

std::unique_ptr<PaymentRecovery> TestPaymentSession::recover()
{
    auto recovery = std::make_unique<PaymentRecovery>(m_till->client(), m_till->journal(),
                                                      u"Lilla Livs"_s, fastTiming());
    QSignalSpy done(recovery.get(), &PaymentRecovery::finished);
    recovery->run();
    if (!done.wait(15000))
        return nullptr;
    return recovery;
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
    QCOMPARE(m_till->journal()->invoice(ref)->state,
             journal::InvoiceState::Open); // journaled before shown
    QTRY_COMPARE(session->lastStatus(), InvoiceStatus::Issued);

    auto paid = m_till->sandbox().service().pay(ref, u"1234"_s);
    QVERIFY(paid);
    const QString ers = (*paid)[u"ersReference"_s].toString();
    QTRY_COMPARE(session->state(), State::Paid);
    QCOMPARE(session->ersReference(), ers);
    QCOMPARE(session->receiptNumber(), 1);
    QVERIFY(session->lastError().code == ErrorCode::None);

    const auto sale = m_till->journal()->sale(session->saleId());
    QCOMPARE(sale->status, journal::SaleStatus::Completed);
    QCOMPARE(sale->tenders.size(), 1);
    QCOMPARE(sale->tenders.first().ersReference, ers);
    QCOMPARE(sale->tenders.first().amount.toDecimalString(), u"149.99"_s);
    const QStringList events = m_till->journal()->events(ref).value();
    QCOMPARE(events.count(u"invoice-paid"_s), 1);
    QCOMPARE(events.count(u"receipt-submitted"_s), 1);
    QVERIFY2(events.indexOf(u"invoice-paid"_s) < events.indexOf(u"receipt-submitted"_s),
             qPrintable(events.join(u", "_s)));
    QVERIFY(m_till->journal()->invoicesInFlight()->isEmpty());

    const auto &record = m_till->sandbox().service().state().invoices.value(ref);
    QVERIFY(record.acknowledged);
    const QString receipt = QString::fromUtf8(record.receiptDocument);
    QVERIFY2(receipt.contains(ers) && receipt.contains(u"149.99") && receipt.contains(u"Kaffe"),
             qPrintable(receipt));
}

void TestPaymentSession::pollsOncePerSecond()
{
    // SEQR's rule is once per second: never faster (however fast SEQR
    // answers), and on. A loaded machine may only make it slower, so the
    // test waits for polls and bounds them from above by the time taken.
    auto session = makeSession(PaymentTiming{});
    startAndWait(*session);
    QTRY_VERIFY(session->polls() >= 1);
    QElapsedTimer clock;
    clock.start();
    const int first = session->polls();
    QTRY_VERIFY_WITH_TIMEOUT(session->polls() >= first + 3, 20000);
    const int polls = session->polls() - first;
    // n more polls need at least n - 1 whole intervals after the first of them.
    QVERIFY2(clock.elapsed() >= (polls - 1) * 1000 - 50,
             qPrintable(QString::number(polls) + u" polls in "_s +
                        QString::number(clock.elapsed()) + u" ms"_s));
    QCOMPARE(session->skippedPolls(), 0); // the loopback sandbox answers within the second
    QVERIFY(session->secondsLeftInRound() > 0);
}

void TestPaymentSession::neverTwoPollsInFlight()
{
    auto session = makeSession();
    startAndWait(*session);
    // Hold the next poll's reply (2 s) while the cadence is 100 ms.
    QTRY_VERIFY(session->polls() >= 1);
    m_till->sandbox().server().injectFaults(FaultKind::SlowReply, 1, 2000);
    QTRY_VERIFY(session->skippedPolls() >= 1); // the held poll is in flight
    const int held = session->polls();
    const int skipped = session->skippedPolls();
    // Several ticks come and go while it is held; none starts a second poll.
    QTRY_VERIFY(session->skippedPolls() >= skipped + 5);
    QCOMPARE(session->polls(), held);
    // Once it is answered polling goes on.
    QTRY_VERIFY(session->polls() >= held + 2);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QCOMPARE(m_till->journal()->sale(session->saleId())->tenders.size(), 1);
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
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Canceled);
    QCOMPARE(m_till->journal()->sale(session->saleId())->status, journal::SaleStatus::Canceled);
    QCOMPARE(m_till->sandbox().service().state().invoices.value(ref).status,
             InvoiceStatus::Canceled);
}

void TestPaymentSession::paymentWhileDecidingIsAcknowledged()
{
    PaymentTiming t = fastTiming();
    t.roundMs = 300;
    auto session = makeSession(t);
    startAndWait(*session);
    QTRY_COMPARE(session->state(), State::Deciding);
    // The cashier hesitates; the buyer pays meanwhile.
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QVERIFY(m_till->sandbox()
                .service()
                .state()
                .invoices.value(session->invoiceReference())
                .acknowledged);
}

void TestPaymentSession::cancelOfPaidInvoiceFindsThePayment()
{
    PaymentTiming t = fastTiming();
    t.pollIntervalMs = 60000; // only the first poll, so the cancel meets a paid invoice
    auto session = makeSession(t);
    startAndWait(*session);
    QTRY_COMPARE(session->lastStatus(), InvoiceStatus::Issued);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    session->cancel();
    QTRY_COMPARE(session->state(), State::Paid);
    QCOMPARE(session->lastError().code, ErrorCode::None);
    QCOMPARE(m_till->journal()->invoice(session->invoiceReference())->state,
             journal::InvoiceState::Paid);
}

void TestPaymentSession::cancelWhileBuyerConfirmsKeepsWaiting()
{
    auto session = makeSession();
    startAndWait(*session);
    QVERIFY(m_till->sandbox().service().confirm(session->invoiceReference()));
    session->cancel();
    QTRY_COMPARE(session->state(), State::Waiting);
    QCOMPARE(session->lastError().resultCode, int(ResultCode::CannotCancelInvoiceInProgress));
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
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
    m_till->sandbox().server().injectFaults(FaultKind(fault), 6);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QVERIFY(problems.count() >= 2); // the problem was shown, then cleared
    QCOMPARE(problems.first().first().toBool(), true);
    QVERIFY(!session->hasConnectionProblem());
    QCOMPARE(m_till->journal()->sale(session->saleId())->tenders.size(), 1);
    QCOMPARE(m_till->journal()->events(session->invoiceReference())->count(u"invoice-paid"_s), 1);
}

void TestPaymentSession::buyerCancelAndDeclineEndIt()
{
    auto canceled = makeSession();
    startAndWait(*canceled);
    QVERIFY(m_till->sandbox().service().customerCancel(canceled->invoiceReference()));
    QTRY_COMPARE(canceled->state(), State::Canceled);
    auto declined = makeSession();
    startAndWait(*declined);
    QVERIFY(m_till->sandbox().service().decline(declined->invoiceReference()));
    QTRY_COMPARE(declined->state(), State::Failed);
    QCOMPARE(m_till->journal()->invoice(declined->invoiceReference())->state,
             journal::InvoiceState::Failed);
}

void TestPaymentSession::refusedInvoiceIsNotSent()
{
    m_till->client()->setTerminalCredentials(
        Credentials::terminal(m_till->client()->terminalCredentials().principal.id, u"wrong"_s));
    auto session = makeSession();
    session->start(request());
    QTRY_COMPARE(session->state(), State::NotSent);
    QCOMPARE(session->lastError().code, ErrorCode::ServiceRefused);
    QCOMPARE(session->lastError().resultCode, int(ResultCode::AuthenticationFailed));
    QCOMPARE(m_till->journal()->sale(session->saleId())->status, journal::SaleStatus::Canceled);

    auto empty = makeSession();
    PaymentRequest nothing;
    empty->start(nothing);
    QTRY_COMPARE(empty->state(), State::NotSent);
    QCOMPARE(empty->lastError().code, ErrorCode::InvalidArgument);
}

void TestPaymentSession::resumedInvoiceIsAcknowledgedInTime()
{
    const QString ref = leftWaiting();
    QVERIFY(m_till->sandbox().service().pay(ref, u"1234"_s));
    const auto inFlight = m_till->journal()->invoicesInFlight();
    QVERIFY(inFlight);
    QCOMPARE(inFlight->size(), 1);
    auto resumed = makeSession();
    resumed->resume(inFlight->first(), true);
    QTRY_COMPARE(resumed->state(), State::Paid);
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Paid);
    // Past the sandbox's 2 s acknowledgement window SEQR still has it paid:
    // its clock is moved on (the window's deadline runs at once) rather than
    // waited for. Had the resumed session not seen PAID, this reverses it.
    m_till->sandbox().service().advanceClock(3000);
    QCOMPARE(m_till->sandbox().service().state().invoices.value(ref).status, InvoiceStatus::Paid);
    QVERIFY(!m_till->sandbox().service().state().invoices.value(ref).reversed);
    QVERIFY(m_till->journal()->invoicesInFlight()->isEmpty());
}

void TestPaymentSession::resumedOpenInvoiceIsCanceled()
{
    const QString ref = leftWaiting();
    auto resumed = makeSession();
    resumed->resume(m_till->journal()->invoicesInFlight()->first(), true);
    QTRY_COMPARE(resumed->state(), State::Canceled);
    QCOMPARE(m_till->sandbox().service().state().invoices.value(ref).status,
             InvoiceStatus::Canceled);
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Canceled);
}

void TestPaymentSession::receiptAfterCancelInFlightStaysTracked()
{
    PaymentTiming t = fastTiming();
    t.pollIntervalMs = 300;
    auto session = makeSession(t);
    startAndWait(*session);
    const QString ref = session->invoiceReference();
    // Right after a poll (the next is 300 ms away): the buyer pays and the
    // cashier cancels; SEQR holds the cancel's answer for 1.5 s.
    bool once = false;
    connect(session.get(), &PaymentSession::statusReceived, this, [&](InvoiceStatus status) {
        if (once || status != InvoiceStatus::Issued)
            return;
        once = true;
        QVERIFY(m_till->sandbox().service().pay(ref, u"1234"_s));
        m_till->sandbox().server().injectFaults(FaultKind::SlowReply, 1, 1500);
        session->cancel();
    });
    // The next poll says PAID while the cancel is in flight; the receipt
    // then goes out and SEQR holds its answer longer than the cancel's.
    connect(session.get(), &PaymentSession::stateChanged, this, [&](State state) {
        if (state == State::ConfirmingReceipt)
            m_till->sandbox().server().injectFaults(FaultKind::SlowReply, 1, 5000);
    });
    QTRY_COMPARE(session->state(), State::ConfirmingReceipt);
    QCOMPARE(m_till->client()->callsInFlight(), 2); // cancel and receipt
    // The cancel ends ("already paid"); the receipt is still out.
    QTRY_COMPARE_WITH_TIMEOUT(m_till->client()->callsInFlight(), 1, 5000);
    QCOMPARE(session->state(), State::ConfirmingReceipt);
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Paid);
    // Kassa quits now: the session still knows its receipt call and ends it.
    session.reset();
    QCOMPARE(m_till->client()->callsInFlight(), 0);
}

void TestPaymentSession::illegalTransitionsAreRefusedInEveryBuild()
{
    QVERIFY(PaymentSession::isTransitionAllowed(State::Waiting, State::Recording));
    QVERIFY(!PaymentSession::isTransitionAllowed(State::Paid, State::Waiting));
    QVERIFY(!PaymentSession::isTransitionAllowed(State::Canceled, State::Recording));
    QVERIFY(!PaymentSession::isTransitionAllowed(State::Sending, State::Paid));

    auto session = makeSession();
    startAndWait(*session);
    const QString ref = session->invoiceReference();
    QVERIFY(m_till->sandbox().service().pay(ref, u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QTRY_COMPARE(m_till->client()->callsInFlight(), 0);
    const QStringList before = m_till->journal()->events(ref).value();

    // A paid session taken over again (or started again) would poll a paid
    // invoice as if it were open: refused, logged, nothing changes — in
    // the RelWithDebInfo build as in a debug one.
    QSignalSpy changes(session.get(), &PaymentSession::stateChanged);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"refused resume\\(\\)"_s));
    session->resume(*m_till->journal()->invoice(ref), true);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"refused start\\(\\)"_s));
    session->start(request());
    // What an accepted resume or start does, it sets off from the event
    // loop's next turn (a queued call: journal event, state, a poll or a
    // send): that turn is run, then nothing may have happened.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(changes.count(), 0);
    QCOMPARE(m_till->client()->callsInFlight(), 0);
    QCOMPARE(session->state(), State::Paid);
    QCOMPARE(m_till->journal()->events(ref).value(), before);
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Paid);
}

void TestPaymentSession::stateEventTheJournalRefusedIsWrittenLater()
{
    auto session = makeSession();
    startAndWait(*session);
    const QString ref = session->invoiceReference();
    // The journal refuses the next state events for a while.
    QVERIFY(raw(u"CREATE TRIGGER refuse_state BEFORE INSERT ON events "
                "WHEN NEW.kind='payment-state' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s)
                .isActive());
    QTRY_COMPARE(session->state(), State::Waiting);
    session->cancel();
    QCOMPARE(session->state(), State::Canceling);
    QTRY_COMPARE(session->state(), State::Canceled);
    QCOMPARE(m_till->journal()->events(ref)->count(u"payment-state"_s),
             1); // Waiting, before the trigger
    QVERIFY(raw(u"DROP TRIGGER refuse_state"_s).isActive());
    // Kept, not lost: written when the journal takes them again.
    session.reset();
    QStringList states;
    QSqlQuery q = raw(u"SELECT detail FROM events WHERE invoice_reference='"_s + ref +
                      u"' AND kind='payment-state' ORDER BY id"_s);
    while (q.next())
        states.append(q.value(0).toString());
    QCOMPARE(states, QStringList({u"Waiting"_s, u"Canceling"_s, u"Canceled"_s}));
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Canceled);
}

void TestPaymentSession::busyJournalOnPaidIsRetried()
{
    auto session = makeSession();
    startAndWait(*session);
    const QString ref = session->invoiceReference();
    // Another process holds the journal's write lock when PAID arrives.
    QVERIFY(raw(u"SELECT 1"_s).isActive()); // opens the second connection
    QSqlDatabase other = QSqlDatabase::database(u"raw"_s);
    QVERIFY(other.transaction());
    QVERIFY(
        raw(u"INSERT INTO events(at, kind) VALUES('now', 'holding the write lock')"_s).isActive());
    QVERIFY(m_till->sandbox().service().pay(ref, u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Recording, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(session->lastError().code, ErrorCode::StorageBusy, 20000);
    QCOMPARE(session->state(), State::Recording); // still trying, nothing lost
    QVERIFY(other.rollback());
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Paid, 20000);
    QVERIFY(!session->isUnrecorded());
    QCOMPARE(session->receiptNumber(), 1);
    QCOMPARE(m_till->journal()->events(ref)->count(u"invoice-paid"_s), 1);
    QCOMPARE(m_till->journal()->sale(session->saleId())->tenders.size(), 1);
}

void TestPaymentSession::permanentJournalFailureOnPaidIsShownNotRetried()
{
    auto session = makeSession();
    startAndWait(*session);
    const QString ref = session->invoiceReference();
    QString ers;
    // The journal refuses the SEQR tender for good (as a damaged or
    // read-only file would).
    QVERIFY(raw(u"CREATE TRIGGER refuse_tender BEFORE INSERT ON tenders "
                "BEGIN SELECT RAISE(ABORT, 'refused for good'); END"_s)
                .isActive());
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"the journal refuses PAID"_s));
    auto paid = m_till->sandbox().service().pay(ref, u"1234"_s);
    QVERIFY(paid);
    ers = (*paid)[u"ersReference"_s].toString();
    // Not "Recording the sale…" for ever: paid, said plainly, with the reference.
    QTRY_COMPARE(session->state(), State::Paid);
    QVERIFY(session->isUnrecorded());
    QCOMPARE(session->ersReference(), ers);
    QCOMPARE(session->lastError().code, ErrorCode::StorageFailed);
    QCOMPARE(session->receiptNumber(), 0);
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Open);
    // The payment stays safe: SEQR saw the till learn of it and keeps it.
    m_till->sandbox().service().advanceClock(3000); // past the sandbox's 2 s acknowledgement window
    QCOMPARE(m_till->sandbox().service().state().invoices.value(ref).status, InvoiceStatus::Paid);
    QVERIFY(!m_till->sandbox().service().state().invoices.value(ref).reversed);
    // ...and the next start finds and journals it, once the journal takes it.
    QVERIFY(raw(u"DROP TRIGGER refuse_tender"_s).isActive());
    session.reset();
    const auto recovery = recover();
    QVERIFY(recovery);
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Paid);
    QCOMPARE(m_till->journal()->invoice(ref)->ersReference, ers);
}

void TestPaymentSession::recoveryThatCannotReadTheJournalSaysSoAndRetries()
{
    const QString ref = leftWaiting();
    QVERIFY(m_till->sandbox().service().pay(ref, u"1234"_s));
    QVERIFY(raw(u"ALTER TABLE seqr_invoices RENAME TO seqr_invoices_moved"_s).isActive());
    PaymentRecovery recovery(m_till->client(), m_till->journal(), u"Lilla Livs"_s, fastTiming());
    QSignalSpy unreadable(&recovery, &PaymentRecovery::journalUnreadable);
    QSignalSpy done(&recovery, &PaymentRecovery::finished);
    recovery.run();
    QTRY_VERIFY(unreadable.count() >= 2); // said, and tried again
    QCOMPARE(done.count(), 0);            // not taken for "nothing to recover"
    QCOMPARE(recovery.journalError().code, ErrorCode::StorageFailed);
    QVERIFY(raw(u"ALTER TABLE seqr_invoices_moved RENAME TO seqr_invoices"_s).isActive());
    QVERIFY(done.wait(15000));
    QVERIFY(recovery.isComplete());
    QCOMPARE(recovery.journalError().code, ErrorCode::None);
    QCOMPARE(recovery.outcomes().size(), 1);
    QCOMPARE(recovery.outcomes().first().state, State::Paid);
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Paid);
}

// PAID is journaled, but the sale cannot be read back for SEQR's copy of
// the receipt: no empty receipt goes to SEQR; the payment stays journaled
// and its receipt is left in flight, sent (with its text) at the next start.
void TestPaymentSession::unreadableSaleSendsNoEmptyReceiptAndLeavesItToRecovery()
{
    const QString ref = leftWaiting();
    auto paid = m_till->sandbox().service().pay(ref, u"1234"_s);
    QVERIFY(paid);
    const QString ers = (*paid)[u"ersReference"_s].toString();
    // The till learned of it (within SEQR's acknowledgement window), journaled
    // PAID and went away before SEQR's copy of the receipt was sent.
    QVERIFY(finished(m_till->client()->getPaymentStatus(ref, 0))->isSuccess());
    QVERIFY(m_till->sandbox().service().state().invoices.value(ref).acknowledged);
    QCOMPARE(m_till->journal()->recordSeqrPaid(ref, ers, QDateTime::currentDateTimeUtc()).value(),
             1);
    const auto inFlight = m_till->journal()->invoicesInFlight();
    QVERIFY(inFlight);
    QCOMPARE(inFlight->size(), 1);

    QVERIFY(raw(u"ALTER TABLE sale_rows RENAME TO sale_rows_moved"_s).isActive());
    auto resumed = makeSession();
    resumed->resume(inFlight->first(), true);
    QTRY_COMPARE(resumed->state(), State::Paid);
    QCOMPARE(resumed->lastError().code, ErrorCode::StorageFailed);
    QVERIFY(!resumed->isUnrecorded());
    QVERIFY(m_till->sandbox().service().state().invoices.value(ref).receiptDocument.isEmpty());
    QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Paid);
    QVERIFY(!m_till->journal()->invoice(ref)->receiptSubmitted);
    QCOMPARE(m_till->journal()->invoicesInFlight()->size(), 1);

    QVERIFY(raw(u"ALTER TABLE sale_rows_moved RENAME TO sale_rows"_s).isActive());
    resumed.reset();
    const auto recovery = recover();
    QVERIFY(recovery);
    QVERIFY(recovery->isComplete());
    QCOMPARE(recovery->outcomes().first().receiptNumber, 1);
    QVERIFY(m_till->journal()->invoice(ref)->receiptSubmitted);
    const QString receipt =
        QString::fromUtf8(m_till->sandbox().service().state().invoices.value(ref).receiptDocument);
    QVERIFY2(receipt.contains(ers) && receipt.contains(u"Kaffe"), qPrintable(receipt));
    QCOMPARE(m_till->journal()->sale(inFlight->first().saleId)->tenders.size(), 1);
}

void TestPaymentSession::failedSendInvoiceIsSentAgain()
{
    // Two lost answers in a row are not "SEQR cannot be reached".
    m_till->sandbox().server().injectFaults(FaultKind::Http500, 2);
    auto session = makeSession();
    startAndWait(*session);
    QCOMPARE(session->sendAttempts(), 3);
    QCOMPARE(session->lastError().code, ErrorCode::None);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QCOMPARE(m_till->journal()->sale(session->saleId())->tenders.size(), 1);
}

void TestPaymentSession::sendInvoiceGivesUpWithinItsBudget()
{
    // SEQR answers with an error every time: a few tries within seconds,
    // then a plain "answered with an error" and take the payment another way.
    m_till->sandbox().server().injectFaults(FaultKind::SoapFault, 100);
    auto session = makeSession();
    QElapsedTimer clock;
    clock.start();
    session->start(request());
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::NotSent, 15000);
    QCOMPARE(session->sendAttempts(), PaymentTiming{}.sendAttempts);
    QCOMPARE(session->lastError().code, ErrorCode::BadAnswer);
    QVERIFY(describeNotStarted(session->lastError(), false).contains(u"another way"_s));
    QCOMPARE(m_till->journal()->sale(session->saleId())->status, journal::SaleStatus::Canceled);
    m_till->sandbox().server().injectFaults(FaultKind::None, 0);

    // Nothing listens: "does not answer", also within the budget.
    m_till->client()->setEndpoint(QUrl(kassa::test::freePortBase() + u"/x"_s));
    auto nobody = makeSession();
    nobody->start(request());
    QTRY_COMPARE_WITH_TIMEOUT(nobody->state(), State::NotSent, 15000);
    QVERIFY(nobody->sendAttempts() > 1);
    QCOMPARE(nobody->lastError().code, ErrorCode::ConnectionProblem);
    QVERIFY(describe(nobody->lastError(), false).contains(u"does not answer"_s));
}

void TestPaymentSession::randomFaultsOnTenPercentStillStartEveryPayment()
{
    // 50 payments; each SOAP request meets a random fault with a chance of
    // 1 in 10 (the seed is printed, so a failure can be replayed).
    const quint32 seed = qEnvironmentVariableIsSet("KASSA_FAULT_SEED")
                             ? quint32(qEnvironmentVariableIntValue("KASSA_FAULT_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("fault seed %u", seed);
    QRandomGenerator random(seed);
    const FaultKind kinds[] = {FaultKind::Http500, FaultKind::SoapFault, FaultKind::MalformedBody,
                               FaultKind::EmptyBody, FaultKind::DroppedConnection};
    int faults = 0;
    int sendFaults = 0;
    // Arms a fault for the next request with a chance of 1 in 10.
    auto maybeFault = [&]() -> bool {
        if (random.bounded(10) != 0)
            return false;
        m_till->sandbox().server().injectFaults(kinds[random.bounded(int(std::size(kinds)))], 1);
        ++faults;
        return true;
    };
    QStringList paid;
    for (int i = 0; i < 50; ++i) {
        auto session = makeSession();
        // At least 5 sendInvoice faults whatever the seed, so the test
        // always tries what it is about.
        if (maybeFault() || i % 10 == 0) {
            if (m_till->sandbox().server().pendingFaults() == 0) {
                m_till->sandbox().server().injectFaults(kinds[i / 10], 1);
                ++faults;
            }
            ++sendFaults;
        }
        session->start(request(u"%1.00"_s.arg(10 + i)));
        QTRY_VERIFY2_WITH_TIMEOUT(session->state() != State::Sending &&
                                      session->state() != State::Created,
                                  qPrintable(u"payment %1"_s.arg(i)), 15000);
        QVERIFY2(session->state() == State::Waiting,
                 qPrintable(u"payment %1 did not start: %2 (seed %3)"_s.arg(i)
                                .arg(describe(session->lastError()))
                                .arg(seed)));
        QTRY_VERIFY(session->polls() >= 1);
        maybeFault(); // a poll, the cancel or the receipt meets it
        const bool pays = i % 2 == 0;
        if (pays) {
            QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
            paid.append(session->invoiceReference());
        }
        // A cancel that meets a fault comes back to waiting; the cashier
        // presses Cancel again.
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!pays && session->canCancel())
                    session->cancel();
                return session->isFinished();
            },
            15000));
        QCOMPARE(session->state(), i % 2 == 0 ? State::Paid : State::Canceled);
        m_till->sandbox().server().injectFaults(FaultKind::None, 0);
    }
    QVERIFY(sendFaults >= 5);
    qInfo("%d faults, %d of them on sendInvoice", faults, sendFaults);
    // Every paid one is journaled exactly once, with its own receipt.
    const QList<journal::Sale> sales = m_till->journal()->sales({}).value();
    int completed = 0;
    for (const journal::Sale &sale : sales) {
        if (sale.status == journal::SaleStatus::Completed)
            ++completed;
    }
    QCOMPARE(completed, 25);
    for (const QString &ref : paid) {
        QCOMPARE(m_till->journal()->events(ref)->count(u"invoice-paid"_s), 1);
        QCOMPARE(m_till->journal()->invoice(ref)->state, journal::InvoiceState::Paid);
        QCOMPARE(m_till->journal()
                     ->saleByErsReference(m_till->journal()->invoice(ref)->ersReference)
                     ->tenders.size(),
                 1);
    }
    QVERIFY(m_till->journal()->invoicesInFlight()->isEmpty());
}

QTEST_GUILESS_MAIN(TestPaymentSession)
#include "tst_paymentsession.moc"
