#pragma once

#include <QString>

namespace kassa::printing {

// Why a print job did not print (or a printer cannot print now).
enum class PrinterProblem
{
    None,
    PaperOut, // the paper ran out (before or while printing)
    CoverOpen,
    Offline,     // the printer says it is off-line (an error, the feed button)
    Unreachable, // no connection: switched off, unplugged, a wrong address or device
    WriteFailed, // the connection broke while sending, or the printer took too long
    NotEscPos,   // the till's printer is a system printer or none
};

// What a receipt printer reports to DLE EOT 1, 2 and 4.
struct PrinterStatus
{
    bool known = false; // the printer answered (a CUPS queue and some USB printers cannot)
    bool offline = false;
    bool paperOut = false;
    bool paperNearEnd = false;
    bool coverOpen = false;
    bool drawerOpen = false; // the drawer connector's switch (pin 3)

    // From the answers to DLE EOT 1 (printer), 2 (off-line cause) and 4 (paper).
    static PrinterStatus fromAnswers(char printer, char offlineCause, char paper);
    // The problem that stops printing; None when it can print.
    PrinterProblem problem() const;

    friend bool operator==(const PrinterStatus &, const PrinterStatus &) = default;
};

// The problem as a sentence for the cashier (translated, context
// "PrinterText"), e.g. "The printer is out of paper". kassa-cli and the
// windows add what happens to the receipt.
QString describeProblem(PrinterProblem problem);
// The status as a line: "ready", "out of paper", "cover open", … (translated).
QString describeStatus(const PrinterStatus &status);

} // namespace kassa::printing
