#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/receipt/receiptsettings.h"

#include <QImage>
#include <QString>
#include <QStringList>

class QPainter;
class QPrinter;
class QWidget;

namespace kassa::ui {

// A sale's receipt on paper or in a PDF: core's receipt text (shop, rows, VAT
// per rate, total, tenders with "SEQR payment", the amount and the
// ersReference, date, time and receipt number; "copy" on reprints) in a
// monospaced font on an 80 mm roll, and each SEQR ersReference again as a
// Code 128 barcode so a refund can scan it.
class ReceiptPrinter
{
public:
    ReceiptPrinter(const journal::Sale &sale, const ReceiptSettings &settings, bool copy = false);
    // Any receipt-like text (a refund receipt), with references as barcodes.
    ReceiptPrinter(QString text, QStringList barcodes);

    QString text() const { return m_text; }
    // Sets the page (80 mm wide, as long as the receipt) and prints.
    Status print(QPrinter *printer) const;
    // Paints onto an already set-up printer (print preview uses this).
    void paint(QPrinter *printer) const;
    Status writePdf(const QString &path) const;
    // Opens a print preview (window-modal on `parent`) from which it can be
    // printed on any installed printer; `printerName` preselects one.
    void preview(QWidget *parent, const QString &printerName = {}) const;

    // A reprint of receipt `receiptNumber` from the journal, marked as a copy.
    static Status writeCopyPdf(const journal::Journal &journal, qint64 receiptNumber,
                               const ReceiptSettings &settings, const QString &path);

    // Code 128 with a quiet zone, `moduleWidth` pixels per module.
    static QImage code128(const QString &text, int moduleWidth, int height);

private:
    QString m_text;
    QStringList m_barcodes;
};

} // namespace kassa::ui
