#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/shopdb/shopdatabase.h"
#include "core/shopdb/shoptypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace kassa::shopdb {

// A day of the journal as the manager browses it. Every sale and refund
// carries where it was made: this terminal's have tillId == ownTillId.
struct JournalView
{
    QString ownTillId;
    QList<ShopSale> sales;     // by completion (this terminal's alone: by id)
    QList<ShopRefund> refunds; // by time
    // The events an inspector reads (drawer openings, float changes, voided
    // carts, price changes, Z reports, copies, training sales, return
    // receipts): this terminal's from its journal and, with a shop
    // database, the other terminals' from there; by time.
    QList<ShopEvent> events;
    bool shopWide = false;  // the other terminals' records are in
    bool truncated = false; // the shop database held more than the limit
    // A shop database is configured but could not be read now: only this
    // terminal's own journal is in.
    std::optional<Error> shopProblem;
};

// The manager's journal browser across the shop: this terminal's own
// journal (every sale — also open and canceled ones, and those not yet in
// the shop database — and every refund) and, with a shop database, the
// completed sales and refunds of every other terminal of the shop (tills and
// kassa-web), read from there. Without a shop database it is the journal
// alone, as before there was one.
//
// Blocking: the shop database is opened on first use (for at most its
// connect timeout) and kept; after it could not be reached it is tried again
// no sooner than `retryAfterMs` later, so browsing stays quick while it is
// away. Use from the thread that made it; `local` must outlive it.
class JournalBrowser
{
public:
    JournalBrowser(const journal::Journal *local, TillIdentity self,
                   ShopDatabaseConfig shopDatabase, int retryAfterMs = 5000);
    ~JournalBrowser();
    JournalBrowser(const JournalBrowser &) = delete;
    JournalBrowser &operator=(const JournalBrowser &) = delete;

    bool hasShopDatabase() const { return m_config.isEnabled(); }
    const TillIdentity &self() const { return m_self; }

    // Sales completed (or, unfinished, begun) and refunds made in
    // [from, to). This terminal's records all (the caller may filter them
    // further); the other terminals' those `text` picks in the shop database
    // (receipt number, SEQR reference, item, EAN, terminal name or id; see
    // ShopDatabase::JournalQuery), at most `limit` of each. An unreadable
    // local journal is the error; an unreachable shop database is
    // JournalView::shopProblem. With `knownAway` (ShopSync says the shop
    // database cannot be reached) it is not tried at all: that is the
    // problem, and browsing never waits for a connect timeout.
    Result<JournalView> browse(const QDateTime &from, const QDateTime &to, const QString &text = {},
                               int limit = 500,
                               const std::optional<Error> &knownAway = std::nullopt);

private:
    ShopDatabase *shop(Error *why);
    // This till's own sales, refunds and events in the range, from its journal.
    Result<JournalView> ownView(const QDateTime &from, const QDateTime &to);
    // The other tills' rows from the shop database, merged in time order;
    // or the reason they are missing in view.shopProblem.
    void addShopWide(JournalView &view, const QDateTime &from, const QDateTime &to,
                     const QString &text, int limit);

    const journal::Journal *m_local;
    TillIdentity m_self;
    ShopDatabaseConfig m_config;
    int m_retryAfterMs;
    std::unique_ptr<ShopDatabase> m_shop;
    QElapsedTimer m_sinceFailure; // valid after a failure, until the next success
    Error m_failure;
};

} // namespace kassa::shopdb
