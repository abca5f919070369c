#include "core/terminal/tillhost.h"

#include "core/drawer/cashdrawer.h"

#include "core/controlunit/controlunitservice.h"
#include "core/journal/journal.h"
#include "core/journal/journalschema.h"
#include "core/payment/refunddoubts.h"
#include "core/terminal/connectiontest.h"
#include "core/terminal/errortext.h"
#include "core/terminal/registeridentity.h"
#include "core/terminal/terminalservice.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTerminal, "kassa.terminal", QtInfoMsg)

namespace kassa {

TillHost::TillHost(TillHostOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_refusal(tr("Kassa is still connecting to SEQR; try again in a moment."))
{}

controlunit::SignerSettings TillHost::signerSettings(const TillConfig &till)
{
    controlunit::SignerSettings settings;
    settings.tillId = till.registerDesignation();
    settings.orgNumber = till.organisationNumber;
    return settings;
}

TillHost::~TillHost()
{
    m_controlUnit.reset();
    // The recovery's sessions use the client and the journal: they go first.
    m_recovery.reset();
    m_lateRecovery.reset();
    m_refundDoubts.reset();
    m_shopSync.reset();
}

QString TillHost::journalPath() const
{
    return m_till.journalFile(m_configPath);
}

QString TillHost::tillFolder() const
{
    return QFileInfo(journalPath()).absolutePath();
}

QString TillHost::catalogPath() const
{
    return QDir(tillFolder()).filePath(u"catalog.sqlite"_s);
}

Status TillHost::loadConfiguration()
{
    m_configPath =
        m_options.configPath.isEmpty() ? TillConfig::defaultPath() : m_options.configPath;
    auto config = TillConfig::load(m_configPath);
    if (!config)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The till's configuration %1 cannot be read: %2")
                             .arg(m_configPath, config.error().detail));
    m_till = *config;
    if (m_till.manufacturingNumber.isEmpty()) {
        // The first start: this installation's manufacturing number, kept.
        m_till.manufacturingNumber = generateManufacturingNumber();
        if (!QDir().mkpath(QFileInfo(m_configPath).absolutePath()) || !m_till.save(m_configPath))
            qCWarning(lcTerminal) << "the manufacturing number could not be saved in"
                                  << m_configPath;
        else
            qCInfo(lcTerminal) << "manufacturing number" << m_till.manufacturingNumber;
    }
    if (m_till.journalPath.isEmpty() && !m_options.journalPath.isEmpty()) {
        m_till.journalPath = m_options.journalPath;
        if (!QDir().mkpath(QFileInfo(m_configPath).absolutePath()))
            return makeError(ErrorCode::StorageFailed,
                             tr("Cannot create the folder for %1.").arg(m_configPath));
        if (auto saved = m_till.save(m_configPath); !saved)
            return makeError(ErrorCode::StorageFailed,
                             tr("The till's configuration %1 cannot be written: %2")
                                 .arg(m_configPath, saved.error().detail));
    }
    return Ok{};
}

Status TillHost::takeTill()
{
    const QString path = journalPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::StorageFailed,
                         tr("Cannot create the folder for the journal %1.").arg(path));
    // A lock left by a process that died is stale and taken at once.
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0);
    const bool looks = m_options.whenTaken != TillHostOptions::WhenTaken::Refuse;
    if (lock->tryLock(looks ? 0 : m_options.lockWaitMs)) {
        m_lock = std::move(lock);
        auto journal = journal::Journal::open(path);
        if (!journal)
            return makeError(journal.error().code, tr("The journal %1 cannot be opened: %2")
                                                       .arg(path, describe(journal.error(), true)));
        m_journal = std::move(journal).value();
        m_drawer = std::make_unique<CashDrawer>(m_journal.get());
        return Ok{};
    }
    if (lock->error() != QLockFile::LockFailedError)
        return makeError(ErrorCode::StorageFailed,
                         tr("Cannot create the till's lock file %1.lock.").arg(path));
    QString host, app;
    lock->getLockInfo(&m_holderPid, &host, &app);
    if (!looks)
        return makeError(ErrorCode::StorageBusy,
                         tr("Another Kassa process (pid %1) is using this till (%2); close it "
                            "or try again when it has finished.")
                             .arg(m_holderPid)
                             .arg(QDir::toNativeSeparators(path)));
    if (m_options.whenTaken == TillHostOptions::WhenTaken::LookWithoutJournal)
        return Ok{};
    // Only the holder opens the journal as Journal::open does (creating or
    // migrating it); a reader beside it must not.
    const auto version = journal::journalSchemaVersion(path);
    if (!version)
        return makeError(version.error().code, describe(version.error()));
    if (*version != journal::Journal::schemaVersion)
        return makeError(ErrorCode::StorageBusy,
                         tr("The journal needs an upgrade (schema %1 to %2) that only the process "
                            "using this till (pid %3) may make; try again when it has finished.")
                             .arg(*version)
                             .arg(journal::Journal::schemaVersion)
                             .arg(m_holderPid));
    auto journal = journal::Journal::open(path);
    if (!journal)
        return makeError(
            journal.error().code,
            tr("The journal %1 cannot be opened: %2").arg(path, describe(journal.error(), true)));
    m_journal = std::move(journal).value();
    return Ok{};
}

Status TillHost::connectSeqr()
{
    if (!m_options.endpoint.isEmpty())
        m_till.endpoint = m_options.endpoint;
    const QUrl endpoint(m_till.endpoint);
    if (!seqr::isEndpoint(endpoint))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("%1 The endpoint given: %2").arg(notAnEndpointSentence(), m_till.endpoint));
    m_client = std::make_unique<seqr::SeqrClient>(seqr::SeqrClientConfig{
        endpoint, std::chrono::milliseconds(m_till.timeoutMs), m_till.caFile});
    if (!m_client->configurationError().isEmpty())
        return makeError(ErrorCode::InvalidArgument, m_client->configurationError());
    if (m_till.isRegistered())
        m_client->setTerminalCredentials(
            seqr::Credentials::terminal(m_till.terminalId, m_till.terminalPassword));
    m_terminal = std::make_unique<TerminalService>(m_client.get(), &m_till, m_configPath);
    return Ok{};
}

Status TillHost::open()
{
    if (auto loaded = loadConfiguration(); !loaded)
        return loaded;
    if (auto taken = takeTill(); !taken)
        return taken;
    return connectSeqr();
}

void TillHost::addStep(std::unique_ptr<TillStartupStep> step)
{
    Q_ASSERT(!m_started);
    m_steps.push_back(std::move(step));
}

void TillHost::start()
{
    Q_ASSERT(m_client && !m_started);
    m_started = true;
    const QString connecting = m_refusal;
    // A process that only looks beside the holder registers, sends and
    // finishes nothing.
    if (holdsTill()) {
        if (m_options.registerWith && !m_till.isRegistered())
            m_stages.push_back({connecting, [this](auto done) { registerTill(std::move(done)); }});
        m_stages.push_back({connecting, [this](auto done) {
                                startShopSync();
                                done();
                            }});
        m_stages.push_back(
            {tr("Kassa is finishing a SEQR payment left from the last run; SEQR can be used "
                "again in a moment."),
             [this](auto done) { recover(std::move(done)); }});
        m_stages.push_back({connecting, [this](auto done) {
                                settleRefundsInDoubt();
                                done(); // payments need not wait for it
                            }});
        if (!m_till.controlUnitDevice.isEmpty() && m_options.kind != u"web"_s) {
            // The webshop sells at a distance and needs none.
            controlunit::ControlUnitOptions unit;
            unit.device = m_till.controlUnitDevice;
            m_controlUnit = std::make_unique<controlunit::ControlUnitService>(
                m_journal.get(), unit, signerSettings(m_till));
            m_steps.insert(m_steps.begin(), m_controlUnit->startupStep());
        } else if (auto off = m_journal->setControlUnitRequired(false); !off) {
            // Without a unit, no sale waits for a signature.
            reportProblem(describe(off.error(), true));
        }
        for (const auto &step : m_steps) {
            TillStartupStep *s = step.get();
            m_stages.push_back({s->waitingText(), [this, s](auto done) { s->run(*this, done); }});
        }
    }
    QMetaObject::invokeMethod(
        this, [this] { runStage(0); }, Qt::QueuedConnection);
}

void TillHost::runStage(std::size_t index)
{
    if (index >= m_stages.size())
        return becomeReady();
    setRefusal(m_stages[index].waitingText);
    auto called = std::make_shared<bool>(false);
    m_stages[index].run([this, index, called] {
        if (std::exchange(*called, true))
            return;
        QMetaObject::invokeMethod(
            this, [this, index] { runStage(index + 1); }, Qt::QueuedConnection);
    });
}

void TillHost::registerTill(std::function<void()> done)
{
    Q_EMIT notice(tr("Registering this till with SEQR…"));
    m_terminal->registerTill(
        *m_options.registerWith, m_options.registerExternalId, m_options.registerName,
        [this, done](const Status &registered) {
            if (!registered) {
                Q_EMIT problem(tr("The till could not be registered with SEQR: %1")
                                   .arg(describe(registered.error(), false)));
                return done();
            }
            m_terminal->assignSeqrId(m_options.registerSeqrId,
                                     [this, done](const Status &assigned) {
                                         if (!assigned)
                                             Q_EMIT problem(describe(assigned.error(), false));
                                         Q_EMIT tillChanged();
                                         done();
                                     });
        });
}

void TillHost::startShopSync()
{
    if (!m_till.shopDatabase.isEnabled() || m_shopSync)
        return;
    // The journal stays the record; ShopSync ships its outbox (every sale,
    // refund and period, in sequence) to the shop database on its own
    // thread, retrying while the database is away.
    shopdb::ShopSyncOptions options = m_options.shopSync;
    if (options.catalogPath.isEmpty() && m_options.tillCatalog)
        options.catalogPath = catalogPath();
    m_shopSync = std::make_unique<shopdb::ShopSync>(
        m_till.shopDatabase, journalPath(),
        shopdb::TillIdentity{{},
                             m_till.terminalId,
                             m_till.name.isEmpty() ? m_options.fallbackName : m_till.name,
                             m_options.kind},
        options);
    qCInfo(lcTerminal).noquote() << "sending this till's records to the shop database"
                                 << m_till.shopDatabase.displayName();
    m_shopSync->start();
    Q_EMIT shopSyncStarted();
}

void TillHost::recover(std::function<void()> done)
{
    // Only a journal read as empty skips recovery; one that cannot be read
    // is left to PaymentRecovery, which says so and reads it again.
    const auto inFlight = m_journal->invoicesInFlight();
    if (!m_till.isRegistered() || (inFlight && inFlight->isEmpty()))
        return done();
    qCInfo(lcTerminal) << "finishing payments left in flight by the last run";
    m_recovery = std::make_unique<PaymentRecovery>(m_client.get(), m_journal.get(), m_till.shopName,
                                                   m_options.timing, m_options.recoveryLimitMs);
    PaymentRecovery *recovery = m_recovery.get();
    recovery->setLoyalty(m_till.loyalty);
    connect(recovery, &PaymentRecovery::journalUnreadable, this, &TillHost::journalUnreadable);
    connect(recovery, &PaymentRecovery::paymentSettled, this, &TillHost::paymentSettled);
    connect(recovery, &PaymentRecovery::finished, this, [this, recovery, done] {
        const auto outcomes = recovery->outcomes();
        const Error journalError = recovery->journalError();
        // Past its limit the till takes payments again, but a payment left
        // undecided is followed until SEQR decides it (never given up).
        if (recovery->hasPaymentsLeft()) {
            qCInfo(lcTerminal) << "payments left in flight are still being followed";
            m_lateRecovery = std::move(m_recovery);
            connect(recovery, &PaymentRecovery::completed, this,
                    [this] { m_lateRecovery.release()->deleteLater(); });
        } else {
            m_recovery.release()->deleteLater();
        }
        Q_EMIT recoveryFinished(outcomes, journalError);
        done();
    });
    Q_EMIT recoveryStarted();
    recovery->run();
}

void TillHost::settleRefundsInDoubt()
{
    // A refund whose answer was lost (or left in flight by the last run) is
    // settled from SEQR's report; until then that payment takes no refund.
    const auto doubts = m_journal->refundsInDoubt();
    if (!m_till.isRegistered() || (doubts && doubts->isEmpty()) || m_refundDoubts)
        return;
    m_refundDoubts = std::make_unique<RefundDoubtResolver>(m_client.get(), m_journal.get(),
                                                           m_options.refundDoubtTiming);
    RefundDoubtResolver *resolver = m_refundDoubts.get();
    connect(resolver, &RefundDoubtResolver::finished, this, [this, resolver] {
        const QLocale locale;
        for (const RefundDoubtResolver::Settled &s : resolver->settled()) {
            const QString amount = s.intent.amount.toLocalizedString(locale) + u' ' +
                                   s.intent.amount.currency().code();
            Q_EMIT notice(
                s.refundErsReference.isEmpty()
                    ? tr("The refund of %1 of payment %2 that was in doubt was not made: SEQR's "
                         "report does not list it. It may be made again.")
                          .arg(amount, s.intent.originalErsReference)
                    : tr("The refund of %1 of payment %2 that was in doubt was made (refund %3), "
                         "as SEQR's report shows; it is now in the journal.")
                          .arg(amount, s.intent.originalErsReference, s.refundErsReference));
        }
        for (const Error &e : resolver->failures())
            reportProblem(tr("Refunds in doubt stay in doubt: SEQR's report could not be read "
                             "(%1). The manager can settle them.")
                              .arg(describe(e)));
        m_refundDoubts.release()->deleteLater();
        Q_EMIT refundDoubtsSettled();
    });
    resolver->run();
}

void TillHost::setRefusal(const QString &reason)
{
    const QString before = paymentRefusal();
    m_refusal = reason;
    if (paymentRefusal() != before)
        Q_EMIT paymentRefusalChanged();
}

void TillHost::setLastingRefusal(const QString &reason)
{
    const QString before = paymentRefusal();
    m_lastingRefusal = reason;
    if (paymentRefusal() != before)
        Q_EMIT paymentRefusalChanged();
}

void TillHost::reportProblem(const QString &text)
{
    Q_EMIT problem(text);
}

void TillHost::reportError(const Error &error)
{
    reportProblem(describe(error, true));
}

void TillHost::announce(const QString &text)
{
    Q_EMIT notice(text);
}

QObject *TillHost::lifetime()
{
    return this;
}

void TillHost::becomeReady()
{
    m_ready = true;
    setRefusal({});
    Q_EMIT ready();
}

void TillHost::syncShopDatabase()
{
    if (m_shopSync)
        m_shopSync->syncNow();
}

void TillHost::shipBeforeExit(std::chrono::milliseconds wait,
                              std::function<void(const ShopShipment &)> done)
{
    auto finishLater = [this, done](ShopShipment shipment) {
        QMetaObject::invokeMethod(
            this, [done, shipment] { done(shipment); }, Qt::QueuedConnection);
    };
    ShopShipment shipment;
    shipment.configured = m_till.shopDatabase.isEnabled();
    if (!shipment.configured || !holdsTill() || !m_journal)
        return finishLater(shipment);
    const auto recorded = m_journal->lastOutboxSeq();
    if (!recorded) {
        shipment.complete = false;
        shipment.error = recorded.error();
        return finishLater(shipment);
    }
    const qint64 target = *recorded;
    startShopSync();
    // Whichever comes first, the shipment or the end of the wait, and once.
    auto *waiter = new QObject(this);
    auto finish = [this, waiter, done, target](bool complete) {
        if (waiter->property("finished").toBool())
            return;
        waiter->setProperty("finished", true);
        waiter->deleteLater();
        const shopdb::ShopSyncStatus status = m_shopSync->status();
        ShopShipment s;
        s.configured = true;
        s.complete = complete;
        s.pending = complete ? 0 : std::max<qint64>(0, target - status.delivered);
        s.error = complete ? Error{} : status.lastError;
        done(s);
    };
    auto check = [this, target, finish] {
        if (m_shopSync->status().delivered >= target)
            finish(true);
    };
    connect(m_shopSync.get(), &shopdb::ShopSync::statusChanged, waiter, check);
    QTimer::singleShot(wait, waiter, [finish] { finish(false); });
    m_shopSync->syncNow();
    QMetaObject::invokeMethod(waiter, check, Qt::QueuedConnection);
}

} // namespace kassa
