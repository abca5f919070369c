#pragma once

#include "core/common/result.h"
#include "core/common/startupstep.h"
#include "core/payment/paymentrecovery.h"
#include "core/payment/paymentsession.h"
#include "core/reconciliation/reconciler.h"
#include "core/seqr/seqrclient.h"
#include "core/shopdb/shopsync.h"
#include "core/terminal/tillconfig.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kassa {

namespace journal {
class Journal;
}
namespace controlunit {
class ControlUnitService;
struct SignerSettings;
} // namespace controlunit
class CashDrawer;
class TerminalService;
class RefundDoubtResolver;

struct TillHostOptions
{
    QString configPath; // the till's configuration; empty: TillConfig::defaultPath()
    QString endpoint;   // overrides the configuration's SEQR endpoint
    // Where the journal goes when the configuration names none: written into
    // it, so that kassa-cli --config on the same file finds the same journal
    // (kassa-web). Empty: TillConfig's own rule (beside the configuration).
    QString journalPath;
    int lockWaitMs = 500;
    // When another process holds the till: refuse (a till that takes money),
    // or look beside it (kassa-cli status and cancel without the journal,
    // journal reading it when it needs no migration) — nothing is then
    // recovered, migrated or sent.
    enum class WhenTaken
    {
        Refuse,
        LookWithoutJournal,
        ReadJournal
    };
    WhenTaken whenTaken = WhenTaken::Refuse;
    // The shop database knows this terminal as this kind ("till", "web") and
    // by this name when the configuration has none.
    QString kind = QStringLiteral("till");
    QString fallbackName;
    shopdb::ShopSyncOptions shopSync; // its catalogPath: the local catalog copy to keep
    // A till with its own catalog beside its journal (catalogPath()), which
    // the shop database keeps up to date (unless shopSync names another).
    bool tillCatalog = false;
    // Demo: a till not registered yet is registered with these reseller
    // credentials (used once, never stored) and given this SEQR ID.
    std::optional<seqr::Credentials> registerWith;
    QString registerExternalId;
    QString registerName;
    QString registerSeqrId;
    PaymentTiming timing;
    int recoveryLimitMs = 60000;
    ReconcilerTiming refundDoubtTiming; // reading SEQR's report for refunds in doubt
};

// What shipBeforeExit() achieved.
struct ShopShipment
{
    bool configured = false; // the till has a shop database
    bool complete = true;    // the shop database holds all the journal recorded
    qint64 sent = 0;         // records that reached it while waiting
    qint64 pending = 0;      // records still waiting in the journal
    Error error;             // why not (untranslated detail)
};

// The start-up of a till, the same for kassa, kassa-cli and kassa-web:
// its configuration; one process per till (a lock file beside the journal,
// taken before the journal is opened, so that a second process neither
// takes over the first one's payments nor migrates the journal under it);
// the journal; the SEQR client with the till's credentials; then the
// start-up steps in order — registration (demo), the shop database's link,
// finishing payments left in flight — with payments refused until they are
// done. Steps added with addStep() run after these.
//
// Lives in the thread that creates it (the application's); every signal
// arrives there. Owns what it opens; the journal and the client live as
// long as the host.
class TillHost final : public QObject, public TillStartupContext
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TillHost)

public:
    explicit TillHost(TillHostOptions options, QObject *parent = nullptr);
    ~TillHost() override;

    // The three parts of open(), for a program that does something between
    // them (kassa --demo starts its SEQR sandbox before the client; kassa-cli
    // configures terminals without taking the till). Each error is a
    // sentence for a person.
    Status loadConfiguration();
    Status takeTill(); // the lock, then the journal
    Status connectSeqr();
    Status open();

    // Before start(): a step of a device or service, run after the host's own.
    void addStep(std::unique_ptr<TillStartupStep> step);
    // Runs the steps; ready() follows (also when there were none to run).
    void start();

    TillConfig &till() { return m_till; }
    const TillConfig &till() const { return m_till; }
    QString configPath() const { return m_configPath; }
    QString journalPath() const;
    // The folder the journal lives in (its catalog, receipts, order files).
    QString tillFolder() const;
    // The till's catalog: catalog.sqlite in its folder.
    QString catalogPath() const;
    journal::Journal *journal() const { return m_journal.get(); }
    seqr::SeqrClient *client() const { return m_client.get(); }
    TerminalService *terminalService() const { return m_terminal.get(); }
    // The control unit, from start() on when the till has one (not for the
    // webshop, which sells at a distance); null otherwise.
    controlunit::ControlUnitService *controlUnit() const { return m_controlUnit.get(); }
    // What the control unit is told about this till (its designation from
    // the till's name, the organisation number).
    static controlunit::SignerSettings signerSettings(const TillConfig &till);
    // The cash drawer (its openings journaled, then kicked); null unless this
    // process holds the till. Whoever has the printer sets its kick.
    CashDrawer *drawer() const { return m_drawer.get(); }
    // Null until the start-up has reached it, or without a shop database.
    shopdb::ShopSync *shopSync() const { return m_shopSync.get(); }
    // False when another process holds the till and this one only looks.
    bool holdsTill() const { return m_lock != nullptr; }
    qint64 tillHolderPid() const { return m_holderPid; }

    bool isReady() const { return m_ready; }
    bool isRecovering() const { return m_recovery != nullptr; }
    // Empty when a payment may start; else why not, for the cashier.
    QString paymentRefusal() const { return m_refusal.isEmpty() ? m_lastingRefusal : m_refusal; }

    // The journal has something new for the shop database: send it now.
    void syncShopDatabase();
    // Before a process that holds the till exits (kassa-cli): waits until the
    // shop database holds all the journal recorded, at most `wait` when it
    // cannot be reached; `done` is called once, asynchronously.
    void shipBeforeExit(std::chrono::milliseconds wait,
                        std::function<void(const kassa::ShopShipment &)> done);

    // For a start-up step (TillStartupContext): problem() and notice() say
    // what reportProblem() and announce() are given.
    QObject *lifetime() override;
    void setLastingRefusal(const QString &reason) override;
    void reportProblem(const QString &text) override;
    void reportError(const kassa::Error &error) override;
    void announce(const QString &text) override;

Q_SIGNALS:
    void paymentRefusalChanged();
    // Progress a person may want to see ("Registering the demo till…").
    void notice(const QString &text);
    // Something a person should know (registration failed…); start-up goes on.
    void problem(const QString &text);
    // The till's identity changed (registration).
    void tillChanged();
    void shopSyncStarted();
    // Payments an earlier run left in flight are being finished.
    void recoveryStarted();
    void journalUnreadable(const kassa::Error &error);
    // A payment left in flight has its outcome in the journal.
    void paymentSettled(qint64 saleId, const QString &invoiceReference);
    void recoveryFinished(const QList<kassa::PaymentRecovery::Outcome> &outcomes,
                          const kassa::Error &journalError);
    void ready();
    // Refunds in doubt at start were settled as far as SEQR's report allows
    // (notice() and problem() said how).
    void refundDoubtsSettled();

private:
    struct Stage
    {
        QString waitingText;
        std::function<void(std::function<void()>)> run;
    };
    void runStage(std::size_t index);
    void registerTill(std::function<void()> done);
    void startShopSync();
    void recover(std::function<void()> done);
    void settleRefundsInDoubt();
    void setRefusal(const QString &reason);
    void becomeReady();

    TillHostOptions m_options;
    QString m_configPath;
    TillConfig m_till;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_holderPid = 0;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<CashDrawer> m_drawer; // uses the journal: after it
    std::unique_ptr<seqr::SeqrClient> m_client;
    std::unique_ptr<TerminalService> m_terminal;
    // After m_client: its sessions' calls go before the client.
    std::unique_ptr<PaymentRecovery> m_recovery;
    // A recovery past its limit, still following undecided payments.
    std::unique_ptr<PaymentRecovery> m_lateRecovery;
    std::unique_ptr<RefundDoubtResolver> m_refundDoubts;
    std::unique_ptr<shopdb::ShopSync> m_shopSync;
    // Uses the journal: after it, so it goes first.
    std::unique_ptr<controlunit::ControlUnitService> m_controlUnit;
    std::vector<std::unique_ptr<TillStartupStep>> m_steps;
    std::vector<Stage> m_stages;
    QString m_refusal;
    QString m_lastingRefusal;
    bool m_started = false;
    bool m_ready = false;
};

} // namespace kassa
