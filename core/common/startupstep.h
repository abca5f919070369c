#pragma once

#include "core/common/error.h"

#include <QString>

#include <functional>

class QObject;

namespace kassa {

// What a start-up step may do with the till it helps start (TillHost, in
// core/terminal, is the one implementation). It lies on the lowest floor so
// that a device's folder (controlunit/) can offer a step without including
// the till host above it.
class TillStartupContext
{
public:
    // Lives as long as the till: the context of the connections a step makes.
    virtual QObject *lifetime() = 0;
    // A refusal of payments that outlasts the start-up (a control unit that is
    // missing), or empty to lift it.
    virtual void setLastingRefusal(const QString &reason) = 0;
    // Something a person should know; start-up goes on.
    virtual void reportProblem(const QString &text) = 0;
    // The same for an error of the till's own (its journal's): the till
    // says it in its words, with the detail.
    virtual void reportError(const Error &error) = 0;
    // Progress a person may want to see ("Control unit … is connected.").
    virtual void announce(const QString &text) = 0;

protected:
    ~TillStartupContext() = default;
};

// One step of a till's start-up after its files are open: registration
// (demo), the shop database's link, finishing the payments an earlier run
// left, and whatever a till's devices need before it takes money (the
// control unit's identity and its held receipts, the printer). Payments are
// refused while a step runs; a step that fails says so through
// reportProblem() and start-up goes on (a device that fails never stops
// the till, it is said plainly).
class TillStartupStep
{
public:
    virtual ~TillStartupStep() = default;
    // For the cashier while it runs: why a payment must wait (translated).
    virtual QString waitingText() const = 0;
    // Runs the step and calls `done` exactly once, when it has finished
    // (never from inside run() itself: queue it when there is nothing to do).
    virtual void run(TillStartupContext &till, std::function<void()> done) = 0;
};

} // namespace kassa
