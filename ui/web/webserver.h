#pragma once

#include "core/webshop/webshop.h"
#include "ui/web/orderfeedserver.h"
#include "ui/web/serviceapi.h"
#include "ui/web/shopapi.h"
#include "ui/web/webstrings.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QMultiHash>

#include <memory>

class QWebSocket;

namespace kassa::web {

struct WebServerOptions
{
    QHostAddress address = QHostAddress::LocalHost; // behind a TLS reverse proxy
    quint16 port = 8091;                            // 0: a free port
    int maxBodyBytes = 16 * 1024;
    int maxSocketsPerOrder = 8;
};

// kassa-web's HTTP side, like qBittorrent's WebUI: static pages from the
// binary (:/web) plus a JSON API (ShopApi), and a WebSocket per open
// checkout page that is told *that* its order changed (the page then asks
// /seqr/status). Every response carries a Content-Security-Policy and no
// caching of API answers; the session cookie is HttpOnly, SameSite=Lax (and
// Secure when the public URL is https). State-changing requests must be
// POSTs with a JSON body, the session's CSRF token in X-Kassa-CSRF and, when
// the browser sends one, an Origin of this shop. Requests are logged
// without query strings (they carry tokens).
class WebServer final : public QAbstractHttpServer
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
    int webSocketCount() const { return int(m_sockets.size()); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Outgoing;
    ApiReply dispatch(const QHttpServerRequest &request, Outgoing &out);
    ApiReply dispatchService(const QHttpServerRequest &request, Outgoing &out, ApiRequest &api);
    webshop::ShopSession *sessionOf(const QHttpServerRequest &request) const;
    bool isSameOrigin(const QHttpServerRequest &request) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply,
              const Outgoing &out);
    static void write(QHttpServerResponder &responder, const ApiReply &reply, const Outgoing &out);
    void handleWebSockets();
    void handleOrderChanged(const QString &orderId, int version);

    webshop::WebShop *m_shop;
    WebServerOptions m_options;
    WebStrings m_strings;
    ShopApi m_api;
    quint16 m_port = 0;
    std::unique_ptr<ServiceApi> m_serviceApi;
    std::unique_ptr<OrderFeedServer> m_feed;
    QMultiHash<QString, QWebSocket *> m_sockets; // order id → its pages
};

} // namespace kassa::web
