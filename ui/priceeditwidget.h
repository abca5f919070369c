#pragma once

#include "core/catalog/pricechange.h"
#include "core/common/result.h"
#include "ui/managercontext.h"
#include "ui/outcomelabel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kassa::ui {

// The manager's price edit: a product found by its barcode, its new price
// typed and saved. Core's changePrice journals the old and the new price,
// when and who (the journal export lists it) before the catalog takes it;
// this widget shows the product and what happened.
class PriceEditWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceEditWidget)

public:
    explicit PriceEditWidget(ManagerContext context, QWidget *parent = nullptr);

    QLineEdit *barcodeField() const { return m_barcode; }
    QLineEdit *priceField() const { return m_price; }
    QPushButton *saveButton() const { return m_save; }
    QString productText() const;
    QString resultText() const;
    // Finds the product of the barcode typed; shows its name and price.
    void find();
    // Saves the typed price.
    Result<catalog::PriceChange> save();

private:
    ManagerContext m_context;
    QLineEdit *m_barcode;
    QLabel *m_product;
    QLineEdit *m_price;
    QPushButton *m_save;
    OutcomeLabel *m_result;
};

} // namespace kassa::ui
