#pragma once

#include "core/ordering/orderbook.h"
#include "core/ordering/orderserviceconfig.h"
#include "core/webshop/shopsession.h"
#include "core/webshop/webshop.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace kassa::ordering {

// What getClientSessionInfo said about a TOKEN.
struct ClientSession
{
    enum class Status
    {
        Success,
        Expired,    // AUTHORIZATION_EXPIRED, or a key SEQR never issued
        Cancelled,  // AUTHORIZATION_CANCELLED: the customer left the service
        InProgress, // AUTHORIZATION_IN_PROGRESS
        Unavailable // SEQR could not be asked, or answered an error
    };
    Status status = Status::Unavailable;
    QList<QPair<QString, QString>> parameters; // msisdn, subscriberKey, the code's own

    QString value(const QString &key) const;
};

// Scan to order, the shop's side: a customer scanned a service code, the
// SEQR app opened the order page with a TOKEN; the token is checked with
// SEQR (getClientSessionInfo) and becomes a visit — a webshop session
// (ShopSession) that knows where the customer is. Its checkout is the
// webshop's (the same invoice, journal and notificationUrl), with the
// place in the invoice's title. Paid visits become orders in the OrderBook
// for the till to hand over; declined or canceled ones are dropped.
// Collaborators must outlive it.
class OrderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderService)

public:
    // Asks SEQR about a token; calls `done` once, from the event loop.
    using Lookup =
        std::function<void(const QString &token, std::function<void(const ClientSession &)> done)>;

    enum class VisitState
    {
        Checking,    // asking SEQR about the token
        Ready,       // the customer can order
        Expired,     // "scan the code again"
        UnknownCode, // not one of the shop's codes: "scan the code again"
        Unavailable,
    };
    struct Visit
    {
        QString token;
        QString sessionId;
        VisitState state = VisitState::Checking;
        QString place;
        QString customer; // the msisdn, never logged
    };

    OrderService(webshop::WebShop *shop, OrderBook *book, OrderServiceConfig config, Lookup lookup,
                 QObject *parent = nullptr);
    ~OrderService() override;

    const OrderServiceConfig &config() const { return m_config; }
    OrderBook *book() const { return m_book; }
    webshop::WebShop *shop() const { return m_shop; }

    // The order page was opened with TOKEN; `current` is the browser's
    // session, if any. Answers the visit's session: the current one when it
    // already holds this token (a reload, back from the failure page),
    // else a new session of this browser alone (from `client`, counted as
    // WebShop::createSession counts). Either way SEQR is asked about the
    // token again (getClientSessionInfo): the visit is Ready only while SEQR
    // says SUCCESS and the code is one of the shop's (config().codes).
    // nullptr for a token that cannot be one (empty, too long) — or when no
    // session can be made (*refusal says why).
    webshop::ShopSession *open(const QString &token, webshop::ShopSession *current,
                               const QString &client = {},
                               webshop::WebShop::SessionRefusal *refusal = nullptr);
    std::optional<Visit> visit(const QString &sessionId) const;

    // The customer submits the visit's order. A token checked once can
    // expire or be cancelled while the customer chooses, so SEQR is asked
    // about it again before the invoice goes out: only a session still
    // valid checks out (ShopSession::checkout, the webshop's invoice).
    // Expired or cancelled: nothing is sent and the visit becomes Expired
    // ("scan the code again"). SEQR not reachable: nothing is sent, the
    // visit stays Ready (the customer may try again). An open invoice of
    // the session is answered as it is, without asking. `done` is called
    // once; with Sent only while the session still exists.
    enum class SubmitOutcome
    {
        Sent, // checkout() was called: see refusal
        Expired,
        Unavailable,
    };
    struct Submitted
    {
        SubmitOutcome outcome = SubmitOutcome::Unavailable;
        webshop::ShopSession::CheckoutRefusal refusal = webshop::ShopSession::CheckoutRefusal::None;
    };
    void submit(webshop::ShopSession *session, std::function<void(const Submitted &)> done,
                const QString &client = {});

    // A till handed the order over. False when it was not one to hand over.
    Result<bool> handOver(qint64 saleId);
    // After a restart's recovery: orders whose invoice went out but never
    // reached the order book (a crash in between) are put back from the web
    // orders kept on disk; then orders whose payment the journal finished.
    void reconcile();

    static bool isPlausibleToken(const QString &token);

private:
    int restoreMissing();
    void handleOrderChanged(const QString &orderId);
    void handleLookup(const QString &sessionId, const QString &token, const ClientSession &info);
    Submitted handleSubmitLookup(webshop::ShopSession *session, const ClientSession &info,
                                 const QString &client);

    webshop::WebShop *m_shop;
    OrderBook *m_book;
    OrderServiceConfig m_config;
    Lookup m_lookup;
    QHash<QString, Visit> m_visits; // session id → its visit
};

} // namespace kassa::ordering
