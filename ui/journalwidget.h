#pragma once

#include "core/shopdb/journalbrowser.h"
#include "ui/managercontext.h"

#include <QWidget>

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

// The journal by day: sales (receipt number, time, total, tenders, SEQR
// reference, status), refunds and the events an inspector reads (drawer
// openings, float changes, voided carts, price changes, Z reports, copies,
// training sales, return receipts: their kind and a sentence), filtered by a search text, with
// reprint of any receipt (marked as a copy). With a shop database (core's shopdb::JournalBrowser)
// the sales and refunds of every terminal of the shop are in, with the till each was made at; while
// the shop database cannot be reached, this till's journal is shown and a note says that the other
// tills' cannot be.
class JournalWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWidget)

public:
    enum Column
    {
        ReceiptColumn,
        TimeColumn,
        TotalColumn,
        PaidWithColumn,
        SeqrReferenceColumn,
        StatusColumn,
        TillColumn, // shown with a shop database only
        ColumnCount
    };

    explicit JournalWidget(ManagerContext context, QWidget *parent = nullptr);
    ~JournalWidget() override;

    void showDay(const QDate &day);
    void setSearch(const QString &text);
    void refresh();
    QTableWidget *table() const { return m_table; }
    // Shown (and the table emptied) when the journal cannot be read.
    QLabel *problem() const { return m_problem; }
    // Shown while the shop database cannot be read: other tills' sales are missing.
    QLabel *shopNote() const { return m_shopNote; }
    // The receipt number of the selected row: a sale's, or this till's
    // refund's return receipt (0 when none).
    qint64 selectedReceipt() const;
    // The selected sale, this till's or another's (none for a refund).
    std::optional<shopdb::ShopSale> selectedSale() const;
    bool isOwnSale(const shopdb::ShopSale &sale) const;
    Status reprintToPdf(qint64 receiptNumber, const QString &path) const;
    // A copy of the selected sale's receipt (also another till's).
    Status reprintSelectedToPdf(const QString &path) const;
    QPushButton *refundButton() const { return m_refund; }

Q_SIGNALS:
    // "Refund…" on a sale: the refunds tab should find `search` ("#12" for
    // this till's receipt 12, the SEQR reference for another till's sale).
    void refundRequested(const QString &search);

private:
    struct Row
    {
        std::optional<shopdb::ShopSale> sale;
        std::optional<shopdb::ShopRefund> refund;
        std::optional<shopdb::ShopEvent> event;
        qint64 returnReceipt = 0; // a refund's return receipt number (0: none known)
    };
    const Row *selectedRow() const;
    void showInTimeOrder(const QList<QStringList> &rows);
    void appendEventRows(const shopdb::JournalView &view, const QString &needle,
                         QList<QStringList> &rows);
    QString tillName(const QString &tillId, const QString &terminalId, const QString &name) const;
    // refresh()'s steps: the shop database known to be away, the note on
    // what is not shown, each row's cells, the table.
    std::optional<Error> shopDatabaseAway() const;
    void showShopNote(const shopdb::JournalView &view);
    static QString statusText(journal::SaleStatus status);
    QStringList saleCells(const shopdb::ShopSale &entry) const;
    // `returnReceipt`: the refund's return receipt number (empty: none known).
    QStringList refundCells(const shopdb::ShopRefund &entry, const QString &returnReceipt) const;
    void fillTable(const QList<QStringList> &rows);
    void requestRefund();
    void reprintSelected();

    ManagerContext m_context;
    std::unique_ptr<shopdb::JournalBrowser> m_browser;
    QString m_ownTillId;
    QList<Row> m_rows; // what each table row shows
    QDateEdit *m_day;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QLabel *m_problem;
    QLabel *m_shopNote;
    QPushButton *m_refund;
};

} // namespace kassa::ui
