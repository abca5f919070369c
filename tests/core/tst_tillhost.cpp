#include "core/journal/journal.h"
#include "core/payment/paymentsession.h"
#include "core/terminal/tillhost.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/quicktiming.h"
#include "tests/support/sandboxfixture.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

// The start-up of a till (TillHost), as kassa, kassa-cli and kassa-web run
// it, against seqr-sandbox on loopback and real journal files: one process
// per till, registration, payments refused while a payment left in flight
// is finished, and a device's start-up step after that.
class TestTillHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void secondProcessIsRefusedTheTillAndALookerOpensNothing();
    void looksBesideTheHolderStartNothing();
    void demoTillIsRegisteredBeforeItIsReady();
    void paymentsWaitWhileAPaymentLeftInFlightIsFinished();
    void recoveryFollowsAPaymentPastItsLimit();
    void stepsRunAfterRecoveryWithPaymentsRefused();
    void aStepMayRefusePaymentsForGood();
    void endpointThatIsNotHttpIsRefused();
    void unreadableConfigurationIsSaid();
    void webshopJournalPathIsWrittenIntoItsConfiguration();

private:
    TillHostOptions options(TillHostOptions::WhenTaken whenTaken = {}) const;
    std::unique_ptr<TillHost> registeredHost();
    // A registered till sends SEQR an invoice of one coffee at `price` and
    // goes away with it open; the invoice's reference (empty on failure).
    QString leaveAPaymentInFlight(const QString &price);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// A device's step: waits until the test lets it finish.
class HeldStep final : public TillStartupStep
{
public:
    explicit HeldStep(QString text, QString lasting = {})
        : m_text(std::move(text))
        , m_lasting(std::move(lasting))
    {}
    QString waitingText() const override { return m_text; }
    void run(TillStartupContext &till, std::function<void()> done) override
    {
        ++runs;
        if (!m_lasting.isEmpty())
            till.setLastingRefusal(m_lasting);
        m_done = std::move(done);
    }
    void finish() { m_done(); }
    bool isRunning() const { return bool(m_done); }
    int runs = 0;

private:
    QString m_text;
    QString m_lasting;
    std::function<void()> m_done;
};

// Starts `host`; true once it is ready (within `timeoutMs`).
bool startedAndReady(TillHost &host, int timeoutMs)
{
    QSignalSpy ready(&host, &TillHost::ready);
    host.start();
    return ready.wait(timeoutMs);
}

} // namespace

void TestTillHost::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTillHost::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

TillHostOptions TestTillHost::options(TillHostOptions::WhenTaken whenTaken) const
{
    TillHostOptions o;
    o.configPath = m_dir->filePath(u"till/till.json"_s);
    o.endpoint = m_sandbox->soapUrl().toString();
    o.whenTaken = whenTaken;
    o.lockWaitMs = 0;
    o.timing = kassa::test::quickTiming(3000);
    return o;
}

std::unique_ptr<TillHost> TestTillHost::registeredHost()
{
    TillHostOptions o = options();
    o.registerWith = SandboxFixture::reseller();
    o.registerExternalId = u"till-1"_s;
    o.registerName = u"Kassa 1"_s;
    o.registerSeqrId = u"TILLHOST1"_s;
    auto host = std::make_unique<TillHost>(o);
    if (!host->open())
        return nullptr;
    if (!startedAndReady(*host, 15000))
        return nullptr;
    return host;
}

void TestTillHost::secondProcessIsRefusedTheTillAndALookerOpensNothing()
{
    TillHost first(options());
    QVERIFY(first.open());
    QVERIFY(first.holdsTill());
    QVERIFY(first.journal());

    TillHost second(options());
    const Status refused = second.open();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::StorageBusy);
    QVERIFY2(refused.error().detail.contains(
                 u"Another Kassa process (pid %1)"_s.arg(QCoreApplication::applicationPid())),
             qPrintable(refused.error().detail));
    QVERIFY(!second.holdsTill());
    QVERIFY(!second.journal());

    TillHost looker(options(TillHostOptions::WhenTaken::LookWithoutJournal));
    QVERIFY(looker.open());
    QVERIFY(!looker.holdsTill());
    QVERIFY(!looker.journal());
    QCOMPARE(looker.tillHolderPid(), QCoreApplication::applicationPid());

    TillHost reader(options(TillHostOptions::WhenTaken::ReadJournal));
    QVERIFY(reader.open());
    QVERIFY(!reader.holdsTill());
    QVERIFY(reader.journal());
    QVERIFY(reader.journal()->invoicesInFlight());
}

void TestTillHost::looksBesideTheHolderStartNothing()
{
    TillHost first(options());
    QVERIFY(first.open());
    TillHostOptions o = options(TillHostOptions::WhenTaken::ReadJournal);
    o.registerWith = SandboxFixture::reseller();
    o.registerSeqrId = u"LOOKER1"_s;
    TillHost looker(o);
    QVERIFY(looker.open());
    auto step = std::make_unique<HeldStep>(u"Checking the printer…"_s);
    HeldStep *held = step.get();
    looker.addStep(std::move(step));
    QVERIFY(startedAndReady(looker, 5000));
    // Nothing is registered, recovered, sent or started on the holder's till.
    QCOMPARE(held->runs, 0);
    QVERIFY(!looker.till().isRegistered());
    QVERIFY(!looker.shopSync());
    QCOMPARE(looker.paymentRefusal(), QString());
}

void TestTillHost::demoTillIsRegisteredBeforeItIsReady()
{
    TillHostOptions o = options();
    o.registerWith = SandboxFixture::reseller();
    o.registerExternalId = u"till-1"_s;
    o.registerName = u"Kassa 1"_s;
    o.registerSeqrId = u"TILLHOST1"_s;
    TillHost host(o);
    QVERIFY(host.open());
    QVERIFY(!host.till().isRegistered());
    QVERIFY2(host.paymentRefusal().contains(u"connecting to SEQR"_s),
             qPrintable(host.paymentRefusal()));
    QSignalSpy changed(&host, &TillHost::tillChanged);
    QSignalSpy notices(&host, &TillHost::notice);
    QVERIFY(startedAndReady(host, 15000));
    QCOMPARE(changed.count(), 1);
    QVERIFY(notices.count() >= 1);
    QVERIFY(host.till().isRegistered());
    QCOMPARE(host.till().seqrId, u"TILLHOST1"_s);
    QCOMPARE(host.paymentRefusal(), QString());
    QVERIFY(host.isReady());
    // Saved: the next start (and kassa-cli) is this till.
    const auto saved = TillConfig::load(host.configPath());
    QVERIFY(saved);
    QCOMPARE(saved->terminalId, host.till().terminalId);
    QCOMPARE(saved->seqrId, u"TILLHOST1"_s);
}

QString TestTillHost::leaveAPaymentInFlight(const QString &price)
{
    auto host = registeredHost();
    if (!host)
        return {};
    PaymentSession session(host->client(), host->journal(), u"Lilla Livs"_s,
                           kassa::test::quickTiming(3000));
    const Money unit = *Money::parse(price, u"SEK");
    PaymentRequest request;
    request.cashierId = u"1"_s;
    request.rows = {journal::SaleRow{u"Kaffe"_s, u"7310865004703"_s, u"K1"_s,
                                     Decimal::fromInteger(1), u"st"_s, unit, unit,
                                     Decimal::fromInteger(12)}};
    session.start(request);
    (void)QTest::qWaitFor([&] { return !session.invoiceReference().isEmpty(); }, 15000);
    return session.invoiceReference();
}

void TestTillHost::paymentsWaitWhileAPaymentLeftInFlightIsFinished()
{
    // A payment is sent; the process then goes away with the invoice open.
    const QString ref = leaveAPaymentInFlight(u"49.00"_s);
    QVERIFY(!ref.isEmpty());
    // The buyer paid meanwhile.
    QVERIFY(m_sandbox->service().pay(ref, u"1234"_s));

    TillHost host(options());
    QVERIFY(host.open());
    QSignalSpy started(&host, &TillHost::recoveryStarted);
    QSignalSpy finished(&host, &TillHost::recoveryFinished);
    QString refusalDuringRecovery;
    connect(&host, &TillHost::recoveryStarted, this, [&] {
        refusalDuringRecovery = host.paymentRefusal();
        QVERIFY(host.isRecovering());
    });
    QVERIFY(startedAndReady(host, 20000));
    QCOMPARE(started.count(), 1);
    QVERIFY2(refusalDuringRecovery.contains(u"finishing a SEQR payment left from the last run"_s),
             qPrintable(refusalDuringRecovery));
    QCOMPARE(finished.count(), 1);
    const auto outcomes = finished.first().first().value<QList<PaymentRecovery::Outcome>>();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().invoiceReference, ref);
    QCOMPARE(outcomes.first().state, PaymentSession::State::Paid);
    QCOMPARE(outcomes.first().amount, *Money::parse(u"49.00"_s, u"SEK"));
    QCOMPARE(host.journal()->invoice(ref)->state, journal::InvoiceState::Paid);
    QVERIFY(!host.isRecovering());
    QCOMPARE(host.paymentRefusal(), QString());
}

void TestTillHost::recoveryFollowsAPaymentPastItsLimit()
{
    const QString ref = leaveAPaymentInFlight(u"25.00"_s);
    QVERIFY(!ref.isEmpty());
    // SEQR answers nothing useful for a while: the recovery cannot decide
    // the payment before its limit.
    m_sandbox->server().injectFaults(sandbox::FaultKind::Http500, 100000, 0);
    TillHostOptions o = options();
    o.recoveryLimitMs = 300;
    TillHost host(o);
    QVERIFY(host.open());
    QSignalSpy finished(&host, &TillHost::recoveryFinished);
    QSignalSpy settled(&host, &TillHost::paymentSettled);
    QVERIFY(startedAndReady(host, 20000));
    QCOMPARE(finished.count(), 1);
    // The till takes payments again …
    QVERIFY(!host.isRecovering());
    QCOMPARE(host.paymentRefusal(), QString());
    QCOMPARE(host.journal()->invoice(ref)->state, journal::InvoiceState::Open);
    // … and the buyer who pays late is journaled, not reversed.
    QVERIFY(m_sandbox->service().pay(ref, u"1234"_s));
    m_sandbox->server().injectFaults(sandbox::FaultKind::None, 0);
    QTRY_COMPARE_WITH_TIMEOUT(host.journal()->invoice(ref)->state, journal::InvoiceState::Paid,
                              30000);
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 30000);
}

void TestTillHost::stepsRunAfterRecoveryWithPaymentsRefused()
{
    auto registered = registeredHost();
    QVERIFY(registered);
    registered.reset();
    TillHost host(options());
    QVERIFY(host.open());
    auto first = std::make_unique<HeldStep>(u"Kassa is asking the control unit who it is…"_s);
    auto second = std::make_unique<HeldStep>(u"Kassa is checking the printer…"_s);
    HeldStep *unit = first.get();
    HeldStep *printer = second.get();
    host.addStep(std::move(first));
    host.addStep(std::move(second));
    QSignalSpy ready(&host, &TillHost::ready);
    host.start();
    QTRY_VERIFY(unit->isRunning());
    QCOMPARE(host.paymentRefusal(), u"Kassa is asking the control unit who it is…"_s);
    QCOMPARE(printer->runs, 0);
    unit->finish();
    unit->finish(); // a second call is ignored
    QTRY_VERIFY(printer->isRunning());
    QCOMPARE(host.paymentRefusal(), u"Kassa is checking the printer…"_s);
    QVERIFY(!host.isReady());
    QCOMPARE(ready.count(), 0);
    printer->finish();
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(unit->runs, 1);
    QCOMPARE(printer->runs, 1);
    QCOMPARE(host.paymentRefusal(), QString());
}

void TestTillHost::aStepMayRefusePaymentsForGood()
{
    TillHost host(options());
    QVERIFY(host.open());
    auto step = std::make_unique<HeldStep>(u"Kassa is asking the control unit who it is…"_s,
                                           u"The control unit does not answer."_s);
    HeldStep *unit = step.get();
    host.addStep(std::move(step));
    QSignalSpy ready(&host, &TillHost::ready);
    host.start();
    QTRY_VERIFY(unit->isRunning());
    QCOMPARE(host.paymentRefusal(), u"Kassa is asking the control unit who it is…"_s);
    unit->finish();
    QVERIFY(ready.wait(5000));
    QCOMPARE(host.paymentRefusal(), u"The control unit does not answer."_s);
    QSignalSpy changed(&host, &TillHost::paymentRefusalChanged);
    host.setLastingRefusal({});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(host.paymentRefusal(), QString());
}

void TestTillHost::endpointThatIsNotHttpIsRefused()
{
    TillHostOptions o = options();
    o.endpoint = u"ftp://seqr.example/"_s;
    TillHost host(o);
    QVERIFY(host.loadConfiguration());
    const Status connected = host.connectSeqr();
    QVERIFY(!connected);
    QCOMPARE(connected.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(connected.error().detail.startsWith(u"The endpoint must be a web address"_s),
             qPrintable(connected.error().detail));
    QVERIFY2(connected.error().detail.endsWith(u"The endpoint given: ftp://seqr.example/"_s),
             qPrintable(connected.error().detail));
}

void TestTillHost::unreadableConfigurationIsSaid()
{
    QDir().mkpath(m_dir->filePath(u"till"_s));
    QFile file(m_dir->filePath(u"till/till.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    TillHost host(options());
    const Status opened = host.open();
    QVERIFY(!opened);
    QVERIFY2(opened.error().detail.startsWith(u"The till's configuration "_s) &&
                 opened.error().detail.contains(u"till.json"_s),
             qPrintable(opened.error().detail));
    QVERIFY(!host.holdsTill());
}

void TestTillHost::webshopJournalPathIsWrittenIntoItsConfiguration()
{
    TillHostOptions o = options();
    o.configPath = m_dir->filePath(u"config/webshop.json"_s);
    o.journalPath = m_dir->filePath(u"data/webshop/journal.sqlite"_s);
    TillHost host(o);
    QVERIFY(host.open());
    QCOMPARE(host.journalPath(), o.journalPath);
    QVERIFY(QFile::exists(o.journalPath));
    QCOMPARE(host.catalogPath(), m_dir->filePath(u"data/webshop/catalog.sqlite"_s));
    // kassa-cli --config on the same file finds the same journal.
    const auto saved = TillConfig::load(o.configPath);
    QVERIFY(saved);
    QCOMPARE(saved->journalFile(o.configPath), o.journalPath);
}

QTEST_GUILESS_MAIN(TestTillHost)
#include "tst_tillhost.moc"
