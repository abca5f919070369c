#include "ui/qrcodewidget.h"

#include <QPainter>

namespace kassa::ui {

namespace {

// Core's matrix of `text`; none (size 0) for empty text or text too long for
// any QR version: nothing to show.
QrMatrix matrixOf(const QString &text)
{
    const auto matrix = encodeQr(text);
    return matrix ? *matrix : QrMatrix{};
}

void paintModules(QPainter &painter, const QrMatrix &matrix, QPoint origin, int pixels)
{
    for (const QrMatrix::Run &run : matrix.darkRuns())
        painter.fillRect(origin.x() + run.x * pixels, origin.y() + run.y * pixels,
                         run.length * pixels, pixels, Qt::black);
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
    m_matrix = matrixOf(text);
    updateGeometry();
    update();
}

int QrCodeWidget::modulePixels() const
{
    if (m_matrix.size == 0)
        return 0;
    const int side = qMin(width(), height());
    return qMax(1, side / (m_matrix.size + 2 * quietZoneModules));
}

QImage QrCodeWidget::render(const QString &text, int pixelsPerModule)
{
    const QrMatrix matrix = matrixOf(text);
    const int side = (matrix.size + 2 * quietZoneModules) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintModules(painter, matrix,
                 QPoint(quietZoneModules * pixelsPerModule, quietZoneModules * pixelsPerModule),
                 pixelsPerModule);
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (qMax(m_matrix.size, 21) + 2 * quietZoneModules) * 8;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = (qMax(m_matrix.size, 21) + 2 * quietZoneModules) * 3;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_matrix.size == 0)
        return;
    const int pixels = modulePixels();
    const int codeSide = m_matrix.size * pixels;
    const QPoint origin((width() - codeSide) / 2, (height() - codeSide) / 2);
    paintModules(painter, m_matrix, origin, pixels);
}

} // namespace kassa::ui
