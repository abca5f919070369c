#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace kassa::sandbox {

struct HttpRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    int delayMs = 0;        // answer this much later
    bool drop = false;      // close the connection instead of answering
    bool emptyBody = false; // send the status with no body at all

    static HttpResponse json(const QByteArray &body, int status = 200);
    static HttpResponse text(const QByteArray &body, int status);
};

// A small HTTP/1.1 server for the sandbox: keep-alive, Content-Length
// bodies (chunked requests are refused), bounded header and body sizes,
// optional TLS. Each request is answered by the handler, which runs on the
// server's thread. Loopback by default.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Serve HTTPS with this certificate chain and key.
    void setTls(const QList<QSslCertificate> &chain, const QSslKey &key);
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    quint16 port() const;
    bool isTls() const { return !m_chain.isEmpty(); }
    void close();

    static constexpr qsizetype maxHeaderBytes = 32 * 1024;
    static constexpr qsizetype maxBodyBytes = 8 * 1024 * 1024;

private:
    void handleNewConnection();
    void handleReadable(QTcpSocket *socket);
    void send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
};

} // namespace kassa::sandbox
