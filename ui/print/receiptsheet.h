#pragma once

#include "core/common/result.h"
#include "core/receipt/receiptcontent.h"

#include <QByteArray>
#include <QString>

namespace kassa::print {

// A receipt as a PDF written by hand (kassa-cli has no widgets or fonts):
// one page 80 mm wide and as long as the receipt, core's layout at 42
// columns in Courier, the marks and the total twice the size in bold (as
// the window's PDF and the receipt printer have them). Barcodes and QR
// codes are written as their data in words, which the receipt holds anyway.
class ReceiptSheet final
{
public:
    static QByteArray pdf(const ReceiptContent &content);
    // pdf() written to `path` in one go (QSaveFile); StorageFailed with the
    // system's reason when it cannot be written.
    static Status writePdf(const ReceiptContent &content, const QString &path);
};

} // namespace kassa::print
