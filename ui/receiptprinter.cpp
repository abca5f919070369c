#include "ui/receiptprinter.h"

#include "core/payment/returnreceipts.h"
#include "core/qr/qrmatrix.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receiptbuilder.h"
#include "core/receipt/receiptlayout.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace kassa::ui {

namespace {

constexpr qreal kPaperWidthMm = 80.0;
constexpr qreal kMarginMm = 4.0;
constexpr qreal kBarcodeHeightMm = 12.0;
constexpr qreal kQrSizeMm = 28.0;
constexpr qreal kLineMm = 3.6;
constexpr int kColumns = 42;

QFont receiptFont(bool bold, bool large)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    // Twice as high and (monospaced) twice as wide: the marks and the total.
    font.setPointSizeF(large ? 15.0 : 7.5);
    font.setBold(bold);
    return font;
}

QImage qrImage(const QString &text)
{
    const auto matrix = encodeQr(text);
    if (!matrix)
        return {};
    const int quiet = 4;
    QImage image(matrix->size + 2 * quiet, matrix->size + 2 * quiet, QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < matrix->size; ++y) {
        for (int x = 0; x < matrix->size; ++x) {
            if (matrix->isDark(x, y))
                image.setPixel(quiet + x, quiet + y, 0);
        }
    }
    return image;
}

} // namespace

ReceiptPrinter::ReceiptPrinter(const journal::Sale &sale, const ReceiptSettings &settings,
                               bool copy)
    : m_content(saleReceipt(sale, settings, copy))
{}

ReceiptPrinter::ReceiptPrinter(ReceiptContent content)
    : m_content(std::move(content))
{}

QString ReceiptPrinter::text() const
{
    return plainText(m_content, kColumns);
}

QImage ReceiptPrinter::code128(const QString &text, int moduleWidth, int height)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128)
                                        .setMargin(0)
                                        .encode(text.toStdWString(), 1, 1);
    const int quiet = 10; // modules of white on each side, as scanners need
    const int modules = matrix.width();
    QImage image((modules + 2 * quiet) * moduleWidth, height, QImage::Format_Mono);
    image.fill(1);
    for (int x = 0; x < modules; ++x) {
        if (!matrix.get(x, 0))
            continue;
        for (int dx = 0; dx < moduleWidth; ++dx) {
            for (int y = 0; y < height; ++y)
                image.setPixel((quiet + x) * moduleWidth + dx, y, 0);
        }
    }
    return image;
}

void ReceiptPrinter::paint(QPrinter *printer) const
{
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const qreal mm = printer->resolution() / 25.4;
    // Whole bars and modules, no smoothing: the codes must scan.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    qreal y = 0;
    auto room = [&](qreal height) {
        if (y + height > page.height()) {
            printer->newPage();
            y = 0;
        }
    };
    for (const ReceiptLine &line : layoutReceipt(m_content, kColumns, true)) {
        const QFont normal = receiptFont(false, false);
        const QFontMetricsF normalMetrics(normal, printer);
        switch (line.kind) {
        case ReceiptLine::Kind::Text: {
            painter.setFont(receiptFont(line.bold, line.large));
            const QFontMetricsF metrics(painter.font(), printer);
            room(metrics.height());
            const qreal x =
                line.centered ? (page.width() - metrics.horizontalAdvance(line.text)) / 2 : 0;
            painter.drawText(QPointF(qMax<qreal>(0, x), y + metrics.ascent()), line.text);
            y += metrics.height();
            break;
        }
        case ReceiptLine::Kind::Barcode: {
            room((kBarcodeHeightMm + 3) * mm + normalMetrics.height());
            const QImage barcode = code128(line.text, 2, 80);
            painter.drawImage(QRectF(0, y + 2 * mm, page.width(), kBarcodeHeightMm * mm), barcode);
            y += (kBarcodeHeightMm + 3) * mm;
            painter.setFont(normal);
            painter.drawText(QRectF(0, y, page.width(), normalMetrics.height()), Qt::AlignHCenter,
                             line.text);
            y += normalMetrics.height();
            break;
        }
        case ReceiptLine::Kind::Qr: {
            room((kQrSizeMm + 4) * mm);
            const QImage qr = qrImage(line.text);
            const qreal side = kQrSizeMm * mm;
            painter.drawImage(QRectF((page.width() - side) / 2, y + 2 * mm, side, side), qr);
            y += (kQrSizeMm + 4) * mm;
            break;
        }
        }
    }
}

Status ReceiptPrinter::print(QPrinter *printer) const
{
    qreal heightMm = 2 * kMarginMm + 2 * kLineMm;
    for (const ReceiptLine &line : layoutReceipt(m_content, kColumns, true)) {
        if (line.kind == ReceiptLine::Kind::Barcode)
            heightMm += kBarcodeHeightMm + 8;
        else if (line.kind == ReceiptLine::Kind::Qr)
            heightMm += kQrSizeMm + 4;
        else
            heightMm += line.large ? 2 * kLineMm : kLineMm;
    }
    printer->setPageSize(QPageSize(QSizeF(kPaperWidthMm, qMax(heightMm, 60.0)),
                                   QPageSize::Millimeter, QStringLiteral("Receipt"),
                                   QPageSize::ExactMatch));
    printer->setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                            QPageLayout::Millimeter);
    if (!printer->isValid())
        return makeError(ErrorCode::StorageFailed, QStringLiteral("the printer is not available"));
    paint(printer);
    return Ok{};
}

void ReceiptPrinter::preview(QWidget *parent, const QString &printerName) const
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    if (!printerName.isEmpty())
        printer->setPrinterName(printerName);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ReceiptPrinter copy = *this;
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [copy](QPrinter *p) { (void)copy.print(p); });
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    dialog->open();
}

Status ReceiptPrinter::writeCopyPdf(journal::Journal &journal, qint64 receiptNumber,
                                    const ReceiptSettings &settings, const QString &cashierId,
                                    const QString &path)
{
    if (auto copy = recordReceiptCopy(journal, receiptNumber, cashierId); !copy)
        return copy.error();
    auto content = journaledReceiptCopy(journal, receiptNumber, settings);
    if (!content)
        return content.error();
    return ReceiptPrinter(*content).writePdf(path);
}

Status ReceiptPrinter::writePdf(const QString &path) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::StorageFailed,
                         QStringLiteral("cannot create the folder ") + info.absolutePath());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setCreator(QStringLiteral("Kassa"));
    printer.setDocName(QStringLiteral("Receipt"));
    if (auto printed = print(&printer); !printed)
        return printed;
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return makeError(ErrorCode::StorageFailed, QStringLiteral("cannot write ") + path);
    return Ok{};
}

} // namespace kassa::ui
