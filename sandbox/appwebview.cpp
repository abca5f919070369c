#include "sandbox/appwebview.h"

#include "core/http/httprequestparser.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebView, "kassa.sandbox.webview", QtInfoMsg)

namespace kassa::sandbox {

struct AppWebView::Proxy
{
    QUrl upstream; // scheme, host and port of the service
    std::unique_ptr<QTcpServer> server;
    bool tls = false;
    QByteArray cookieTag; // its cookies' prefix on the browser's side
};

namespace {

// Requests are small pages and API calls; anything bigger is refused.
constexpr qsizetype kMaxBody = 4 * 1024 * 1024;
// A connection is closed this long after it opened, answered or not (the
// upstream's own transfer timeout is 15 s).
constexpr int kIdleMs = 60000;

bool isTextual(const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    return type.startsWith("text/html") || type.contains("javascript") || type.contains("json") ||
           type.startsWith("application/xhtml");
}

QByteArray withoutFrameAncestors(const QByteArray &csp)
{
    QList<QByteArray> kept;
    for (const QByteArray &directive : csp.split(';')) {
        if (!directive.trimmed().toLower().startsWith("frame-ancestors"))
            kept.append(directive.trimmed());
    }
    kept.removeAll(QByteArray());
    return kept.join("; ");
}

// Request headers not passed on as they came: those of one connection, and
// those the proxy states itself for its own request upstream.
bool isProxysOwn(const QByteArray &lowerName)
{
    static const QByteArrayList names{
        "connection", "keep-alive",     "proxy-authorization", "proxy-connection",
        "te",         "trailer",        "transfer-encoding",   "upgrade",
        "host",       "content-length", "accept-encoding",     "origin",
        "referer",    "expect"};
    return names.contains(lowerName);
}

// An Origin header's value: scheme://host, and :port unless the scheme's own.
QByteArray originHeaderOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    const int standard = origin.scheme() == u"https" ? 443 : 80;
    if (url.port(standard) != standard)
        origin.setPort(url.port());
    return origin.toEncoded();
}

QByteArray withoutDomain(const QByteArray &cookie, const QByteArray &tag)
{
    QList<QByteArray> kept;
    for (const QByteArray &part : cookie.split(';')) {
        if (!part.trimmed().toLower().startsWith("domain="))
            kept.append(part.trimmed());
    }
    if (!kept.isEmpty())
        kept.first().prepend(tag); // the name, on a shared host
    return kept.join("; ");
}

// The Cookie header a proxy on a shared host passes on: only its own
// cookies, under their service's names.
QByteArray ownCookies(const QByteArray &header, const QByteArray &tag)
{
    QList<QByteArray> kept;
    for (const QByteArray &part : header.split(';')) {
        const QByteArray cookie = part.trimmed();
        if (cookie.startsWith(tag))
            kept.append(cookie.mid(tag.size()));
    }
    return kept.join("; ");
}

// The page a frame gets at /__seqr-app/link/…: it tells the app, nothing else.
constexpr QByteArrayView kLinkPage =
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>SEQR</title>"
    "<script src=\"/__seqr-app/link.js\"></script></head><body></body></html>";

constexpr QByteArrayView kLinkScript =
    "'use strict';\n"
    "(function () {\n"
    "  const m = location.pathname.match(/^\\/__seqr-app\\/link\\/([^/]+)\\/(.*)$/);\n"
    "  if (!m) return;\n"
    "  const link = decodeURIComponent(m[1]) + '://' + decodeURI(m[2]) + location.search;\n"
    "  parent.postMessage({ seqrLink: link }, '*');\n"
    "})();\n";

} // namespace

AppWebView::AppWebView(QHostAddress bind, QObject *parent)
    : QObject(parent)
    , m_bind(std::move(bind))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setCookieJar(nullptr); // the browser keeps the cookies, not the proxy
}

AppWebView::~AppWebView()
{
    qDeleteAll(m_proxies);
}

void AppWebView::setTls(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    m_chain = chain;
    m_key = key;
}

QString AppWebView::originOf(const QUrl &url)
{
    return url.scheme().toLower() + u"://"_s + url.host().toLower() + u':' +
           QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

namespace {

// A SEQR scheme right where a link target begins; capture 1 is what comes
// before it (kept), capture 2 the scheme.
#define KASSA_SEQR_SCHEME "(seqr-action|seqr-demo|seqr)://"

// In markup: href, src, action and formaction attributes, and a meta
// refresh's url=.
const QRegularExpression &attributeLinks()
{
    static const QRegularExpression pattern(
        uR"(((?:\s|^)(?:href|src|action|formaction)\s*=\s*["']?\s*|\bcontent\s*=\s*["']?\s*\d*\s*[;,]\s*url\s*=\s*['"]?))"
        u"" KASSA_SEQR_SCHEME ""_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// In scripts: a string literal that starts with the link and is assigned to
// a link target or handed to a navigation — x.href = '…', location = '…',
// location.assign('…') / .replace('…'), window.open('…'),
// setAttribute('href', '…').
const QRegularExpression &scriptLinks()
{
    static const QRegularExpression pattern(
        uR"(((?:\.(?:href|src|action|formAction)\s*=\s*|\blocation\s*=\s*|\.(?:assign|replace|open)\s*\(\s*|\bsetAttribute\s*\(\s*["'](?:href|src|action)["']\s*,\s*)["'`]))"
        u"" KASSA_SEQR_SCHEME ""_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// In JSON: a string value that is a link and nothing before it.
const QRegularExpression &jsonLinks()
{
    static const QRegularExpression pattern(u"(\")" KASSA_SEQR_SCHEME ""_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The whole value is a link (a Location header).
const QRegularExpression &wholeLink()
{
    static const QRegularExpression pattern(u"^(\\s*)" KASSA_SEQR_SCHEME ""_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

#undef KASSA_SEQR_SCHEME

void rewriteWith(QString &text, const QRegularExpression &pattern)
{
    text.replace(pattern, u"\\1"_s + QString::fromLatin1(AppWebView::linkPrefix) + u"\\2/"_s);
}

} // namespace

QByteArray AppWebView::rewriteLinks(const QByteArray &text, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    QString s = QString::fromUtf8(text);
    if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
        rewriteWith(s, attributeLinks());
        rewriteWith(s, scriptLinks()); // inline scripts and handlers
    } else if (type.contains("javascript")) {
        rewriteWith(s, scriptLinks());
    } else if (type.contains("json")) {
        rewriteWith(s, jsonLinks());
    } else {
        return text;
    }
    return s.toUtf8();
}

QByteArray AppWebView::rewriteLocation(const QByteArray &location)
{
    QString s = QString::fromUtf8(location);
    rewriteWith(s, wholeLink());
    return s.toUtf8();
}

QByteArray AppWebView::frameSources(const QByteArray &host) const
{
    return (m_chain.isEmpty() ? "http://" : "https://") +
           (host.isEmpty() ? QByteArray("localhost") : host) + ":*";
}

bool AppWebView::listen(Proxy *proxy)
{
    proxy->cookieTag = "view" + QByteArray::number(m_proxies.size()) + '-';
    return proxy->server->listen(m_bind, 0);
}

QUrl AppWebView::viewUrl(const QUrl &serviceUrl, const QString &host)
{
    if (!serviceUrl.isValid() || serviceUrl.host().isEmpty())
        return {};
    const QString key = originOf(serviceUrl);
    Proxy *proxy = m_proxies.value(key);
    if (!proxy) {
        proxy = new Proxy;
        proxy->upstream.setScheme(serviceUrl.scheme());
        proxy->upstream.setHost(serviceUrl.host());
        proxy->upstream.setPort(serviceUrl.port());
        if (!m_chain.isEmpty()) {
            auto ssl = std::make_unique<QSslServer>();
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificateChain(m_chain);
            config.setPrivateKey(m_key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->setSslConfiguration(config);
            proxy->server = std::move(ssl);
            proxy->tls = true;
        } else {
            proxy->server = std::make_unique<QTcpServer>();
        }
        if (!listen(proxy)) {
            qCWarning(lcWebView) << "no port for the web view:" << proxy->server->errorString();
            delete proxy;
            return {};
        }
        // Encrypted connections are announced through pendingConnectionAvailable.
        connect(proxy->server.get(), &QTcpServer::pendingConnectionAvailable, this, [this, proxy] {
            while (QTcpSocket *socket = proxy->server->nextPendingConnection())
                handleConnection(proxy, socket);
        });
        m_proxies.insert(key, proxy);
    }
    QUrl view;
    view.setScheme(proxy->tls ? u"https"_s : u"http"_s);
    view.setHost(host.isEmpty() ? u"localhost"_s : host);
    view.setPort(proxy->server->serverPort());
    view.setPath(serviceUrl.path().isEmpty() ? u"/"_s : serviceUrl.path());
    view.setQuery(serviceUrl.query());
    view.setFragment(serviceUrl.fragment());
    return view;
}

void AppWebView::handleConnection(Proxy *proxy, QTcpSocket *socket)
{
    // One request per connection (the answer closes it): simple and enough
    // for one person's phone. The parser lives as long as the connection.
    auto parser = std::make_shared<http::HttpRequestParser>(http::HttpLimits{32 * 1024, kMaxBody});
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A connection that never completes its request is not kept for ever.
    QTimer::singleShot(kIdleMs, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::readyRead, this, [this, proxy, socket, parser] {
        parser->append(socket->readAll());
        switch (parser->next()) {
        case http::HttpRequestParser::Status::NeedMore:
            return;
        case http::HttpRequestParser::Status::Failed: {
            http::HttpResponse r =
                http::HttpResponse::text(parser->errorMessage() + '\n', parser->errorStatus());
            socket->write(r.serialize(false));
            socket->disconnectFromHost();
            return;
        }
        case http::HttpRequestParser::Status::Complete:
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            handleRequest(proxy, socket, parser->takeRequest());
            return;
        }
    });
}

http::HttpResponse AppWebView::linkPage(const http::HttpRequest &request)
{
    http::HttpResponse r;
    if (request.path == "/__seqr-app/link.js") {
        r.contentType = "text/javascript; charset=utf-8";
        r.body = kLinkScript.toByteArray();
    } else {
        r.contentType = "text/html; charset=utf-8";
        r.body = kLinkPage.toByteArray();
    }
    r.headers = {{"Content-Security-Policy", "default-src 'none'; script-src 'self'"},
                 {"X-Content-Type-Options", "nosniff"},
                 {"Referrer-Policy", "no-referrer"}};
    return r;
}

void AppWebView::handleRequest(Proxy *proxy, QTcpSocket *socket, const http::HttpRequest &request)
{
    QPointer<QTcpSocket> guard(socket);
    const auto answer = [guard](const http::HttpResponse &response) {
        if (!guard)
            return;
        guard->write(response.serialize(false));
        guard->disconnectFromHost();
    };
    if (m_allowedHost && !m_allowedHost(request.headers.value("host"))) {
        answer(http::HttpResponse::text("not a host this sandbox answers to\n", 421));
        return;
    }
    if (request.path.startsWith("/__seqr-app/")) {
        answer(linkPage(request));
        return;
    }
    // The proxy's own origin as the page's browser names it.
    const QString viewOrigin = (proxy->tls ? u"https://"_s : u"http://"_s) +
                               QString::fromLatin1(request.headers.value("host"));
    QNetworkReply *reply = m_network->sendCustomRequest(
        upstreamRequest(*proxy, request, viewOrigin), request.method, request.body);
    // Redirects to the service's own origin stay in the web view.
    const QString upstreamOrigin = originOf(proxy->upstream);
    const QByteArray tag = proxy->cookieTag;
    connect(reply, &QNetworkReply::finished, this,
            [reply, answer, upstreamOrigin, viewOrigin, tag] {
                reply->deleteLater();
                answer(proxiedResponse(*reply, upstreamOrigin, viewOrigin, tag));
            });
}

QNetworkRequest AppWebView::upstreamRequest(const Proxy &proxy, const http::HttpRequest &request,
                                            const QString &viewOrigin)
{
    QUrl target = proxy.upstream;
    target.setPath(QString::fromUtf8(request.path), QUrl::TolerantMode);
    if (!request.query.isEmpty())
        target.setQuery(request.query.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    QNetworkRequest upstream(target);
    upstream.setTransferTimeout(15000);
    // The page's own headers go on unchanged (a service's CSRF token, its
    // API keys, …): all but the connection's own, and what the proxy
    // itself states (Host, Content-Length, Accept-Encoding: the body is
    // decoded here to rewrite its links).
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (!isProxysOwn(it.key()) && !it.value().isEmpty())
            upstream.setRawHeader(it.key(), it.value());
    }
    // The browser sends every view's cookies (one host): this service
    // gets its own only, under their own names.
    upstream.setRawHeader("Cookie", ownCookies(request.headers.value("cookie"), proxy.cookieTag));
    // The service sees its own origin where the browser named the proxy's,
    // as it would from the app; any other origin goes on as it is (for the
    // service to refuse), another page's address not at all.
    const QByteArray serviceOrigin = originHeaderOf(proxy.upstream);
    const QByteArray ownOrigin = originHeaderOf(QUrl(viewOrigin));
    const QByteArray origin = request.headers.value("origin");
    if (!origin.isEmpty())
        upstream.setRawHeader(
            "Origin", originHeaderOf(QUrl(QString::fromLatin1(origin))) == ownOrigin ? serviceOrigin
                                                                                     : origin);
    const QUrl referer(QString::fromUtf8(request.headers.value("referer")));
    if (referer.isValid() && originHeaderOf(referer) == ownOrigin)
        upstream.setRawHeader("Referer", serviceOrigin + referer.toEncoded(QUrl::RemoveScheme |
                                                                           QUrl::RemoveAuthority |
                                                                           QUrl::RemoveFragment));
    return upstream;
}

http::HttpResponse AppWebView::proxiedResponse(QNetworkReply &reply, const QString &upstreamOrigin,
                                               const QString &viewOrigin, const QByteArray &tag)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return http::HttpResponse::text(
            "The service cannot be reached: " + reply.errorString().toUtf8() + '\n', 502);
    http::HttpResponse r;
    r.status = status;
    r.contentType = reply.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (r.contentType.isEmpty())
        r.contentType = "application/octet-stream";
    r.body = reply.readAll();
    if (isTextual(r.contentType))
        r.body = rewriteLinks(r.body, r.contentType);
    for (const auto &[name, value] : reply.rawHeaderPairs()) {
        const QByteArray lower = name.toLower();
        if (lower == "location") {
            QByteArray location = rewriteLocation(value);
            const QUrl url(QString::fromUtf8(location));
            if (url.isValid() && !url.isRelative() && originOf(url) == upstreamOrigin) {
                QUrl onView(viewOrigin);
                onView.setPath(url.path());
                onView.setQuery(url.query());
                onView.setFragment(url.fragment());
                location = onView.toEncoded();
            }
            r.headers.append({"Location", location});
        } else if (lower == "set-cookie") {
            for (const QByteArray &cookie : value.split('\n'))
                r.headers.append({"Set-Cookie", withoutDomain(cookie, tag)});
        } else if (lower == "content-security-policy") {
            const QByteArray csp = withoutFrameAncestors(value);
            if (!csp.isEmpty())
                r.headers.append({"Content-Security-Policy", csp});
        } else if (lower == "x-content-type-options" || lower == "referrer-policy") {
            r.headers.append({name, value});
        }
    }
    return r;
}

} // namespace kassa::sandbox
