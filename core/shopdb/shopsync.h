#pragma once

#include "core/common/error.h"
#include "core/shopdb/shopdatabaseconfig.h"
#include "core/shopdb/shoptypes.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>

namespace kassa::shopdb {

class ShopSyncWorker;

struct ShopSyncOptions
{
    int intervalMs = 1000;  // how often the journal's outbox and the catalog are looked at
    int retryMs = 1000;     // first wait after the shop database could not be reached …
    int maxRetryMs = 10000; // … doubling up to this
    int batchSize = 200;    // records per transaction
    QString catalogPath;    // the local copy of the shop's catalog; empty: none
};

// What a till knows about its link to the shop database.
struct ShopSyncStatus
{
    enum class State
    {
        Connecting, // not reached yet since the start
        Online,
        Offline // could not be reached (or went away); retrying
    };
    State state = State::Connecting;
    qint64 recorded = 0;  // the journal's highest outbox sequence number
    qint64 delivered = 0; // the highest the shop database holds (as last heard)
    QDateTime lastDelivery;
    QDateTime offlineSince;
    Error lastError; // why it is offline (untranslated detail; no password in it)
    qint64 catalogRevision = 0;
    // Every terminal of the shop and how far behind it is, as the shop
    // database said at the last contact (empty while never reached).
    QList<TillProgress> tills;

    qint64 pending() const { return recorded > delivered ? recorded - delivered : 0; }
};

// Keeps one terminal's journal and the shop database in step, on a worker
// thread of its own (the shop database's calls block): sends every record of
// the journal's outbox, in sequence, in batches, each batch one transaction
// in the shop database (idempotent, so a resend after a lost connection, a
// restart or a kill is harmless), retrying with back-off until it lands; and
// keeps the local catalog copy up to date with the shop's catalog. The
// journal is opened again on the worker thread (its own SQLite connection);
// the till keeps writing it as before, whether or not the shop database is
// there.
//
// Lives in the thread that creates it; status() may be called from that
// thread at any time. statusChanged() and catalogChanged() arrive there.
class ShopSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopSync)

public:
    // `till.tillId` is filled in from the journal.
    ShopSync(ShopDatabaseConfig config, QString journalPath, TillIdentity till,
             ShopSyncOptions options = {}, QObject *parent = nullptr);
    ~ShopSync() override; // stops the worker (a batch in flight is rolled back or committed)

    void start();
    // Look now rather than at the next interval (e.g. after a sale).
    void syncNow();
    ShopSyncStatus status() const;

Q_SIGNALS:
    void statusChanged();
    // The local catalog copy changed: `changed` products added or updated,
    // `removed` removed.
    void catalogChanged(int changed, int removed);

private:
    void handleStatus(const kassa::shopdb::ShopSyncStatus &status);

    QThread m_thread;
    ShopSyncWorker *m_worker = nullptr; // lives in m_thread
    mutable QMutex m_mutex;
    ShopSyncStatus m_status;
};

} // namespace kassa::shopdb

Q_DECLARE_METATYPE(kassa::shopdb::ShopSyncStatus)
