#pragma once

#include <functional>

class QCoreApplication;
class QObject;

// SIGINT and SIGTERM for a program with an event loop. A signal handler may
// do next to nothing safely, so it only writes the signal's number to a
// socket pair; `handler` runs on the event loop's thread with that number,
// where it may do anything (cancel a payment, save state, quit). One per
// process: a second call replaces the first's handler.
namespace kassa {

void onStopSignals(QObject *context, std::function<void(int signalNumber)> handler);

// The usual handler: `app` quits (so exec() returns, state is saved and
// sockets are closed), after `farewell` on stderr when one is given.
void quitOnStopSignals(QCoreApplication &app, const char *farewell = nullptr);

} // namespace kassa
