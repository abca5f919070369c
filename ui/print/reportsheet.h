#pragma once

#include "core/common/result.h"
#include "core/receipt/receiptcontent.h"

#include <QByteArray>
#include <QString>

namespace kassa::print {

// A report (the X and Z day reports) as a PDF: A4 pages of the report's
// plain text in a monospaced standard font (Courier, WinAnsiEncoding:
// Swedish letters print), the marks in bold — written by hand like the
// service sheet, so kassa-cli and the manager's tools need no display or
// fonts and write the very same file.
class ReportSheet final
{
public:
    static QByteArray pdf(const ReceiptContent &content, int columns = 48);
    // pdf() written to `path` in one go (no half file left); StorageFailed with the system's
    // reason.
    static Status writePdf(const ReceiptContent &content, const QString &path, int columns = 48);
};

} // namespace kassa::print
