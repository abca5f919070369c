#include "ui/print/receiptsheet.h"

#include "core/receipt/receiptlayout.h"

#include <QSaveFile>

namespace kassa::print {

namespace {

constexpr double kPageWidth = 226.77; // 80 mm in points
constexpr double kMargin = 12.0;
constexpr int kColumns = 42;
constexpr int kNormalSize = 8; // Courier: 0.6 × 8 = 4.8 pt a character, 42 of them 201.6 pt
constexpr int kLargeSize = 16;

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}

// A PDF string in WinAnsiEncoding: Latin-1 covers Swedish; dashes and the
// minus sign become '-', anything else '?'.
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

double lineHeight(const ReceiptLine &line)
{
    return line.large ? kLargeSize * 1.2 : kNormalSize * 1.25;
}

} // namespace

QByteArray ReceiptSheet::pdf(const ReceiptContent &content)
{
    const QList<ReceiptLine> lines = layoutReceipt(content, kColumns, true);
    double height = 2 * kMargin;
    for (const ReceiptLine &line : lines)
        height += lineHeight(line);
    QByteArray page;
    double y = height - kMargin;
    for (const ReceiptLine &line : lines) {
        y -= lineHeight(line);
        const int size = line.large ? kLargeSize : kNormalSize;
        const QString text = line.kind == ReceiptLine::Kind::Text ? line.text : line.text;
        const double width = 0.6 * size * double(text.size());
        const double x = line.centered || line.kind != ReceiptLine::Kind::Text
                             ? std::max(kMargin, (kPageWidth - width) / 2)
                             : kMargin;
        page += "BT /" + QByteArray(line.bold ? "F2" : "F1") + ' ' + QByteArray::number(size) +
                " Tf " + number(x) + ' ' + number(y + 2) + " Td " + pdfString(text) + " Tj ET\n";
    }
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(kPageWidth) + ' ' + number(height) +
            "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents 6 0 R >>",
        "<< /Length " + QByteArray::number(page.size()) + " >>\nstream\n" + page + "endstream",
    };
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

Status ReceiptSheet::writePdf(const ReceiptContent &content, const QString &path)
{
    const QByteArray bytes = pdf(content);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::StorageFailed, file.errorString());
    return Ok{};
}

} // namespace kassa::print
