#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

// A loopback HTTP/1.1 server for client tests that answers each request with
// the next scripted action: a status and body, a delay, a dropped connection
// or garbage. With a certificate and key it speaks TLS.
class ScriptedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Action
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
        bool dropBeforeReply = false; // close as soon as the request is read
        bool dropMidBody = false;     // send headers and half the body, then close
        QByteArray rawReply;          // send exactly these bytes instead
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool start();
    QUrl url(const QString &path = QStringLiteral("/service")) const;
    void enqueue(const Action &action) { m_actions.append(action); }
    QList<QByteArray> receivedBodies() const { return m_bodies; }
    QList<QByteArray> receivedHeaders() const { return m_headers; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void handleReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket);

    QList<Action> m_actions;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_headers;
    QSslCertificate m_certificate;
    QSslKey m_key;
};
