#pragma once

#include "core/ordering/orderservice.h"
#include "ui/web/shopapi.h"

#include <QPointer>

#include <functional>

namespace kassa::web {

// Scan to order's JSON API (/service/api/…) over core's OrderService; the
// cart, checkout and cancel are the webshop's own (/shop/api/…), on the
// visit's session. What a browser sends is only ever the TOKEN the SEQR app
// gave it; the place comes from SEQR (getClientSessionInfo), the prices from
// the catalog.
class ServiceApi final
{
public:
    ServiceApi(ordering::OrderService *service, const ShopApi *shopApi, const WebStrings *strings);

    // POST /service/api/open {"token": …}: *session becomes the visit's.
    ApiReply open(const ApiRequest &request, webshop::ShopSession **session) const;
    ApiReply visit(const ApiRequest &request) const;  // GET /service/api/visit
    ApiReply menu(const ApiRequest &request) const;   // GET /service/api/menu
    ApiReply placed(const ApiRequest &request) const; // GET /service/api/placed
    // POST /shop/api/checkout of a visit: SEQR is asked about the token
    // again first (OrderService::submit). An expired or cancelled token
    // answers 410 {"state": "EXPIRED", "message"} ("scan the code again"),
    // SEQR out of reach 503 {"error"}; else the webshop's checkout answer.
    // `reply` is called once, from the event loop or at once — never once
    // `owner` (what owns this ServiceApi: the server) is gone.
    void checkout(const ApiRequest &request, QObject *owner,
                  std::function<void(const ApiReply &)> reply) const;
    // The service codes as a list (labels, texts, app links) and as QR
    // images: what the printed sheet shows, for the demo's phone page.
    ApiReply codes(const ApiRequest &request) const;   // GET /service/api/codes
    ApiReply codeSvg(const ApiRequest &request) const; // GET /service/api/code.svg?i=

private:
    QJsonObject visitJson(const webshop::ShopSession &session, const QString &language) const;

    ordering::OrderService *m_service;
    const ShopApi *m_shopApi;
    const WebStrings *m_strings;
};

} // namespace kassa::web
