#pragma once

#include <QJsonObject>

namespace kassa::webshop {

// What strangers on the internet may make the webshop do, per client
// address (IPv4 address, IPv6 /64) and for the whole shop. Kept as the
// `webshopLimits` object of kassa-web's configuration; kassa-web's command
// line overrides it. Every limit is "at most N a minute", a sliding minute.
//
//   "webshopLimits": { "invoicesPerAddress": 10, "invoicesPerShop": 3000,
//                      "sessionsPerAddress": 30, "maxSessions": 10000,
//                      "behindProxy": false }
struct WebShopLimits
{
    int invoicesPerAddress = 10; // new SEQR invoices from one client address
    int invoicesPerShop = 3000;  // new SEQR invoices of the whole shop
    int sessionsPerAddress = 30; // new carts (sessions) from one client address
    int maxSessions = 10000;     // carts kept at once (idle empty ones go first)
    // The client address is the last one of X-Forwarded-For (the one the
    // proxy in front added), not the connection's. Only behind a proxy that
    // sets it: anyone else can write that header.
    bool behindProxy = false;

    bool isDefault() const { return *this == WebShopLimits{}; }
    // These limits where they were set (differ from the defaults), `base`'s
    // elsewhere: the command line over the configuration.
    WebShopLimits over(const WebShopLimits &base) const;
    static WebShopLimits fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    friend bool operator==(const WebShopLimits &, const WebShopLimits &) = default;
};

} // namespace kassa::webshop
