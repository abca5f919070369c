#include "tests/support/scriptedhttpserver.h"

#include <QHash>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QTcpServer(parent)
{}

void ScriptedHttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool ScriptedHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    u.setHost(QStringLiteral("localhost"));
    u.setPort(serverPort());
    u.setPath(path);
    return u;
}

void ScriptedHttpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (!m_certificate.isNull()) {
        auto *ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(handle);
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void ScriptedHttpServer::handleReadable(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray headers = buffer.left(headerEnd);
    qsizetype length = 0;
    for (const QByteArray &line : headers.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    m_headers.append(headers);
    m_bodies.append(buffer.mid(headerEnd + 4, length));
    socket->setProperty("buffer", buffer.mid(headerEnd + 4 + length));
    respond(socket);
}

void ScriptedHttpServer::respond(QTcpSocket *socket)
{
    const Action action =
        m_actions.isEmpty() ? Action{404, "no scripted reply"} : m_actions.takeFirst();
    QPointer<QTcpSocket> guard(socket);
    auto reply = [guard, action] {
        if (!guard)
            return;
        if (action.dropBeforeReply) {
            guard->abort();
            return;
        }
        if (!action.rawReply.isEmpty()) {
            guard->write(action.rawReply);
            guard->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(action.status) +
                          " Scripted\r\n"
                          "Content-Type: text/xml; charset=utf-8\r\n"
                          "Content-Length: " +
                          QByteArray::number(action.body.size()) + "\r\n\r\n";
        if (action.dropMidBody) {
            guard->write(head + action.body.left(action.body.size() / 2));
            guard->flush();
            QTimer::singleShot(50, guard, [guard] {
                if (guard)
                    guard->abort();
            });
            return;
        }
        guard->write(head + action.body);
    };
    if (action.delayMs > 0)
        QTimer::singleShot(action.delayMs, this, reply);
    else
        reply();
}
