#include "sandbox/paperimage.h"

#include "core/qr/qrmatrix.h"

#include <QFont>
#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

using namespace Qt::StringLiterals;

namespace kassa::sandbox {

namespace {

constexpr int kMargin = 16;     // dots above the first and under the last item
constexpr int kCellHeight = 24; // Font A
constexpr int kLinePitch = 30;  // the default line spacing

struct Sheet
{
    int dots = 576;
    int cellWidth = 12;
};

// Code 128's modules for `text`, true = bar (ZXing chooses the code sets).
QList<bool> code128Modules(const QString &text)
{
    QList<bool> modules;
    try {
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128)
                                            .setMargin(0)
                                            .encode(text.toStdWString(), 1, 1);
        for (int x = 0; x < matrix.width(); ++x)
            modules.append(matrix.get(x, 0));
    } catch (const std::exception &) {
        // Not encodable: nothing to draw (the transcript says what was sent).
    }
    return modules;
}

int leftFor(int alignment, int width, const Sheet &sheet)
{
    if (alignment == 1)
        return std::max(0, (sheet.dots - width) / 2);
    if (alignment == 2)
        return std::max(0, sheet.dots - width);
    return 0;
}

int heightOf(const PrintedItem &item)
{
    switch (item.kind) {
    case PrintedItem::Kind::Text:
        return item.large ? 2 * kLinePitch : kLinePitch;
    case PrintedItem::Kind::Barcode:
        return item.height + kLinePitch + 6;
    case PrintedItem::Kind::Qr: {
        const auto qr = encodeQr(item.text);
        return qr ? (qr->size + 8) * std::max(1, item.moduleWidth) : 0;
    }
    case PrintedItem::Kind::Image:
        return item.image.height();
    default:
        return 0;
    }
}

void drawText(QPainter &p, const QString &text, int alignment, int y, bool bold, bool large,
              const Sheet &sheet)
{
    const int cell = large ? 2 * sheet.cellWidth : sheet.cellWidth;
    QFont font(u"DejaVu Sans Mono"_s);
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(large ? 2 * kCellHeight - 6 : kCellHeight - 3);
    font.setBold(bold);
    p.setFont(font);
    const int left = leftFor(alignment, int(text.size()) * cell, sheet);
    // One character a cell, as the printer places them.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QRect box(left + int(i) * cell, y, cell, large ? 2 * kCellHeight : kCellHeight);
        p.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, text.mid(i, 1));
    }
}

int drawBarcode(QPainter &p, const PrintedItem &item, int y, const Sheet &sheet)
{
    const QList<bool> modules = code128Modules(item.text);
    const int module = std::max(1, item.moduleWidth);
    const int left = leftFor(item.alignment, int(modules.size()) * module, sheet);
    for (qsizetype i = 0; i < modules.size(); ++i) {
        if (modules[i])
            p.fillRect(left + int(i) * module, y, module, item.height, Qt::black);
    }
    drawText(p, item.text, 1, y + item.height + 4, false, false, sheet);
    return heightOf(item);
}

int drawQr(QPainter &p, const PrintedItem &item, int y, const Sheet &sheet)
{
    const auto qr = encodeQr(item.text);
    if (!qr)
        return 0;
    const int module = std::max(1, item.moduleWidth);
    const int left = leftFor(item.alignment, qr->size * module, sheet);
    for (int my = 0; my < qr->size; ++my)
        for (int mx = 0; mx < qr->size; ++mx)
            if (qr->isDark(mx, my))
                p.fillRect(left + mx * module, y + (my + 4) * module, module, module, Qt::black);
    return heightOf(item);
}

void drawImage(QPainter &p, const PrintedItem &item, int y, const Sheet &sheet)
{
    const printing::MonoBitmap &image = item.image;
    const int left = leftFor(item.alignment, image.width(), sheet);
    for (int iy = 0; iy < image.height(); ++iy)
        for (int ix = 0; ix < image.width(); ++ix)
            if (image.pixel(ix, iy))
                p.fillRect(left + ix, y + iy, 1, 1, Qt::black);
}

} // namespace

QImage paperImage(const QList<PrintedItem> &items, int dots, int columns)
{
    const Sheet sheet{dots, dots / std::max(1, columns)};
    int height = 2 * kMargin;
    for (const PrintedItem &item : items)
        height += heightOf(item);
    QImage paper(dots, std::max(height, 2 * kMargin + kLinePitch), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter p(&paper);
    p.setPen(Qt::black);
    int y = kMargin;
    for (const PrintedItem &item : items) {
        switch (item.kind) {
        case PrintedItem::Kind::Text:
            drawText(p, item.text, item.alignment,
                     y + (item.large ? 2 : 1) * (kLinePitch - kCellHeight), item.bold, item.large,
                     sheet);
            break;
        case PrintedItem::Kind::Barcode:
            drawBarcode(p, item, y, sheet);
            break;
        case PrintedItem::Kind::Qr:
            drawQr(p, item, y, sheet);
            break;
        case PrintedItem::Kind::Image:
            drawImage(p, item, y, sheet);
            break;
        default:
            break;
        }
        y += heightOf(item);
    }
    return paper;
}

QString transcriptText(const QList<PrintedItem> &items)
{
    QString text;
    for (const PrintedItem &item : items) {
        switch (item.kind) {
        case PrintedItem::Kind::Text:
            text += item.text + u'\n';
            break;
        case PrintedItem::Kind::Barcode:
            text += u"[Code 128: "_s + item.text + u"]\n"_s;
            break;
        case PrintedItem::Kind::Qr:
            text += u"[QR: "_s + item.text + u"]\n"_s;
            break;
        case PrintedItem::Kind::Image:
            text += u"[image %1×%2]\n"_s.arg(item.image.width()).arg(item.image.height());
            break;
        case PrintedItem::Kind::Cut:
            text += item.partial ? u"[partial cut]\n"_s : u"[cut]\n"_s;
            break;
        case PrintedItem::Kind::DrawerKick:
            text += u"[drawer: pin %1, %2 ms]\n"_s.arg(item.pin).arg(item.onMs);
            break;
        case PrintedItem::Kind::StatusRequest:
            break;
        }
    }
    return text;
}

} // namespace kassa::sandbox
