#pragma once

#include "core/catalog/catalog.h"
#include "core/ordering/orderservice.h"
#include "tests/support/rawhttpclient.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/webhostfixture.h"
#include "ui/web/webshophost.h"

#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace webattacks {

constexpr auto kMilk = "7352601815907"; // Mjölk 3 % 1 l, 15.90

// 127.0.0.N: a client address of its own on loopback.
QHostAddress loopback(int n);
QJsonObject jsonOf(const std::optional<RawHttpClient::Response> &r);
// A request's header lines sent one every `intervalMs`, at most `lines` of
// them, until the server answers: its answer (none when it never did).
std::optional<RawHttpClient::Response> trickleHeaders(RawHttpClient &client, int lines,
                                                      int intervalMs);

} // namespace webattacks

// The seven findings of issue 26 replayed against a real kassa-web
// (WebShopHost on loopback) and the in-process sandbox, as an attacker
// would: bounded in count and time, from loopback addresses 127.0.0.N (a
// different client address each). Each asserts what the attacker (and the
// real customer next to them) now sees. Findings 1-5 in tst_webattacks.cpp,
// 6 and 7 (HTTP limits, the sandbox) in tst_webattacks_http.cpp.
class TestWebAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    // 1. Fresh cookies no longer buy fresh invoices.
    void invoicesAreLimitedPerAddressAndPerShop();
    // 2. Looks make no session; a flood of new carts leaves a customer's.
    void looksMakeNoSessionAndAFloodKeepsCarts();
    // 3. WebSockets: small messages only, a page that talks is closed, a cap.
    void webSocketsTakeNoBigMessagesAndHaveACap();
    // 4. A place must be one of the shop's codes.
    void codesTheShopNeverPrintedOpenNoVisit();
    // 5. A TOKEN is no key: asked at every open, one browser's visit its own.
    void tokenOpensAVisitOnlyWhileSeqrSaysSoAndPerBrowser();
    // 6. kassa-web's own HTTP limits.
    void oversizedRequestsAreRefusedUnread();
    void idleAndTricklingConnectionsAreClosed();
    void connectionsAreCappedAndAnswersKeepTheirOrder();
    // 7. The sandbox.
    void sandboxShowsCustomersOnlyWithTheTokenAndKnownHosts();
    void sandboxWebViewsShareNoCookies();
    void sandboxClosesTricklingRequests();

private:
    struct Visitor
    {
        QByteArray cookie;
        QByteArray csrf = "new";
    };
    bool startHost(const std::function<void(kassa::web::WebShopHostOptions &)> &tune = {});
    // POST /shop/api/cart {ean, quantity}; keeps the visitor's cookie and token.
    std::optional<RawHttpClient::Response> setMilk(RawHttpClient &http, Visitor &visitor,
                                                   int quantity);
    // A cart with a milk from `address`, checked out: the order's id.
    QString placeOrder(int address);
    // POST /service/api/open with the TOKEN (and the browser's cookie),
    // then the visit once SEQR has answered.
    QJsonObject openVisit(RawHttpClient &http, Visitor &visitor, const QString &token);
    QString scan(const QString &code);

    std::unique_ptr<kassa::test::WebHostFixture> m_web;
};
