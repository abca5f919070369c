#pragma once

#include "core/shop/orderservice.h"
#include "ui/web/shopapi.h"

namespace kassa::web {

// Scan to order's JSON API (/service/api/…) over core's OrderService; the
// cart, checkout and cancel are the webshop's own (/shop/api/…), on the
// visit's session. What a browser sends is only ever the TOKEN the SEQR app
// gave it; the place comes from SEQR (getClientSessionInfo), the prices from
// the catalog.
class ServiceApi final
{
public:
    ServiceApi(shop::OrderService *service, const ShopApi *shopApi, const WebStrings *strings);

    // POST /service/api/open {"token": …}: *session becomes the visit's.
    ApiReply open(const ApiRequest &request, ShopSession **session) const;
    ApiReply visit(const ApiRequest &request) const;  // GET /service/api/visit
    ApiReply menu(const ApiRequest &request) const;   // GET /service/api/menu
    ApiReply placed(const ApiRequest &request) const; // GET /service/api/placed
    // The service codes as a list (labels, texts, app links) and as QR
    // images: what the printed sheet shows, for the demo's phone page.
    ApiReply codes(const ApiRequest &request) const;   // GET /service/api/codes
    ApiReply codeSvg(const ApiRequest &request) const; // GET /service/api/code.svg?i=

private:
    QJsonObject visitJson(const ShopSession &session, const QString &language) const;

    shop::OrderService *m_service;
    const ShopApi *m_shopApi;
    const WebStrings *m_strings;
};

} // namespace kassa::web
