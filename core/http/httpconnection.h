#pragma once

#include "core/http/httpmessage.h"
#include "core/http/httprequestparser.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QTcpSocket;

namespace kassa::http {

// A request to change protocols (Upgrade: websocket): `check` answers
// nullopt to take the connection — `take` then gets its socket with the
// request's bytes unread in it (as QWebSocketServer::handleConnection wants
// them) and owns it — or the response to send instead (404, 503). Only a
// connection's request that came on its own (not behind another in the
// same packet) can be taken; others are answered 400.
struct HttpUpgrade
{
    std::function<std::optional<HttpResponse>(const HttpRequest &)> check;
    std::function<void(QTcpSocket *)> take;
};

// One client connection of HttpServer: owns its socket, parses with its own
// HttpRequestParser and answers one request at a time, so that responses
// keep the order of the requests (a delayed or later response holds back the
// next request, which waits unparsed). Nothing is parsed after a request
// that asked for "Connection: close" or after a parse error. An idle
// connection (no request in flight) is closed after the idle timeout; a
// request not whole within the request timeout of its first byte gets 408
// and the connection is closed. Emits closed() once, when the socket is gone
// (or handed over to an upgrade); the server then deletes it.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    struct Timeouts
    {
        int idleMs = 0;    // 0: never
        int requestMs = 0; // 0: never
    };

    // Takes ownership of the socket (already connected, encrypted for TLS).
    // `upgrade` (may be null or empty) must outlive the connection.
    HttpConnection(QTcpSocket *socket, const Handler &handler, HttpLimits limits, Timeouts timeouts,
                   const HttpUpgrade *upgrade, QObject *parent = nullptr);
    ~HttpConnection() override;

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void closed();

private:
    void handleReadyRead();
    void readAvailable();
    void processRequests();
    // The request just parsed asks to upgrade: handed over, or answered.
    bool upgradeOrRefuse(const HttpRequest &request);
    void answerLater(const HttpResponse &response, bool keepAlive);
    void handleRequestTimeout();
    void answer(const HttpResponse &response, bool keepAlive);
    void handleIdleTimeout();
    void armIdleTimer();
    void close(bool abort);
    void shutdownWhenWritten();
    void handleDisconnected();

    QTcpSocket *m_socket;
    const Handler &m_handler;
    const HttpUpgrade *m_upgrade;
    HttpRequestParser m_parser;
    // The idle timer is not restarted per request (with thousands of
    // connections each restart is a walk of the event loop's timer list):
    // activity only stamps m_lastActivity, and a timer that fires early is
    // re-armed for the time that remains.
    QTimer m_idle;
    int m_idleTimeoutMs;
    QTimer m_requestTimer; // runs while a request arrives in pieces
    int m_requestTimeoutMs;
    quint64 m_laterCall = 0; // the answer awaited (HttpResponse::later)
    std::chrono::steady_clock::time_point m_lastActivity;
    QTimer m_delay;
    QTimer m_linger;
    HttpResponse m_delayed;
    bool m_delayedKeepAlive = true;
    bool m_busy = false;    // a request is being answered
    bool m_closing = false; // nothing more is read or parsed
    bool m_closed = false;
    bool m_lingering = false; // answered and closing: input is dropped
    bool m_shutDown = false;  // our direction is closed
};

} // namespace kassa::http
