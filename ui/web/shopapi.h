#pragma once

#include "core/webshop/webshop.h"
#include "ui/web/webstrings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace kassa::web {

// One API request, already past the server's checks (size, session, CSRF).
struct ApiRequest
{
    QUrlQuery query;
    QByteArray body;
    QString language; // "sv" or "en"
    webshop::ShopSession *session = nullptr;
    QString client; // the visitor's address key (webshop::clientKeyOf)
};

struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray mimeType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra ones (Retry-After)

    static ApiReply json(const QJsonObject &object, int status = 200);
    // {"error": sentence} in the request's language.
    static ApiReply error(int status, const QString &sentence);
};

// The webshop's JSON API over WebShop: what the pages ask and tell. Every
// price, name and VAT comes from the catalog and the journal; what a browser
// sends is only ever an EAN, a quantity or an order id. Sentences for people
// are in the request's language.
class ShopApi final
{
public:
    ShopApi(webshop::WebShop *shop, const WebStrings *strings);

    ApiReply products(const ApiRequest &request) const; // GET  /shop/api/products?q=
    // GET /shop/api/cart; without a session an empty cart (a look makes no
    // session: the first change does) whose csrf is "new".
    ApiReply cart(const ApiRequest &request) const;
    ApiReply changeCart(const ApiRequest &request) const; // POST /shop/api/cart
    ApiReply checkout(const ApiRequest &request) const;   // POST /shop/api/checkout
    ApiReply
    addCoupon(const ApiRequest &request) const; // POST /shop/api/coupon {code} | {remove: true}
    // What a checkout answers once request.session->checkout() said `refusal`.
    ApiReply checkoutReply(const ApiRequest &request,
                           webshop::ShopSession::CheckoutRefusal refusal) const;
    ApiReply cancel(const ApiRequest &request) const;  // POST /shop/api/cancel
    ApiReply status(const ApiRequest &request) const;  // GET  /seqr/status?order=
    ApiReply qrCode(const ApiRequest &request) const;  // GET  /shop/api/qr.svg?order=
    ApiReply receipt(const ApiRequest &request) const; // GET  /shop/api/receipt?order=
    ApiReply notify(const ApiRequest &request) const;  // POST /seqr/notify?token=
    ApiReply strings(const ApiRequest &request) const; // GET  /shop/api/strings

    QJsonObject cartJson(const webshop::ShopSession &session, const QString &language) const;
    QJsonObject orderJson(const webshop::WebOrder &order, const QString &language) const;

    // 404 with the `notFound` sentence for NotFound; 503 "try again" for a
    // journal or web orders' file that cannot be read (StorageFailed,
    // StorageBusy). Also ServiceApi's.
    ApiReply notFoundOrUnreadable(const Error &error, const QString &language,
                                  const char *notFound) const;
    // 429 "wait a minute" (Retry-After: 60) or 503 when no session could be
    // made for a visitor.
    ApiReply sessionRefused(webshop::WebShop::SessionRefusal refusal,
                            const QString &language) const;
    // What a session-less page sends as its CSRF token with its first change.
    static constexpr auto newSessionToken = "new";

private:
    QString amountText(const Money &money, const QString &language) const;

    webshop::WebShop *m_shop;
    const WebStrings *m_strings;
};

} // namespace kassa::web
