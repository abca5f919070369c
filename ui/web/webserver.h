#pragma once

#include "core/http/httpserver.h"
#include "core/webshop/webshop.h"
#include "ui/web/orderfeedserver.h"
#include "ui/web/pagesockets.h"
#include "ui/web/serviceapi.h"
#include "ui/web/shopapi.h"
#include "ui/web/webstrings.h"

#include <QHostAddress>
#include <QWebSocketServer>

#include <memory>

namespace kassa::web {

struct WebServerOptions
{
    QHostAddress address = QHostAddress::LocalHost; // behind a TLS reverse proxy
    quint16 port = 8091;                            // 0: a free port
    // A larger body is refused (413) from its Content-Length, unread.
    int maxBodyBytes = 16 * 1024;
    int maxHeaderBytes = 16 * 1024; // request line and headers (431)
    int maxConnections = 2048;      // open at once; one more gets 503
    int idleTimeoutMs = 30000;      // a keep-alive connection with nothing to do
    int requestTimeoutMs = 10000;   // a request's first byte to its last (408)
    int maxSocketsPerOrder = 8;
    // Open WebSockets at once (checkout pages and tills' order feeds); one
    // more is answered 503.
    int maxWebSockets = 2000;
    // What a WebSocket may send in one message or frame: pages send
    // nothing (one that does is closed), tills their small hand-overs.
    int maxWebSocketMessageBytes = 1024;
};

// kassa-web's HTTP side, like qBittorrent's WebUI: static pages from the
// binary (:/web) plus a JSON API (ShopApi), and a WebSocket per open
// checkout page that is told *that* its order changed (the page then asks
// /seqr/status). It runs on core's HttpServer (core/http, the sandbox's
// too): bodies refused above the limit before they are read, a header
// limit, idle and request timeouts, a connection cap, answers in request
// order; WebSocket upgrades go on to a QWebSocketServer. Every response
// carries a Content-Security-Policy and no caching of API answers; the
// session cookie is HttpOnly, SameSite=Lax (and Secure when the public URL
// is https). State-changing requests must be POSTs with a JSON body, the
// session's CSRF token in X-Kassa-CSRF and, when the browser sends one, an
// Origin of this shop. Requests are logged without query strings (they
// carry tokens).
class WebServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebServer)

public:
    WebServer(webshop::WebShop *shop, WebServerOptions options = {}, QObject *parent = nullptr);
    ~WebServer() override;

    // Listens; the port (0 when it could not).
    quint16 start();
    quint16 port() const { return m_port; }
    QUrl shopUrl() const; // what to open in a browser
    // Scan to order: the order pages (/service/order, /success, /failure and
    // /cancel), their API and the tills' order feed (/orders/feed).
    // Without a service those answer 404.
    void setOrderService(ordering::OrderService *service);
    OrderFeedServer *orderFeed() const { return m_feed.get(); }
    // Checkout pages' sockets (without the tills' order feeds).
    int webSocketCount() const { return m_pages.count(); }
    int connectionCount() const { return m_http.connectionCount(); }

private:
    struct Outgoing;
    http::HttpResponse handle(const http::HttpRequest &request);
    std::optional<http::HttpResponse> checkUpgrade(const http::HttpRequest &request) const;
    void takeUpgrade(QTcpSocket *socket);
    void handleWebSockets();
    ApiReply dispatch(const http::HttpRequest &request, Outgoing &out);
    ApiReply dispatchShop(const http::HttpRequest &request, Outgoing &out, ApiRequest &api);
    ApiReply dispatchService(const http::HttpRequest &request, Outgoing &out, ApiRequest &api);
    ApiReply firstChange(const http::HttpRequest &request, Outgoing &out, ApiRequest &api);
    QByteArray sessionCookie(const QString &id) const;
    // The visitor's address key: the connection's, or behind a proxy
    // (limits.behindProxy) the last X-Forwarded-For entry.
    QString clientOf(const http::HttpRequest &request) const;
    webshop::ShopSession *sessionOf(const http::HttpRequest &request) const;
    bool isSameOrigin(const http::HttpRequest &request) const;
    static http::HttpResponse toResponse(const ApiReply &reply, const Outgoing &out);

    webshop::WebShop *m_shop;
    WebServerOptions m_options;
    WebStrings m_strings;
    ShopApi m_api;
    quint16 m_port = 0;
    http::HttpServer m_http;
    QWebSocketServer m_webSockets;
    PageSockets m_pages;
    std::unique_ptr<ServiceApi> m_serviceApi;
    std::unique_ptr<OrderFeedServer> m_feed;
};

} // namespace kassa::web
