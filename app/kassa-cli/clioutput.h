#pragma once

#include "core/money/money.h"

#include <QString>

// kassa-cli's output: progress and results to stdout, errors to stderr,
// flushed at once (a script reading the pipe sees every line as it comes).
void printOut(const QString &text);
void printErr(const QString &text);
// An amount as kassa-cli prints it: "12.50 SEK".
QString money(const kassa::Money &m);
