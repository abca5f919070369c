#include "ui/print/receiptsheet.h"

#include "core/receipt/receiptlayout.h"
#include "ui/print/pdfdocument.h"

#include <QSaveFile>

namespace kassa::print {

namespace {

constexpr double kPageWidth = 226.77; // 80 mm in points
constexpr double kMargin = 12.0;
constexpr int kColumns = 42;
constexpr int kNormalSize = 8; // Courier: 0.6 × 8 = 4.8 pt a character, 42 of them 201.6 pt
constexpr int kLargeSize = 16;

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
        page += pdfText(x, y + 2, line.bold, size, text);
    }
    return pdfDocument({page}, {PdfPageSize{kPageWidth, height}}, "Courier");
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
