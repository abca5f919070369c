#pragma once

#include "core/payment/refunder.h"
#include "core/reconciliation/reconciler.h"
#include "core/refund/refundplan.h"
#include "core/shopdb/refundlookup.h"
#include "ui/managercontext.h"
#include "ui/outcomelabel.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

class RefundDoubtPanel;

// Refunds of SEQR payments: find the sale by scanning the receipt's
// ersReference barcode, by receipt number ("#12" or "12"); each row shows what
// earlier refunds gave back of it; then refund whole rows, part quantities
// (the "Refund qty" column) or a typed amount. Core's RefundPlan decides what
// may be refunded (more than remains, of a row or of the payment, is refused
// before SEQR is asked); the manager confirms the plan — rows, amount, VAT,
// what is left — before it is carried out. A refund receipt (rows with
// prices, VAT) is kept as a PDF beside the sales' receipts. A payment whose
// refund is in doubt takes no other refund: the tab shows that refund with
// what SEQR's report says of it, and the manager settles it there.
class RefundWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundWidget)

public:
    // `timing`: how SEQR's report is waited for (a refund in doubt).
    explicit RefundWidget(ManagerContext context, QWidget *parent = nullptr,
                          ReconcilerTiming timing = {});

    // What Enter in the search field does.
    void find(const QString &text);
    // Sets how much of sold row `row` is given back (updates the amount).
    void setRefundQuantity(int row, const QString &quantity);
    void refundWholeSale();
    // Checks the refund and asks for a confirmation that shows what it will
    // do; the refund is made when the manager confirms.
    void refund();
    // The confirmation being asked, if any.
    QMessageBox *confirmation() const;

    QLineEdit *searchField() const { return m_search; }
    QLineEdit *amountField() const { return m_amount; }
    QPushButton *refundButton() const { return m_refund; }
    QTableWidget *rowsTable() const { return m_rows; }
    QString saleText() const;
    QString resultText() const;
    QString lastRefundReceipt() const { return m_lastReceipt; }
    // The sale's refund in doubt, when it has one (hidden otherwise).
    RefundDoubtPanel *doubtPanel() const { return m_doubtPanel; }
    bool isBusy() const { return m_refunder != nullptr; }

private:
    void showSale();
    // "Receipt 12 of …: … Still refundable: …" for the sale found.
    QString saleSummary();
    // The panel of a refund of this payment in doubt (and no other refund
    // until it is settled).
    void showDoubt();
    // Table row `i`: what was sold, what is given back already, and the
    // cell for what to give back now.
    void showRow(int i, const RefundableRow &row);
    void updateAmount();
    QList<Decimal> quantities() const;
    QString problemText(const RefundPlan &plan) const;
    QString planText(const RefundPlan &plan) const;
    void carryOut(const RefundPlan &plan);
    // The shop database, opened on first use (or why it is away).
    shopdb::ShopAccess shopAccess();
    // Core's limits of the sale's payment: across tills with a shop database.
    Result<RefundLimits> limits();
    Result<Money> refundable();
    QList<RefundableRow> rowsNow();
    RefundPlan makePlan(std::optional<Money> amount);

    ManagerContext m_context;
    std::optional<journal::Sale> m_sale;
    std::optional<Error> m_readError; // the last lookup could not read the journal
    QString m_ers;
    QPointer<Refunder> m_refunder;
    std::unique_ptr<shopdb::ShopDatabase> m_shop;
    QString m_otherTill;             // the sale is another till's (from the shop database)
    QList<RefundableRow> m_planRows; // the rows as the last plan saw them
    QPointer<QMessageBox> m_confirmation;
    QString m_lastReceipt;
    QLineEdit *m_search;
    QLabel *m_saleLabel;
    QTableWidget *m_rows;
    QLineEdit *m_amount;
    QPushButton *m_whole;
    QPushButton *m_refund;
    OutcomeLabel *m_result;
    RefundDoubtPanel *m_doubtPanel;
};

} // namespace kassa::ui
