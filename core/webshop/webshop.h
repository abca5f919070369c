#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/seqr/seqrclient.h"
#include "core/webshop/ratelimit.h"
#include "core/webshop/shopsession.h"
#include "core/webshop/weborderstore.h"
#include "core/webshop/webshopsettings.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace kassa::webshop {

// The webshop's business side, with no HTTP in it: carts per visitor
// (sessions under unguessable ids), checkouts that send SEQR invoices with a
// notificationUrl carrying a per-checkout token and a backURL to the receipt
// page, notifications that only ever trigger a getPaymentStatus, the time
// limit, and orders journaled as sales of this webshop's own till (same
// journal format as a till: refundable, reconciled, in the Z report). The
// web front (ui/web) shows it and passes the customer's intent on.
// Collaborators must outlive it; not thread-safe.
class WebShop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebShop)

public:
    WebShop(catalog::Catalog *catalog, seqr::SeqrClient *client, journal::Journal *journal,
            WebShopSettings settings, QObject *parent = nullptr);
    ~WebShop() override;

    const WebShopSettings &settings() const { return m_settings; }
    // Once the server knows its port (links made from now on use it).
    void setPublicUrl(const QUrl &url);
    catalog::Catalog *catalog() const { return m_catalog; }
    journal::Journal *journal() const { return m_journal; }
    seqr::SeqrClient *client() const { return m_client; }

    void setRegistered(bool registered) { m_registered = registered; }
    bool isRegistered() const { return m_registered; }
    // Non-empty: no checkout now (e.g. payments of the last run are being
    // finished); the reason is for logs, pages say "try again in a moment".
    void setBlocked(const QString &reason) { m_blocked = reason; }
    QString blockedReason() const { return m_blocked; }

    enum class SessionRefusal
    {
        None,
        AddressLimited, // this address made settings().limits.sessionsPerAddress this minute
        Full,           // every cart kept has an open checkout
    };
    // A new cart for a visitor from `client` (clientKeyOf() of its address;
    // empty: not counted — the shop's own use). When maxSessions carts are
    // kept, the longest idle empty cart goes, else the longest idle cart
    // with items; never one with an open checkout. nullptr (and *refusal
    // says why) when none can be made now.
    ShopSession *createSession(const QString &client = {}, SessionRefusal *refusal = nullptr);
    // Forgets a session at once (a first change that was refused).
    void endSession(ShopSession *session) { forget(session); }
    // nullptr for an unknown or expired id.
    ShopSession *session(const QString &id) const;
    int sessionCount() const { return int(m_sessions.size()); }
    // May `client` have a new SEQR invoice now? Counts it when yes (per
    // address and for the whole shop, settings().limits). Empty client:
    // only the shop's limit.
    ShopSession::CheckoutRefusal admitInvoice(const QString &client);

    // Where orders are kept on disk (may be null: memory only; must
    // outlive the shop). With it, an order this run does not know (kassa-web
    // restarted, or the order was forgotten) is read back from the journal:
    // its receipt link keeps working.
    void setOrderStore(WebOrderStore *store) { m_store = store; }
    WebOrderStore *orderStore() const { return m_store; }

    // nullptr for an unknown order id, and when it cannot be read. An order
    // read back from the store has no session; the pointer is valid until
    // the next call.
    const WebOrder *order(const QString &orderId) const;
    // The same, saying why not: NotFound for an unknown id; StorageFailed or
    // StorageBusy when the journal or the web orders' file cannot be read
    // (the order may well exist: the page should try again, not be told
    // there is none).
    Result<const WebOrder *> findOrder(const QString &orderId) const;
    // Something besides this shop (PaymentRecovery, at start) journaled a
    // change of the sale `saleId`: its order, read back from the journal,
    // is pushed (orderChanged) when what the journal says of it changed.
    // Call it after the journal write, never before.
    void handleSaleJournaled(qint64 saleId);
    // SEQR POSTed to a notificationUrl with this token. Its body is never
    // trusted: a known token of an open invoice makes the shop ask SEQR
    // (getPaymentStatus) at once. False for unknown or ended tokens, which
    // change nothing.
    bool notify(const QString &token);

    // The SEQR app link for an invoice QR: SEQR:// (SEQR-DEMO:// in demo).
    QString appLink(const QString &qrCode) const;
    QUrl receiptUrl(const QString &orderId) const;
    QUrl notificationUrl(const QString &token) const;

    // Forgets idle carts without an open checkout and old orders.
    void expire();

Q_SIGNALS:
    // An order changed (state, reference…): pushes say only this.
    void orderChanged(const QString &orderId, int version);
    // A session is forgotten (idle, or its place given to a new one); it is
    // deleted right after.
    void sessionEnded(const QString &sessionId);

private:
    friend class ShopSession;
    WebOrder &newOrder(const QString &sessionId);
    WebOrder *mutableOrder(const QString &orderId);
    void changed(WebOrder &order);
    // The order's sale exists and its invoice is about to be sent.
    void remember(const WebOrder &order);
    Result<const WebOrder *> restored(const QString &orderId) const;
    // The sessions by how much losing them would hurt, then how long idle:
    // empty carts, carts with items, carts with an open checkout (never
    // evicted). O(log n) to move one; kept up to date by reindex().
    struct IdleKey
    {
        int rank = 0;
        qint64 lastSeenMs = 0;
        quint64 serial = 0;
        friend auto operator<=>(const IdleKey &, const IdleKey &) = default;
    };
    void reindex(ShopSession *session);
    void forget(ShopSession *session);
    bool evictOne();

    catalog::Catalog *m_catalog;
    seqr::SeqrClient *m_client;
    journal::Journal *m_journal;
    WebShopSettings m_settings;
    bool m_registered = true;
    QString m_blocked;
    QHash<QString, ShopSession *> m_sessions; // owned (children)
    std::map<IdleKey, ShopSession *> m_idle;
    QHash<const ShopSession *, IdleKey> m_idleKeyOf;
    quint64 m_serial = 0;
    RateLimit m_newSessions;
    RateLimit m_invoicesByAddress;
    RateLimit m_invoices; // the whole shop's
    QHash<QString, WebOrder> m_orders;
    QHash<QString, QString> m_orderByToken;
    QTimer m_expiry;
    WebOrderStore *m_store = nullptr;
    mutable std::map<QString, WebOrder> m_restored; // read back from the store
};

// An unguessable id: 32 bytes from the system's secure random source,
// base64url without padding (43 characters).
QString randomId();

} // namespace kassa::webshop
