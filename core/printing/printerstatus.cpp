#include "core/printing/printerstatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace kassa::printing {

namespace {

// The translation context of these sentences.
struct PrinterText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterText)
};

} // namespace

PrinterStatus PrinterStatus::fromAnswers(char printer, char offlineCause, char paper)
{
    PrinterStatus s;
    s.known = true;
    s.drawerOpen = (printer & 0x04) != 0;
    s.offline = (printer & 0x08) != 0;
    s.coverOpen = (offlineCause & 0x04) != 0;
    s.paperOut = (offlineCause & 0x20) != 0 || (paper & 0x60) != 0;
    s.paperNearEnd = (paper & 0x0C) != 0;
    return s;
}

PrinterProblem PrinterStatus::problem() const
{
    if (!known)
        return PrinterProblem::None;
    if (paperOut)
        return PrinterProblem::PaperOut;
    if (coverOpen)
        return PrinterProblem::CoverOpen;
    if (offline)
        return PrinterProblem::Offline;
    return PrinterProblem::None;
}

QString describeProblem(PrinterProblem problem)
{
    switch (problem) {
    case PrinterProblem::None:
        return PrinterText::tr("The printer is ready");
    case PrinterProblem::PaperOut:
        return PrinterText::tr("The printer is out of paper");
    case PrinterProblem::CoverOpen:
        return PrinterText::tr("The printer's cover is open");
    case PrinterProblem::Offline:
        return PrinterText::tr("The printer is off-line");
    case PrinterProblem::Unreachable:
        return PrinterText::tr("The printer does not answer (is it on and connected?)");
    case PrinterProblem::WriteFailed:
        return PrinterText::tr("The printer stopped taking the receipt");
    case PrinterProblem::NotEscPos:
        return PrinterText::tr("The till has no receipt printer set");
    }
    return {};
}

QString describeStatus(const PrinterStatus &status)
{
    if (!status.known)
        return PrinterText::tr("the printer does not report its status");
    QStringList parts;
    if (status.paperOut)
        parts.append(PrinterText::tr("out of paper"));
    else if (status.paperNearEnd)
        parts.append(PrinterText::tr("paper nearly out"));
    if (status.coverOpen)
        parts.append(PrinterText::tr("cover open"));
    if (status.offline && !status.paperOut && !status.coverOpen)
        parts.append(PrinterText::tr("off-line"));
    if (parts.isEmpty())
        parts.append(PrinterText::tr("ready"));
    parts.append(status.drawerOpen ? PrinterText::tr("drawer open")
                                   : PrinterText::tr("drawer closed"));
    return parts.join(QStringLiteral(", "));
}

} // namespace kassa::printing
