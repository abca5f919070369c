// Load on seqr-sandbox: N tills, each on its own keep-alive connection,
// polling getPaymentStatus once a second, as real tills do while waiting.
// Starts the seqr-sandbox executable as a separate process on loopback.
//
//   bench_sandbox_load [--tills N] [--seconds S] [--sandbox PATH]
#include "core/seqr/seqrclient.h"
#include "core/seqr/seqrcodec.h"
#include "tests/bench/benchoptions.h"
#include "tests/bench/benchsandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;

namespace {

struct Till
{
    QTcpSocket *socket = nullptr;
    QByteArray request;
    QByteArray buffer;
    qint64 sentAt = -1;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchSandbox sandbox;
    const auto [tills, seconds] =
        sandbox.readCommandLine({{u"tills"_s, u"Simulated tills."_s, 2000},
                                 {u"seconds"_s, u"Measured seconds."_s, 20, u"S"_s}});

    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < rlim_t(tills) * 2 + 100) {
        std::fprintf(stderr, "open-file limit %llu is too low for %d tills\n",
                     static_cast<unsigned long long>(limit.rlim_cur), tills);
        return 2;
    }

    if (!sandbox.start({u"--ack-window"_s, u"3600"_s}))
        return 2;
    const quint16 port = sandbox.port();
    const QUrl endpoint = sandbox.soapUrl();

    // Register the tills and give each an invoice to wait for.
    std::printf("registering %d tills...\n", tills);
    std::fflush(stdout);
    SeqrClient client(SeqrClientConfig{endpoint, std::chrono::milliseconds(30000), {}});
    std::vector<Till> fleet(static_cast<size_t>(tills));
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
    for (int i = 0; i < tills; ++i) {
        const QString password = u"load-till-"_s + QString::number(i);
        auto reg = finished(client.registerTerminal(
            SandboxFixture::reseller(), u"Load/"_s + QString::number(i), password, u"Till"_s));
        if (!reg->isSuccess()) {
            std::fprintf(stderr, "register failed: %s\n", qPrintable(reg->errorDetail()));
            return 2;
        }
        client.setTerminalCredentials(Credentials::terminal(reg->response().terminalId, password));
        auto sent = finished(client.sendInvoice(SandboxFixture::invoice()));
        GetPaymentStatusRequest poll;
        poll.context.channel = u"WS"_s;
        poll.context.clientId = SeqrClient::clientId();
        poll.context.clientReference = u"load"_s + QString::number(i);
        poll.context.initiatorPrincipalId = client.terminalCredentials().principal;
        poll.context.password = password;
        poll.invoiceReference = sent->response().invoiceReference;
        const QByteArray body = codec::encodeRequest(poll);
        fleet[size_t(i)].request =
            "POST /extclientproxy/service/v2 HTTP/1.1\r\nHost: " + host +
            "\r\nContent-Type: text/xml; charset=utf-8\r\nSOAPAction: \"\"\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QElapsedTimer clock;
    clock.start();
    std::vector<double> latenciesMs;
    latenciesMs.reserve(size_t(tills) * size_t(seconds + 5));
    qint64 errors = 0;
    qint64 late = 0; // a poll due while the previous one was still open
    bool measuring = false;

    for (int i = 0; i < tills; ++i) {
        Till &till = fleet[size_t(i)];
        till.socket = new QTcpSocket(&app);
        till.socket->connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(till.socket, &QTcpSocket::readyRead, &app, [&, i] {
            Till &t = fleet[size_t(i)];
            t.buffer += t.socket->readAll();
            const qsizetype headerEnd = t.buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const qsizetype lengthAt = t.buffer.indexOf("Content-Length: ");
            const qsizetype length =
                t.buffer.mid(lengthAt + 16, t.buffer.indexOf('\r', lengthAt) - lengthAt - 16)
                    .toLongLong();
            if (t.buffer.size() < headerEnd + 4 + length)
                return;
            const QByteArray body = t.buffer.mid(headerEnd + 4, length);
            t.buffer.remove(0, headerEnd + 4 + length);
            const bool ok =
                t.buffer.isEmpty() && codec::decodeGetPaymentStatusResponse(body).hasValue();
            if (measuring) {
                latenciesMs.push_back(double(clock.nsecsElapsed() - t.sentAt) / 1e6);
                if (!ok)
                    ++errors;
            }
            t.sentAt = -1;
        });
        QObject::connect(till.socket, &QTcpSocket::errorOccurred, &app, [&] {
            if (measuring)
                ++errors;
        });
        // Each till polls once a second, the fleet spread evenly over the second.
        auto *timer = new QTimer(&app);
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(1000);
        QObject::connect(timer, &QTimer::timeout, &app, [&, i] {
            Till &t = fleet[size_t(i)];
            if (t.sentAt >= 0) {
                if (measuring)
                    ++late;
                return;
            }
            t.sentAt = clock.nsecsElapsed();
            t.socket->write(t.request);
        });
        QTimer::singleShot(i * 1000 / tills, timer, qOverload<>(&QTimer::start));
    }
    std::printf("warming up 3 s, then measuring %d s at %d polls/s...\n", seconds, tills);
    std::fflush(stdout);
    QTimer::singleShot(3000, &app, [&] { measuring = true; });
    QTimer::singleShot((3 + seconds) * 1000, &app, [&] { app.quit(); });
    app.exec();
    measuring = false;
    sandbox.stop();

    std::sort(latenciesMs.begin(), latenciesMs.end());
    auto pct = [&](double p) {
        return latenciesMs.empty() ? 0.0
                                   : latenciesMs[std::min(latenciesMs.size() - 1,
                                                          size_t(p * double(latenciesMs.size())))];
    };
    const double rate = double(latenciesMs.size()) / seconds;
    std::printf("tills %d  replies %zu  (%.0f/s)  errors %lld  skipped (previous poll open) %lld\n",
                tills, latenciesMs.size(), rate, static_cast<long long>(errors),
                static_cast<long long>(late));
    std::printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", pct(0.5), pct(0.9),
                pct(0.99), latenciesMs.empty() ? 0.0 : latenciesMs.back());
    const bool ok = errors == 0 && pct(0.99) <= 20.0 && rate >= tills * 0.98;
    std::printf("target: p99 <= 20 ms, no errors, %d req/s: %s\n", tills, ok ? "ok" : "MISSED");
    return ok ? 0 : 1;
}
