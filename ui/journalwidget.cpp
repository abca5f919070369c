#include "ui/journalwidget.h"

#include "core/common/errortext.h"
#include "ui/receiptprinter.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

JournalWidget::JournalWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_day(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_problem(new QLabel(this))
    , m_refund(new QPushButton(tr("Refund…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    top->addWidget(new QLabel(tr("Day"), this));
    top->addWidget(m_day);
    m_search->setPlaceholderText(tr("Search: receipt number, SEQR reference, item"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    auto *reprint = new QPushButton(tr("Reprint receipt"), this);
    top->addWidget(reprint);
    top->addWidget(m_refund);
    layout->addLayout(top);
    m_table->setHorizontalHeaderLabels({tr("Receipt"), tr("Time"), tr("Total"), tr("Paid with"),
                                        tr("SEQR reference"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    connect(m_day, &QDateEdit::dateChanged, this, &JournalWidget::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &JournalWidget::refresh);
    connect(reprint, &QPushButton::clicked, this, &JournalWidget::reprintSelected);
    connect(m_refund, &QPushButton::clicked, this, [this] {
        if (const qint64 receipt = selectedReceipt(); receipt > 0)
            Q_EMIT refundRequested(receipt);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &JournalWidget::reprintSelected);
    refresh();
}

void JournalWidget::showDay(const QDate &day)
{
    m_day->setDate(day);
    refresh();
}

void JournalWidget::setSearch(const QString &text)
{
    m_search->setText(text);
}

void JournalWidget::refresh()
{
    const QLocale &l = m_context.locale;
    const QDate day = m_day->date();
    const QDateTime start(day, QTime(0, 0));
    const QDateTime end = start.addDays(1);
    const QString needle = m_search->text().trimmed();
    const auto sales = m_context.journal->sales(start.addDays(-1));
    const auto refunds = m_context.journal->refunds(start);
    if (!sales || !refunds) {
        // Said plainly: an empty table would read as "no sales that day".
        m_table->setRowCount(0);
        m_problem->setText(
            tr("The journal could not be read, so nothing is shown: %1 Try again; if it "
               "persists, call support before taking more payments.")
                .arg(describe(!sales ? sales.error() : refunds.error(), true)));
        m_problem->show();
        return;
    }
    m_problem->hide();
    QList<QStringList> rows;
    for (const journal::Sale &sale : *sales) {
        const QDateTime at =
            (sale.completedAt.isValid() ? sale.completedAt : sale.createdAt).toLocalTime();
        if (at < start || at >= end)
            continue;
        QStringList paid;
        QString ers;
        for (const journal::Tender &t : sale.tenders) {
            paid.append(t.kind == journal::TenderKind::Cash ? tr("cash") : tr("SEQR"));
            if (t.kind == journal::TenderKind::Seqr)
                ers = t.ersReference;
        }
        QString status;
        switch (sale.status) {
        case journal::SaleStatus::Completed:
            status = tr("completed");
            break;
        case journal::SaleStatus::Canceled:
            status = tr("canceled");
            break;
        case journal::SaleStatus::Open:
            status = tr("open");
            break;
        }
        QStringList items;
        for (const journal::SaleRow &r : sale.rows)
            items.append(r.description);
        const QStringList row{sale.receiptNumber ? QString::number(*sale.receiptNumber) : QString(),
                              at.toString(QStringLiteral("HH:mm:ss")),
                              sale.total.toLocalizedString(l),
                              paid.join(QStringLiteral(" + ")),
                              ers,
                              status};
        if (!needle.isEmpty() &&
            !row.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive) &&
            !items.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive))
            continue;
        rows.append(row);
    }
    for (const journal::Refund &refund : *refunds) {
        const QDateTime at = refund.createdAt.toLocalTime();
        if (at < start || at >= end)
            continue;
        const QStringList row{
            QString(),
            at.toString(QStringLiteral("HH:mm:ss")),
            Money(-refund.amount.minorUnits(), refund.amount.currency()).toLocalizedString(l),
            tr("SEQR refund"),
            refund.originalErsReference,
            tr("refund %1").arg(refund.refundErsReference)};
        if (!needle.isEmpty() && !row.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive))
            continue;
        rows.append(row);
    }
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < rows[i].size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(rows[i][c]));
    }
}

qint64 JournalWidget::selectedReceipt() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return 0;
    return m_table->item(selected.first().row(), 0)->text().toLongLong();
}

Status JournalWidget::reprintToPdf(qint64 receiptNumber, const QString &path) const
{
    return ReceiptPrinter::writeCopyPdf(*m_context.journal, receiptNumber,
                                        ReceiptSettings::forTill(*m_context.till, m_context.locale),
                                        path);
}

void JournalWidget::reprintSelected()
{
    const auto sale = m_context.journal->saleByReceiptNumber(selectedReceipt());
    if (!sale)
        return;
    ReceiptPrinter(*sale, ReceiptSettings::forTill(*m_context.till, m_context.locale), true)
        .preview(this);
}

} // namespace kassa::ui
