// The SEQR app's side of external services: services, client sessions
// (TOKEN → the customer and the QR's parameters) and the links a service's
// page hands the app.
#include "sandbox/sandboxreplies.h"
#include "sandbox/sandboxservice.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa::sandbox {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"http" || url.scheme() == u"https");
}

// Letters, digits, '-' and '_': it is a path segment of the QR.
bool isServiceId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

// The text after SCHEME://SEQR.SE/ (HTTP:, SEQR:, SEQR-DEMO:), or null.
QString seqrPath(const QString &link)
{
    const QString upper = link.toUpper();
    for (const QString &prefix :
         {u"HTTP://SEQR.SE/"_s, u"SEQR://SEQR.SE/"_s, u"SEQR-DEMO://SEQR.SE/"_s}) {
        if (upper.startsWith(prefix))
            return link.mid(prefix.size());
    }
    return {};
}

} // namespace

QString SandboxService::defaultMsisdn()
{
    return u"46700000000"_s;
}

Status SandboxService::registerService(const ExternalService &service)
{
    if (!isServiceId(service.id))
        return makeError(ErrorCode::InvalidArgument,
                         u"a service id is 1-64 letters, digits, '-' or '_', got \u201c"_s +
                             service.id + u"\u201d"_s);
    const std::pair<const char *, QUrl> urls[] = {{"orderUrl", service.orderUrl},
                                                  {"successUrl", service.successUrl},
                                                  {"failureUrl", service.failureUrl},
                                                  {"cancelUrl", service.cancelUrl}};
    for (const auto &[name, url] : urls) {
        if (!isWebUrl(url))
            return makeError(ErrorCode::InvalidArgument,
                             u"service "_s + service.id + u": "_s + QLatin1StringView(name) +
                                 u" must be an http(s) URL, got \u201c"_s + url.toString() +
                                 u"\u201d"_s);
    }
    ExternalService stored = service;
    for (QUrl *url : {&stored.orderUrl, &stored.successUrl, &stored.failureUrl, &stored.cancelUrl})
        url->setFragment(QString()); // the app sets the hash
    m_services.insert(stored.id, stored);
    return Ok{};
}

Status SandboxService::registerServiceToKeep(const ExternalService &service)
{
    if (auto registered = registerService(service); !registered)
        return registered;
    m_state.services.insert(service.id, m_services.value(service.id));
    changed();
    return Ok{};
}

Result<ExternalService> SandboxService::serviceFromSpec(const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0)
        return makeError(
            ErrorCode::InvalidArgument,
            u"a service is ID=BASE_URL (e.g. TABLES=http://127.0.0.1:8000), got \u201c"_s + spec +
                u"\u201d"_s);
    const QUrl base(spec.mid(eq + 1).trimmed(), QUrl::StrictMode);
    if (!isWebUrl(base))
        return makeError(ErrorCode::InvalidArgument,
                         u"service "_s + spec.left(eq) + u": the base URL must be http(s)"_s);
    return ExternalService::fromBaseUrl(spec.left(eq).trimmed(), base);
}

Result<ExternalService> SandboxService::serviceFromJson(const QJsonObject &json)
{
    const QString id = json[u"id"_s].toString().trimmed();
    ExternalService service;
    const QString base = json[u"baseUrl"_s].toString().trimmed();
    if (!base.isEmpty())
        service = ExternalService::fromBaseUrl(id, QUrl(base, QUrl::StrictMode));
    service.id = id;
    const std::pair<QString, QUrl *> urls[] = {{u"orderUrl"_s, &service.orderUrl},
                                               {u"successUrl"_s, &service.successUrl},
                                               {u"failureUrl"_s, &service.failureUrl},
                                               {u"cancelUrl"_s, &service.cancelUrl}};
    for (const auto &[name, url] : urls) {
        const QString given = json[name].toString().trimmed();
        if (!given.isEmpty())
            *url = QUrl(given, QUrl::StrictMode);
        if (!isWebUrl(*url))
            return makeError(ErrorCode::InvalidArgument, u"service \u201c"_s + id +
                                                             u"\u201d needs "_s + name +
                                                             u" (an http(s) URL) or a baseUrl"_s);
    }
    if (!isServiceId(id))
        return makeError(ErrorCode::InvalidArgument,
                         u"a service id is 1-64 letters, digits, '-' or '_', got \u201c"_s + id +
                             u"\u201d"_s);
    return service;
}

Result<QList<ExternalService>> SandboxService::servicesFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.isObject() && doc.object()[u"services"_s].isArray())
        list = doc.object()[u"services"_s].toArray();
    else
        return makeError(ErrorCode::InvalidArgument,
                         doc.isNull() ? u"not JSON: "_s + error.errorString()
                                      : u"expected [service, …] or {\"services\": [service, …]}"_s);
    QList<ExternalService> services;
    for (const QJsonValue &v : std::as_const(list)) {
        auto service = serviceFromJson(v.toObject());
        if (!service)
            return service.error();
        services.append(*service);
    }
    return services;
}

ClientSessionStatus SandboxService::sessionStatus(const QString &token) const
{
    const auto it = m_state.sessions.constFind(token.trimmed());
    if (token.trimmed().isEmpty() || it == m_state.sessions.cend())
        return ClientSessionStatus::AuthorizationExpired;
    if (it->createdAt.msecsTo(now()) > m_options.sessionLifetimeMs)
        return ClientSessionStatus::AuthorizationExpired;
    if (it->left)
        return ClientSessionStatus::AuthorizationCancelled;
    if (!it->invoiceReference.isEmpty()) {
        const auto invoice = m_state.invoices.constFind(it->invoiceReference);
        if (invoice != m_state.invoices.cend() &&
            (invoice->status == InvoiceStatus::Issued ||
             invoice->status == InvoiceStatus::PendingIssuerAcknowledge))
            return ClientSessionStatus::InProgress; // the customer is paying in the app
    }
    return ClientSessionStatus::Success;
}

Result<QJsonObject> SandboxService::openService(const QString &qr, const QString &msisdn)
{
    const QString text = qr.trimmed();
    const QString path = seqrPath(text);
    if (!path.startsWith(u"000/"))
        return refusal(u"\u201c"_s + text + u"\u201d is not an external service's code."_s);
    // HTTP://SEQR.SE/000/<SERVICE_ID>?k1=v1&k2=v2
    const QString rest = path.mid(4);
    const qsizetype question = rest.indexOf(u'?');
    QString id = question < 0 ? rest : rest.left(question);
    if (id.endsWith(u'/'))
        id.chop(1);
    auto service = m_services.constFind(id);
    if (service == m_services.cend()) {
        // Service ids are agreed with SEQR, so the QR's upper case may differ.
        for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
            if (it.key().compare(id, Qt::CaseInsensitive) == 0)
                service = it;
        }
    }
    if (service == m_services.cend())
        return refusal(u"This code belongs to a service SEQR does not know (\u201c"_s + id +
                       u"\u201d)."_s);
    ClientSession session;
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    session.token = QString::fromLatin1(random.toHex());
    session.serviceId = service->id;
    session.msisdn = msisdn.trimmed().isEmpty() ? defaultMsisdn() : msisdn.trimmed();
    // One stable, opaque key per customer, as SEQR's subscriberKey is.
    session.subscriberKey = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("seqr-sandbox subscriber " + session.msisdn.toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(24));
    if (question >= 0) {
        const QUrlQuery query(rest.mid(question + 1));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            session.qrParameters.append(Parameter{key, value});
    }
    session.createdAt = now();
    m_state.sessions.insert(session.token, session);
    changed();
    QUrl order = service->orderUrl;
    order.setFragment(session.token);
    return QJsonObject{{u"kind"_s, u"service"_s},
                       {u"token"_s, session.token},
                       {u"serviceId"_s, session.serviceId},
                       {u"msisdn"_s, session.msisdn},
                       {u"subscriberKey"_s, session.subscriberKey},
                       {u"parameters"_s, parametersJson(session.qrParameters)},
                       {u"orderUrl"_s, order.toString()},
                       {u"successUrl"_s, service->successUrl.toString()},
                       {u"failureUrl"_s, service->failureUrl.toString()},
                       {u"cancelUrl"_s, service->cancelUrl.toString()}};
}

Result<QJsonObject> SandboxService::leaveService(const QString &token)
{
    auto it = m_state.sessions.find(token.trimmed());
    if (token.trimmed().isEmpty() || it == m_state.sessions.end())
        return refusal(u"There is no such service session."_s);
    it->left = true;
    changed();
    return QJsonObject{
        {u"kind"_s, u"left"_s}, {u"token"_s, it->token}, {u"serviceId"_s, it->serviceId}};
}

Result<QJsonObject> SandboxService::followLink(const QString &link, const QString &token)
{
    const QString text = link.trimmed();
    const QString upper = text.toUpper();
    if (upper.startsWith(u"SEQR-ACTION://")) {
        if (upper == u"SEQR-ACTION://WIZARD/CANCEL" || upper == u"SEQR-ACTION://WIZARD/CANCEL/")
            return leaveService(token);
        return refusal(u"The SEQR app does not know the action \u201c"_s + text + u"\u201d."_s);
    }
    const QString path = seqrPath(text);
    if (path.isEmpty())
        return refusal(u"\u201c"_s + text + u"\u201d is not a SEQR link."_s);
    if (path.startsWith(u"000/"))
        return openService(text);
    auto scanned = scan(text);
    if (!scanned || token.trimmed().isEmpty())
        return scanned;
    // The page of a service triggered this payment: after it the app goes
    // back to the service (success, failure or cancel URL).
    auto session = m_state.sessions.find(token.trimmed());
    if (session == m_state.sessions.end())
        return refusal(u"There is no such service session."_s);
    const QString ref = (*scanned)[u"invoiceReference"_s].toString();
    auto record = m_state.invoices.find(ref);
    if (record == m_state.invoices.end())
        return scanned;
    session->invoiceReference = ref;
    record->sessionToken = session->token;
    changed();
    return invoiceJson(*record);
}

} // namespace kassa::sandbox
