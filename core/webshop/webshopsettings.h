#pragma once

#include "core/checkout/checkout.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/payment/paymentsession.h"
#include "core/webshop/webshoplimits.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace kassa::webshop {

// How the webshop behaves; the defaults are what kassa-web runs with.
struct WebShopSettings
{
    QString shopName = QStringLiteral("Kassa");
    // Where customers (and SEQR's notifications) reach the shop, e.g.
    // https://shop.example.se — notificationUrl and backURL are made from it.
    QUrl publicUrl = QUrl(QStringLiteral("http://127.0.0.1:8091"));
    bool demo = false;           // SEQR-DEMO:// links for the demo app
    int timeLimitMs = 180000;    // an unpaid invoice is canceled after this
    int pollIntervalMs = 1000;   // getPaymentStatus while an invoice is open
    int maxQuantity = 99;        // of one product in one cart
    int maxLines = 50;           // products in one cart
    int checkoutsPerMinute = 5;  // new invoices per session and minute
    int sessionIdleMs = 3600000; // a cart left alone this long is forgotten
    int orderKeepMs = 86400000;  // receipt links work this long (in memory)
    // Per client address and for the whole shop (invoices, new carts).
    WebShopLimits limits;
    // Scan to order: the EANs a service visit may order (empty: all).
    QStringList serviceMenu;
    // Demo only: the sandbox's phone page; the list of service codes links
    // each code to it (/phone?code=…) to be scanned there.
    QUrl phonePageUrl;
    // The shop's loyalty programmes and coupons (the till's configuration):
    // a coupon typed on the checkout, a card or coupon from the buyer's app.
    loyalty::LoyaltyConfig loyalty;
    // Asks the shop database whether a coupon was used at another till
    // (shopdb::couponCheck); none: the journal alone says.
    CouponCheck couponCheck;
    // Frees a coupon's claim there when a cart gives it back (it expired, or
    // its order was not paid); none without a shop database.
    CouponRelease couponRelease;
};

} // namespace kassa::webshop
