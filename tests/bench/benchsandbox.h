#pragma once

#include "core/seqr/seqrclient.h"
#include "tests/bench/benchoptions.h"
#include "tests/support/freeport.h"
#include "tests/support/sandboxfixture.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrl>

#include <array>
#include <cstddef>
#include <cstdio>
#include <memory>

// The seqr-sandbox executable as a process of its own on a free loopback
// port, as the benchmarks run it (so its CPU time is not the bench's).
class BenchSandbox
{
public:
    // Reads the bench's command line: --help, its `counts` (their values,
    // as readBenchCounts) and --sandbox PATH, the executable start() runs
    // (by default the one built beside).
    template<std::size_t N> std::array<int, N> readCommandLine(const BenchCount (&counts)[N])
    {
        const QCommandLineOption sandbox(
            QStringLiteral("sandbox"), QStringLiteral("seqr-sandbox executable."),
            QStringLiteral("PATH"),
            QCoreApplication::applicationDirPath() +
                QStringLiteral("/../../app/seqr-sandbox/seqr-sandbox"));
        QCommandLineParser parser;
        const std::array<int, N> values = readBenchCounts(parser, counts, {sandbox});
        m_program = parser.value(sandbox);
        return values;
    }

    // Starts the sandbox with `arguments` beside --port and --control-token;
    // false (and said on stderr) when it did not start and answer.
    bool start(const QStringList &arguments)
    {
        m_port = kassa::test::freePort();
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(m_program, QStringList{QStringLiteral("--port"), QString::number(m_port),
                                               QStringLiteral("--control-token"), controlToken()} +
                                       arguments);
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000)) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(m_program));
            return false;
        }
        return true;
    }

    // start(), then registeredClient(): the client, or null when either failed.
    std::unique_ptr<kassa::seqr::SeqrClient> startRegistered(const QStringList &arguments,
                                                             const QString &name,
                                                             const QString &password,
                                                             const QString &shopName)
    {
        if (!start(arguments))
            return nullptr;
        return registeredClient(name, password, shopName);
    }

    void stop()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>
    QString base() const { return QStringLiteral("http://127.0.0.1:") + QString::number(m_port); }
    QUrl soapUrl() const { return QUrl(base() + QStringLiteral("/extclientproxy/service/v2")); }
    static QString controlToken() { return QStringLiteral("bench-control-token-0123456789"); }

    // The buyer pays invoice `reference` with the PIN, as the phone page
    // does (the control API); the reply, owned by the caller.
    QNetworkReply *pay(QNetworkAccessManager &network, const QString &reference) const
    {
        QNetworkRequest request(QUrl(base() + QStringLiteral("/control/pay")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Seqr-Control-Token", controlToken().toLatin1());
        return network.post(request, "{\"invoiceReference\":\"" + reference.toUtf8() +
                                         "\",\"pin\":\"1234\"}");
    }

    // A client of the sandbox registered as terminal `name` (with the
    // sandbox's reseller) and holding its credentials; null when that failed.
    std::unique_ptr<kassa::seqr::SeqrClient>
    registeredClient(const QString &name, const QString &password, const QString &shopName)
    {
        auto client = std::make_unique<kassa::seqr::SeqrClient>(
            kassa::seqr::SeqrClientConfig{soapUrl(), std::chrono::milliseconds(10000), {}});
        auto reg = finished(
            client->registerTerminal(SandboxFixture::reseller(), name, password, shopName));
        if (!reg->isSuccess())
            return nullptr;
        client->setTerminalCredentials(
            kassa::seqr::Credentials::terminal(reg->response().terminalId, password));
        return client;
    }

private:
    QString m_program;
    QProcess m_process;
    quint16 m_port = 0;
};
