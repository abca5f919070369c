#include "ui/receiptprinter.h"

#include "core/receipt/receipttext.h"

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

QStringList seqrReferences(const journal::Sale &sale)
{
    QStringList refs;
    for (const journal::Tender &t : sale.tenders) {
        if (t.kind == journal::TenderKind::Seqr && !t.ersReference.isEmpty())
            refs.append(t.ersReference);
    }
    return refs;
}

QFont receiptFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(7.5);
    return font;
}

} // namespace

ReceiptPrinter::ReceiptPrinter(const journal::Sale &sale, const ReceiptSettings &settings,
                               bool copy)
    : m_text(receiptText(sale, settings, copy))
    , m_barcodes(seqrReferences(sale))
{}

ReceiptPrinter::ReceiptPrinter(QString text, QStringList barcodes)
    : m_text(std::move(text))
    , m_barcodes(std::move(barcodes))
{}

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
    painter.setFont(receiptFont());
    const QFontMetricsF metrics(painter.font(), printer);
    qreal y = 0;
    for (const QString &line : m_text.split(QLatin1Char('\n'))) {
        if (y + metrics.height() > page.height()) {
            printer->newPage();
            y = 0;
        }
        painter.drawText(QPointF(0, y + metrics.ascent()), line);
        y += metrics.height();
    }
    for (const QString &ref : m_barcodes) {
        const QImage barcode = code128(ref, 2, 80);
        const QRectF target(0, y + 2 * mm, page.width(), kBarcodeHeightMm * mm);
        // Whole bars, no smoothing: the barcode must scan.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(target, barcode);
        y += (kBarcodeHeightMm + 3) * mm;
        painter.drawText(QRectF(0, y, page.width(), metrics.height()), Qt::AlignHCenter, ref);
        y += metrics.height();
    }
}

Status ReceiptPrinter::print(QPrinter *printer) const
{
    const int lines = int(m_text.count(QLatin1Char('\n'))) + 2;
    const qreal lineMm = 3.6;
    const qreal heightMm =
        2 * kMarginMm + lines * lineMm + m_barcodes.size() * (kBarcodeHeightMm + 8);
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

Status ReceiptPrinter::writeCopyPdf(const journal::Journal &journal, qint64 receiptNumber,
                                    const ReceiptSettings &settings, const QString &path)
{
    const auto sale = journal.saleByReceiptNumber(receiptNumber);
    if (!sale)
        return makeError(ErrorCode::NotFound, QStringLiteral("no receipt %1").arg(receiptNumber));
    return ReceiptPrinter(*sale, settings, true).writePdf(path);
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
