#include "ui/hourchartwidget.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kassa::ui {

HourChartWidget::HourChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(160);
    updateMinimumWidth();
}

void HourChartWidget::setReport(const ZReport &report)
{
    m_sales = report.salesPerHour;
    m_currency = report.currency;
    std::tie(m_first, m_last) = report.hourRange();
    updateMinimumWidth();
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

HourChartWidget::Layout HourChartWidget::layoutIn(const QFontMetricsF &metrics,
                                                  const QRectF &rect) const
{
    const QList<qint64> axis = ticks();
    const QStringList labels = tickLabels();
    const qreal line = std::ceil(metrics.height());
    const auto width = [&](const QString &text) {
        return std::ceil(metrics.horizontalAdvance(text));
    };
    qreal labelWidth = 0;
    for (const QString &label : labels)
        labelWidth = std::max(labelWidth, width(label));
    const qreal hourWidth = width(QStringLiteral("00"));
    Layout out;
    out.plot = QRectF(rect.left() + labelWidth + line * 0.6, rect.top() + 1.5 * line,
                      rect.width() - labelWidth - line * 0.6 - hourWidth / 2 - 1,
                      rect.height() - 4 * line);
    const QRectF &plot = out.plot;
    out.texts.append({QRectF(rect.left(), rect.top(), rect.width(), line), valueAxisTitle()});
    for (qsizetype i = 0; i < axis.size(); ++i) {
        // Positions are drawing, not money: a ratio of two counts is fine here.
        const qreal y = plot.bottom() - plot.height() * qreal(axis.at(i)) / qreal(axis.last());
        out.texts.append({QRectF(rect.left(), y - line / 2, labelWidth, line), labels.at(i)});
    }
    // Every hour is named when there is room; else every second, third…
    const qreal slot = plot.width() / (m_last - m_first + 1);
    const int every = int(std::max<qreal>(1, std::ceil(hourWidth * 1.4 / std::max(slot, 1.0))));
    for (int h = m_first; h <= m_last; h += every) {
        const qreal centre = plot.left() + (h - m_first + 0.5) * slot;
        out.texts.append(
            {QRectF(centre - hourWidth / 2, plot.bottom() + line * 0.2, hourWidth, line),
             QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'))});
    }
    out.texts.append(
        {QRectF(rect.left(), plot.bottom() + line * 1.4, rect.width(), line), hourAxisTitle()});
    return out;
}

void HourChartWidget::paintChart(QPainter *painter, const QRectF &rect) const
{
    const QList<qint64> axis = ticks();
    const qint64 top = axis.last();
    const Layout layout = layoutIn(QFontMetricsF(painter->font(), painter->device()), rect);
    const QRectF &plot = layout.plot;
    const qreal slot = plot.width() / (m_last - m_first + 1);
    painter->save();
    // The value axis's grid lines, one per tick.
    painter->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0));
    for (const qint64 v : axis) {
        const qreal y = plot.bottom() - plot.height() * qreal(v) / qreal(top);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
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
    painter->setPen(palette().color(QPalette::WindowText));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    // The titles left and centred, the value labels right, the hours centred.
    const qsizetype last = layout.texts.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
        const Text &t = layout.texts.at(i);
        const int align = i == 0                        ? Qt::AlignLeft | Qt::AlignVCenter
                          : i == last                   ? Qt::AlignHCenter | Qt::AlignTop
                          : i <= qsizetype(axis.size()) ? Qt::AlignRight | Qt::AlignVCenter
                                                        : Qt::AlignHCenter | Qt::AlignTop;
        painter->drawText(t.rect, align, t.text);
    }
    painter->restore();
}

void HourChartWidget::updateMinimumWidth()
{
    const QFontMetricsF metrics(font());
    const auto width = [&](const QString &text) {
        return std::ceil(metrics.horizontalAdvance(text));
    };
    qreal labelWidth = 0;
    for (const QString &label : tickLabels())
        labelWidth = std::max(labelWidth, width(label));
    // Room for the value labels and at least four hours named under their bars.
    const qreal chart = labelWidth + metrics.height() * 0.6 + width(QStringLiteral("00")) * 6;
    const qreal needed = std::max({width(valueAxisTitle()), width(hourAxisTitle()), chart}) + 8 + 2;
    setMinimumWidth(int(std::ceil(needed)));
}

void HourChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange ||
        event->type() == QEvent::LanguageChange)
        updateMinimumWidth();
    QWidget::changeEvent(event);
}

void HourChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(&painter, rect().adjusted(4, 4, -4, -4));
}

} // namespace kassa::ui
