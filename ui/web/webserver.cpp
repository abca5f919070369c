#include "ui/web/webserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWeb, "kassa.web", QtInfoMsg)

namespace kassa::web {

namespace {

using Method = QHttpServerRequest::Method;

constexpr auto kCookie = "kassa_session";

// Scripts, styles and images only from this shop; nothing inline, no frames.
constexpr auto kCsp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                      "connect-src 'self'; base-uri 'none'; form-action 'self'; "
                      "frame-ancestors 'none'";

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString cookie(const QHttpServerRequest &request, const QByteArray &name)
{
    for (QByteArray part : header(request, "Cookie").split(';')) {
        part = part.trimmed();
        if (part.startsWith(QByteArray(name + "=")))
            return QString::fromLatin1(part.mid(name.size() + 1));
    }
    return {};
}

struct StaticFile
{
    const char *path;
    const char *resource;
    const char *mimeType;
};

constexpr StaticFile staticFiles[] = {
    {"/shop", ":/web/shop.html", "text/html; charset=utf-8"},
    {"/shop/", ":/web/shop.html", "text/html; charset=utf-8"},
    {"/shop/checkout", ":/web/checkout.html", "text/html; charset=utf-8"},
    {"/shop/receipt", ":/web/receipt.html", "text/html; charset=utf-8"},
    {"/shop/static/shop.css", ":/web/shop.css", "text/css; charset=utf-8"},
    {"/shop/static/common.js", ":/web/common.js", "text/javascript; charset=utf-8"},
    {"/shop/static/shop.js", ":/web/shop.js", "text/javascript; charset=utf-8"},
    {"/shop/static/checkout.js", ":/web/checkout.js", "text/javascript; charset=utf-8"},
    {"/shop/static/receipt.js", ":/web/receipt.js", "text/javascript; charset=utf-8"},
    {"/shop/static/seqr.svg", ":/web/seqr.svg", "image/svg+xml"},
    // Scan to order: the four URLs the SEQR app opens, and their scripts.
    // (The service's base URL is <public URL>/service.)
    {"/service/order", ":/web/order.html", "text/html; charset=utf-8"},
    {"/service/success", ":/web/outcome.html", "text/html; charset=utf-8"},
    {"/service/failure", ":/web/outcome.html", "text/html; charset=utf-8"},
    {"/service/cancel", ":/web/outcome.html", "text/html; charset=utf-8"},
    {"/service/codes", ":/web/codes.html", "text/html; charset=utf-8"},
    {"/service/static/codes.js", ":/web/codes.js", "text/javascript; charset=utf-8"},
    {"/service/static/order.css", ":/web/order.css", "text/css; charset=utf-8"},
    {"/service/static/order.js", ":/web/order.js", "text/javascript; charset=utf-8"},
    {"/service/static/outcome.js", ":/web/outcome.js", "text/javascript; charset=utf-8"},
};

} // namespace

struct WebServer::Outgoing
{
    QByteArray setCookie;
    QByteArray location;
    bool isPage = false;
    // Set: the reply comes later, through the function it is given.
    std::function<void(std::function<void(const ApiReply &)>)> later;
};

WebServer::WebServer(webshop::WebShop *shop, WebServerOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_shop(shop)
    , m_options(options)
    , m_api(shop, &m_strings)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &WebServer::handleWebSockets);
    connect(m_shop, &webshop::WebShop::orderChanged, this, &WebServer::handleOrderChanged);
}

WebServer::~WebServer()
{
    for (QWebSocket *s : std::as_const(m_sockets)) {
        s->disconnect(this);
        delete s;
    }
}

quint16 WebServer::start()
{
    m_port = listen(m_options.address, m_options.port);
    if (m_port)
        qCInfo(lcWeb).noquote() << "webshop listening on"
                                << m_options.address.toString() + u':' + QString::number(m_port);
    return m_port;
}

void WebServer::setOrderService(ordering::OrderService *service)
{
    m_feed.reset();
    m_serviceApi.reset();
    if (!service)
        return;
    m_serviceApi = std::make_unique<ServiceApi>(service, &m_api, &m_strings);
    m_feed = std::make_unique<OrderFeedServer>(service);
}

QUrl WebServer::shopUrl() const
{
    return m_shop->settings().publicUrl.resolved(QUrl(u"shop"_s));
}

webshop::ShopSession *WebServer::sessionOf(const QHttpServerRequest &request) const
{
    const QString id = cookie(request, kCookie);
    if (id.isEmpty() || id.size() > 64)
        return nullptr;
    webshop::ShopSession *s = m_shop->session(id);
    if (s)
        s->touch();
    return s;
}

bool WebServer::isSameOrigin(const QHttpServerRequest &request) const
{
    const QByteArray origin = header(request, "Origin");
    if (origin.isEmpty())
        return true; // not sent by every browser for same-origin requests
    const QUrl pub = m_shop->settings().publicUrl;
    const QByteArray mine = pub.adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                         QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                .toString(QUrl::FullyEncoded)
                                .toLatin1();
    return origin == mine || origin == "http://" + header(request, "Host") ||
           origin == "https://" + header(request, "Host");
}

bool WebServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A WebSocket handshake gets no HTTP answer: "handled" lets Qt upgrade
    // it (handleWebSockets then checks the order); other paths are refused.
    if (header(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return request.url().path() == u"/seqr/ws" ||
               (m_feed && request.url().path() == u"/orders/feed");
    Outgoing out;
    const ApiReply reply = dispatch(request, out);
    const QString path = request.url().path();
    const auto log = [path](const ApiReply &r) {
        // No query string in the log: it carries order ids and tokens.
        if (r.status >= 400)
            qCWarning(lcWeb).noquote() << "refused" << path << r.status;
        else
            qCDebug(lcWeb).noquote() << path << r.status;
    };
    if (out.later) {
        // An answer that waits for SEQR: the responder is kept until then;
        // a connection closed meanwhile gets nothing.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        auto later = std::move(out.later);
        out.later = nullptr;
        later([log, responder, out, socket = QPointer<QTcpSocket>(socket)](const ApiReply &r) {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return;
            log(r);
            write(*responder, r, out);
        });
        return true;
    }
    log(reply);
    send(request, socket, reply, out);
    return true;
}

void WebServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (header(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return;
    send(request, socket, ApiReply::error(404, u"not found"_s), {});
}

ApiReply WebServer::dispatch(const QHttpServerRequest &request, Outgoing &out)
{
    const QString path = request.url().path();
    const Method method = request.method();
    ApiRequest api;
    api.query = request.query();
    api.body = request.body();
    api.language = WebStrings::languageOf(request);
    const auto sentence = [&](const char *id) { return m_strings.text(api.language, id); };

    if (api.body.size() > m_options.maxBodyBytes || request.url().toString().size() > 2048)
        return ApiReply::error(413, sentence("errBadRequest"));

    // SEQR's notification: no session, no CSRF token — only the checkout's
    // token, and it only ever makes the shop ask SEQR.
    if (path == u"/seqr/notify") {
        if (method != Method::Post)
            return ApiReply::error(405, sentence("errBadRequest"));
        return m_api.notify(api);
    }
    if (path == u"/seqr/status") {
        if (method != Method::Get)
            return ApiReply::error(405, sentence("errBadRequest"));
        return m_api.status(api);
    }
    if (path == u"/" && method == Method::Get) {
        out.location = "/shop";
        return ApiReply{302, {}, "text/plain"};
    }
    for (const StaticFile &f : staticFiles) {
        if (path != QLatin1StringView(f.path))
            continue;
        if (method != Method::Get)
            return ApiReply::error(405, sentence("errBadRequest"));
        QFile file(QString::fromLatin1(f.resource));
        if (!file.open(QIODevice::ReadOnly))
            return ApiReply::error(404, u"not found"_s);
        out.isPage = true;
        return ApiReply{200, file.readAll(), f.mimeType};
    }
    if (path.startsWith(u"/service/api/"))
        return dispatchService(request, out, api);
    if (!path.startsWith(u"/shop/api/"))
        return ApiReply::error(404, u"not found"_s);
    const QStringView name = QStringView(path).mid(10);

    if (method == Method::Get) {
        if (name == u"strings")
            return m_api.strings(api);
        if (name == u"products")
            return m_api.products(api);
        if (name == u"qr.svg")
            return m_api.qrCode(api);
        if (name == u"receipt")
            return m_api.receipt(api);
        if (name == u"cart") {
            // The one place a visitor gets a cart (and its cookie).
            api.session = sessionOf(request);
            if (!api.session) {
                api.session = m_shop->createSession();
                out.setCookie = QByteArray(kCookie) + '=' + api.session->id().toLatin1() +
                                "; Path=/; HttpOnly; SameSite=Lax";
                if (m_shop->settings().publicUrl.scheme() == u"https")
                    out.setCookie += "; Secure";
            }
            return m_api.cart(api);
        }
        return ApiReply::error(404, u"not found"_s);
    }
    if (method != Method::Post)
        return ApiReply::error(405, sentence("errBadRequest"));

    // A state change: this shop's page, this session, its token, JSON.
    api.session = sessionOf(request);
    if (!api.session)
        return ApiReply::error(403, sentence("errSession"));
    if (!isSameOrigin(request) ||
        header(request, "X-Kassa-CSRF") != api.session->csrfToken().toLatin1() ||
        !header(request, "Content-Type").startsWith("application/json"))
        return ApiReply::error(403, sentence("errSession"));
    if (name == u"cart")
        return m_api.changeCart(api);
    if (name == u"checkout") {
        if (m_serviceApi && api.session->isServiceVisit()) {
            // Scan to order: SEQR is asked about the visit's token again first.
            out.later = [this, api](std::function<void(const ApiReply &)> reply) {
                m_serviceApi->checkout(api, this, std::move(reply));
            };
            return {};
        }
        return m_api.checkout(api);
    }
    if (name == u"cancel")
        return m_api.cancel(api);
    return ApiReply::error(404, u"not found"_s);
}

ApiReply WebServer::dispatchService(const QHttpServerRequest &request, Outgoing &out,
                                    ApiRequest &api)
{
    if (!m_serviceApi)
        return ApiReply::error(404, u"not found"_s);
    const QStringView name = QStringView(request.url().path()).mid(13);
    api.session = sessionOf(request);
    if (request.method() == Method::Get) {
        if (name == u"visit")
            return m_serviceApi->visit(api);
        if (name == u"menu")
            return m_serviceApi->menu(api);
        if (name == u"placed")
            return m_serviceApi->placed(api);
        if (name == u"codes")
            return m_serviceApi->codes(api);
        if (name == u"code.svg")
            return m_serviceApi->codeSvg(api);
        return ApiReply::error(404, u"not found"_s);
    }
    // Opening a visit needs no session yet (its TOKEN is the secret): this
    // shop's page and JSON, like every other state change.
    if (request.method() != Method::Post || name != u"open" || !isSameOrigin(request) ||
        !header(request, "Content-Type").startsWith("application/json"))
        return ApiReply::error(403, m_strings.text(api.language, "errSession"));
    webshop::ShopSession *visit = nullptr;
    ApiReply reply = m_serviceApi->open(api, &visit);
    if (visit && visit != api.session) {
        out.setCookie =
            QByteArray(kCookie) + '=' + visit->id().toLatin1() + "; Path=/; HttpOnly; SameSite=Lax";
        if (m_shop->settings().publicUrl.scheme() == u"https")
            out.setCookie += "; Secure";
    }
    return reply;
}

void WebServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply,
                     const Outgoing &out)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, reply, out);
}

void WebServer::write(QHttpServerResponder &responder, const ApiReply &reply, const Outgoing &out)
{
    QHttpServerResponse response(reply.mimeType, reply.body,
                                 QHttpServerResponder::StatusCode(reply.status));
    response.addHeader("Content-Security-Policy", kCsp);
    response.addHeader("X-Content-Type-Options", "nosniff");
    response.addHeader("X-Frame-Options", "DENY");
    // Order ids in page URLs stay out of Referer headers.
    response.addHeader("Referrer-Policy", "no-referrer");
    response.addHeader("Cache-Control", out.isPage ? "no-cache" : "no-store");
    if (!out.setCookie.isEmpty())
        response.addHeader("Set-Cookie", out.setCookie);
    if (!out.location.isEmpty())
        response.addHeader("Location", out.location);
    response.write(std::move(responder));
}

void WebServer::handleWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        QWebSocket *socket = nextPendingWebSocketConnection().release();
        socket->setParent(this);
        const QUrl url = socket->requestUrl();
        if (m_feed && url.path() == u"/orders/feed") {
            socket->setParent(nullptr);
            m_feed->accept(socket);
            continue;
        }
        const QString orderId = QUrlQuery(url).queryItemValue(u"order"_s);
        const webshop::WebOrder *o = m_shop->order(orderId);
        if (url.path() != u"/seqr/ws" || !o ||
            m_sockets.count(orderId) >= m_options.maxSocketsPerOrder) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            continue;
        }
        m_sockets.insert(orderId, socket);
        connect(socket, &QWebSocket::disconnected, this, [this, socket, orderId] {
            m_sockets.remove(orderId, socket);
            socket->deleteLater();
        });
        // Incoming messages are not needed; a page that talks is ignored.
        socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"order"_s, orderId}, {u"version"_s, o->version}})
                .toJson(QJsonDocument::Compact)));
    }
}

void WebServer::handleOrderChanged(const QString &orderId, int version)
{
    const auto sockets = m_sockets.values(orderId);
    if (sockets.isEmpty())
        return;
    const QString message =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"order"_s, orderId}, {u"version"_s, version}})
                              .toJson(QJsonDocument::Compact));
    for (QWebSocket *s : sockets)
        s->sendTextMessage(message);
}

} // namespace kassa::web
