#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journaltypes.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace kassa {

// The customer's cart as a table model: one line per product with its
// quantity (a count, or a weight in kg), an optional row discount, and an
// optional discount on the whole receipt. It decides what may be in a cart —
// positive quantities, whole units for items sold by the piece, discounts
// no larger than what they reduce — and turns itself into sale rows whose
// totals add up exactly: row discounts and the receipt discount become
// negative rows at the VAT rate they reduce. The cashier edits the quantity
// column in place (setData). Emits totalsChanged() after every change.
class Cart final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cart)

public:
    enum Column
    {
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        DiscountColumn,
        TotalColumn,
        ColumnCount
    };

    struct Line
    {
        catalog::Product product;
        Decimal quantity = Decimal::fromInteger(1);
        Money discount; // off this line's gross, ≥ 0
        Money gross() const;
        Money total() const;
    };

    explicit Cart(Currency currency = Currency::sek(), QObject *parent = nullptr);

    // The locale amounts and quantities are shown in.
    void setLocale(const QLocale &locale);

    // Adds a product; scanning the same piece product twice in a row counts
    // it up instead of adding a line.
    Status addProduct(const catalog::Product &product,
                      const Decimal &quantity = Decimal::fromInteger(1));
    Status setQuantity(int row, const Decimal &quantity);
    Status setRowDiscount(int row, const Money &discount);
    Status setReceiptDiscount(const Money &discount);
    void voidRow(int row);
    void clear();

    bool isEmpty() const { return m_lines.isEmpty(); }
    const QList<Line> &lines() const { return m_lines; }
    Currency currency() const { return m_currency; }
    Money receiptDiscount() const { return m_receiptDiscount; }
    Money total() const;
    QList<VatLine> vat() const;
    // The rows to journal and to invoice; they add up to total().
    QList<journal::SaleRow> saleRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void totalsChanged();
    // A line was added or counted up (for the view to show it).
    void lineTouched(int row);

private:
    Status checkQuantity(const catalog::Product &product, const Decimal &quantity) const;
    Money subtotal() const;
    void changed();

    Currency m_currency;
    QLocale m_locale;
    QList<Line> m_lines;
    Money m_receiptDiscount;
};

// A quantity for display: "2", "0,250" in the given locale.
QString quantityText(const Decimal &quantity, bool byWeight, const QLocale &locale);
// A quantity typed by a person: the locale's decimal separator or '.'.
Result<Decimal> parseQuantity(QStringView text, const QLocale &locale);

} // namespace kassa
