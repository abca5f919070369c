#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <memory>
#include <optional>

// An HTTP/1.1 client at the byte level for attack tests: it connects from
// a chosen loopback address (127.0.0.N: a different "client address" each),
// sends whatever bytes it is told — oversized heads, pipelined requests,
// half requests — and reads responses as they come. Waits use the event
// loop (QTest::qWaitFor), never sleeps.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
        // The cookie's "name=value" from Set-Cookie, empty when none.
        QByteArray cookie() const;
    };

    RawHttpClient(const QHostAddress &from, quint16 port);
    ~RawHttpClient();

    bool connectToServer(int timeoutMs = 5000);
    bool isConnected() const;
    void write(const QByteArray &bytes);
    // The next whole response (Content-Length bodies only), or nullopt when
    // none came in time or the connection closed first.
    std::optional<Response> read(int timeoutMs = 10000);
    // Waits until the server closed the connection.
    bool waitForClose(int timeoutMs);
    QTcpSocket &socket() { return *m_socket; }

    // "GET /path" with a cookie and extra header lines ("Name: value\r\n").
    std::optional<Response> get(const QByteArray &path, const QByteArray &cookie = {},
                                const QByteArray &extra = {});
    // POST of a JSON body with a cookie, the CSRF token and an Origin.
    std::optional<Response> postJson(const QByteArray &path, const QByteArray &json,
                                     const QByteArray &cookie, const QByteArray &csrf,
                                     const QByteArray &extra = {});

    static QByteArray request(const QByteArray &method, const QByteArray &path,
                              const QByteArray &extraHeaders = {}, const QByteArray &body = {});

private:
    std::optional<Response> parse();

    QHostAddress m_from;
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};
