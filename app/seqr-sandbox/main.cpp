// seqr-sandbox: a local SEQR service for demos, tests and integrators.
#include "core/common/commandline.h"
#include "core/common/console.h"
#include "core/common/stopsignals.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::sandbox;

namespace {

// The command line: its options, and what they say for the service and for
// its server (or the sentence of the first one that is wrong).
struct CommandLine
{
    const QCommandLineOption port{u"port"_s, u"TCP port (default 8090; 0 picks a free one)."_s,
                                  u"N"_s, u"8090"_s};
    const QCommandLineOption bind{u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s,
                                  u"ADDR"_s, u"127.0.0.1"_s};
    const QCommandLineOption reseller{u"reseller"_s,
                                      u"A shop account; repeatable. Replaces the default."_s,
                                      u"ID:USERID:PASSWORD"_s};
    const QCommandLineOption autopay{u"autopay-after"_s,
                                     u"Pay every new invoice after S seconds (demos)."_s, u"S"_s};
    const QCommandLineOption state{u"state"_s, u"Keep state in FILE across restarts."_s, u"FILE"_s};
    const QCommandLineOption tlsCert{u"tls-cert"_s,
                                     u"Serve HTTPS with this PEM certificate chain."_s, u"FILE"_s};
    const QCommandLineOption tlsKey{u"tls-key"_s, u"The PEM private key for --tls-cert."_s,
                                    u"FILE"_s};
    const QCommandLineOption ackWindow{
        u"ack-window"_s,
        u"Seconds within which a till must see PAID, or the payment is reversed (default 20)."_s,
        u"S"_s, u"20"_s};
    const QCommandLineOption notReady{
        u"not-ready-count"_s,
        u"executeReport answers REPORT_NOT_READY this many times per period (default 1)."_s, u"N"_s,
        u"1"_s};
    const QCommandLineOption maxConnections{
        u"max-connections"_s,
        u"Open connections at most; one more is answered 503 (default 4096)."_s, u"N"_s,
        QString::number(http::HttpServer::defaultMaxConnections)};
    const QCommandLineOption idleTimeout{
        u"idle-timeout"_s, u"Close a connection idle for S seconds (default 60; 0 never)."_s,
        u"S"_s, QString::number(http::HttpServer::defaultIdleTimeoutMs / 1000)};
    const QCommandLineOption hostName{
        u"host-name"_s,
        u"A host name the phone page and control API answer to besides localhost and IP "
        "addresses (DNS names are refused otherwise); repeatable."_s,
        u"NAME"_s};
    const QCommandLineOption controlToken{
        u"control-token"_s,
        u"The control API's token for state changes (default: a fresh one, printed at start)."_s,
        u"TOKEN"_s};
    const QCommandLineOption serviceOption{
        u"service"_s,
        u"An external service in the SEQR app; repeatable. Its order, success, failure and "
        "cancel URLs are BASE_URL + /order, /success, /failure, /cancel."_s,
        u"ID=BASE_URL"_s};
    const QCommandLineOption servicesFile{
        u"services"_s,
        u"External services from a JSON file: [{\"id\", \"orderUrl\", \"successUrl\", "
        "\"failureUrl\", \"cancelUrl\"} or {\"id\", \"baseUrl\"}, …]."_s,
        u"FILE"_s};
    const QCommandLineOption sessionLifetime{
        u"session-lifetime"_s,
        u"Seconds a service's TOKEN stays valid for getClientSessionInfo (default 900)."_s, u"S"_s,
        u"900"_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({port, bind, reseller, autopay, state, tlsCert, tlsKey, ackWindow,
                           notReady, maxConnections, idleTimeout, controlToken, serviceOption,
                           servicesFile, sessionLifetime, hostName});
    }
    Result<SandboxOptions> serviceOptions(const QCommandLineParser &parser) const;
    Result<SandboxServerOptions> serverOptions(const QCommandLineParser &parser) const;
};

Error wrong(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

Result<SandboxOptions> CommandLine::serviceOptions(const QCommandLineParser &parser) const
{
    SandboxOptions options;
    for (const QString &spec : parser.values(reseller)) {
        const QStringList parts = spec.split(u':');
        if (parts.size() != 3 || parts.contains(QString()))
            return wrong(u"--reseller wants ID:USERID:PASSWORD, got "_s + spec);
        options.resellers.append(Reseller{parts[0], parts[1], parts[2], u"Shop "_s + parts[0]});
    }
    bool ok = true;
    const double ackSeconds = parser.value(ackWindow).toDouble(&ok);
    if (!ok || ackSeconds <= 0)
        return wrong(u"--ack-window wants a positive number of seconds"_s);
    options.ackWindowMs = int(ackSeconds * 1000);
    options.notReadyCount = parser.value(notReady).toInt(&ok);
    if (!ok || options.notReadyCount < 0)
        return wrong(u"--not-ready-count wants a number >= 0"_s);
    if (parser.isSet(autopay)) {
        const double seconds = parser.value(autopay).toDouble(&ok);
        if (!ok || seconds < 0)
            return wrong(u"--autopay-after wants a number of seconds >= 0"_s);
        options.autopayAfterMs = int(seconds * 1000);
    }
    options.stateFile = parser.value(state);
    for (const QString &spec : parser.values(serviceOption)) {
        auto parsed = SandboxService::serviceFromSpec(spec);
        if (!parsed)
            return wrong(u"--service: "_s + parsed.error().detail);
        options.services.append(*parsed);
    }
    for (const QString &path : parser.values(servicesFile)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return wrong(u"--services: cannot read "_s + path + u": "_s + file.errorString());
        auto parsed = SandboxService::servicesFromJson(file.readAll());
        if (!parsed)
            return wrong(u"--services "_s + path + u": "_s + parsed.error().detail);
        options.services.append(*parsed);
    }
    const double lifetimeSeconds = parser.value(sessionLifetime).toDouble(&ok);
    if (!ok || lifetimeSeconds <= 0)
        return wrong(u"--session-lifetime wants a positive number of seconds"_s);
    options.sessionLifetimeMs = qint64(lifetimeSeconds * 1000);

    return options;
}

Result<SandboxServerOptions> CommandLine::serverOptions(const QCommandLineParser &parser) const
{
    bool ok = true;
    SandboxServerOptions serverOptions;
    if (!serverOptions.bind.setAddress(parser.value(bind)))
        return wrong(u"--bind wants an IP address, got "_s + parser.value(bind));
    const int portNumber = parser.value(port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return wrong(u"--port wants 0-65535"_s);
    serverOptions.port = quint16(portNumber);
    serverOptions.tlsCertFile = parser.value(tlsCert);
    serverOptions.tlsKeyFile = parser.value(tlsKey);
    serverOptions.controlToken = parser.value(controlToken);
    serverOptions.hostNames = parser.values(hostName);
    if (parser.isSet(controlToken) && serverOptions.controlToken.size() < 16)
        return wrong(u"--control-token wants at least 16 characters"_s);
    serverOptions.maxConnections = parser.value(maxConnections).toInt(&ok);
    if (!ok || serverOptions.maxConnections < 1)
        return wrong(u"--max-connections wants a number >= 1"_s);
    const double idleSeconds = parser.value(idleTimeout).toDouble(&ok);
    if (!ok || idleSeconds < 0)
        return wrong(u"--idle-timeout wants a number of seconds >= 0"_s);
    serverOptions.idleTimeoutMs = int(idleSeconds * 1000);
    if (serverOptions.tlsCertFile.isEmpty() != serverOptions.tlsKeyFile.isEmpty())
        return wrong(u"--tls-cert and --tls-key go together"_s);

    return serverOptions;
}

} // namespace

int main(int argc, char **argv)
{
    // Qt's own poll() event loop rather than GLib's: with thousands of open
    // connections GLib's per-turn bookkeeping and its linear search on every
    // socket-notifier change cost more than the requests themselves
    // (bench_sandbox_load). Set before the application object is made,
    // which is when Qt chooses its event dispatcher.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    setProgramIdentity(u"seqr-sandbox"_s);

    QCommandLineParser parser;
    describeCommandLine(
        parser,
        u"A local SEQR merchant service: SOAP endpoint, buyer control API and phone page.\n"
        "Default reseller (shop account): id 900100, user 9900, password demo-reseller-pw."_s);
    const CommandLine commandLine;
    commandLine.addTo(parser);
    parser.process(app);
    const auto options = commandLine.serviceOptions(parser);
    if (!options)
        return kassa::failLine(options.error().detail);
    const auto serverOptions = commandLine.serverOptions(parser);
    if (!serverOptions)
        return kassa::failLine(serverOptions.error().detail);

    SandboxService service(*options);
    if (!service.loadError().isEmpty())
        return kassa::failLine(service.loadError());
    SandboxServer server(&service, *serverOptions);
    if (auto started = server.start(); !started)
        return kassa::failLine(started.error().detail);
    kassa::quitOnStopSignals(app, "seqr-sandbox: stopping");

    std::printf("seqr-sandbox %s listening\n  SOAP endpoint: %s\n  phone page:    %s\n  control "
                "API:   %scontrol/state\n  control token: %s\n",
                KASSA_VERSION, qPrintable(server.soapUrl().toString()),
                qPrintable(server.phoneUrl().toString()), qPrintable(server.baseUrl().toString()),
                qPrintable(server.controlToken()));
    std::fflush(stdout);
    const int code = app.exec();
    service.save();
    return code;
}
