#pragma once

#include <QString>
#include <QTest>

// What every test may use: the one wait on a condition, and the skip that
// CI does not allow.
namespace kassa::test {

// In CI (CI=true) every tool and service a test needs is installed.
inline bool isCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

// Waits until `probe` holds, the event loop running meanwhile, for at most
// `timeoutMs` (generous: a loaded machine is only slower); true when it held.
template<class Probe> bool eventually(Probe probe, int timeoutMs = 15000)
{
    return QTest::qWaitFor(probe, timeoutMs);
}

} // namespace kassa::test

// In a test slot: skips with `message` (a const char *) where a tool the test
// needs is missing, but fails under CI=true, where a skip would pass silently.
#define KASSA_SKIP(message)                                                                        \
    do {                                                                                           \
        if (kassa::test::isCi())                                                                   \
            QFAIL(message);                                                                        \
        QSKIP(message);                                                                            \
    } while (false)
