#include "core/receipt/receiptlayout.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

// The widest a figure column is made, when the paper allows (42 columns on
// the PDF give the VAT table 9 + 3 × 11).
constexpr int kPreferredColumn = 11;

ReceiptLine textLine(const QString &text, bool bold = false, bool large = false,
                     bool centered = false)
{
    ReceiptLine line;
    line.text = text;
    line.bold = bold;
    line.large = large;
    line.centered = centered;
    return line;
}

// `right` at the end of a line `width` wide; one too long for a line is
// broken into lines of `width` (a reference is never cut short).
QStringList rightAligned(const QString &right, int width)
{
    QStringList lines;
    QString rest = right;
    while (rest.size() > width) {
        lines.append(rest.left(width));
        rest.remove(0, width);
    }
    lines.append(rest.rightJustified(width));
    return lines;
}

// `left` and `right` on one line; a `left` too long for the line is wrapped
// and `right` goes at the end of its last line, or alone on the next.
QStringList pairLines(const QString &left, const QString &right, const QString &indent, int width)
{
    // Leading spaces are part of the layout ("  Reference"): kept on every line.
    qsizetype lead = 0;
    while (lead < left.size() && left[lead] == u' ')
        ++lead;
    const QString margin = left.left(lead);
    const QString more = margin + indent;
    QStringList words = wrapText(left.mid(lead), std::max(1, width - int(more.size())));
    if (words.isEmpty())
        words.append(QString());
    QStringList out;
    for (int i = 0; i + 1 < words.size(); ++i)
        out.append((i == 0 ? margin : more) + words[i]);
    QString last = (words.size() > 1 ? more : margin) + words.last();
    if (right.isEmpty()) {
        out.append(last);
        return out;
    }
    if (int(last.size()) + 1 + int(right.size()) > width) {
        if (!last.trimmed().isEmpty())
            out.append(last);
        out.append(rightAligned(right, width));
        return out;
    }
    const int gap = std::max(1, width - int(last.size()) - int(right.size()));
    out.append(last + QString(gap, u' ') + right);
    return out;
}

void appendLines(QList<ReceiptLine> &out, const QStringList &lines, bool bold, bool large,
                 bool centered = false)
{
    for (const QString &l : lines)
        out.append(textLine(l, bold, large, centered));
}

void layoutMark(QList<ReceiptLine> &out, const QString &text, int columns, bool sizes)
{
    const QString starred = u"*** "_s + text + u" ***"_s;
    if (!sizes) {
        appendLines(out, wrapText(starred, columns), false, false);
        return;
    }
    const int half = columns / 2;
    if (starred.size() <= half)
        out.append(textLine(starred, true, true, true));
    else
        appendLines(out, wrapText(text, half), true, true, true);
}

void layoutTotal(QList<ReceiptLine> &out, const ReceiptBlock &b, int columns, bool sizes)
{
    const int half = columns / 2;
    if (sizes && b.right.size() <= half)
        appendLines(out, pairLines(b.text, b.right, {}, half), true, true);
    else
        appendLines(out, pairLines(b.text, b.right, {}, columns), sizes, false);
}

void layoutTable(QList<ReceiptLine> &out, const ReceiptBlock &b, int columns)
{
    const int cells = int(b.rows.first().size());
    int first = 0;
    int figures = 0; // the widest figure cell
    for (const QStringList &row : b.rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i == 0)
                first = std::max(first, int(row[i].size()));
            else
                figures = std::max(figures, int(row[i].size()));
        }
    }
    if (cells == 1) {
        for (const QStringList &row : b.rows)
            appendLines(out, wrapText(row.value(0), columns), false, false);
        return;
    }
    const int others = cells - 1;
    int column = std::max(kPreferredColumn, figures + 1);
    while (column > figures + 1 && first + others * column > columns)
        --column;
    const bool oneLine = first + others * column <= columns;
    if (!oneLine)
        column = std::max(figures + 1, columns / others);
    const int firstWidth = oneLine ? columns - others * column : columns;
    for (const QStringList &row : b.rows) {
        QString figuresText;
        for (int i = 1; i < cells; ++i)
            figuresText += row.value(i).rightJustified(column);
        if (oneLine) {
            out.append(textLine(row.value(0).leftJustified(firstWidth) + figuresText));
            continue;
        }
        // Too narrow for a row on one line: its name first, the figures under it.
        appendLines(out, wrapText(row.value(0), firstWidth), false, false);
        if (figuresText.size() <= columns)
            out.append(textLine(figuresText.rightJustified(columns)));
        else
            for (int i = 1; i < cells; ++i)
                out.append(textLine(row.value(i).rightJustified(columns)));
    }
}

} // namespace

QStringList wrapText(const QString &text, int width)
{
    width = std::max(1, width);
    QStringList lines;
    QString current;
    for (QString word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        while (word.size() > width) {
            if (!current.isEmpty()) {
                lines.append(current);
                current.clear();
            }
            lines.append(word.left(width));
            word.remove(0, width);
        }
        if (current.isEmpty())
            current = word;
        else if (current.size() + 1 + word.size() <= width)
            current += u' ' + word;
        else {
            lines.append(current);
            current = word;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

QList<ReceiptLine> layoutReceipt(const ReceiptContent &content, int columns, bool sizes)
{
    columns = std::max(8, columns);
    QList<ReceiptLine> out;
    for (const ReceiptBlock &b : content.blocks()) {
        switch (b.kind) {
        case ReceiptBlock::Kind::Text:
            appendLines(out, wrapText(b.text, columns), false, false);
            break;
        case ReceiptBlock::Kind::Pair:
            appendLines(out, pairLines(b.text, b.right, b.indent, columns), false, false);
            break;
        case ReceiptBlock::Kind::Rule:
            out.append(textLine(QString(columns, u'-')));
            break;
        case ReceiptBlock::Kind::Mark:
            layoutMark(out, b.text, columns, sizes);
            break;
        case ReceiptBlock::Kind::Total:
            layoutTotal(out, b, columns, sizes);
            break;
        case ReceiptBlock::Kind::Table:
            if (!b.rows.isEmpty())
                layoutTable(out, b, columns);
            break;
        case ReceiptBlock::Kind::Barcode:
        case ReceiptBlock::Kind::Qr: {
            ReceiptLine line;
            line.kind = b.kind == ReceiptBlock::Kind::Barcode ? ReceiptLine::Kind::Barcode
                                                              : ReceiptLine::Kind::Qr;
            line.text = b.text;
            line.centered = true;
            out.append(line);
            break;
        }
        case ReceiptBlock::Kind::Feed:
            out.append(textLine(QString()));
            break;
        }
    }
    return out;
}

QString plainText(const ReceiptContent &content, int columns)
{
    QString text;
    for (const ReceiptLine &line : layoutReceipt(content, columns, false)) {
        if (line.kind == ReceiptLine::Kind::Text)
            text += line.text + u'\n';
    }
    return text;
}

} // namespace kassa
