#include "ui/hourchartwidget.h"

#include <QPainter>

#include <algorithm>

namespace kassa::ui {

HourChartWidget::HourChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(120);
}

void HourChartWidget::setSales(const std::array<qint64, 24> &minorPerHour, const Currency &currency)
{
    m_sales = minorPerHour;
    m_currency = currency;
    update();
}

void HourChartWidget::paintChart(QPainter *painter, const QRectF &rect) const
{
    const qint64 top = std::max<qint64>(1, *std::max_element(m_sales.begin(), m_sales.end()));
    const QFontMetricsF metrics(painter->font());
    const qreal labelHeight = metrics.height();
    const qreal barArea = rect.height() - 2 * labelHeight;
    const qreal slot = rect.width() / 24.0;
    painter->save();
    painter->setPen(Qt::NoPen);
    for (int h = 0; h < 24; ++h) {
        // Heights are drawing, not money: a ratio of two counts is fine here.
        const qreal height = barArea * qreal(std::max<qint64>(m_sales[h], 0)) / qreal(top);
        const QRectF bar(rect.left() + h * slot + slot * 0.15,
                         rect.top() + labelHeight + barArea - height, slot * 0.7, height);
        painter->setBrush(QColor(0x0a, 0x7d, 0x3b));
        painter->drawRect(bar);
        if (m_sales[h] == top && top > 1) {
            painter->setPen(palette().color(QPalette::WindowText));
            painter->drawText(
                QRectF(bar.left() - slot, bar.top() - labelHeight, 3 * slot, labelHeight),
                Qt::AlignHCenter | Qt::AlignBottom, Money(top, m_currency).toDecimalString());
            painter->setPen(Qt::NoPen);
        }
    }
    painter->setPen(palette().color(QPalette::WindowText));
    for (int h = 0; h < 24; h += 3)
        painter->drawText(
            QRectF(rect.left() + h * slot, rect.bottom() - labelHeight, 3 * slot, labelHeight),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(h));
    painter->restore();
}

void HourChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(&painter, rect().adjusted(4, 4, -4, -4));
}

} // namespace kassa::ui
