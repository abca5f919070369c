#include "sandbox/httpserver.h"

#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace kassa::sandbox {

namespace {

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Per-connection read buffer, kept on the socket itself.
constexpr char kBuffer[] = "kassaBuffer";

} // namespace

HttpResponse HttpResponse::json(const QByteArray &body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = body;
    return r;
}

HttpResponse HttpResponse::text(const QByteArray &body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

HttpServer::~HttpServer() = default;

void HttpServer::setTls(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    m_chain = chain;
    m_key = key;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (isTls()) {
        auto *ssl = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(m_chain);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(config);
        // Encrypted connections are announced through pendingConnectionAvailable.
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    m_server->setMaxPendingConnections(4096);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::handleNewConnection);
    return m_server->listen(address, port);
}

QString HttpServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
}

void HttpServer::handleNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            handleReadable(socket);
    }
}

void HttpServer::handleReadable(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBuffer).toByteArray();
    buffer += socket->readAll();
    // Several pipelined requests may have arrived at once.
    for (;;) {
        // Like any web server: what cannot start a request line (a TLS
        // ClientHello sent to this plain-HTTP port, say) is refused at once
        // rather than waited on.
        if (!buffer.isEmpty() && !(buffer.front() >= 'A' && buffer.front() <= 'Z')) {
            send(socket, HttpResponse::text("not an HTTP request\n", 400), false);
            buffer.clear();
            break;
        }
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > maxHeaderBytes) {
                send(socket, HttpResponse::text("header too large\n", 431), false);
                buffer.clear();
            }
            break;
        }
        HttpRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            send(socket, HttpResponse::text("malformed request line\n", 400), false);
            buffer.clear();
            break;
        }
        request.method = requestLine[0];
        const QByteArray target = requestLine[1];
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        if (question >= 0)
            request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        if (request.headers.value("transfer-encoding").toLower().contains("chunked")) {
            send(socket, HttpResponse::text("chunked request bodies are not supported\n", 411),
                 false);
            buffer.clear();
            break;
        }
        bool lengthOk = true;
        const QByteArray lengthHeader = request.headers.value("content-length", "0");
        const qsizetype length = lengthHeader.toLongLong(&lengthOk);
        if (!lengthOk || length < 0 || length > maxBodyBytes) {
            send(socket, HttpResponse::text("body too large or bad length\n", 413), false);
            buffer.clear();
            break;
        }
        if (buffer.size() < headerEnd + 4 + length)
            break; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        const bool keepAlive = request.headers.value("connection").toLower() != "close" &&
                               requestLine[2] == "HTTP/1.1";
        const HttpResponse response = m_handler(request);
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response, keepAlive] {
                if (guard)
                    send(guard, response, keepAlive);
            });
        } else {
            send(socket, response, keepAlive);
        }
        if (response.drop)
            return;
    }
    socket->setProperty(kBuffer, buffer);
}

void HttpServer::send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray out;
    out.reserve(response.body.size() + 200);
    out +=
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    if (!response.emptyBody)
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.emptyBody ? 0 : response.body.size()) +
           "\r\n";
    out += "Cache-Control: no-store\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!response.emptyBody)
        out += response.body;
    socket->write(out);
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace kassa::sandbox
