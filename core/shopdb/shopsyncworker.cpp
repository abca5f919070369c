#include "core/shopdb/shopsyncworker.h"

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/shopdb/shopdatabase.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcShopDb)

namespace kassa::shopdb {

ShopSyncWorker::ShopSyncWorker(ShopDatabaseConfig config, QString journalPath, TillIdentity till,
                               ShopSyncOptions options)
    : m_config(std::move(config))
    , m_journalPath(std::move(journalPath))
    , m_till(std::move(till))
    , m_options(std::move(options))
    , m_retryMs(m_options.retryMs)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ShopSyncWorker::tick);
}

ShopSyncWorker::~ShopSyncWorker() = default;

void ShopSyncWorker::start()
{
    tick();
}

bool ShopSyncWorker::openLocal()
{
    auto journal = journal::Journal::open(m_journalPath);
    if (!journal) {
        goOffline(journal.error());
        return false;
    }
    m_journal = std::move(journal).value();
    auto tillId = m_journal->journalId();
    if (!tillId) {
        goOffline(tillId.error());
        return false;
    }
    m_till.tillId = *tillId;
    if (!m_options.catalogPath.isEmpty()) {
        auto catalog = catalog::Catalog::open(m_options.catalogPath);
        if (!catalog) {
            goOffline(catalog.error());
            return false;
        }
        m_catalog = std::move(catalog).value();
        m_status.catalogRevision = m_catalog->shopRevision();
    }
    return true;
}

void ShopSyncWorker::tick()
{
    m_timer->stop();
    bool ok = m_journal || openLocal();
    if (ok) {
        // What waits to be sent is known from the journal alone, also while
        // the shop database cannot be reached.
        if (auto recorded = m_journal->lastOutboxSeq();
            recorded && *recorded != m_status.recorded) {
            m_status.recorded = *recorded;
            publish();
        }
    }
    if (ok && !m_shop) {
        auto opened = ShopDatabase::open(m_config);
        if (opened) {
            m_shop = std::move(opened).value();
            qCInfo(lcShopDb) << "connected to the shop database" << m_config.displayName();
        } else {
            goOffline(opened.error());
            ok = false;
        }
    }
    ok = ok && sendOutbox() && pullCatalog() && readProgress();
    if (ok) {
        const bool changed = m_status.state != ShopSyncStatus::State::Online;
        m_status.state = ShopSyncStatus::State::Online;
        m_status.offlineSince = {};
        m_status.lastError = {};
        m_retryMs = m_options.retryMs;
        if (changed)
            publish();
        m_timer->start(m_options.intervalMs);
    } else {
        m_timer->start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, m_options.maxRetryMs);
    }
}

namespace {

// The journal's record an outbox entry names, as the shop database takes it.
Result<ShopRecord> readRecord(const journal::Journal &journal, const journal::OutboxEntry &e)
{
    ShopRecord r{e.seq, e.kind, {}, {}, {}};
    Error failed;
    auto take = [&failed](auto read, auto &into) {
        if (read)
            into = std::move(read).value();
        else
            failed = read.error();
    };
    if (e.kind == journal::OutboxEntry::Kind::Sale)
        take(journal.sale(e.record.toLongLong()), r.sale);
    else if (e.kind == journal::OutboxEntry::Kind::Refund)
        take(journal.refund(e.record.toLongLong()), r.refund);
    else if (e.kind == journal::OutboxEntry::Kind::Event)
        take(journal.tillEvent(e.record), r.event);
    else
        take(journal.period(e.record), r.period);
    if (!r.sale && !r.refund && !r.period && !r.event)
        return makeError(ErrorCode::StorageFailed, u"the journal's record "_s + e.record +
                                                       u" (outbox "_s + QString::number(e.seq) +
                                                       u") cannot be read: "_s + failed.detail);
    return r;
}

} // namespace

bool ShopSyncWorker::sendOutbox()
{
    auto recorded = m_journal->lastOutboxSeq();
    if (!recorded) {
        goOffline(recorded.error());
        return false;
    }
    const bool grew = *recorded != m_status.recorded;
    m_status.recorded = *recorded;
    auto delivered = m_shop->announce(m_till, *recorded);
    if (!delivered) {
        goOffline(delivered.error());
        return false;
    }
    const bool moved = *delivered != m_status.delivered;
    m_status.delivered = *delivered;
    if (grew || moved)
        publish();
    while (m_status.delivered < m_status.recorded) {
        auto entries = m_journal->outbox(m_status.delivered, m_options.batchSize);
        if (!entries) {
            goOffline(entries.error());
            return false;
        }
        if (entries->isEmpty())
            break;
        QList<ShopRecord> records;
        for (const journal::OutboxEntry &e : *entries) {
            auto record = readRecord(*m_journal, e);
            if (!record) {
                // Never skip a record: stop here and try again later.
                goOffline(record.error());
                return false;
            }
            records.append(*record);
        }
        auto sent = m_shop->deliver(m_till, records, m_status.recorded);
        if (!sent) {
            goOffline(sent.error());
            return false;
        }
        m_status.delivered = *sent;
        m_status.lastDelivery = QDateTime::currentDateTimeUtc();
        publish();
    }
    return true;
}

bool ShopSyncWorker::pullCatalog()
{
    if (!m_catalog)
        return true;
    auto changes = m_shop->productChanges(m_status.catalogRevision);
    if (!changes) {
        goOffline(changes.error());
        return false;
    }
    if (changes->revision == m_status.catalogRevision)
        return true;
    if (auto applied =
            m_catalog->applyShopChanges(changes->changed, changes->removed, changes->revision);
        !applied) {
        goOffline(applied.error());
        return false;
    }
    m_status.catalogRevision = changes->revision;
    qCInfo(lcShopDb) << "catalog copy at revision" << changes->revision << ":"
                     << changes->changed.size() << "changed," << changes->removed.size()
                     << "removed";
    publish();
    Q_EMIT catalogChanged(int(changes->changed.size()), int(changes->removed.size()));
    return true;
}

bool ShopSyncWorker::readProgress()
{
    auto progress = m_shop->progress();
    if (!progress) {
        goOffline(progress.error());
        return false;
    }
    auto same = [](const TillProgress &a, const TillProgress &b) {
        return a.till.tillId == b.till.tillId && a.till.name == b.till.name &&
               a.delivered == b.delivered && a.recorded == b.recorded &&
               a.lastContact.secsTo(b.lastContact) == 0;
    };
    if (!std::equal(progress->begin(), progress->end(), m_status.tills.begin(),
                    m_status.tills.end(), same)) {
        m_status.tills = *progress;
        publish();
    }
    return true;
}

void ShopSyncWorker::goOffline(const Error &error)
{
    if (error.code == ErrorCode::ConnectionProblem || error.code == ErrorCode::StorageFailed) {
        // Start again from a fresh connection next time.
        m_shop.reset();
    }
    const bool changed = m_status.state != ShopSyncStatus::State::Offline ||
                         m_status.lastError.detail != error.detail;
    if (m_status.state != ShopSyncStatus::State::Offline)
        m_status.offlineSince = QDateTime::currentDateTimeUtc();
    m_status.state = ShopSyncStatus::State::Offline;
    m_status.lastError = error;
    if (changed) {
        qCWarning(lcShopDb) << "shop database" << m_config.displayName()
                            << "not reachable:" << error.detail;
        publish();
    }
}

void ShopSyncWorker::publish()
{
    Q_EMIT statusChanged(m_status);
}

} // namespace kassa::shopdb
