#pragma once

#include "core/receipt/receiptcontent.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kassa {

// One printed line of a receipt laid out for a paper width.
struct ReceiptLine
{
    enum class Kind
    {
        Text,
        Barcode, // `text` is the Code 128's data
        Qr,      // `text` is the QR code's data
    };
    Kind kind = Kind::Text;
    QString text; // Text: at most the line's columns (half of them when large)
    bool bold = false;
    bool large = false; // twice as wide and twice as high
    bool centered = false;

    friend bool operator==(const ReceiptLine &, const ReceiptLine &) = default;
};

// The rules every rendering shares, so the PDF and the receipt printer break
// lines alike: words wrap at spaces (a word longer than the line is broken
// inside it); a figure is never cut — it goes on the wrapped words' last
// line when it fits and on a line of its own, right-aligned, when not; table
// columns narrow to fit, and a row that still does not fit puts its first
// cell on a line of its own. `columns` is the paper's width in characters
// of the normal font (42 on the PDF, 48 on 80 mm paper, 32 on 58 mm).
// With `sizes`, marks and the total are large (and so have half the
// columns; a figure too wide for that is printed normal size, bold);
// without (plain text), every line is normal.
QList<ReceiptLine> layoutReceipt(const ReceiptContent &content, int columns, bool sizes);

// The receipt as plain text, `columns` wide, one '\n' after every line
// (barcodes and QR codes are left out: their data is on the receipt in words).
QString plainText(const ReceiptContent &content, int columns = 42);

// `text` broken at spaces into lines of at most `width` characters (a word
// longer than a line is broken inside it).
QStringList wrapText(const QString &text, int width);

} // namespace kassa
