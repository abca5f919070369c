#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/httprequestparser.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class QTcpSocket;

namespace kassa::sandbox {

// One client connection of HttpServer: owns its socket, parses with its own
// HttpRequestParser and answers one request at a time, so that responses
// keep the order of the requests (a delayed response holds back the next
// request, which waits unparsed). Nothing is parsed after a request that
// asked for "Connection: close" or after a parse error. An idle connection
// (no request in flight) is closed after the idle timeout; a connection that
// sent half a request and then went quiet gets 408 first. Emits closed()
// once, when the socket is gone; the server then deletes it.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // Takes ownership of the socket (already connected, encrypted for TLS).
    HttpConnection(QTcpSocket *socket, const Handler &handler, HttpLimits limits, int idleTimeoutMs,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void closed();

private:
    void handleReadyRead();
    void processRequests();
    void answer(const HttpResponse &response, bool keepAlive);
    void handleIdleTimeout();
    void armIdleTimer();
    void close(bool abort);
    void shutdownWhenWritten();
    void handleDisconnected();

    QTcpSocket *m_socket;
    const Handler &m_handler;
    HttpRequestParser m_parser;
    // The idle timer is not restarted per request (with thousands of
    // connections each restart is a walk of the event loop's timer list):
    // activity only stamps m_lastActivity, and a timer that fires early is
    // re-armed for the time that remains.
    QTimer m_idle;
    int m_idleTimeoutMs;
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

} // namespace kassa::sandbox
