// From the customer's "pay" to the till knowing PAID, over 50 payments with
// the real 1 s polling, and the till's CPU time per poll cycle. The sandbox
// runs as its own process (the seqr-sandbox executable); this process is the
// till (PaymentSession + journal + SeqrClient), so its CPU time is the till's.
//
//   bench_payment [--payments N] [--sandbox PATH]
#include "core/payment/paymentsession.h"
#include "tests/bench/benchoptions.h"
#include "tests/bench/benchsandbox.h"
#include "tests/bench/benchtimer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;

namespace {

// The process's CPU time, all threads (QNetworkAccessManager's HTTP thread
// too), from the scheduler's exact count — getrusage() is sampled at clock
// ticks and far too coarse for sub-millisecond work.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Sleeps in the event loop until `done` holds, checked whenever the session
// reports something (no busy waiting: the CPU measurement must see only the
// till's own work).
template<class Predicate> bool waitUntil(PaymentSession &session, Predicate done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&session, &PaymentSession::statusReceived, &loop, check);
    QObject::connect(&session, &PaymentSession::stateChanged, &loop, check);
    loop.exec();
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"kassa.*.info=false"_s);
    BenchSandbox sandbox;
    const auto [count] = sandbox.readCommandLine({{u"payments"_s, u"Payments to time."_s, 50}});
    auto client = sandbox.startRegistered({}, u"Bench/1"_s, u"bench-password-1"_s, u"Bench"_s);
    if (!client)
        return 2;
    QTemporaryDir dir;
    auto journal = journal::Journal::open(dir.filePath(u"journal.sqlite"_s));
    QNetworkAccessManager customer;

    PaymentRequest request;
    const Money price = *Money::parse(u"49.90", u"SEK");
    request.rows = {journal::SaleRow{u"Kaffe"_s,
                                     {},
                                     {},
                                     Decimal::fromInteger(1),
                                     u"st"_s,
                                     price,
                                     price,
                                     Decimal::fromInteger(12)}};

    std::vector<double> latencies;
    std::printf("timing %d payments with 1 s polling...\n", count);
    std::fflush(stdout);
    for (int i = 0; i < count; ++i) {
        PaymentSession session(client.get(), journal->get(), u"Bench"_s);
        session.start(request);
        if (!waitUntil(
                session, [&] { return session.lastStatus() == InvoiceStatus::Issued; }, 10000))
            return 2;
        // The customer pays at some moment between two polls: the moments
        // are spread evenly over the second, so the median is not luck.
        sleepMs(i * 1000 / count);
        QElapsedTimer latency;
        latency.start();
        std::unique_ptr<QNetworkReply> reply(sandbox.pay(customer, session.invoiceReference()));
        if (!waitUntil(
                session, [&] { return session.state() == PaymentSession::State::Paid; }, 5000))
            return 2;
        latencies.push_back(double(latency.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    const double median = latencies[latencies.size() / 2];
    const double max = latencies.back();
    std::printf(
        "pay -> PAID journaled and receipt confirmed: median %.0f ms, p90 %.0f ms, max %.0f ms "
        "(targets: median <= 600, max <= 1100)\n",
        median, latencies[latencies.size() * 9 / 10], max);

    // CPU per poll cycle: one payment waiting for 30 polls.
    PaymentSession waiting(client.get(), journal->get(), u"Bench"_s);
    waiting.start(request);
    waitUntil(
        waiting, [&] { return waiting.polls() >= 2; }, 10000);
    const int pollsBefore = waiting.polls();
    const double cpuBefore = cpuMs();
    waitUntil(
        waiting,
        [&] {
            return waiting.polls() >= pollsBefore + 30 &&
                   waiting.lastStatus() == InvoiceStatus::Issued;
        },
        40000);
    const double perPoll = (cpuMs() - cpuBefore) / (waiting.polls() - pollsBefore);
    std::printf("till CPU time per poll cycle: %.3f ms (target <= 0.3 ms)\n", perPoll);
    // The floor on this machine: the same event loop waking once a second
    // with nothing to do (the waiting payment canceled first).
    waiting.cancel();
    waitUntil(
        waiting, [&] { return waiting.isFinished(); }, 10000);
    const double idleBefore = cpuMs();
    for (int i = 0; i < 10; ++i)
        sleepMs(1000);
    std::printf("  for comparison, an idle Qt event loop waking once a second: %.3f ms per wake\n",
                (cpuMs() - idleBefore) / 10);
    sandbox.stop();
    const bool ok = median <= 600 && max <= 1100 && perPoll <= 0.3;
    std::printf("%s\n", ok ? "ok" : "MISSED");
    return ok ? 0 : 1;
}
