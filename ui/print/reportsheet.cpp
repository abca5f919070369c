#include "ui/print/reportsheet.h"

#include "core/receipt/receiptlayout.h"
#include "ui/print/pdfdocument.h"

#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kassa::print {

namespace {

constexpr int fontSize = 10;
constexpr double lineHeight = 12.5;
constexpr int linesPerPage = 60;

QByteArray page(const QStringList &lines, const QStringList &marks)
{
    QByteArray content;
    double y = a4.height - 50;
    for (const QString &line : lines) {
        const bool mark = marks.contains(line.trimmed());
        content += pdfText(50, y, mark, mark ? 2 * fontSize : fontSize, line);
        y -= mark ? 2 * lineHeight : lineHeight;
    }
    return content;
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
    return pdfDocument(pages, {a4}, "Courier");
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
