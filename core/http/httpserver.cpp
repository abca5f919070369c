#include "core/http/httpserver.h"

#include "core/http/httpconnection.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace kassa::http {

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

HttpServer::~HttpServer()
{
    // The connections refer to m_handler: they go first.
    const QSet<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

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
    // Qt listens with a backlog of 50: under a burst of new connections (a
    // flood, or a page opened by many at once) the kernel drops the SYNs past
    // it and the browser tries again only a second later. The kernel caps
    // this at net.core.somaxconn (4096 on Debian 12).
    m_server->setListenBacklogSize(listenBacklog);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::handleNewConnections);
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

void HttpServer::handleNewConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_maxConnections) {
            // Refused plainly rather than left hanging.
            socket->setParent(this);
            socket->write(HttpResponse::text("too many connections\n", 503).serialize(false));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
            continue;
        }
        HttpConnection::Timeouts timeouts{m_idleTimeoutMs, m_requestTimeoutMs};
        auto *connection =
            new HttpConnection(socket, m_handler, m_limits, timeouts, &m_upgrade, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            connection->deleteLater();
        });
    }
}

} // namespace kassa::http
