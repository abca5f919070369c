#include "core/common/stopsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace kassa {

namespace {

int g_pipe[2] = {-1, -1};
std::function<void(int)> g_handler;

void writeSignal(int signalNumber)
{
    const auto byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}

} // namespace

void onStopSignals(QObject *context, std::function<void(int signalNumber)> handler)
{
    g_handler = std::move(handler);
    if (g_pipe[0] >= 0)
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        unsigned char signalNumber = 0;
        if (::read(g_pipe[0], &signalNumber, 1) == 1 && g_handler)
            g_handler(signalNumber);
    });
    struct sigaction action = {};
    action.sa_handler = writeSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void quitOnStopSignals(QCoreApplication &app, const char *farewell)
{
    onStopSignals(&app, [&app, farewell](int) {
        if (farewell)
            std::fprintf(stderr, "%s\n", farewell);
        app.quit();
    });
}

} // namespace kassa
