#include "ui/print/pdfdocument.h"

namespace kassa::print {

QByteArray pdfNumber(double value)
{
    return QByteArray::number(value, 'f', 2);
}

QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (QChar c : text) {
        const char16_t u = c.unicode();
        char b = u < 256 ? char(u) : '?';
        if (u == 0x2014 || u == 0x2013 || u == 0x2212)
            b = '-';
        if (b == '(' || b == ')' || b == '\\')
            out += '\\';
        if (uchar(b) < 32)
            b = ' ';
        out += b;
    }
    return out + ')';
}

QByteArray pdfText(double x, double y, bool bold, int size, const QString &text)
{
    return "BT /" + QByteArray(bold ? "F2 " : "F1 ") + QByteArray::number(size) + " Tf " +
           pdfNumber(x) + ' ' + pdfNumber(y) + " Td " + pdfString(text) + " Tj ET\n";
}

QByteArray pdfDocument(const QList<QByteArray> &pages, const QList<PdfPageSize> &sizes,
                       const QByteArray &fontFamily)
{
    // Objects: 1 catalog, 2 pages, 3–4 fonts, then a page and its content each.
    QList<QByteArray> objects;
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    objects.append("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                   QByteArray::number(pages.size()) + " >>");
    for (const QByteArray &font : {fontFamily, QByteArray(fontFamily + "-Bold")})
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /" + font +
                       " /Encoding /WinAnsiEncoding >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PdfPageSize size = sizes.value(i, sizes.isEmpty() ? PdfPageSize{} : sizes.last());
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + pdfNumber(size.width) +
                       ' ' + pdfNumber(size.height) +
                       "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
                       QByteArray::number(6 + 2 * i) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(pages.at(i).size()) + " >>\nstream\n" +
                       pages.at(i) + "endstream");
    }
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace kassa::print
