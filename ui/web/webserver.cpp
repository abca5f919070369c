#include "ui/web/webserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWeb, "kassa.web", QtInfoMsg)

namespace kassa::web {

namespace {

constexpr auto kCookie = "kassa_session";

// Scripts, styles and images only from this shop; nothing inline, no frames.
constexpr auto kCsp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                      "connect-src 'self'; base-uri 'none'; form-action 'self'; "
                      "frame-ancestors 'none'";

QByteArray header(const http::HttpRequest &request, const QByteArray &name)
{
    return request.headers.value(name.toLower());
}

QString cookie(const http::HttpRequest &request, const QByteArray &name)
{
    for (QByteArray part : header(request, "Cookie").split(';')) {
        part = part.trimmed();
        if (part.startsWith(QByteArray(name + "=")))
            return QString::fromLatin1(part.mid(name.size() + 1));
    }
    return {};
}

QString pathOf(const http::HttpRequest &request)
{
    return QUrl::fromPercentEncoding(request.path);
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
    : QObject(parent)
    , m_shop(shop)
    , m_options(options)
    , m_api(shop, &m_strings)
    , m_http([this](const http::HttpRequest &request) { return handle(request); })
    , m_webSockets(u"kassa-web"_s, QWebSocketServer::NonSecureMode)
    , m_pages(shop, options.maxSocketsPerOrder)
{
    m_http.setLimits(http::HttpLimits{m_options.maxHeaderBytes, m_options.maxBodyBytes});
    m_http.setMaxConnections(m_options.maxConnections);
    m_http.setIdleTimeoutMs(m_options.idleTimeoutMs);
    m_http.setRequestTimeoutMs(m_options.requestTimeoutMs);
    m_http.setUpgrade(http::HttpUpgrade{
        [this](const http::HttpRequest &request) { return checkUpgrade(request); },
        [this](QTcpSocket *socket) { takeUpgrade(socket); }});
    m_webSockets.setHandshakeTimeout(m_options.requestTimeoutMs);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &WebServer::handleWebSockets);
}

// The feed and the pages' sockets go before the server they came through.
WebServer::~WebServer()
{
    m_feed.reset();
}

quint16 WebServer::start()
{
    m_port = m_http.listen(m_options.address, m_options.port) ? m_http.port() : 0;
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

webshop::ShopSession *WebServer::sessionOf(const http::HttpRequest &request) const
{
    const QString id = cookie(request, kCookie);
    if (id.isEmpty() || id.size() > 64)
        return nullptr;
    webshop::ShopSession *s = m_shop->session(id);
    if (s)
        s->touch();
    return s;
}

bool WebServer::isSameOrigin(const http::HttpRequest &request) const
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

QString WebServer::clientOf(const http::HttpRequest &request) const
{
    QHostAddress address = request.peer;
    if (m_shop->settings().limits.behindProxy) {
        // The last address is the one the proxy in front added; those
        // before it are the client's own word.
        const QByteArray forwarded = header(request, "X-Forwarded-For");
        const QHostAddress last(QString::fromLatin1(forwarded.split(',').last().trimmed()));
        if (!last.isNull())
            address = last;
    }
    return webshop::clientKeyOf(address);
}

QByteArray WebServer::sessionCookie(const QString &id) const
{
    QByteArray cookie =
        QByteArray(kCookie) + '=' + id.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax";
    if (m_shop->settings().publicUrl.scheme() == u"https")
        cookie += "; Secure";
    return cookie;
}

http::HttpResponse WebServer::handle(const http::HttpRequest &request)
{
    Outgoing out;
    const ApiReply reply = dispatch(request, out);
    const auto log = [path = pathOf(request)](const ApiReply &r) {
        // No query string in the log: it carries order ids and tokens.
        if (r.status >= 400)
            qCWarning(lcWeb).noquote() << "refused" << path << r.status;
        else
            qCDebug(lcWeb).noquote() << path << r.status;
    };
    if (!out.later) {
        log(reply);
        return toResponse(reply, out);
    }
    // An answer that waits for SEQR; the connection holds the requests
    // behind it meanwhile (answers keep their order).
    http::HttpResponse waiting;
    waiting.later = [later = out.later, out,
                     log](std::function<void(const http::HttpResponse &)> done) {
        later([done = std::move(done), out, log](const ApiReply &r) {
            log(r);
            done(toResponse(r, out));
        });
    };
    return waiting;
}

http::HttpResponse WebServer::toResponse(const ApiReply &reply, const Outgoing &out)
{
    http::HttpResponse response;
    response.status = reply.status;
    response.contentType = reply.mimeType;
    response.body = reply.body;
    response.headers = {{"Content-Security-Policy", kCsp},
                        {"X-Content-Type-Options", "nosniff"},
                        {"X-Frame-Options", "DENY"},
                        // Order ids in page URLs stay out of Referer headers.
                        {"Referrer-Policy", "no-referrer"},
                        {"Cache-Control", out.isPage ? "no-cache" : "no-store"}};
    if (!out.setCookie.isEmpty())
        response.headers.append({"Set-Cookie", out.setCookie});
    if (!out.location.isEmpty())
        response.headers.append({"Location", out.location});
    response.headers.append(reply.headers);
    return response;
}

std::optional<http::HttpResponse> WebServer::checkUpgrade(const http::HttpRequest &request) const
{
    const QString path = pathOf(request);
    if (header(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) != 0 ||
        request.method != "GET")
        return toResponse(ApiReply::error(400, u"bad request"_s), {});
    if (path != u"/seqr/ws" && !(m_feed && path == u"/orders/feed"))
        return toResponse(ApiReply::error(404, u"not found"_s), {});
    if (m_pages.count() + (m_feed ? m_feed->tillCount() : 0) >= m_options.maxWebSockets) {
        qCWarning(lcWeb) << "WebSocket refused: the server holds its most already";
        ApiReply busy = ApiReply::error(503, u"too many open connections"_s);
        busy.headers.emplaceBack("Retry-After", "60");
        return toResponse(busy, {});
    }
    return std::nullopt;
}

void WebServer::takeUpgrade(QTcpSocket *socket)
{
    // The handshake's bytes are unread in the socket: QWebSocketServer
    // answers it. A socket that never becomes a WebSocket is freed when it
    // closes.
    connect(socket, &QTcpSocket::disconnected, socket, [socket] {
        if (!qobject_cast<QWebSocket *>(socket->parent()))
            socket->deleteLater();
    });
    m_webSockets.handleConnection(socket);
}

void WebServer::handleWebSockets()
{
    while (m_webSockets.hasPendingConnections()) {
        QWebSocket *socket = m_webSockets.nextPendingConnection();
        // Qt would assemble messages of up to 2 GiB: a page has nothing to
        // say, a till a hand-over of a few dozen bytes.
        PageSockets::limitIncoming(socket, m_options.maxWebSocketMessageBytes);
        if (m_feed && socket->requestUrl().path() == u"/orders/feed") {
            socket->setParent(nullptr);
            m_feed->accept(socket);
            continue;
        }
        m_pages.accept(socket);
    }
}

ApiReply WebServer::dispatch(const http::HttpRequest &request, Outgoing &out)
{
    const QString path = pathOf(request);
    ApiRequest api;
    api.client = clientOf(request);
    api.query = request.query;
    api.body = request.body;
    api.language = WebStrings::languageOf(request);
    const auto sentence = [&](const char *id) { return m_strings.text(api.language, id); };

    if (request.path.size() + request.query.toString().size() > 2048)
        return ApiReply::error(414, sentence("errBadRequest"));
    // SEQR's notification: no session, no CSRF token — only the checkout's
    // token, and it only ever makes the shop ask SEQR.
    if (path == u"/seqr/notify") {
        if (request.method != "POST")
            return ApiReply::error(405, sentence("errBadRequest"));
        return m_api.notify(api);
    }
    if (path == u"/seqr/status") {
        if (request.method != "GET")
            return ApiReply::error(405, sentence("errBadRequest"));
        return m_api.status(api);
    }
    if (path == u"/" && request.method == "GET") {
        out.location = "/shop";
        return ApiReply{302, {}, "text/plain"};
    }
    for (const StaticFile &f : staticFiles) {
        if (path != QLatin1StringView(f.path))
            continue;
        if (request.method != "GET")
            return ApiReply::error(405, sentence("errBadRequest"));
        QFile file(QString::fromLatin1(f.resource));
        if (!file.open(QIODevice::ReadOnly))
            return ApiReply::error(404, u"not found"_s);
        out.isPage = true;
        return ApiReply{200, file.readAll(), f.mimeType};
    }
    if (path.startsWith(u"/service/api/"))
        return dispatchService(request, out, api);
    if (path.startsWith(u"/shop/api/"))
        return dispatchShop(request, out, api);
    return ApiReply::error(404, u"not found"_s);
}

ApiReply WebServer::dispatchShop(const http::HttpRequest &request, Outgoing &out, ApiRequest &api)
{
    const QString path = pathOf(request);
    const QStringView name = QStringView(path).mid(10);
    const auto sentence = [&](const char *id) { return m_strings.text(api.language, id); };
    if (request.method == "GET") {
        if (name == u"strings")
            return m_api.strings(api);
        if (name == u"products")
            return m_api.products(api);
        if (name == u"qr.svg")
            return m_api.qrCode(api);
        if (name == u"receipt")
            return m_api.receipt(api);
        if (name == u"cart") {
            // A look makes no session (the first change does).
            api.session = sessionOf(request);
            return m_api.cart(api);
        }
        return ApiReply::error(404, u"not found"_s);
    }
    if (request.method != "POST")
        return ApiReply::error(405, sentence("errBadRequest"));

    // A state change: this shop's page, this session, its token, JSON.
    api.session = sessionOf(request);
    if (!api.session && name == u"cart")
        return firstChange(request, out, api);
    if (!api.session || !isSameOrigin(request) ||
        header(request, "X-Kassa-CSRF") != api.session->csrfToken().toLatin1() ||
        request.contentType != "application/json")
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
    if (name == u"coupon")
        return m_api.addCoupon(api);
    return ApiReply::error(404, u"not found"_s);
}

ApiReply WebServer::firstChange(const http::HttpRequest &request, Outgoing &out, ApiRequest &api)
{
    // No session yet: the page says so with the token "new". A custom
    // header and a JSON body cannot come from another site's form or
    // script without CORS, which this server never grants.
    if (!isSameOrigin(request) || header(request, "X-Kassa-CSRF") != ShopApi::newSessionToken ||
        request.contentType != "application/json")
        return ApiReply::error(403, m_strings.text(api.language, "errSession"));
    auto refusal = webshop::WebShop::SessionRefusal::None;
    api.session = m_shop->createSession(api.client, &refusal);
    if (!api.session)
        return m_api.sessionRefused(refusal, api.language);
    ApiReply reply = m_api.changeCart(api);
    if (api.session->cart().isEmpty()) {
        // A refused (or empty) first change keeps no session.
        m_shop->endSession(api.session);
        api.session = nullptr;
        return reply;
    }
    out.setCookie = sessionCookie(api.session->id());
    return reply;
}

ApiReply WebServer::dispatchService(const http::HttpRequest &request, Outgoing &out,
                                    ApiRequest &api)
{
    if (!m_serviceApi)
        return ApiReply::error(404, u"not found"_s);
    const QString path = pathOf(request);
    const QStringView name = QStringView(path).mid(13);
    api.session = sessionOf(request);
    if (request.method == "GET") {
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
    if (request.method != "POST" || name != u"open" || !isSameOrigin(request) ||
        request.contentType != "application/json")
        return ApiReply::error(403, m_strings.text(api.language, "errSession"));
    webshop::ShopSession *visit = nullptr;
    ApiReply reply = m_serviceApi->open(api, &visit);
    if (visit && visit != api.session)
        out.setCookie = sessionCookie(visit->id());
    return reply;
}

} // namespace kassa::web
