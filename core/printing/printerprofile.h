#pragma once

#include <QJsonObject>
#include <QString>

namespace kassa::printing {

// What a receipt printer is like, as the person who installs the till sets
// it: the paper's width, the character table, whether it cuts, and how its
// drawer port opens the cash drawer.
struct PrinterProfile
{
    enum class CodePageChoice
    {
        Auto,  // PC865, or PC858 when a receipt needs the euro sign
        Pc865, // the printer has no PC858: a € prints as '?'
        Pc858,
    };

    int paperMm = 80;
    int columns = 48; // characters of Font A per line: 48 on 80 mm, 32 on 58 mm
    int dots = 576;   // printable dots per line: 576 on 80 mm, 384 on 58 mm
    CodePageChoice codePage = CodePageChoice::Auto;
    bool cutter = true;
    int drawerPin = 2;       // the drawer connector's pin: 2 or 5
    int drawerPulseMs = 100; // how long the pulse is on (2–510 ms)
    QString logoPath;        // a PNG printed at the top of every receipt; empty: none

    // 80 mm or 58 mm paper (any other width is taken as the nearer of the two).
    static PrinterProfile forPaper(int paperMm);

    // As till.json keeps it: {"paperMm", "codePage" ("auto", "pc865",
    // "pc858"), "cutter", "drawerPin", "drawerPulseMs", "logo"}; what is
    // missing or out of range takes the default.
    QJsonObject toJson() const;
    static PrinterProfile fromJson(const QJsonObject &json);

    friend bool operator==(const PrinterProfile &, const PrinterProfile &) = default;
};

} // namespace kassa::printing
