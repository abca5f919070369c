#pragma once

#include <QTableView>

namespace kassa::ui {

// The cart's rows as the cashier and the customer see them: every figure
// column (quantity, price, discount, amount) is as wide as its widest text —
// header and every row, visible or not — after every change, so no figure is
// ever cut; the description takes the rest and elides a long name.
class CartTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartTableView)

public:
    explicit CartTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The width `column` needs so that none of its texts is cut.
    int neededWidth(int column) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
};

} // namespace kassa::ui
