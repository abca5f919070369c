#include "ui/print/servicesheet.h"

#include "core/qr/qrmatrix.h"

#include <QList>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kassa::print {

namespace {

constexpr double pageWidth = 595.28; // A4 in points
constexpr double pageHeight = 841.89;
constexpr int columns = 2;
constexpr int rows = 3;

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}

// A PDF string in WinAnsiEncoding (the standard fonts' encoding): Latin-1
// covers Swedish; anything else becomes '?'.
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

QByteArray text(double x, double y, const char *font, int size, const QString &s)
{
    return "BT /" + QByteArray(font) + ' ' + QByteArray::number(size) + " Tf " + number(x) + ' ' +
           number(y) + " Td " + pdfString(s) + " Tj ET\n";
}

// One cell of the sheet: the code with its quiet zone (white), the label
// above, the words and the code's text below. (x, top) is the cell's top left.
QByteArray cell(const QrMatrix &matrix, const QString &label, const QString &hint,
                const QString &codeText, double x, double top)
{
    const double m = ServiceSheet::modulePoints;
    const double side = (matrix.size + 2 * ServiceSheet::quietZone) * m;
    QByteArray s;
    s += "0 g\n" + text(x, top - 24, "F2", 20, label);
    const double qrTop = top - 34;
    // The quiet zone stays white: nothing is drawn within it.
    s += "1 g " + number(x) + ' ' + number(qrTop - side) + ' ' + number(side) + ' ' + number(side) +
         " re f\n0 g\n";
    const double ox = x + ServiceSheet::quietZone * m;
    const double oy = qrTop - ServiceSheet::quietZone * m;
    for (int row = 0; row < matrix.size; ++row) {
        int col = 0;
        while (col < matrix.size) {
            if (!matrix.isDark(col, row)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < matrix.size && matrix.isDark(end, row))
                ++end;
            s += number(ox + col * m) + ' ' + number(oy - (row + 1) * m) + ' ' +
                 number((end - col) * m) + ' ' + number(m) + " re\n";
            col = end;
        }
    }
    s += "f\n";
    s += text(x, qrTop - side - 14, "F1", 11, hint);
    s += text(x, qrTop - side - 27, "F1", 7, codeText);
    return s;
}

} // namespace

Result<QByteArray> ServiceSheet::pdf(const ordering::OrderServiceConfig &config,
                                     const QString &shopName)
{
    if (!config.isEnabled())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The order service has no service ID yet (--service-id)."));
    if (config.codes.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("There are no service codes to print (--tables N or --code)."));

    const QString hint = tr("Scan with the SEQR app to order");
    QList<QByteArray> contents;
    const int perPage = columns * rows;
    for (qsizetype first = 0; first < config.codes.size(); first += perPage) {
        QByteArray page;
        page += text(40, pageHeight - 40, "F1", 10, shopName);
        for (int i = 0; i < perPage && first + i < config.codes.size(); ++i) {
            const ordering::ServiceCode &code = config.codes.at(first + i);
            const QString codeText = config.codeText(code);
            auto matrix = encodeQr(codeText);
            if (!matrix)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("The code for %1 is too long for a QR code.").arg(code.label));
            const double x = 50 + (i % columns) * (pageWidth - 100) / columns;
            const double top = pageHeight - 60 - (i / columns) * (pageHeight - 90) / rows;
            page += cell(*matrix, code.label, hint, codeText, x, top);
        }
        contents.append(page);
    }

    // Objects: 1 catalog, 2 pages, 3–4 fonts, then a page and its content each.
    QList<QByteArray> objects;
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (qsizetype i = 0; i < contents.size(); ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " +
                   QByteArray::number(contents.size()) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding "
                   "/WinAnsiEncoding >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
                   "/WinAnsiEncoding >>");
    for (qsizetype i = 0; i < contents.size(); ++i) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(pageWidth) + ' ' +
                       number(pageHeight) +
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

Status ServiceSheet::writePdf(const ordering::OrderServiceConfig &config, const QString &shopName,
                              const QString &path)
{
    auto sheet = pdf(config, shopName);
    if (!sheet)
        return sheet.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sheet) != sheet->size() || !file.commit())
        return makeError(ErrorCode::StorageFailed, file.errorString());
    return Ok{};
}

} // namespace kassa::print
