#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

// Runs `body` in rounds and reports the median time per call against a target.
// Returns true when the median meets the target.
template<class Body>
bool benchmark(const char *name, double targetMicros, int callsPerRound, int rounds, Body body)
{
    using clock = std::chrono::steady_clock;
    for (int i = 0; i < callsPerRound; ++i) // warm up
        body();
    std::vector<double> perCall;
    for (int r = 0; r < rounds; ++r) {
        const auto start = clock::now();
        for (int i = 0; i < callsPerRound; ++i)
            body();
        const std::chrono::duration<double, std::micro> elapsed = clock::now() - start;
        perCall.push_back(elapsed.count() / callsPerRound);
    }
    std::sort(perCall.begin(), perCall.end());
    const double median = perCall[perCall.size() / 2];
    const bool ok = median <= targetMicros;
    std::printf("%-48s median %10.2f us  (target <= %.0f us)  %s\n", name, median, targetMicros,
                ok ? "ok" : "MISSED");
    return ok;
}

// The value below which the fraction `p` of `values` lie (0 when empty).
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Runs the event loop until `done` holds; false after `timeoutMs`.
template<class Predicate> bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Sleeps `ms` in the event loop.
inline void sleepMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// This process's resident memory in KiB (0 when /proc cannot say).
inline qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
