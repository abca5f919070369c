#include "sandbox/controlunitcontrol.h"

#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kassa::sandbox {

namespace {

http::HttpResponse json(const QJsonValue &value, int status = 200)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return http::HttpResponse::json(doc.toJson(QJsonDocument::Compact), status);
}

http::HttpResponse refuse(const QString &why, int status = 400)
{
    return json(QJsonObject{{u"error"_s, why}}, status);
}

} // namespace

ControlUnitControl::ControlUnitControl(ControlUnitSandbox *unit, ControlUnitPorts *ports,
                                       QObject *parent)
    : QObject(parent)
    , m_unit(unit)
    , m_ports(ports)
    , m_server(new http::HttpServer([this](const http::HttpRequest &r) { return route(r); }, this))
{}

Status ControlUnitControl::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return makeError(ErrorCode::StorageFailed, m_server->errorString());
    return Ok{};
}

QUrl ControlUnitControl::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server->port()));
}

http::HttpResponse ControlUnitControl::route(const http::HttpRequest &request)
{
    if (request.method == "POST")
        return post(request);
    if (request.method != "GET")
        return refuse(u"GET or POST only"_s, 405);
    if (request.path == "/state") {
        QJsonObject state = m_unit->stateJson();
        state[u"pty"_s] = m_ports ? m_ports->ptyPath() : QString();
        state[u"tcp"_s] = m_ports && m_ports->tcpPort() ? m_ports->tcpDevice() : QString();
        return json(state);
    }
    if (request.path == "/faults")
        return json(m_unit->faults().toJson());
    if (request.path == "/receipts") {
        auto receipts = m_unit->signedReceipts();
        if (!receipts)
            return refuse(receipts.error().detail, 500);
        QJsonArray list;
        for (const SignedReceipt &r : *receipts)
            list.append(r.toJson());
        return json(list);
    }
    return refuse(u"no such resource"_s, 404);
}

http::HttpResponse ControlUnitControl::post(const http::HttpRequest &request)
{
    const QByteArray origin = request.headers.value("origin");
    if (!origin.isEmpty() && QUrl(QString::fromLatin1(origin)).host() != u"127.0.0.1"_s &&
        QUrl(QString::fromLatin1(origin)).host() != u"localhost"_s)
        return refuse(u"another site may not change the unit"_s, 403);
    if (request.contentType != "application/json")
        return refuse(u"send JSON (Content-Type: application/json)"_s, 415);
    if (request.path == "/faults/clear") {
        m_unit->setFaults(UnitFaults{});
        return json(m_unit->faults().toJson());
    }
    if (request.path == "/drop") {
        if (m_ports)
            m_ports->dropConnections();
        return json(QJsonObject{{u"dropped"_s, true}});
    }
    if (request.path != "/faults")
        return refuse(u"no such resource"_s, 404);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(u"not a JSON object: "_s + error.errorString());
    UnitFaults faults = m_unit->faults();
    if (auto merged = faults.merge(doc.object()); !merged)
        return refuse(merged.error().detail);
    m_unit->setFaults(faults);
    return json(faults.toJson());
}

} // namespace kassa::sandbox
