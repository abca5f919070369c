#pragma once

#include "core/common/result.h"
#include "core/http/httpserver.h"
#include "core/seqr/messages.h"
#include "sandbox/appwebview.h"
#include "sandbox/phonestrings.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
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
    DroppedConnection, // lost before SEQR ran it
    EmptyBody,
    DroppedAfterRun, // SEQR ran it, then its answer was lost
    // Lost without a word: the connection stays open and silent (the client
    // waits until its own timeout), before or after SEQR ran the request.
    Unanswered,
    UnansweredAfterRun,
};
std::optional<FaultKind> faultKindFromName(QStringView name);
QString faultKindName(FaultKind kind);

// Faults at random, for campaigns: each SOAP request of `operations` (every
// operation when empty) meets one of `kinds` (picked at random) with a
// probability of `percent` in 100. Each operation draws from its own
// generator seeded from `seed`, so the faults one operation meets do not
// depend on how many requests of another (polls) came between: a run with
// the same seed meets the same faults on the same sendInvoice or
// refundPayment. percent 0 switches them off.
struct RandomFaults
{
    int percent = 0;
    quint32 seed = 1;
    QList<FaultKind> kinds{FaultKind::DroppedConnection, FaultKind::DroppedAfterRun};
    QList<seqr::Operation> operations;
};

struct SandboxServerOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0;    // 0: any free port
    QString tlsCertFile; // PEM chain; with tlsKeyFile, serve HTTPS
    QString tlsKeyFile;
    int maxConnections = http::HttpServer::defaultMaxConnections; // one more gets 503
    int idleTimeoutMs = http::HttpServer::defaultIdleTimeoutMs;   // 0: keep idle connections open
    QString controlToken; // for the control API; empty: a fresh one per run
    // A request that began must be whole within this (else 408); 0: no limit.
    int requestTimeoutMs = http::HttpServer::defaultRequestTimeoutMs;
    // Host names the phone page, the control API and the web views answer
    // to besides localhost (and *.localhost) and IP addresses: any other
    // name is refused, so a DNS rebinding page cannot read them.
    QStringList hostNames;
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
    // The control API answers only with header X-Seqr-Control-Token: this
    // token (the phone page gets it same-origin, in the page; scripts from
    // the executable's banner or --control-token) — GETs too, as they show
    // customers' tokens and phone numbers. State changes also need a POST
    // with Content-Type application/json; a foreign Origin is refused.
    QString controlToken() const { return m_options.controlToken; }
    static constexpr auto controlTokenHeader = "x-seqr-control-token";
    // "sv" or "en": the control API's refusals (its "error") in that language.
    static constexpr auto phoneLanguageHeader = "x-seqr-language";

    void injectFaults(FaultKind kind, int count, int delayMs = 3000);
    int pendingFaults() const { return m_faultCount; }
    // Counted faults (injectFaults) come first; then these.
    void setRandomFaults(const RandomFaults &faults);
    // How many faults were injected at random, keyed "sendInvoice/dropAfter".
    QMap<QString, int> randomFaultsInjected() const { return m_randomInjected; }

Q_SIGNALS:
    // A SOAP request arrived (its body as sent), before any fault is injected:
    // tests check what a till sends against the WSDL's schema.
    void soapRequestReceived(const QByteArray &body);

private:
    http::HttpResponse route(const http::HttpRequest &request);
    http::HttpResponse handleSoap(const http::HttpRequest &request);
    http::HttpResponse randomFaultsFromJson(const QJsonObject &body);
    FaultKind nextFault(const Result<seqr::AnyRequest> &decoded);
    // sandboxcontrol.cpp: /control/… — queries (GET), what the buyer's app
    // does (null: not such an action), and the sandbox's set-up.
    http::HttpResponse handleControl(const http::HttpRequest &request);
    http::HttpResponse controlQuery(const QByteArray &action, const http::HttpRequest &request);
    std::optional<http::HttpResponse> buyerAction(const QByteArray &action, const QJsonObject &body,
                                                  const http::HttpRequest &request);
    http::HttpResponse serviceAction(const QByteArray &action, const QJsonObject &body,
                                     const http::HttpRequest &request);
    http::HttpResponse setupAction(const QByteArray &action, const QJsonObject &body);
    http::HttpResponse inPhoneLanguage(http::HttpResponse response,
                                       const http::HttpRequest &request) const;
    std::optional<http::HttpResponse> refusedControlChange(const http::HttpRequest &request) const;
    bool hasControlToken(const http::HttpRequest &request) const;
    // Is the Host header one this sandbox answers to (see hostNames)?
    bool isAllowedHost(const QByteArray &hostHeader) const;
    http::HttpResponse phonePage(const http::HttpRequest &request) const;
    http::HttpResponse phoneFile(const QByteArray &name) const;
    Result<QJsonObject> withWebView(Result<QJsonObject> result, const http::HttpRequest &request);

    SandboxService *m_service;
    SandboxServerOptions m_options;
    http::HttpServer m_http;
    AppWebView m_webView;
    PhoneStrings m_strings;
    FaultKind m_fault = FaultKind::None;
    int m_faultCount = 0;
    int m_faultDelayMs = 3000;
    RandomFaults m_random;
    QHash<int, QRandomGenerator> m_randomByOperation;
    QMap<QString, int> m_randomInjected;
};

} // namespace kassa::sandbox
