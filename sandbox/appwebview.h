#pragma once

#include "core/http/httpmessage.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTcpServer;
class QTcpSocket;

namespace kassa::sandbox {

// The SEQR app's web view for external services, as the phone page shows it.
//
// A service's pages live on another origin, and a browser gives a page no way
// to watch what a cross-origin frame navigates to — least of all to a
// SEQR:// link, which a browser cannot open. So the web view is a small
// reverse proxy: per service origin, one loopback port that forwards every
// request to the service unchanged and rewrites what comes back so that the
// app sees the links the seeds tell a page to use:
//   - "SEQR://", "SEQR-DEMO://" and "SEQR-ACTION://" (any case) links
//     become "/__seqr-app/link/<SCHEME>/…" on the proxy's origin where they
//     are link targets: href, src, action and formaction attributes and a
//     meta refresh in HTML; in scripts a string literal starting with the
//     link assigned to .href/.src/.action or location, or passed to
//     location.assign/replace, window.open or setAttribute('href', …); in
//     JSON a string value starting with the link; a redirect's Location.
//     Text the reader sees ("Pay with SEQR://…") stays as written;
//   - the frame that lands there gets a tiny page that hands the link to its
//     parent (postMessage); the phone page takes it only from its web view's
//     origin and follows it as the app does (invoice → confirm → PIN →
//     receipt, or leave);
//   - absolute redirects to the service's own origin stay on the proxy;
//   - a request's headers go on as the page sent them (a service's CSRF
//     token among them), but the connection's own; an Origin or Referer
//     naming the proxy names the service instead;
//   - X-Frame-Options and CSP frame-ancestors are dropped (an app's web view
//     is no frame), Set-Cookie loses its Domain;
//   - no service is sent another's cookies: the views share the sandbox's
//     host (on ports of their own: a view on another host would be another
//     site, and the browser would keep SameSite cookies from its frame), so
//     each proxy names the cookies it sets with a prefix of its own on the
//     browser's side ("view0-sid") and passes back only those, under their
//     service's names;
//   - a request under a host name the sandbox does not answer to (see
//     setAllowedHost) is refused: no DNS rebinding through a view.
// A service page written only to the seeds (plain links to, or redirects
// to, SEQR://SEQR.SE/R<ref>) therefore works without any change. A link
// the page builds elsewhere (kept in a variable first, from an API that is
// not JSON) is not caught.
class AppWebView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppWebView)

public:
    static constexpr auto linkPrefix = "/__seqr-app/link/";

    // Proxies listen on `bind` (the sandbox's own address).
    explicit AppWebView(QHostAddress bind, QObject *parent = nullptr);
    ~AppWebView() override;

    // Serve the web view over HTTPS too (a page served over HTTPS may frame
    // only HTTPS): the sandbox's own certificate, set before first use.
    void setTls(const QList<QSslCertificate> &chain, const QSslKey &key);
    // Which Host headers a view answers to (default: any).
    void setAllowedHost(std::function<bool(const QByteArray &host)> allowed)
    {
        m_allowedHost = std::move(allowed);
    }
    // The CSP frame-src of the phone page reached as `host`: the views' origins.
    QByteArray frameSources(const QByteArray &host) const;

    // The URL to show `serviceUrl` at: same path, query and fragment on the
    // proxy of its origin (started on first use), named with `host` — the
    // host name the phone's browser reaches the sandbox by. Invalid if no
    // port opens.
    QUrl viewUrl(const QUrl &serviceUrl, const QString &host);

    // Rewrites the SEQR link targets in a body of `contentType` (HTML,
    // JavaScript, JSON; others stay as they are), or a Location (exposed for
    // tests).
    static QByteArray rewriteLinks(const QByteArray &text, const QByteArray &contentType);
    static QByteArray rewriteLocation(const QByteArray &location);

private:
    struct Proxy;
    struct Connection;
    static QString originOf(const QUrl &url);
    bool listen(Proxy *proxy);
    void handleConnection(Proxy *proxy, QTcpSocket *socket);
    void handleRequest(Proxy *proxy, QTcpSocket *socket, const http::HttpRequest &request);
    static http::HttpResponse linkPage(const http::HttpRequest &request);
    // The request the proxy sends the service for the page's `request`.
    static QNetworkRequest upstreamRequest(const Proxy &proxy, const http::HttpRequest &request,
                                           const QString &viewOrigin);
    // The service's answer as the page gets it: links, redirects, cookies
    // and CSP rewritten for the proxy's origin.
    static http::HttpResponse proxiedResponse(QNetworkReply &reply, const QString &upstreamOrigin,
                                              const QString &viewOrigin, const QByteArray &tag);

    QHostAddress m_bind;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QNetworkAccessManager *m_network;
    QHash<QString, Proxy *> m_proxies; // by upstream origin
    std::function<bool(const QByteArray &)> m_allowedHost;
};

} // namespace kassa::sandbox
