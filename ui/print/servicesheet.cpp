#include "ui/print/servicesheet.h"

#include "core/qr/qrmatrix.h"
#include "ui/print/pdfdocument.h"

#include <QList>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kassa::print {

namespace {

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
    for (const QrMatrix::Run &run : matrix.darkRuns())
        s += pdfNumber(ox + run.x * m) + ' ' + pdfNumber(oy - (run.y + 1) * m) + ' ' +
             pdfNumber(run.length * m) + ' ' + pdfNumber(m) + " re\n";
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
        page += pdfText(40, a4.height - 40, false, 10, shopName);
        for (int i = 0; i < perPage && first + i < config.codes.size(); ++i) {
            const ordering::ServiceCode &code = config.codes.at(first + i);
            const QString codeText = config.codeText(code);
            auto matrix = encodeQr(codeText);
            if (!matrix)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("The code for %1 is too long for a QR code.").arg(code.label));
            const double x = 50 + (i % columns) * (a4.width - 100) / columns;
            const double top = a4.height - 60 - (i / columns) * (a4.height - 90) / rows;
            page += cell(*matrix, code.label, hint, codeText, x, top);
        }
        contents.append(page);
    }

    return pdfDocument(contents, {a4}, "Helvetica");
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
