#include "core/common/console.h"

#include <QCoreApplication>

#include <cstdio>

namespace kassa {

void sayLine(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int failLine(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                 qPrintable(message));
    return 2;
}

} // namespace kassa
