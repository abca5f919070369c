#include "ui/carttableview.h"

#include "core/sale/cart.h"

#include <QEvent>
#include <QHeaderView>

namespace kassa::ui {

CartTableView::CartTableView(QWidget *parent)
    : QTableView(parent)
{
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setMinimumSectionSize(24);
}

void CartTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        horizontalHeader()->setSectionResizeMode(
            c, c == Cart::DescriptionColumn ? QHeaderView::Stretch : QHeaderView::Fixed);
    // Direct connections: the widths are right before the next paint.
    connect(model, &QAbstractItemModel::rowsInserted, this, &CartTableView::fitColumns);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CartTableView::fitColumns);
    connect(model, &QAbstractItemModel::dataChanged, this, &CartTableView::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &CartTableView::fitColumns);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CartTableView::fitColumns);
    fitColumns();
}

int CartTableView::neededWidth(int column) const
{
    QAbstractItemModel *m = model();
    if (!m)
        return 0;
    int width = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sectionSizeHint(column);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex index = m->index(row, column);
        width = qMax(width, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    // The grid line and a little air, so a figure never touches its neighbour.
    return width + (showGrid() ? 1 : 0) + 8;
}

void CartTableView::fitColumns()
{
    QAbstractItemModel *m = model();
    if (!m)
        return;
    for (int c = 0; c < m->columnCount(); ++c) {
        if (c != Cart::DescriptionColumn)
            setColumnWidth(c, neededWidth(c));
    }
}

void CartTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
}

} // namespace kassa::ui
