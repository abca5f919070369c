#include "core/webshop/webshop.h"

#include "core/common/enumname.h"
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebShop, "kassa.webshop", QtInfoMsg)

namespace kassa::webshop {

QString webOrderStateName(WebOrder::State state)
{
    return enumWire(state); // SENDING, WAITING, PAID, … TIMED_OUT, NOT_SENT: the pages read these
}

QString randomId()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

WebShop::WebShop(catalog::Catalog *catalog, seqr::SeqrClient *client, journal::Journal *journal,
                 WebShopSettings settings, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_client(client)
    , m_journal(journal)
    , m_settings(std::move(settings))
    , m_newSessions(m_settings.limits.sessionsPerAddress)
    , m_invoicesByAddress(m_settings.limits.invoicesPerAddress)
    , m_invoices(m_settings.limits.invoicesPerShop)
{
    setPublicUrl(m_settings.publicUrl);
    Q_ASSERT(m_catalog && m_client && m_journal);
    m_expiry.setInterval(60000);
    connect(&m_expiry, &QTimer::timeout, this, &WebShop::expire);
    m_expiry.start();
}

WebShop::~WebShop() = default;

void WebShop::setPublicUrl(const QUrl &url)
{
    m_settings.publicUrl = url;
    // A base without a trailing slash would lose its last path segment.
    if (!m_settings.publicUrl.path().endsWith(u'/'))
        m_settings.publicUrl.setPath(m_settings.publicUrl.path() + u'/');
}

ShopSession *WebShop::createSession(const QString &client, SessionRefusal *refusal)
{
    const auto refuse = [refusal](SessionRefusal why) -> ShopSession * {
        if (refusal)
            *refusal = why;
        return nullptr;
    };
    const qint64 now = RateLimit::now();
    if (!client.isEmpty() && !m_newSessions.allows(client, now))
        return refuse(SessionRefusal::AddressLimited);
    if (m_sessions.size() >= m_settings.limits.maxSessions && !evictOne())
        return refuse(SessionRefusal::Full);
    if (!client.isEmpty())
        m_newSessions.take(client, now);
    auto *session = new ShopSession(this, randomId(), this);
    m_sessions.insert(session->id(), session);
    connect(session, &ShopSession::cartChanged, this, [this, session] { reindex(session); });
    reindex(session);
    if (refusal)
        *refusal = SessionRefusal::None;
    return session;
}

ShopSession::CheckoutRefusal WebShop::admitInvoice(const QString &client)
{
    const qint64 now = RateLimit::now();
    if (!client.isEmpty() && !m_invoicesByAddress.allows(client, now))
        return ShopSession::CheckoutRefusal::AddressLimited;
    if (!m_invoices.take(QString(), now))
        return ShopSession::CheckoutRefusal::ShopLimited;
    if (!client.isEmpty())
        m_invoicesByAddress.take(client, now);
    return ShopSession::CheckoutRefusal::None;
}

void WebShop::reindex(ShopSession *session)
{
    if (!m_sessions.contains(session->id()))
        return;
    IdleKey key;
    key.rank = session->hasOpenOrder() ? 2 : session->cart().isEmpty() ? 0 : 1;
    key.lastSeenMs = session->lastSeen().toMSecsSinceEpoch();
    auto known = m_idleKeyOf.find(session);
    if (known != m_idleKeyOf.end()) {
        if (known->rank == key.rank && known->lastSeenMs == key.lastSeenMs)
            return;
        m_idle.erase(*known);
    }
    key.serial = ++m_serial;
    m_idle.emplace(key, session);
    m_idleKeyOf.insert(session, key);
}

void WebShop::forget(ShopSession *session)
{
    if (auto known = m_idleKeyOf.find(session); known != m_idleKeyOf.end()) {
        m_idle.erase(*known);
        m_idleKeyOf.erase(known);
    }
    m_sessions.remove(session->id());
    Q_EMIT sessionEnded(session->id());
    delete session;
}

bool WebShop::evictOne()
{
    // A checkout that ended since its session was last placed moves down
    // first; a few at most per call.
    for (int tries = 0; tries < 8 && !m_idle.empty(); ++tries) {
        ShopSession *oldest = m_idle.begin()->second;
        if (m_idle.begin()->first.rank == 2)
            return false; // every cart is paying
        if (oldest->hasOpenOrder()) {
            reindex(oldest);
            continue;
        }
        forget(oldest);
        return true;
    }
    return false;
}

ShopSession *WebShop::session(const QString &id) const
{
    return m_sessions.value(id, nullptr);
}

const WebOrder *WebShop::order(const QString &orderId) const
{
    return findOrder(orderId).valueOr(nullptr);
}

Result<const WebOrder *> WebShop::findOrder(const QString &orderId) const
{
    auto it = m_orders.constFind(orderId);
    if (it != m_orders.constEnd())
        return &*it;
    return restored(orderId);
}

void WebShop::handleSaleJournaled(qint64 saleId)
{
    if (!m_store)
        return;
    const auto orderId = m_store->orderOf(saleId);
    if (!orderId) {
        if (orderId.error().code != ErrorCode::NotFound)
            qCWarning(lcWebShop).noquote()
                << "cannot read which order sale" << saleId << "is -" << orderId.error().detail;
        return; // not a web order, or the web orders cannot be read now
    }
    if (m_orders.contains(*orderId))
        return; // one of this run (it pushes its own changes)
    const auto seen = m_restored.find(*orderId);
    const int before = seen == m_restored.end() ? 0 : seen->second.version;
    const auto now = restored(*orderId);
    if (!now) {
        qCWarning(lcWebShop).noquote()
            << "cannot read back the order of sale" << saleId << "-" << now.error().detail;
        return;
    }
    if ((*now)->version == before)
        return; // the journal says nothing new of it
    qCInfo(lcWebShop).noquote() << "order" << (*now)->invoiceReference
                                << webOrderStateName((*now)->state) << "(journaled at start)";
    Q_EMIT orderChanged(*orderId, (*now)->version);
}

void WebShop::remember(const WebOrder &order)
{
    if (!m_store)
        return;
    if (auto kept = m_store->remember(order.id, order.saleId, order.createdAt, order.place); !kept)
        qCWarning(lcWebShop).noquote()
            << "order of sale" << order.saleId
            << "not kept on disk (its receipt link ends with this run):" << kept.error().detail;
}

Result<const WebOrder *> WebShop::restored(const QString &orderId) const
{
    if (!m_store || orderId.isEmpty() || orderId.size() > 64)
        return makeError(ErrorCode::NotFound, u"no such order"_s);
    const auto kept = m_store->entry(orderId);
    if (!kept)
        return kept.error(); // NotFound, or web orders that cannot be read now
    const auto sale = m_journal->sale(kept->saleId);
    if (!sale)
        return sale.error(); // NotFound, or a journal that cannot be read now
    // Read afresh each time: recovery may finish an order in flight.
    WebOrder o;
    o.id = orderId;
    o.place = kept->place;
    o.saleId = sale->id;
    o.createdAt = sale->createdAt;
    o.amount = sale->total;
    switch (sale->status) {
    case journal::SaleStatus::Completed:
        o.state = WebOrder::State::Paid;
        o.receiptNumber = sale->receiptNumber.value_or(0);
        for (const journal::Tender &t : sale->tenders) {
            if (t.kind == journal::TenderKind::Seqr) {
                o.invoiceReference = t.invoiceReference;
                o.ersReference = t.ersReference;
                o.amount = t.amount;
            }
        }
        break;
    case journal::SaleStatus::Canceled:
        o.state = WebOrder::State::Canceled;
        break;
    case journal::SaleStatus::Open:
        // In flight: recovery (or this run's polling) will decide it.
        o.state = WebOrder::State::Sending;
        break;
    }
    const auto previous = m_restored.find(orderId);
    o.version = previous == m_restored.end() ? 1 : previous->second.version;
    if (previous != m_restored.end() && previous->second.state != o.state)
        ++o.version;
    if (m_restored.size() > 1000 && previous == m_restored.end())
        m_restored.clear();
    const WebOrder *read = &(m_restored[orderId] = o);
    return read;
}

WebOrder *WebShop::mutableOrder(const QString &orderId)
{
    auto it = m_orders.find(orderId);
    return it == m_orders.end() ? nullptr : &*it;
}

WebOrder &WebShop::newOrder(const QString &sessionId)
{
    WebOrder order;
    order.id = randomId();
    order.token = randomId();
    order.sessionId = sessionId;
    order.createdAt = QDateTime::currentDateTimeUtc();
    m_orderByToken.insert(order.token, order.id);
    return *m_orders.insert(order.id, order);
}

void WebShop::changed(WebOrder &order)
{
    ++order.version;
    if (ShopSession *s = session(order.sessionId))
        reindex(s);
    qCInfo(lcWebShop).noquote() << "order" << order.invoiceReference
                                << webOrderStateName(order.state);
    Q_EMIT orderChanged(order.id, order.version);
}

bool WebShop::notify(const QString &token)
{
    const QString orderId = m_orderByToken.value(token);
    const WebOrder *o = order(orderId);
    if (!o || !o->isOpen()) {
        // Neither the token nor anything else of a forged notification is
        // logged: only that one came.
        qCWarning(lcWebShop) << "notification for no open checkout ignored";
        return false;
    }
    ShopSession *s = session(o->sessionId);
    if (!s)
        return false;
    qCInfo(lcWebShop).noquote() << "notification for" << o->invoiceReference
                                << "- asking SEQR at once";
    s->pollNow();
    return true;
}

QString WebShop::appLink(const QString &qrCode) const
{
    // HTTP://SEQR.SE/R… → SEQR://SEQR.SE/R… (SEQR-DEMO:// for the demo app).
    const qsizetype colon = qrCode.indexOf(u':');
    if (colon < 0)
        return {};
    return (m_settings.demo ? u"SEQR-DEMO"_s : u"SEQR"_s) + qrCode.mid(colon);
}

QUrl WebShop::receiptUrl(const QString &orderId) const
{
    QUrl url = m_settings.publicUrl.resolved(QUrl(u"shop/receipt"_s));
    url.setQuery(QUrlQuery{{u"order"_s, orderId}});
    return url;
}

QUrl WebShop::notificationUrl(const QString &token) const
{
    QUrl url = m_settings.publicUrl.resolved(QUrl(u"seqr/notify"_s));
    url.setQuery(QUrlQuery{{u"token"_s, token}});
    return url;
}

void WebShop::expire()
{
    // Oldest first within each rank: only the sessions that expire are
    // visited (and one more per rank).
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - m_settings.sessionIdleMs;
    for (int rank = 0; rank < 2; ++rank) {
        auto it = m_idle.lower_bound(IdleKey{rank, 0, 0});
        while (it != m_idle.end() && it->first.rank == rank && it->first.lastSeenMs < cutoff) {
            ShopSession *s = it->second;
            ++it;
            if (s->hasOpenOrder())
                reindex(s);
            else
                forget(s);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_orders.begin(); it != m_orders.end();) {
        if (!it->isOpen() && it->createdAt.msecsTo(now) > m_settings.orderKeepMs) {
            m_orderByToken.remove(it->token);
            it = m_orders.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace kassa::webshop
