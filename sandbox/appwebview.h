#pragma once

#include "sandbox/httpmessage.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

class QNetworkAccessManager;
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
//   - "SEQR://", "SEQR-DEMO://" and "SEQR-ACTION://" (any case) in HTML,
//     JavaScript and JSON bodies and in redirects (Location) become
//     "/__seqr-app/link/<SCHEME>/…" on the proxy's origin;
//   - the frame that lands there gets a tiny page that hands the link to its
//     parent (postMessage); the phone page takes it only from its web view's
//     origin and follows it as the app does (invoice → confirm → PIN →
//     receipt, or leave);
//   - absolute redirects to the service's own origin stay on the proxy;
//   - X-Frame-Options and CSP frame-ancestors are dropped (an app's web view
//     is no frame), Set-Cookie loses its Domain.
// A service page written only to the seeds (plain links to, or redirects
// to, SEQR://SEQR.SE/R<ref>) therefore works without any change. A page that
// shows the text "SEQR://…" to its reader shows the rewritten path instead.
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

    // The URL to show `serviceUrl` at: same path, query and fragment on the
    // proxy of its origin (started on first use), named with `host` — the
    // host name the phone's browser reaches the sandbox by. Invalid if no
    // port opens.
    QUrl viewUrl(const QUrl &serviceUrl, const QString &host);

    // Rewrites SEQR links in a body or a Location (exposed for tests).
    static QByteArray rewriteLinks(const QByteArray &text);

private:
    struct Proxy;
    struct Connection;
    static QString originOf(const QUrl &url);
    void handleConnection(Proxy *proxy, QTcpSocket *socket);
    void handleRequest(Proxy *proxy, QTcpSocket *socket, const HttpRequest &request);
    static HttpResponse linkPage(const HttpRequest &request);

    QHostAddress m_bind;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QNetworkAccessManager *m_network;
    QHash<QString, Proxy *> m_proxies; // by upstream origin
};

} // namespace kassa::sandbox
