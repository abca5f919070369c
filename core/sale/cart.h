#pragma once

#include "core/catalog/catalog.h"
#include "core/money/vat.h"
#include "core/sale/salebalance.h"
#include "core/sale/salerow.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>

namespace kassa {

// The customer's cart as a table model: one line per product with its
// quantity (a count, or a weight in kg), an optional row discount, and an
// optional discount on the whole receipt. It decides what may be in a cart —
// positive quantities, whole units for items sold by the piece, discounts
// no larger than what they reduce — and turns itself into sale rows whose
// totals add up exactly: row discounts and the receipt discount become
// negative rows at the VAT rate they reduce. The cashier edits the quantity
// column in place (setData). It also holds the cash handed over toward the
// sale (a split tender leaves the rest to SEQR) and, once a sale is completed,
// that sale's balance (the change to give back) until the next sale starts.
// Emits totalsChanged() after every change.
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

    // What may be typed as a row's quantity: at most maxPieces of a product
    // sold by the piece (whole numbers), at most maxWeightKg of a weighed one
    // (grams at most); the prompts say these bounds and check them as typed.
    static constexpr qint64 maxPieces = 9999;
    static constexpr qint64 maxWeightKg = 1000;
    enum class QuantityProblem
    {
        None,
        NotPositive,
        NotWhole,
        TooManyDecimals,
        TooManyPieces,
        TooHeavy
    };
    static QuantityProblem quantityProblem(bool soldByWeight, const Decimal &quantity);

    explicit Cart(Currency currency = Currency::sek(), QObject *parent = nullptr);

    // The locale amounts and quantities are shown in.
    void setLocale(const QLocale &locale);

    // Adds a product; scanning the same piece product twice in a row counts
    // it up instead of adding a line.
    Status addProduct(const catalog::Product &product,
                      const Decimal &quantity = Decimal::fromInteger(1));
    // A row typed in by hand (kassa-cli's --row), not from the catalog: its
    // description, quantity, unit price (negative for a discount row) and
    // VAT rate are kept as they are, never counted up with the row before.
    // Refuses a quantity that is not more than zero and other currencies.
    Status addTypedRow(const SaleRow &row);
    Status setQuantity(int row, const Decimal &quantity);
    Status setRowDiscount(int row, const Money &discount);
    Status setReceiptDiscount(const Money &discount);
    void voidRow(int row);
    // Empties the cart: rows, discounts, cash received and the last sale.
    void clear();

    // Cash the customer handed over toward this sale (added up); refuses
    // zero, negative or other currencies. More than the total is allowed: the
    // balance then says the change to give back.
    Status addCash(const Money &cash);
    Money cashReceived() const { return m_cash; }
    // Where the sale stands now: total, discounts, cash, to pay, change.
    SaleBalance balance() const;
    // The sale was paid (`paidBySeqr` of it with SEQR) and journaled: its
    // balance is kept as completed() and the cart empties. The next product
    // starts the next sale and forgets it.
    void complete(const Money &paidBySeqr);
    std::optional<SaleBalance> completed() const { return m_completed; }

    bool isEmpty() const { return m_lines.isEmpty(); }
    const QList<Line> &lines() const { return m_lines; }
    Currency currency() const { return m_currency; }
    Money receiptDiscount() const { return m_receiptDiscount; }
    Money total() const;
    QList<VatLine> vat() const;
    // The rows to journal and to invoice; they add up to total().
    QList<SaleRow> saleRows() const;
    // The same without the loyalty rows (what a card's percentage is of).
    QList<SaleRow> rowsBeforeLoyalty() const;
    // The discount rows of the loyalty cards and coupons on the sale (the
    // Checkout works them out by the shop's rules) and their lines below the
    // rows; in total(), saleRows() and balance() until the cart is cleared.
    // Emits totalsChanged() only when they change.
    void setLoyalty(const QList<SaleRow> &rows, const QList<LoyaltyLine> &lines);
    const QList<LoyaltyLine> &loyaltyLines() const { return m_loyaltyLines; }

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
    // complete() was called: completed() holds the sale that ended.
    void saleCompleted();

private:
    Status checkQuantity(const catalog::Product &product, const Decimal &quantity) const;
    Money subtotal() const;
    void changed();

    Currency m_currency;
    QLocale m_locale;
    QList<Line> m_lines;
    Money m_receiptDiscount;
    QList<SaleRow> m_loyaltyRows;
    QList<LoyaltyLine> m_loyaltyLines;
    Money m_cash;
    std::optional<SaleBalance> m_completed;
};

// A quantity for display: "2", "0,250" in the given locale.
QString quantityText(const Decimal &quantity, bool byWeight, const QLocale &locale);
// A quantity typed by a person: "0,5" and "0.5" alike, whatever the locale
// (a quantity has no group separators).
Result<Decimal> parseQuantity(QStringView text, const QLocale &locale);

} // namespace kassa
