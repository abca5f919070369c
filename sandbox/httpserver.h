#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

class QTcpServer;

namespace kassa::sandbox {

class HttpConnection;

// A small HTTP/1.1 server for the sandbox (and the tests' scripted server):
// one HttpConnection per socket, each with its own pure HttpRequestParser;
// keep-alive and pipelining with responses in request order; Content-Length
// bodies only; header and body limits; a cap on open connections (one more
// gets 503 and is closed) and an idle timeout; optional TLS. The handler runs
// on the server's thread, once per request, and may ask for a late answer or
// a fault (see HttpResponse). Loopback unless told otherwise.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    static constexpr int defaultMaxConnections = 4096;
    static constexpr int defaultIdleTimeoutMs = 60000;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Serve HTTPS with this certificate chain and key (before listen()).
    void setTls(const QList<QSslCertificate> &chain, const QSslKey &key);
    void setLimits(HttpLimits limits) { m_limits = limits; }
    void setMaxConnections(int count) { m_maxConnections = count; }
    // Close a connection with no request in flight after this long; 0: never.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    quint16 port() const;
    bool isTls() const { return !m_chain.isEmpty(); }
    int connectionCount() const { return int(m_connections.size()); }
    HttpLimits limits() const { return m_limits; }
    int maxConnections() const { return m_maxConnections; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
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
    QSet<HttpConnection *> m_connections;
};

} // namespace kassa::sandbox
