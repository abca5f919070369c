#include "ui/hourchartwidget.h"

#include <QPainter>

#include <algorithm>

namespace kassa::ui {

HourChartWidget::HourChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(160);
}

void HourChartWidget::setReport(const ZReport &report)
{
    m_sales = report.salesPerHour;
    m_currency = report.currency;
    std::tie(m_first, m_last) = report.hourRange();
    update();
}

QList<qint64> HourChartWidget::ticks() const
{
    const qint64 top = std::max<qint64>(0, *std::max_element(m_sales.begin(), m_sales.end()));
    // A step of 1, 2 or 5 × 10^k minor units giving at most 4 steps up to the top.
    qint64 unit = 1;
    for (int i = 0; i < m_currency.decimals(); ++i)
        unit *= 10;
    qint64 step = unit;
    for (qint64 magnitude = unit; step * 4 < top; magnitude *= 10) {
        for (qint64 m : {1, 2, 5}) {
            step = m * magnitude;
            if (step * 4 >= top)
                break;
        }
    }
    QList<qint64> list;
    for (qint64 v = 0; list.size() < 2 || list.last() < top; v += step)
        list.append(v);
    return list;
}

QStringList HourChartWidget::tickLabels() const
{
    QStringList labels;
    for (qint64 v : ticks())
        labels.append(Money(v, m_currency).toLocalizedString(locale()));
    return labels;
}

QString HourChartWidget::valueAxisTitle() const
{
    return tr("Sales (%1)").arg(m_currency.code());
}

QString HourChartWidget::hourAxisTitle() const
{
    return tr("Hour of the day");
}

void HourChartWidget::paintChart(QPainter *painter, const QRectF &rect) const
{
    const QList<qint64> axis = ticks();
    const QStringList labels = tickLabels();
    const qint64 top = axis.last();
    const QFontMetricsF metrics(painter->font(), painter->device());
    const qreal line = metrics.height();
    qreal labelWidth = 0;
    for (const QString &label : labels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const QRectF plot(rect.left() + labelWidth + line * 0.6, rect.top() + 1.5 * line,
                      rect.width() - labelWidth - line * 1.0, rect.height() - 4 * line);
    const int hours = m_last - m_first + 1;
    const qreal slot = plot.width() / hours;
    const QColor text = palette().color(QPalette::WindowText);
    painter->save();
    // The value axis: title above, ticks with grid lines.
    painter->setPen(text);
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter, valueAxisTitle());
    for (qsizetype i = 0; i < axis.size(); ++i) {
        const qint64 v = axis.at(i);
        // Positions are drawing, not money: a ratio of two counts is fine here.
        const qreal y = plot.bottom() - plot.height() * qreal(v) / qreal(top);
        painter->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(text);
        painter->drawText(QRectF(rect.left(), y - line / 2, labelWidth, line),
                          Qt::AlignRight | Qt::AlignVCenter, labels.at(i));
    }
    // The bars, each hour named under its bar.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x0a, 0x7d, 0x3b));
    for (int h = m_first; h <= m_last; ++h) {
        const int i = h - m_first;
        const qreal height = plot.height() * qreal(std::max<qint64>(m_sales[h], 0)) / qreal(top);
        painter->drawRect(QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - height,
                                 slot * 0.7, height));
    }
    painter->setPen(text);
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    // Every hour is named when there is room; else every second or third.
    const qreal labelRoom = metrics.horizontalAdvance(QStringLiteral("00")) * 1.4;
    const int every = slot >= labelRoom ? 1 : (2 * slot >= labelRoom ? 2 : 3);
    for (int h = m_first; h <= m_last; ++h) {
        if ((h - m_first) % every != 0)
            continue;
        painter->drawText(
            QRectF(plot.left() + (h - m_first) * slot, plot.bottom() + line * 0.2, slot, line),
            Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    }
    painter->drawText(QRectF(plot.left(), plot.bottom() + line * 1.4, plot.width(), line),
                      Qt::AlignHCenter | Qt::AlignTop, hourAxisTitle());
    painter->restore();
}

void HourChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(&painter, rect().adjusted(4, 4, -4, -4));
}

} // namespace kassa::ui
