#include "ui/tableheaders.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace kassa::ui {

void keepHeadersWhole(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                        header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    int widest = header->minimumSectionSize();
    int sum = 0;
    for (int i = 0; i < header->count(); ++i) {
        const QString text = table->model()->headerData(i, Qt::Horizontal).toString();
        const int width = metrics.horizontalAdvance(text) + padding;
        widest = std::max(widest, width);
        if (!table->isColumnHidden(i))
            sum += width;
    }
    header->setMinimumSectionSize(widest);
    table->setMinimumWidth(
        std::max(table->minimumWidth(), sum + 2 * table->frameWidth() +
                                            table->verticalHeader()->sizeHint().width() *
                                                (table->verticalHeader()->isVisible() ? 1 : 0)));
}

} // namespace kassa::ui
