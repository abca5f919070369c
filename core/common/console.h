#pragma once

#include <QString>

// The lines a command-line program (the sandboxes) writes: what happens on
// standard output, flushed at once so that a script reads each line as it
// comes; a problem on standard error after the program's name
// (QCoreApplication::applicationName()).
namespace kassa {

void sayLine(const QString &line);
// "<program>: <message>" on standard error; returns the exit status 2.
int failLine(const QString &message);

} // namespace kassa
