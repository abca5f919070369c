#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The one small PDF writer the sheets share (receipts, reports, service
// codes): pages of text in one of the standard Type 1 fonts, so a PDF needs
// no font file and every viewer and pdftotext reads it.
namespace kassa::print {

// A number as PDF writes it: two decimals.
QByteArray pdfNumber(double value);

// A PDF string literal in WinAnsiEncoding (the standard fonts' encoding):
// Latin-1 covers Swedish; dashes and the minus sign become '-', anything else
// '?', control characters a space.
QByteArray pdfString(const QString &text);

// "BT /F1 10 Tf x y Td (text) Tj ET": one piece of text at (x, y) in points,
// in the regular font (F1) or the bold one (F2).
QByteArray pdfText(double x, double y, bool bold, int size, const QString &text);

struct PdfPageSize
{
    double width = 595.28; // A4 in points
    double height = 841.89;
};

// The sheets' page: A4, upright.
inline constexpr PdfPageSize a4{};

// A whole document: each content stream a page of `size`, the font family a
// standard one ("Courier", "Helvetica") with its "-Bold" as F2.
QByteArray pdfDocument(const QList<QByteArray> &pages, const QList<PdfPageSize> &sizes,
                       const QByteArray &fontFamily);

} // namespace kassa::print
