#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kassa {

// One piece of a receipt, in the order it is printed. What it says, not
// how: the layout (receiptlayout.h) decides the lines for a paper width.
struct ReceiptBlock
{
    enum class Kind
    {
        Text,  // left-aligned words (the shop's name, an address line), wrapped
        Pair,  // words on the left, a figure on the right: the words wrap, the figure is never cut
        Rule,  // a line across the paper
        Mark,  // KOPIA, ÖVNINGSKVITTO, EJ KVITTO: bold, at least twice the amount text's size
        Total, // the total: a Pair in bold and twice the size
        Table, // columns (VAT per rate): the first left-aligned, the others right-aligned
        Barcode, // `text` as Code 128 (a SEQR ersReference), its digits under it
        Qr,      // `text` as a QR code
        Feed,    // an empty line
    };

    Kind kind = Kind::Text;
    QString text;  // Text, Mark, Barcode, Qr; a Pair's and a Total's words
    QString right; // Pair, Total: the figure
    // Pair: further lines of wrapped words are indented this much more.
    QString indent;
    // Table: every row has the same number of cells; the first `headingRows` are headings.
    QList<QStringList> rows;
    int headingRows = 0;

    friend bool operator==(const ReceiptBlock &, const ReceiptBlock &) = default;
};

// What a receipt (or a refund receipt, a report) holds, built once in core
// and rendered by every output: plain text (kassa-cli, the copy sent to
// SEQR), the PDF (ui/receiptprinter) and ESC/POS bytes (core/printing). A
// new item on the receipt is a block added here and appears in all three.
class ReceiptContent
{
public:
    void addText(const QString &text);
    void addPair(const QString &left, const QString &right, const QString &indent = {});
    void addRule();
    void addMark(const QString &text);
    void addTotal(const QString &left, const QString &right);
    void addTable(const QList<QStringList> &rows, int headingRows);
    void addBarcode(const QString &data);
    void addQr(const QString &data);
    void addFeed();
    void append(const ReceiptBlock &block) { m_blocks.append(block); }

    const QList<ReceiptBlock> &blocks() const { return m_blocks; }
    bool isEmpty() const { return m_blocks.isEmpty(); }
    // The data of every Code 128 block, in order.
    QStringList barcodes() const;
    // Every character any block prints (a renderer chooses its code page by it).
    QString allText() const;

    friend bool operator==(const ReceiptContent &, const ReceiptContent &) = default;

private:
    QList<ReceiptBlock> m_blocks;
};

} // namespace kassa
