#include "ui/qrcodewidget.h"

#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace kassa::ui {

namespace {

// ZXing's QR writer with level M and no margin: one pixel per module.
QList<bool> encode(const QString &text, int *size)
{
    *size = 0;
    if (text.isEmpty())
        return {};
    try {
        // ZXing's level scale is 0-8; 4 selects M (L=2, M=4, Q=6, H=8).
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setEncoding(ZXing::CharacterSet::UTF8)
                                            .setEccLevel(4)
                                            .setMargin(0)
                                            .encode(text.toStdWString(), 1, 1);
        QList<bool> modules;
        modules.reserve(qsizetype(matrix.width()) * matrix.height());
        for (int y = 0; y < matrix.height(); ++y) {
            for (int x = 0; x < matrix.width(); ++x)
                modules.append(matrix.get(x, y));
        }
        *size = matrix.width();
        return modules;
    } catch (const std::exception &) {
        // Text too long for any QR version: nothing to show.
        return {};
    }
}

void paintModules(QPainter &painter, const QList<bool> &modules, int size, QPoint origin,
                  int pixels)
{
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            if (modules[qsizetype(y) * size + x])
                painter.fillRect(origin.x() + x * pixels, origin.y() + y * pixels, pixels, pixels,
                                 Qt::black);
        }
    }
}

} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void QrCodeWidget::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules = encode(text, &m_size);
    updateGeometry();
    update();
}

int QrCodeWidget::modulePixels() const
{
    if (m_size == 0)
        return 0;
    const int side = qMin(width(), height());
    return qMax(1, side / (m_size + 2 * quietZoneModules));
}

QImage QrCodeWidget::render(const QString &text, int pixelsPerModule)
{
    int size = 0;
    const QList<bool> modules = encode(text, &size);
    const int side = (size + 2 * quietZoneModules) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintModules(painter, modules, size,
                 QPoint(quietZoneModules * pixelsPerModule, quietZoneModules * pixelsPerModule),
                 pixelsPerModule);
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (qMax(m_size, 21) + 2 * quietZoneModules) * 8;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = (qMax(m_size, 21) + 2 * quietZoneModules) * 3;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_size == 0)
        return;
    const int pixels = modulePixels();
    const int codeSide = m_size * pixels;
    const QPoint origin((width() - codeSide) / 2, (height() - codeSide) / 2);
    paintModules(painter, m_modules, m_size, origin, pixels);
}

} // namespace kassa::ui
