#include "ui/journalwidget.h"

#include "core/payment/returnreceipts.h"
#include "core/receipt/journalreceipts.h"
#include "core/reconciliation/tilleventtext.h"
#include "core/sale/rowtext.h"
#include "core/terminal/errortext.h"
#include "ui/plainlabel.h"
#include "ui/receiptprinter.h"
#include "ui/tableheaders.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace kassa::ui {

namespace {

shopdb::ShopDatabaseConfig shopDatabaseOf(const ManagerContext &context)
{
    return context.till ? context.till->shopDatabase : shopdb::ShopDatabaseConfig();
}

} // namespace

JournalWidget::JournalWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_browser(std::make_unique<shopdb::JournalBrowser>(
          m_context.journal,
          shopdb::TillIdentity{{},
                               m_context.till ? m_context.till->terminalId : QString(),
                               m_context.till ? m_context.till->name : QString(),
                               QStringLiteral("till")},
          shopDatabaseOf(m_context)))
    , m_day(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problem(new PlainLabel(this))
    , m_shopNote(new PlainLabel(this))
    , m_refund(new QPushButton(tr("Refund…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    top->addWidget(new PlainLabel(tr("Day"), this));
    top->addWidget(m_day);
    m_search->setPlaceholderText(m_browser->hasShopDatabase()
                                     ? tr("Search: receipt number, SEQR reference, item, till")
                                     : tr("Search: receipt number, SEQR reference, item"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    auto *reprint = new QPushButton(tr("Reprint receipt"), this);
    top->addWidget(reprint);
    top->addWidget(m_refund);
    layout->addLayout(top);
    m_table->setHorizontalHeaderLabels({tr("Receipt"), tr("Time"), tr("Total"), tr("Paid with"),
                                        tr("SEQR reference"), tr("Status"), tr("Till")});
    // The till column tells the shop's terminals apart; a till on its own has one.
    m_table->setColumnHidden(TillColumn, !m_browser->hasShopDatabase());
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    keepHeadersWhole(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_shopNote->setWordWrap(true);
    m_shopNote->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    m_shopNote->hide();
    layout->addWidget(m_shopNote);
    layout->addWidget(m_table, 1);
    connect(m_day, &QDateEdit::dateChanged, this, &JournalWidget::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &JournalWidget::refresh);
    connect(reprint, &QPushButton::clicked, this, &JournalWidget::reprintSelected);
    connect(m_refund, &QPushButton::clicked, this, &JournalWidget::requestRefund);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &JournalWidget::reprintSelected);
    refresh();
}

JournalWidget::~JournalWidget() = default;

void JournalWidget::showDay(const QDate &day)
{
    m_day->setDate(day);
    refresh();
}

void JournalWidget::setSearch(const QString &text)
{
    m_search->setText(text);
}

QString JournalWidget::tillName(const QString &tillId, const QString &terminalId,
                                const QString &name) const
{
    if (tillId == m_ownTillId && m_context.till) {
        // This till as it is called now (the manager may just have renamed it).
        if (!m_context.till->name.isEmpty())
            return m_context.till->name;
        if (!m_context.till->terminalId.isEmpty())
            return m_context.till->terminalId;
        return tr("this till");
    }
    return name.isEmpty() ? terminalId : name;
}

// While the till's ShopSync cannot reach the shop database, neither would
// the journal's browser: the manager is not kept waiting for a connect timeout.
std::optional<Error> JournalWidget::shopDatabaseAway() const
{
    if (!m_context.shopSync)
        return std::nullopt;
    const shopdb::ShopSyncStatus link = m_context.shopSync->status();
    if (link.state == shopdb::ShopSyncStatus::State::Offline &&
        link.lastError.code == ErrorCode::ConnectionProblem)
        return link.lastError;
    return std::nullopt;
}

void JournalWidget::refresh()
{
    const QDateTime start(m_day->date(), QTime(0, 0));
    const QString needle = m_search->text().trimmed();
    const auto view = m_browser->browse(start, start.addDays(1), needle, 500, shopDatabaseAway());
    m_rows.clear();
    if (!view) {
        // Said plainly: an empty table would read as "no sales that day".
        m_table->setRowCount(0);
        m_problem->setText(
            tr("The journal could not be read, so nothing is shown: %1 Try again; if it "
               "persists, call support before taking more payments.")
                .arg(describe(view.error(), true)));
        m_problem->show();
        m_shopNote->hide();
        return;
    }
    m_problem->hide();
    m_ownTillId = view->ownTillId;
    showShopNote(*view);
    const bool shopWide = m_browser->hasShopDatabase();
    // This till's rows are filtered here by what they show, as always; the
    // other tills' were picked by the shop database.
    auto keep = [&](const QString &tillId, const QStringList &row, const QStringList &items) {
        if (needle.isEmpty() || tillId != m_ownTillId)
            return true;
        const QStringList shown = shopWide ? row : row.mid(0, TillColumn);
        return shown.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive) ||
               items.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive);
    };
    QList<QStringList> rows;
    for (const shopdb::ShopSale &entry : view->sales) {
        QStringList items;
        for (const journal::SaleRow &r : entry.sale.rows)
            items.append(rowText(r));
        const QStringList row = saleCells(entry);
        if (!keep(entry.tillId, row, items))
            continue;
        rows.append(row);
        m_rows.append(Row{entry, std::nullopt, std::nullopt});
    }
    // A refund's return receipt (its own number in the till's series) is
    // shown on the refund's row, not as a row of its own.
    QHash<QString, QString> returnReceipts; // refund's SEQR reference -> receipt number
    for (const shopdb::ShopEvent &entry : view->events) {
        if (entry.event.kind == u"return-receipt")
            returnReceipts.insert(entry.tillId + u'|' + entry.event.detail, entry.event.reference);
    }
    for (const shopdb::ShopRefund &entry : view->refunds) {
        const QStringList row = refundCells(
            entry, returnReceipts.value(entry.tillId + u'|' + entry.refund.refundErsReference));
        if (!keep(entry.tillId, row, {}))
            continue;
        rows.append(row);
        m_rows.append(Row{std::nullopt, entry, std::nullopt, row.first().toLongLong()});
    }
    appendEventRows(*view, needle, rows);
    showInTimeOrder(rows);
}

// As an inspector reads a day: sales, refunds and events in time order
// (m_rows follows the table's rows).
void JournalWidget::showInTimeOrder(const QList<QStringList> &rows)
{
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return rows[a][TimeColumn] < rows[b][TimeColumn]; });
    QList<QStringList> sortedRows;
    QList<Row> sortedEntries;
    for (int i : order) {
        sortedRows.append(rows[i]);
        sortedEntries.append(m_rows[i]);
    }
    m_rows = std::move(sortedEntries);
    fillTable(sortedRows);
}

void JournalWidget::showShopNote(const shopdb::JournalView &view)
{
    if (view.shopProblem) {
        m_shopNote->setText(
            tr("Only this till's sales and refunds are shown: the shop database cannot be "
               "reached now, so the other tills' cannot be shown. Try again later."));
        // The database's own words: shown as text, never as markup.
        m_shopNote->setToolTip(Qt::convertFromPlainText(view.shopProblem->detail));
        m_shopNote->show();
    } else if (view.truncated) {
        m_shopNote->setText(tr("Not all of the other tills' sales are shown: more match than "
                               "fit. Narrow the search."));
        m_shopNote->setToolTip({});
        m_shopNote->show();
    } else {
        m_shopNote->hide();
    }
}

QString JournalWidget::statusText(journal::SaleStatus status)
{
    switch (status) {
    case journal::SaleStatus::Completed:
        return tr("completed");
    case journal::SaleStatus::Canceled:
        return tr("canceled");
    case journal::SaleStatus::Open:
        return tr("open");
    }
    return {};
}

QStringList JournalWidget::saleCells(const shopdb::ShopSale &entry) const
{
    const journal::Sale &sale = entry.sale;
    const QDateTime at =
        (sale.completedAt.isValid() ? sale.completedAt : sale.createdAt).toLocalTime();
    QStringList paid;
    QString ers;
    for (const journal::Tender &t : sale.tenders) {
        paid.append(t.kind == journal::TenderKind::Cash ? tr("cash") : tr("SEQR"));
        if (t.kind == journal::TenderKind::Seqr)
            ers = t.ersReference;
    }
    return {sale.receiptNumber ? QString::number(*sale.receiptNumber) : QString(),
            at.toString(QStringLiteral("HH:mm:ss")),
            sale.total.toLocalizedString(m_context.locale),
            paid.join(QStringLiteral(" + ")),
            ers,
            sale.training
                ? tr("%1, training (ÖVNINGSKVITTO): not a sale").arg(statusText(sale.status))
                : statusText(sale.status),
            tillName(entry.tillId, entry.terminalId, entry.tillName)};
}

QStringList JournalWidget::refundCells(const shopdb::ShopRefund &entry,
                                       const QString &returnReceipt) const
{
    const journal::Refund &refund = entry.refund;
    const QDateTime at = refund.createdAt.toLocalTime();
    return {returnReceipt,
            at.toString(QStringLiteral("HH:mm:ss")),
            Money(-refund.amount.minorUnits(), refund.amount.currency())
                .toLocalizedString(m_context.locale),
            tr("SEQR refund"),
            refund.originalErsReference,
            tr("refund %1").arg(refund.refundErsReference),
            tillName(entry.tillId, entry.terminalId, entry.tillName)};
}

void JournalWidget::fillTable(const QList<QStringList> &rows)
{
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < rows[i].size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(rows[i][c]));
    }
}

void JournalWidget::appendEventRows(const shopdb::JournalView &view, const QString &needle,
                                    QList<QStringList> &rows)
{
    const QLocale &l = m_context.locale;
    for (const shopdb::ShopEvent &entry : view.events) {
        // What an inspector reads besides sales: drawer openings, the float,
        // voided carts, price changes, Z reports, copies, training, returns.
        const journal::TillEvent &e = entry.event;
        // Shown as rows already: returns (the refund's row) and this till's
        // training sales (its sales, marked as training).
        if (e.kind == u"return-receipt" ||
            (e.kind == u"training-sale" && entry.tillId == m_ownTillId))
            continue;
        const bool receipt = e.kind == u"receipt-copy" || e.kind == u"training-sale";
        const QStringList row{receipt ? e.reference : QString(),
                              e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                              e.amount ? e.amount->toLocalizedString(l) : QString(),
                              tillEventKindName(e.kind),
                              QString(),
                              describeTillEvent(e, l),
                              tillName(entry.tillId, entry.terminalId, entry.tillName)};
        if (!needle.isEmpty() && !row.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive))
            continue;
        rows.append(row);
        m_rows.append(Row{std::nullopt, std::nullopt, entry});
    }
}

const JournalWidget::Row *JournalWidget::selectedRow() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || selected.first().row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(selected.first().row());
}

qint64 JournalWidget::selectedReceipt() const
{
    const Row *row = selectedRow();
    if (row && row->refund && row->refund->tillId == m_ownTillId)
        return row->returnReceipt; // this till's return receipt (0: none)
    return row && row->sale ? row->sale->sale.receiptNumber.value_or(0) : 0;
}

std::optional<shopdb::ShopSale> JournalWidget::selectedSale() const
{
    const Row *row = selectedRow();
    return row ? row->sale : std::nullopt;
}

bool JournalWidget::isOwnSale(const shopdb::ShopSale &sale) const
{
    return sale.tillId == m_ownTillId;
}

void JournalWidget::requestRefund()
{
    const auto sale = selectedSale();
    if (!sale || !sale->sale.receiptNumber)
        return;
    if (isOwnSale(*sale)) {
        Q_EMIT refundRequested(QStringLiteral("#%1").arg(*sale->sale.receiptNumber));
        return;
    }
    // Another till's receipt number means nothing here: its SEQR payment
    // finds it in the shop database (a cash sale is refunded in cash).
    for (const journal::Tender &t : sale->sale.tenders) {
        if (t.kind == journal::TenderKind::Seqr && !t.ersReference.isEmpty()) {
            Q_EMIT refundRequested(t.ersReference);
            return;
        }
    }
    m_shopNote->setText(tr("Receipt %1 of %2 was paid in cash: refund it in cash.")
                            .arg(*sale->sale.receiptNumber)
                            .arg(tillName(sale->tillId, sale->terminalId, sale->tillName)));
    m_shopNote->setToolTip({});
    m_shopNote->show();
}

Status JournalWidget::reprintToPdf(qint64 receiptNumber, const QString &path) const
{
    return ReceiptPrinter::writeCopyPdf(*m_context.journal, receiptNumber,
                                        ReceiptSettings::forTill(*m_context.till, m_context.locale),
                                        m_context.cashierId, path);
}

Status JournalWidget::reprintSelectedToPdf(const QString &path) const
{
    const auto sale = selectedSale();
    if (!sale && selectedReceipt() > 0) // this till's return receipt
        return reprintToPdf(selectedReceipt(), path);
    if (!sale || !sale->sale.receiptNumber)
        return makeError(ErrorCode::NotFound, QStringLiteral("no receipt is selected"));
    // This till's receipt gets its one copy; another till's is that till's
    // to copy, shown here as the shop database holds it.
    if (isOwnSale(*sale))
        return reprintToPdf(*sale->sale.receiptNumber, path);
    return ReceiptPrinter(sale->sale, ReceiptSettings::forTill(*m_context.till, m_context.locale),
                          true)
        .writePdf(path);
}

void JournalWidget::reprintSelected()
{
    const auto sale = selectedSale();
    const ReceiptSettings settings = ReceiptSettings::forTill(*m_context.till, m_context.locale);
    if (sale && !isOwnSale(*sale)) {
        if (sale->sale.receiptNumber)
            ReceiptPrinter(sale->sale, settings, true).preview(this);
        return;
    }
    // This till's receipt, a sale's or a return's: its one copy.
    const qint64 number = selectedReceipt();
    if (number <= 0)
        return;
    auto copy = recordReceiptCopy(*m_context.journal, number, m_context.cashierId);
    auto content = copy ? journaledReceiptCopy(*m_context.journal, number, settings)
                        : Result<ReceiptContent>(copy.error());
    if (!content) {
        QMessageBox::information(this, tr("Reprint"), content.error().detail);
        return;
    }
    ReceiptPrinter(*content).preview(this);
}

} // namespace kassa::ui
