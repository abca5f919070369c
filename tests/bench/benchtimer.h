#pragma once

#include <QString>

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
