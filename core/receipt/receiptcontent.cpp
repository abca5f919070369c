#include "core/receipt/receiptcontent.h"

namespace kassa {

namespace {

ReceiptBlock block(ReceiptBlock::Kind kind, const QString &text = {}, const QString &right = {})
{
    ReceiptBlock b;
    b.kind = kind;
    b.text = text;
    b.right = right;
    return b;
}

} // namespace

void ReceiptContent::addText(const QString &text)
{
    m_blocks.append(block(ReceiptBlock::Kind::Text, text));
}

void ReceiptContent::addPair(const QString &left, const QString &right, const QString &indent)
{
    ReceiptBlock b = block(ReceiptBlock::Kind::Pair, left, right);
    b.indent = indent;
    m_blocks.append(b);
}

void ReceiptContent::addRule()
{
    m_blocks.append(block(ReceiptBlock::Kind::Rule));
}

void ReceiptContent::addMark(const QString &text)
{
    m_blocks.append(block(ReceiptBlock::Kind::Mark, text));
}

void ReceiptContent::addTotal(const QString &left, const QString &right)
{
    m_blocks.append(block(ReceiptBlock::Kind::Total, left, right));
}

void ReceiptContent::addTable(const QList<QStringList> &rows, int headingRows)
{
    if (rows.isEmpty())
        return;
    ReceiptBlock b = block(ReceiptBlock::Kind::Table);
    b.rows = rows;
    b.headingRows = headingRows;
    m_blocks.append(b);
}

void ReceiptContent::addBarcode(const QString &data)
{
    if (!data.isEmpty())
        m_blocks.append(block(ReceiptBlock::Kind::Barcode, data));
}

void ReceiptContent::addQr(const QString &data)
{
    if (!data.isEmpty())
        m_blocks.append(block(ReceiptBlock::Kind::Qr, data));
}

void ReceiptContent::addFeed()
{
    m_blocks.append(block(ReceiptBlock::Kind::Feed));
}

QStringList ReceiptContent::barcodes() const
{
    QStringList data;
    for (const ReceiptBlock &b : m_blocks) {
        if (b.kind == ReceiptBlock::Kind::Barcode)
            data.append(b.text);
    }
    return data;
}

QString ReceiptContent::allText() const
{
    QString all;
    for (const ReceiptBlock &b : m_blocks) {
        all += b.text + b.right + b.indent;
        for (const QStringList &row : b.rows)
            all += row.join(QString());
    }
    return all;
}

} // namespace kassa
