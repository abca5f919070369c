#include "core/shopdb/journalbrowser.h"

#include <algorithm>

namespace kassa::shopdb {

namespace {

QDateTime saleTime(const journal::Sale &sale)
{
    return sale.completedAt.isValid() ? sale.completedAt : sale.createdAt;
}

bool within(const QDateTime &t, const QDateTime &from, const QDateTime &to)
{
    return (!from.isValid() || t >= from) && (!to.isValid() || t < to);
}

} // namespace

JournalBrowser::JournalBrowser(const journal::Journal *local, TillIdentity self,
                               ShopDatabaseConfig shopDatabase, int retryAfterMs)
    : m_local(local)
    , m_self(std::move(self))
    , m_config(std::move(shopDatabase))
    , m_retryAfterMs(retryAfterMs)
{
    Q_ASSERT(m_local);
}

JournalBrowser::~JournalBrowser() = default;

ShopDatabase *JournalBrowser::shop(Error *why)
{
    if (m_shop)
        return m_shop.get();
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() < m_retryAfterMs) {
        *why = m_failure;
        return nullptr;
    }
    auto opened = ShopDatabase::open(m_config);
    if (!opened) {
        m_failure = opened.error();
        m_sinceFailure.start();
        *why = m_failure;
        return nullptr;
    }
    m_sinceFailure.invalidate();
    m_shop = std::move(opened).value();
    return m_shop.get();
}

Result<JournalView> JournalBrowser::browse(const QDateTime &from, const QDateTime &to,
                                           const QString &text, int limit,
                                           const std::optional<Error> &knownAway)
{
    auto own = ownView(from, to);
    if (!own || !m_config.isEnabled())
        return own;
    JournalView view = std::move(own).value();
    if (knownAway) {
        m_shop.reset(); // it went away: a fresh connection when it is back
        view.shopProblem = *knownAway;
        return view;
    }
    addShopWide(view, from, to, text, limit);
    return view;
}

Result<JournalView> JournalBrowser::ownView(const QDateTime &from, const QDateTime &to)
{
    if (m_self.tillId.isEmpty()) {
        auto id = m_local->journalId();
        if (!id)
            return id.error();
        m_self.tillId = *id;
    }
    // As the till's own browser always did: sales begun up to a day before
    // `from` may have completed in the range.
    const auto sales = m_local->sales(from.isValid() ? from.addDays(-1) : QDateTime());
    if (!sales)
        return sales.error();
    const auto refunds = m_local->refunds(from);
    if (!refunds)
        return refunds.error();
    const auto events = m_local->tillEvents(from, to);
    if (!events)
        return events.error();

    JournalView view;
    view.ownTillId = m_self.tillId;
    for (const journal::Sale &sale : *sales) {
        if (within(saleTime(sale), from, to))
            view.sales.append(ShopSale{m_self.tillId, m_self.terminalId, m_self.name, sale});
    }
    for (const journal::Refund &refund : *refunds) {
        if (within(refund.createdAt, from, to))
            view.refunds.append(ShopRefund{m_self.tillId, m_self.terminalId, m_self.name, refund});
    }
    for (const journal::TillEvent &e : *events)
        view.events.append(ShopEvent{m_self.tillId, m_self.terminalId, m_self.name, e});
    return view;
}

void JournalBrowser::addShopWide(JournalView &view, const QDateTime &from, const QDateTime &to,
                                 const QString &text, int limit)
{
    Error why;
    ShopDatabase *db = shop(&why);
    Result<ShopDatabase::JournalPage> page =
        db ? db->journal({from, to, text, m_self.tillId, limit})
           : Result<ShopDatabase::JournalPage>(why);
    if (!page) {
        if (db) {
            // Start again from a fresh connection, not before the retry time.
            m_shop.reset();
            m_failure = page.error();
            m_sinceFailure.start();
        }
        view.shopProblem = page.error();
        return;
    }
    auto events = db->events(from, to, {}, m_self.tillId);
    if (!events) {
        view.shopProblem = events.error();
        return;
    }
    view.events += *events;
    std::stable_sort(
        view.events.begin(), view.events.end(),
        [](const ShopEvent &a, const ShopEvent &b) { return a.event.at < b.event.at; });
    view.shopWide = true;
    view.truncated = page->truncated;
    view.sales += page->sales;
    view.refunds += page->refunds;
    std::stable_sort(
        view.sales.begin(), view.sales.end(),
        [](const ShopSale &a, const ShopSale &b) { return saleTime(a.sale) < saleTime(b.sale); });
    std::stable_sort(view.refunds.begin(), view.refunds.end(),
                     [](const ShopRefund &a, const ShopRefund &b) {
                         return a.refund.createdAt < b.refund.createdAt;
                     });
}

} // namespace kassa::shopdb
