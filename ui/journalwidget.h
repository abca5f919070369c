#pragma once

#include "ui/managercontext.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

// The journal by day: sales (receipt number, time, total, tenders, SEQR
// reference, status) and refunds, filtered by a search text, with reprint of
// any receipt (marked as a copy).
class JournalWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWidget)

public:
    explicit JournalWidget(ManagerContext context, QWidget *parent = nullptr);

    void showDay(const QDate &day);
    void setSearch(const QString &text);
    void refresh();
    QTableWidget *table() const { return m_table; }
    // Shown (and the table emptied) when the journal cannot be read.
    QLabel *problem() const { return m_problem; }
    // The receipt number of the selected row (0 when none or a refund).
    qint64 selectedReceipt() const;
    Status reprintToPdf(qint64 receiptNumber, const QString &path) const;
    QPushButton *refundButton() const { return m_refund; }

Q_SIGNALS:
    // "Refund…" on a sale: the refunds tab should take it.
    void refundRequested(qint64 receiptNumber);

private:
    void reprintSelected();

    ManagerContext m_context;
    QDateEdit *m_day;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_refund;
};

} // namespace kassa::ui
