#pragma once

#include "core/money/money.h"
#include "core/reconciliation/zreport.h"

#include <QFontMetricsF>
#include <QWidget>

#include <array>

namespace kassa::ui {

// The Z report's sales per hour as bars, with labelled axes: the hours the
// report shows (each one named under its bar) along the bottom, the amount in
// the report's currency up the side with evenly spaced ticks.
class HourChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HourChartWidget)

public:
    explicit HourChartWidget(QWidget *parent = nullptr);

    void setReport(const ZReport &report);
    // Paints the chart into `rect` of any painter (the Z report's PDF too).
    void paintChart(QPainter *painter, const QRectF &rect) const;
    QSize sizeHint() const override { return {480, 200}; }

    // Where each text of the chart goes in `rect` with `metrics`: every
    // rectangle holds its whole text (a label that would not fit is not
    // drawn: the hours are then named every second, third… hour).
    struct Text
    {
        QRectF rect;
        QString text;
    };
    struct Layout
    {
        QRectF plot;
        QList<Text> texts; // the value axis's title and labels, the hours, their title
    };
    Layout layoutIn(const QFontMetricsF &metrics, const QRectF &rect) const;

    int firstHour() const { return m_first; }
    int lastHour() const { return m_last; }
    // The amounts on the value axis, lowest first (minor units).
    QList<qint64> ticks() const;
    // The same as shown beside the axis: numbers in the widget's locale()
    // (the manager's: "1 500,00" in Swedish, "1,500.00" in English).
    QStringList tickLabels() const;
    QString valueAxisTitle() const;
    QString hourAxisTitle() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Wide enough for the titles and the value labels, however narrow the
    // window (in the widget's font, language and locale).
    void updateMinimumWidth();

    std::array<qint64, 24> m_sales{};
    Currency m_currency = Currency::sek();
    int m_first = 0;
    int m_last = 23;
};

} // namespace kassa::ui
