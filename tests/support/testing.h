#pragma once

#include <QProcessEnvironment>
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

// The environment of a program a test starts on its own X display
// (`display`, the xcb platform), with `home` as its home and runtime folder.
inline QProcessEnvironment onDisplay(const QString &display, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("HOME"), home);
    return env;
}

// The one way to say "and nothing more happens": watches for `windowMs`
// that `unwanted` stays false, the event loop running meanwhile; true when it
// never turned true. Only for the absence of something that, when broken,
// would come within the window (a second signal, a retry that was due): a
// test that waits for something to happen uses eventually(). Prefer a cause
// the test can see (a clock it can advance, a state that says "no more") when
// there is one.
template<class Probe> bool nothingMoreFor(int windowMs, Probe unwanted)
{
    return !QTest::qWaitFor(unwanted, windowMs);
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
