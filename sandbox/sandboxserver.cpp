#include "sandbox/sandboxserver.h"

#include "core/seqr/seqrcodec.h"
#include "sandbox/controlreplies.h"
#include "sandbox/sandboxservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa::sandbox {

namespace {

http::HttpResponse soapFault(const QString &code, const QString &text)
{
    http::HttpResponse r;
    r.status = 500;
    r.contentType = "text/xml; charset=utf-8";
    r.body = codec::encodeFault(SoapFault{code, text, {}});
    return r;
}

constexpr std::pair<FaultKind, const char *> kFaultNames[] = {
    {FaultKind::None, "none"},           {FaultKind::Http500, "http500"},
    {FaultKind::SoapFault, "soapFault"}, {FaultKind::MalformedBody, "malformed"},
    {FaultKind::SlowReply, "slow"},      {FaultKind::DroppedConnection, "drop"},
    {FaultKind::EmptyBody, "empty"},     {FaultKind::DroppedAfterRun, "dropAfter"},
    {FaultKind::Unanswered, "noAnswer"}, {FaultKind::UnansweredAfterRun, "noAnswerAfterRun"},
};

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const auto &[k, text] : kFaultNames) {
        if (k == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    for (const auto &[kind, text] : kFaultNames) {
        if (name == QLatin1StringView(text))
            return kind;
    }
    return std::nullopt;
}

SandboxServer::SandboxServer(SandboxService *service, SandboxServerOptions options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_options(std::move(options))
    , m_http([this](const http::HttpRequest &request) { return route(request); })
    , m_webView(m_options.bind)
{
    m_webView.setAllowedHost([this](const QByteArray &host) { return isAllowedHost(host); });
    if (m_options.controlToken.isEmpty()) {
        QByteArray random(16, Qt::Uninitialized);
        QRandomGenerator::system()->generate(random.begin(), random.end());
        m_options.controlToken = QString::fromLatin1(random.toHex());
    }
}

Status SandboxServer::start()
{
    if (!m_options.tlsCertFile.isEmpty() || !m_options.tlsKeyFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCertFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (chain.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             u"no certificate in "_s + m_options.tlsCertFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::InvalidArgument, u"cannot read "_s + m_options.tlsKeyFile);
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull())
            return makeError(ErrorCode::InvalidArgument,
                             u"no RSA or EC key in "_s + m_options.tlsKeyFile);
        m_http.setTls(chain, key);
        m_webView.setTls(chain, key);
    }
    m_http.setMaxConnections(m_options.maxConnections);
    m_http.setIdleTimeoutMs(m_options.idleTimeoutMs);
    m_http.setRequestTimeoutMs(m_options.requestTimeoutMs);
    if (!m_http.listen(m_options.bind, m_options.port))
        return makeError(ErrorCode::InvalidArgument,
                         u"cannot listen on "_s + m_options.bind.toString() + u':' +
                             QString::number(m_options.port) + u": "_s + m_http.errorString());
    return Ok{};
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_http.isTls() ? u"https"_s : u"http"_s);
    const bool any = m_options.bind == QHostAddress::Any ||
                     m_options.bind == QHostAddress::AnyIPv4 ||
                     m_options.bind == QHostAddress::AnyIPv6;
    url.setHost(m_http.isTls() || any || m_options.bind == QHostAddress::LocalHost
                    ? u"localhost"_s
                    : m_options.bind.toString());
    url.setPort(m_http.port());
    url.setPath(u"/"_s);
    return url;
}

QUrl SandboxServer::soapUrl() const
{
    return baseUrl().resolved(QUrl(QString::fromLatin1(soapPath)));
}

QUrl SandboxServer::phoneUrl(const QString &code) const
{
    QUrl url = baseUrl().resolved(QUrl(u"/phone"_s));
    if (!code.isEmpty())
        url.setQuery(u"code="_s + QString::fromLatin1(QUrl::toPercentEncoding(code)));
    return url;
}

void SandboxServer::injectFaults(FaultKind kind, int count, int delayMs)
{
    m_fault = kind;
    m_faultCount = kind == FaultKind::None ? 0 : count;
    m_faultDelayMs = delayMs;
}

http::HttpResponse SandboxServer::route(const http::HttpRequest &request)
{
    if (request.path == soapPath || request.path == "/soap/merchant/cashregister-2") {
        if (request.method != "POST")
            return http::HttpResponse::text("SEQR SOAP endpoint: POST a SOAP 1.1 envelope here.\n",
                                            405);
        return handleSoap(request);
    }
    // What a browser reads (the page with the control token, the control
    // API) only under a name this sandbox knows: DNS rebinding gets nothing.
    if (!isAllowedHost(request.headers.value("host")))
        return http::HttpResponse::text(
            "this sandbox answers to localhost, IP addresses and its --host-name names only\n",
            421);
    if (request.path.startsWith("/control/"))
        return inPhoneLanguage(handleControl(request), request);
    if (request.path == "/phone" || request.path == "/phone/")
        return phonePage(request);
    if (request.path == "/phone/strings")
        return jsonReply(m_strings.table(PhoneStrings::languageOf(
            request.query.queryItemValue(u"lang"_s), request.headers.value("accept-language"))));
    if (request.path == "/phone/phone.js" || request.path == "/phone/phone.css")
        return phoneFile(request.path.mid(7));
    if (request.path == "/") {
        const QByteArray text = "seqr-sandbox: a local SEQR service.\n"
                                "  SOAP endpoint: " +
                                soapUrl().toString().toUtf8() +
                                "\n"
                                "  phone page:    " +
                                phoneUrl().toString().toUtf8() +
                                "\n"
                                "  control API:   " +
                                baseUrl().toString().toUtf8() + "control/state\n";
        return http::HttpResponse::text(text, 200);
    }
    return http::HttpResponse::text("not found\n", 404);
}

http::HttpResponse SandboxServer::inPhoneLanguage(http::HttpResponse response,
                                                  const http::HttpRequest &request) const
{
    // The phone page names its language on each call; its customer reads the
    // sandbox's refusals in it. Scripts and tests without the header get the
    // English sentence as it was written.
    const QString language = QString::fromLatin1(request.headers.value(phoneLanguageHeader));
    if (response.status < 400 || (language != u"sv" && language != u"en"))
        return response;
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString english = body[u"error"_s].toString();
    if (english.isEmpty())
        return response;
    body[u"error"_s] = m_strings.sentence(language, english);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

http::HttpResponse SandboxServer::phonePage(const http::HttpRequest &request) const
{
    QFile page(u":/sandbox/phone.html"_s);
    page.open(QIODevice::ReadOnly);
    http::HttpResponse r;
    r.contentType = "text/html; charset=utf-8";
    // Same origin only: another site can neither read the token from this
    // page (no CORS) nor frame it. The app's web view (AppWebView's proxies,
    // on other ports of this host) is the only frame it shows.
    r.body = page.readAll().replace("{{CONTROL_TOKEN}}", m_options.controlToken.toLatin1());
    const QByteArray host =
        QUrl(u"http://"_s + QString::fromLatin1(request.headers.value("host"))).host().toLatin1();
    r.headers = {{"Content-Security-Policy",
                  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                  "img-src 'self'; frame-src " +
                      m_webView.frameSources(host) +
                      "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
                 {"X-Frame-Options", "DENY"},
                 {"X-Content-Type-Options", "nosniff"},
                 {"Referrer-Policy", "no-referrer"}};
    return r;
}

http::HttpResponse SandboxServer::phoneFile(const QByteArray &name) const
{
    QFile file(u":/sandbox/"_s + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return http::HttpResponse::text("not found\n", 404);
    http::HttpResponse r;
    r.contentType =
        name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    r.body = file.readAll();
    r.headers = {{"X-Content-Type-Options", "nosniff"}};
    return r;
}

std::optional<http::HttpResponse>
SandboxServer::refusedControlChange(const http::HttpRequest &request) const
{
    // A browser names the page's origin on every POST; another site's page
    // must not drive the buyer's side.
    const QByteArray origin = request.headers.value("origin");
    if (!origin.isEmpty()) {
        const QUrl url(QString::fromLatin1(origin));
        const QByteArray authority =
            (url.host() + (url.port() < 0 ? QString() : u':' + QString::number(url.port())))
                .toLatin1();
        if (authority.compare(request.headers.value("host"), Qt::CaseInsensitive) != 0)
            return jsonError(u"control requests are accepted from this sandbox's own pages only"_s,
                             403);
    }
    if (request.contentType != "application/json")
        return jsonError(u"control requests that change state must be application/json"_s, 415);
    if (!hasControlToken(request))
        return jsonError(
            u"missing or wrong X-Seqr-Control-Token (seqr-sandbox prints it at start)"_s, 403);
    return std::nullopt;
}

bool SandboxServer::hasControlToken(const http::HttpRequest &request) const
{
    const QByteArray given = request.headers.value(controlTokenHeader);
    const QByteArray mine = m_options.controlToken.toLatin1();
    // Constant time: the token is the key to every customer's data.
    if (given.size() != mine.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < mine.size(); ++i)
        difference |= char(given.at(i) ^ mine.at(i));
    return difference == 0;
}

bool SandboxServer::isAllowedHost(const QByteArray &hostHeader) const
{
    const QString host = QUrl(u"http://"_s + QString::fromLatin1(hostHeader)).host().toLower();
    if (host.isEmpty())
        return false;
    // An address in the header cannot be a rebound name; localhost and
    // *.localhost always resolve to this machine.
    if (!QHostAddress(host).isNull() || host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    for (const QString &name : m_options.hostNames) {
        if (host == name.toLower())
            return true;
    }
    return false;
}

Result<QJsonObject> SandboxServer::withWebView(Result<QJsonObject> result,
                                               const http::HttpRequest &request)
{
    // Where the phone page's web view shows a service's pages (AppWebView):
    // the order URL, and the page to go back to after a payment it triggered.
    if (!result)
        return result;
    const QString host =
        QUrl(u"http://"_s + QString::fromLatin1(request.headers.value("host"))).host();
    QJsonObject json = *result;
    const QString kind = json[u"kind"_s].toString();
    if (kind == u"service") {
        json[u"webViewUrl"_s] =
            m_webView.viewUrl(QUrl(json[u"orderUrl"_s].toString()), host).toString();
    } else if (kind == u"invoice" && !json[u"sessionToken"_s].toString().isEmpty() &&
               !json[u"returnUrl"_s].toString().isEmpty()) {
        json[u"webViewReturnUrl"_s] =
            m_webView.viewUrl(QUrl(json[u"returnUrl"_s].toString()), host).toString();
    }
    return json;
}

http::HttpResponse SandboxServer::handleSoap(const http::HttpRequest &request)
{
    Q_EMIT soapRequestReceived(request.body);
    const auto decoded = codec::decodeRequest(request.body);
    const FaultKind fault = nextFault(decoded);
    http::HttpResponse r;
    switch (fault) {
    case FaultKind::Http500:
        return http::HttpResponse::text("Internal Server Error (injected)\n", 500);
    case FaultKind::SoapFault:
        return soapFault(u"soapenv:Server"_s, u"Injected fault"_s);
    case FaultKind::MalformedBody:
        r.contentType = "text/xml; charset=utf-8";
        r.body =
            "<soapenv:Envelope "
            "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><broken";
        return r;
    case FaultKind::DroppedConnection:
        r.drop = true;
        return r;
    case FaultKind::EmptyBody:
        r.emptyBody = true;
        return r;
    case FaultKind::DroppedAfterRun:
    case FaultKind::UnansweredAfterRun:
        if (decoded)
            static_cast<void>(m_service->handle(*decoded)); // made, then lost
        [[fallthrough]];
    case FaultKind::Unanswered:
        r.drop = true;
        // Silent until the client gives up (it closes the connection first).
        if (fault != FaultKind::DroppedAfterRun)
            r.delayMs = 10 * 60 * 1000;
        return r;
    case FaultKind::SlowReply:
        r.delayMs = m_faultDelayMs; // answered properly below, but late
        break;
    case FaultKind::None:
        break;
    }
    if (!decoded)
        return soapFault(u"soapenv:Client"_s, u"Malformed request: "_s + decoded.error().detail);
    r.contentType = "text/xml; charset=utf-8";
    r.body = m_service->handle(*decoded);
    return r;
}

} // namespace kassa::sandbox
