#pragma once

#include "core/catalog/catalog.h"

#include <QDialog>
#include <QLocale>

class QLineEdit;
class QListWidget;

namespace kassa::ui {

// Finds a product by name, SKU or EAN as the cashier types; Enter or a
// double click picks the highlighted one (productChosen, then accepted).
class ProductSearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductSearchDialog)

public:
    ProductSearchDialog(const catalog::Catalog *catalog, const QString &text, const QLocale &locale,
                        QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    int resultCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void productChosen(const kassa::catalog::Product &product);

private:
    void updateResults();
    void choose();

    const catalog::Catalog *m_catalog;
    QLocale m_locale;
    QLineEdit *m_field;
    QListWidget *m_results;
    QList<catalog::Product> m_found;
};

} // namespace kassa::ui
