#pragma once

#include "core/http/httpconnection.h"
#include "core/http/httpmessage.h"
#include "core/http/httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

class QTcpServer;

namespace kassa::http {

// A small HTTP/1.1 server, kassa-web's and the sandbox's (and the tests'
// scripted server's): one HttpConnection per socket, each with its own pure
// HttpRequestParser; keep-alive and pipelining with responses in request
// order; Content-Length bodies only, refused above the limit before a byte
// of them is read (413); a header size limit (431); a cap on open
// connections (one more gets 503 and is closed), an idle timeout and a
// request timeout (a request that trickles in gets 408); optional TLS; a
// WebSocket upgrade handed over (setUpgrade). The handler runs on the
// server's thread, once per request, and may answer later or misbehave on
// purpose (see HttpResponse). Loopback unless told otherwise.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    static constexpr int defaultMaxConnections = 4096;
    static constexpr int defaultIdleTimeoutMs = 60000;
    static constexpr int defaultRequestTimeoutMs = 20000;
    static constexpr int listenBacklog = 1024; // connections waiting for accept()

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Serve HTTPS with this certificate chain and key (before listen()).
    void setTls(const QList<QSslCertificate> &chain, const QSslKey &key);
    void setLimits(HttpLimits limits) { m_limits = limits; }
    void setMaxConnections(int count) { m_maxConnections = count; }
    // Close a connection with no request in flight after this long; 0: never.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    // A request begun must be whole (head and body) this long after its
    // first byte, else 408 and the connection is closed; 0: no limit.
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    // Requests asking to upgrade (Upgrade: websocket) go to `upgrade`.
    void setUpgrade(HttpUpgrade upgrade) { m_upgrade = std::move(upgrade); }
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    quint16 port() const;
    bool isTls() const { return !m_chain.isEmpty(); }
    int connectionCount() const { return int(m_connections.size()); }
    HttpLimits limits() const { return m_limits; }
    int maxConnections() const { return m_maxConnections; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
    int requestTimeoutMs() const { return m_requestTimeoutMs; }
    void close();

private:
    void handleNewConnections();

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    HttpLimits m_limits;
    int m_maxConnections = defaultMaxConnections;
    int m_idleTimeoutMs = defaultIdleTimeoutMs;
    int m_requestTimeoutMs = defaultRequestTimeoutMs;
    HttpUpgrade m_upgrade;
    QSet<HttpConnection *> m_connections;
};

} // namespace kassa::http
