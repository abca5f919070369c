#pragma once

#include "core/checkout/checkout.h"
#include "core/sale/cart.h"
#include "core/webshop/weborder.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kassa::webshop {

class WebShop;

// One customer's visit to the webshop: a cart kept on the server (never
// the browser's word for a price: products come from the catalog by EAN),
// and at most one open checkout of it at a time. Created and owned by
// WebShop; its id is the session cookie's value.
class ShopSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopSession)

public:
    enum class CartRefusal
    {
        None,
        UnknownProduct,
        BadQuantity,  // not a whole number from 0 to the limit
        TooMany,      // more of one product than the limit
        TooManyLines, // more products than the limit
        Paying,       // a checkout is open: the cart cannot change
    };
    enum class CheckoutRefusal
    {
        None,
        CartEmpty,
        RateLimited,    // too many new invoices from this cart in a minute
        AddressLimited, // too many from this client address in a minute
        ShopLimited,    // too many for the whole shop in a minute
        NotRegistered,
        Blocked, // the shop is finishing payments from its last run
    };

    ShopSession(WebShop *shop, QString id, QObject *parent = nullptr);
    ~ShopSession() override;

    QString id() const { return m_id; }
    // Scan to order: this visit came from a service code (its TOKEN) at a
    // place ("Table 7"); its invoice carries the place in the title, and
    // only the service's menu can be ordered (when one is set).
    void setPlace(const QString &place, const QString &serviceToken);
    QString place() const { return m_place; }
    QString serviceToken() const { return m_serviceToken; }
    bool isServiceVisit() const { return !m_serviceToken.isEmpty(); }
    // Sent back with every state-changing request (header X-Kassa-CSRF).
    QString csrfToken() const { return m_csrfToken; }
    const Cart &cart() const { return m_cart; }
    QDateTime lastSeen() const { return m_lastSeen; }
    void touch();

    // Sets the quantity of a product (0 removes it); the price comes from
    // the catalog.
    CartRefusal setQuantity(const QString &ean, int quantity);
    CartRefusal add(const QString &ean, int quantity = 1);
    int quantityOf(const QString &ean) const;
    // A coupon code the customer typed: checked and priced by the shop's
    // rules (Checkout::addCoupon), never by what the page says; its
    // discount is in the cart from then on.
    TokenRefusal addCoupon(const QString &code);
    QStringList coupons() const { return m_checkout.coupons(); }
    // The customer takes the coupons off the cart: each is given back (the
    // shop database's claim freed, the journal told). Refused while a
    // checkout is open.
    TokenRefusal removeCoupons();

    // Checks the cart out with SEQR: a new invoice — or, while one is open,
    // that one (a second checkout or a reload never makes another invoice).
    // `client`: the visitor's address key (WebShop::admitInvoice).
    CheckoutRefusal checkout(const QString &client = {});
    // The customer cancels the open checkout (also while it is being sent).
    void cancelCheckout();
    // The current (or last) checkout's id; empty before the first.
    QString orderId() const { return m_orderId; }
    bool hasOpenOrder() const;
    // A notification for this session's open invoice: poll SEQR at once.
    void pollNow();

Q_SIGNALS:
    void cartChanged();

private:
    void handlePaymentState(PaymentSession::State state);
    void handlePaymentFinished(PaymentSession *session);
    void cancelAfterTimeLimit();
    WebOrder *order();

    WebShop *m_shop;
    QString m_id;
    QString m_csrfToken;
    QDateTime m_lastSeen;
    Cart m_cart;
    Checkout m_checkout;
    QString m_orderId;
    QString m_place;
    QString m_serviceToken;
    QList<QDateTime> m_recentCheckouts;
    bool m_cancelWanted = false;
    bool m_timedOut = false;
    QTimer m_cancelRetry;
};

} // namespace kassa::webshop
