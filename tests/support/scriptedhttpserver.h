#pragma once

#include "core/http/httpserver.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

// A loopback HTTP/1.1 server for client tests that answers each request with
// the next scripted action: a status and body, a delay, a dropped connection
// or garbage. With a certificate and key it speaks TLS. It is core's
// own HttpServer (core/http/httpserver.h) with a handler that plays the script,
// so the tests exercise one HTTP implementation, not two.
class ScriptedHttpServer : public QObject
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
    quint16 port() const { return m_http.port(); }
    QUrl url(const QString &path = QStringLiteral("/service")) const;
    void enqueue(const Action &action) { m_actions.append(action); }
    QList<QByteArray> receivedBodies() const { return m_bodies; }
    // Each request's request line and header lines, as received.
    QList<QByteArray> receivedHeaders() const { return m_headers; }

private:
    kassa::http::HttpResponse respond(const kassa::http::HttpRequest &request);

    kassa::http::HttpServer m_http;
    QList<Action> m_actions;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_headers;
};
