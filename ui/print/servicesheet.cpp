#include "ui/print/servicesheet.h"

#include "core/qr/qrmatrix.h"
#include "ui/print/pdfdocument.h"

#include <QList>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kassa::print {

namespace {

constexpr double pageWidth = 595.28; // A4 in points
constexpr double pageHeight = 841.89;
constexpr int columns = 2;
constexpr int rows = 3;

// One cell of the sheet: the code with its quiet zone (white), the label
// above, the words and the code's text below. (x, top) is the cell's top left.
QByteArray cell(const QrMatrix &matrix, const QString &label, const QString &hint,
                const QString &codeText, double x, double top)
{
    const double m = ServiceSheet::modulePoints;
    const double side = (matrix.size + 2 * ServiceSheet::quietZone) * m;
    QByteArray s;
    s += "0 g\n" + pdfText(x, top - 24, true, 20, label);
    const double qrTop = top - 34;
    // The quiet zone stays white: nothing is drawn within it.
    s += "1 g " + pdfNumber(x) + ' ' + pdfNumber(qrTop - side) + ' ' + pdfNumber(side) + ' ' +
         pdfNumber(side) + " re f\n0 g\n";
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
            s += pdfNumber(ox + col * m) + ' ' + pdfNumber(oy - (row + 1) * m) + ' ' +
                 pdfNumber((end - col) * m) + ' ' + pdfNumber(m) + " re\n";
            col = end;
        }
    }
    s += "f\n";
    s += pdfText(x, qrTop - side - 14, false, 11, hint);
    s += pdfText(x, qrTop - side - 27, false, 7, codeText);
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
        page += pdfText(40, pageHeight - 40, false, 10, shopName);
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

    return pdfDocument(contents, {PdfPageSize{pageWidth, pageHeight}}, "Helvetica");
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
