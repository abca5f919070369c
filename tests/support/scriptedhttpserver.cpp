#include "tests/support/scriptedhttpserver.h"

using namespace kassa::http;

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
    , m_http([this](const HttpRequest &request) { return respond(request); })
{}

void ScriptedHttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_http.setTls({certificate}, key);
}

bool ScriptedHttpServer::start()
{
    return m_http.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_http.isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("localhost"));
    u.setPort(m_http.port());
    u.setPath(path);
    return u;
}

HttpResponse ScriptedHttpServer::respond(const HttpRequest &request)
{
    m_headers.append(request.head);
    m_bodies.append(request.body);
    const Action action =
        m_actions.isEmpty() ? Action{404, "no scripted reply"} : m_actions.takeFirst();
    HttpResponse response;
    response.status = action.status;
    response.contentType = "text/xml; charset=utf-8";
    response.body = action.body;
    response.delayMs = action.delayMs;
    response.drop = action.dropBeforeReply;
    response.dropMidBody = action.dropMidBody;
    response.raw = action.rawReply;
    return response;
}
