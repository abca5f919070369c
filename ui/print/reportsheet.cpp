#include "ui/print/reportsheet.h"

#include "core/receipt/receiptlayout.h"

#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kassa::print {

namespace {

constexpr double pageWidth = 595.28; // A4 in points
constexpr double pageHeight = 841.89;
constexpr int fontSize = 10;
constexpr double lineHeight = 12.5;
constexpr int linesPerPage = 60;

QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (QChar c : text) {
        const char16_t u = c.unicode();
        char b = u < 256 ? char(u) : '?';
        if (u == 0x2014 || u == 0x2013)
            b = '-';
        if (b == '(' || b == ')' || b == '\\')
            out += '\\';
        if (uchar(b) < 32)
            b = ' ';
        out += b;
    }
    return out + ')';
}

QByteArray page(const QStringList &lines, const QStringList &marks)
{
    QByteArray content;
    double y = pageHeight - 50;
    for (const QString &line : lines) {
        const bool mark = marks.contains(line.trimmed());
        content += "BT /" + QByteArray(mark ? "F2 " : "F1 ") +
                   QByteArray::number(mark ? 2 * fontSize : fontSize) + " Tf 50 " +
                   QByteArray::number(y, 'f', 2) + " Td " + pdfString(line) + " Tj ET\n";
        y -= mark ? 2 * lineHeight : lineHeight;
    }
    return content;
}

QByteArray assemble(const QList<QByteArray> &contents)
{
    QList<QByteArray> objects;
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (qsizetype i = 0; i < contents.size(); ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " +
                   QByteArray::number(contents.size()) + " >>");
    objects.append(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
    objects.append(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>");
    for (qsizetype i = 0; i < contents.size(); ++i) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " +
                       QByteArray::number(pageWidth, 'f', 2) + ' ' +
                       QByteArray::number(pageHeight, 'f', 2) +
                       "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
                       QByteArray::number(6 + 2 * i) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(contents.at(i).size()) + " >>\nstream\n" +
                       contents.at(i) + "endstream");
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

} // namespace

QByteArray ReportSheet::pdf(const ReceiptContent &content, int columns)
{
    QStringList marks;
    for (const ReceiptBlock &block : content.blocks())
        if (block.kind == ReceiptBlock::Kind::Mark)
            marks.append(block.text.trimmed());
    const QStringList lines = plainText(content, columns).split(u'\n');
    QList<QByteArray> pages;
    for (qsizetype first = 0; first < lines.size(); first += linesPerPage)
        pages.append(page(lines.mid(first, linesPerPage), marks));
    return assemble(pages);
}

Status ReportSheet::writePdf(const ReceiptContent &content, const QString &path, int columns)
{
    const QByteArray bytes = pdf(content, columns);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::StorageFailed, file.errorString());
    return Ok{};
}

} // namespace kassa::print
