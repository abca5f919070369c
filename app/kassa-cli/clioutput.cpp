#include "app/kassa-cli/clioutput.h"

#include <cstdio>

using namespace Qt::StringLiterals;
using kassa::Money;

void printOut(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fflush(stderr);
}

QString money(const Money &m)
{
    return m.toDecimalString() + u' ' + m.currency().code();
}
