#pragma once

#include "core/money/money.h"

#include <QWidget>

#include <array>

namespace kassa::ui {

// Sales per hour of the day as bars, labelled with the hour; the tallest bar
// is labelled with its amount.
class HourChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HourChartWidget)

public:
    explicit HourChartWidget(QWidget *parent = nullptr);

    void setSales(const std::array<qint64, 24> &minorPerHour, const Currency &currency);
    // Paints the chart into `rect` of any painter (the Z report's PDF too).
    void paintChart(QPainter *painter, const QRectF &rect) const;
    QSize sizeHint() const override { return {480, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<qint64, 24> m_sales{};
    Currency m_currency = Currency::sek();
};

} // namespace kassa::ui
