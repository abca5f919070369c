#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptsettings.h"

#include <QImage>
#include <QString>
#include <QStringList>

class QPainter;
class QPrinter;
class QWidget;

namespace kassa::ui {

// A receipt on paper through QPrinter or in a PDF: core's receipt content
// (core/receipt/receiptbuilder.h: shop, rows, VAT per rate, total, tenders,
// date, time and receipt number; "copy" on reprints) laid out by core's
// rules at 42 columns in a monospaced font on an 80 mm roll — the marks and
// the total twice the size, in bold — with its barcodes (each SEQR
// ersReference as Code 128, so a refund can scan it) and QR code drawn.
// The ESC/POS printers print the same content (core/printing).
class ReceiptPrinter
{
public:
    ReceiptPrinter(const journal::Sale &sale, const ReceiptSettings &settings, bool copy = false);
    // Any receipt-like content (a refund receipt).
    explicit ReceiptPrinter(ReceiptContent content);

    // The receipt as plain text, 42 columns.
    QString text() const;
    // Sets the page (80 mm wide, as long as the receipt) and prints.
    Status print(QPrinter *printer) const;
    // Paints onto an already set-up printer (print preview uses this).
    void paint(QPrinter *printer) const;
    Status writePdf(const QString &path) const;
    // Opens a print preview (window-modal on `parent`) from which it can be
    // printed on any installed printer; `printerName` preselects one.
    void preview(QWidget *parent, const QString &printerName = {}) const;

    // The one copy of receipt `receiptNumber`: recorded in the journal
    // (a second is refused with a sentence), then written marked KOPIA with
    // the copy's control code when the unit signed it already.
    static Status writeCopyPdf(journal::Journal &journal, qint64 receiptNumber,
                               const ReceiptSettings &settings, const QString &cashierId,
                               const QString &path);

    // Code 128 with a quiet zone, `moduleWidth` pixels per module.
    static QImage code128(const QString &text, int moduleWidth, int height);

private:
    ReceiptContent m_content;
};

} // namespace kassa::ui
