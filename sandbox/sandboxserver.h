#pragma once

#include "core/common/result.h"
#include "sandbox/appwebview.h"
#include "sandbox/httpserver.h"
#include "sandbox/phonestrings.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace kassa::sandbox {

class SandboxService;

// Misbehaviour on demand for the next N SOAP requests.
enum class FaultKind
{
    None,
    Http500,
    SoapFault,
    MalformedBody,
    SlowReply,
    DroppedConnection,
    EmptyBody
};
std::optional<FaultKind> faultKindFromName(QStringView name);

struct SandboxServerOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0;    // 0: any free port
    QString tlsCertFile; // PEM chain; with tlsKeyFile, serve HTTPS
    QString tlsKeyFile;
    int maxConnections = HttpServer::defaultMaxConnections; // one more gets 503
    int idleTimeoutMs = HttpServer::defaultIdleTimeoutMs;   // 0: keep idle connections open
    QString controlToken; // for the control API's state changes; empty: a fresh one per run
};

// SEQR over HTTP: the SOAP endpoint (/extclientproxy/service/v2, and the
// older /soap/merchant/cashregister-2), the JSON control API (/control/...)
// and the phone page (/phone). Owns nothing but its HTTP server; the service
// is the caller's.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    static constexpr auto soapPath = "/extclientproxy/service/v2";

    SandboxServer(SandboxService *service, SandboxServerOptions options, QObject *parent = nullptr);

    Status start();
    QUrl baseUrl() const;
    QUrl soapUrl() const;
    // The phone page; with `code`, one that scans it at once (an invoice's QR
    // text or SEQR:// link, a till's sticker, a service's QR).
    QUrl phoneUrl(const QString &code = {}) const;
    // The control API changes state only for a POST with Content-Type
    // application/json and header X-Seqr-Control-Token: this token (the
    // phone page gets it same-origin, in the page; scripts from the
    // executable's banner or --control-token). A foreign Origin is refused.
    QString controlToken() const { return m_options.controlToken; }
    static constexpr auto controlTokenHeader = "x-seqr-control-token";
    // "sv" or "en": the control API's refusals (its "error") in that language.
    static constexpr auto phoneLanguageHeader = "x-seqr-language";

    void injectFaults(FaultKind kind, int count, int delayMs = 3000);
    int pendingFaults() const { return m_faultCount; }

private:
    HttpResponse route(const HttpRequest &request);
    HttpResponse handleSoap(const HttpRequest &request);
    HttpResponse handleControl(const HttpRequest &request);
    HttpResponse inPhoneLanguage(HttpResponse response, const HttpRequest &request) const;
    std::optional<HttpResponse> refusedControlChange(const HttpRequest &request) const;
    HttpResponse phonePage(const HttpRequest &request) const;
    HttpResponse phoneFile(const QByteArray &name) const;
    Result<QJsonObject> withWebView(Result<QJsonObject> result, const HttpRequest &request);

    SandboxService *m_service;
    SandboxServerOptions m_options;
    HttpServer m_http;
    AppWebView m_webView;
    PhoneStrings m_strings;
    FaultKind m_fault = FaultKind::None;
    int m_faultCount = 0;
    int m_faultDelayMs = 3000;
};

} // namespace kassa::sandbox
