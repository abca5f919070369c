// The sandbox's control API (/control/…): what a test or the phone page asks
// of the sandbox — its state, what the buyer's app does, faults and time.
#include "sandbox/controlreplies.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxservice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa::sandbox {

http::HttpResponse SandboxServer::handleControl(const http::HttpRequest &request)
{
    const QByteArray action = request.path.mid(9);
    if (request.method == "GET")
        return controlQuery(action, request);
    if (request.method != "POST")
        return jsonError(u"use GET or POST"_s, 405);
    if (auto refused = refusedControlChange(request))
        return *refused;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!request.body.isEmpty() && !doc.isObject())
        return jsonError(u"the body must be a JSON object: "_s + parseError.errorString(), 400);
    if (auto done = buyerAction(action, doc.object(), request))
        return *done;
    return setupAction(action, doc.object());
}

http::HttpResponse SandboxServer::controlQuery(const QByteArray &action,
                                               const http::HttpRequest &request)
{
    if (!hasControlToken(request))
        return jsonError(
            u"missing or wrong X-Seqr-Control-Token (seqr-sandbox prints it at start)"_s, 403);
    if (action == "state")
        return jsonReply(m_service->stateJson());
    if (action == "tills")
        return jsonReply(QJsonObject{{u"tills"_s, m_service->tillsJson()}});
    if (action == "invoice")
        return fromResult(
            withWebView(m_service->invoice(request.query.queryItemValue(u"ref"_s)), request));
    if (action == "notifications")
        return fromResult(m_service->notifications(request.query.queryItemValue(u"ref"_s)));
    if (action == "services")
        return jsonReply(QJsonObject{
            {u"services"_s, jsonArray(m_service->services(), &ExternalService::toJson)}});
    return jsonError(u"unknown control request"_s, 404);
}

std::optional<http::HttpResponse> SandboxServer::buyerAction(const QByteArray &action,
                                                             const QJsonObject &body,
                                                             const http::HttpRequest &request)
{
    const QString ref = body[u"invoiceReference"_s].toString();
    if (action == "scan") {
        QString what = body[u"qr"_s].toString();
        if (what.isEmpty())
            what = body[u"seqrId"_s].toString();
        if (what.isEmpty())
            what = ref;
        if (what.isEmpty())
            return jsonError(u"give qr, seqrId or invoiceReference"_s, 400);
        return fromResult(withWebView(m_service->scan(what), request));
    }
    if (action == "resolve" || action == "follow" || action == "leave")
        return serviceAction(action, body, request);
    if (action == "confirm")
        return fromResult(withWebView(m_service->confirm(ref), request));
    if (action == "pay")
        return fromResult(withWebView(
            m_service->pay(ref, body[u"pin"_s].toString(), body[u"msisdn"_s].toString()), request));
    if (action == "decline")
        return fromResult(withWebView(m_service->decline(ref), request));
    if (action == "cancel")
        return fromResult(withWebView(m_service->customerCancel(ref), request));
    if (action == "token") {
        CustomerToken token{body[u"description"_s].toString(), body[u"id"_s].toString(),
                            body[u"status"_s].toInt(), body[u"value"_s].toString()};
        if (token.id.isEmpty())
            return jsonError(u"a token needs an id"_s, 400);
        return fromResult(m_service->offerToken(ref, token));
    }
    return std::nullopt;
}

http::HttpResponse SandboxServer::serviceAction(const QByteArray &action, const QJsonObject &body,
                                                const http::HttpRequest &request)
{
    if (action == "resolve") {
        // A service QR as the app resolves it: a new TOKEN and the order URL.
        const QString qr = body[u"qr"_s].toString();
        if (!isServiceQr(qr))
            return jsonError(u"qr must be a service QR, HTTP://SEQR.SE/000/<ID>?k=v…"_s, 400);
        return fromResult(
            withWebView(m_service->openService(qr, body[u"msisdn"_s].toString()), request));
    }
    if (action == "follow") {
        // A SEQR:// (SEQR-DEMO://, SEQR-ACTION://) link as the app follows it.
        const QString link = body[u"link"_s].toString();
        if (link.isEmpty())
            return jsonError(u"give link (and token, inside a service)"_s, 400);
        return fromResult(
            withWebView(m_service->followLink(link, body[u"token"_s].toString()), request));
    }
    return fromResult(m_service->leaveService(body[u"token"_s].toString()));
}

http::HttpResponse SandboxServer::setupAction(const QByteArray &action, const QJsonObject &body)
{
    if (action == "services") {
        // Register (or replace) an external service at run time.
        auto service = SandboxService::serviceFromJson(body);
        if (!service)
            return jsonError(service.error().detail, 400);
        if (auto registered = m_service->registerServiceToKeep(*service); !registered)
            return jsonError(registered.error().detail, 400);
        return jsonReply(m_service->services().value(service->id).toJson());
    }
    if (action == "faults" && body[u"kind"_s].toString() == u"random")
        return randomFaultsFromJson(body);
    if (action == "faults") {
        const auto kind = faultKindFromName(body[u"kind"_s].toString());
        if (!kind)
            return jsonError(u"kind is one of none, http500, soapFault, malformed, slow, drop, "
                             u"empty, dropAfter, "
                             "noAnswer, noAnswerAfterRun, random"_s,
                             400);
        injectFaults(*kind, body[u"count"_s].toInt(1), body[u"delayMs"_s].toInt(3000));
        return jsonReply(QJsonObject{{u"kind"_s, body[u"kind"_s]}, {u"pending"_s, m_faultCount}});
    }
    if (action == "clock") {
        // Time as the subject of a test: advance the sandbox's clock (the
        // acknowledgement window falls due at once) instead of sleeping.
        const qint64 seconds = body[u"advanceSeconds"_s].toInteger(-1);
        if (seconds < 0)
            return jsonError(u"advanceSeconds is a whole number of seconds, 0 or more"_s, 400);
        m_service->advanceClock(seconds * 1000);
        return jsonReply(QJsonObject{{u"now"_s, m_service->now().toString(Qt::ISODateWithMs)},
                                     {u"offsetSeconds"_s, m_service->clockOffsetMs() / 1000}});
    }
    return jsonError(u"unknown control request"_s, 404);
}

} // namespace kassa::sandbox
