#include "ui/refundwidget.h"

#include "core/common/errortext.h"
#include "core/sale/cart.h"
#include "core/sale/salerow.h"
#include "ui/receiptprinter.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

enum Column
{
    DescriptionColumn,
    SoldColumn,
    TotalColumn,
    RefundColumn,
    ColumnCount
};

} // namespace

RefundWidget::RefundWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_search(new QLineEdit(this))
    , m_saleLabel(new QLabel(this))
    , m_rows(new QTableWidget(0, ColumnCount, this))
    , m_amount(new QLineEdit(this))
    , m_whole(new QPushButton(tr("Refund the whole sale"), this))
    , m_refund(new QPushButton(tr("Refund"), this))
    , m_result(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(
        tr("Scan the receipt's SEQR barcode, or type a receipt number like #12"));
    layout->addWidget(m_search);
    m_saleLabel->setWordWrap(true);
    layout->addWidget(m_saleLabel);
    m_rows->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Amount"), tr("Refund qty")});
    m_rows->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    layout->addWidget(m_rows, 1);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(new QLabel(tr("Amount to refund"), this));
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_whole);
    amountRow->addWidget(m_refund);
    layout->addLayout(amountRow);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_search->text().trimmed();
        m_search->clear();
        find(text);
    });
    connect(m_rows, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == RefundColumn)
            updateAmount();
    });
    connect(m_whole, &QPushButton::clicked, this, &RefundWidget::refundWholeSale);
    connect(m_refund, &QPushButton::clicked, this, &RefundWidget::refund);
    showSale();
}

QString RefundWidget::saleText() const
{
    return m_saleLabel->text();
}

QString RefundWidget::resultText() const
{
    return m_result->text();
}

void RefundWidget::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold")
                                    : QStringLiteral("color: #0a5d2b; font-weight: bold"));
}

void RefundWidget::find(const QString &text)
{
    m_sale.reset();
    m_ers.clear();
    QString t = text;
    const bool receipt = t.startsWith(QLatin1Char('#'));
    if (receipt)
        t.remove(0, 1);
    bool number = false;
    const qint64 n = t.toLongLong(&number);
    // Receipt numbers are short; ersReferences are long digit strings.
    if (number && (receipt || t.size() <= 6))
        m_sale = m_context.journal->saleByReceiptNumber(n);
    if (!m_sale && !receipt)
        m_sale = m_context.journal->saleByErsReference(t);
    if (m_sale) {
        for (const journal::Tender &tender : m_sale->tenders) {
            if (tender.kind == journal::TenderKind::Seqr)
                m_ers = tender.ersReference;
        }
    }
    showSale();
    if (!m_sale)
        showResult(tr("No sale found for %1.").arg(text), true);
    else if (m_ers.isEmpty())
        showResult(
            tr("Receipt %1 was not paid with SEQR; refund it in cash.").arg(*m_sale->receiptNumber),
            true);
    else
        showResult({}, false);
}

void RefundWidget::showSale()
{
    const QSignalBlocker block(m_rows);
    m_rows->setRowCount(0);
    m_amount->clear();
    const bool usable = m_sale && !m_ers.isEmpty();
    m_amount->setEnabled(usable);
    m_whole->setEnabled(usable);
    m_refund->setEnabled(usable);
    if (!m_sale) {
        m_saleLabel->setText(tr("Find a sale to refund."));
        return;
    }
    const QLocale &l = m_context.locale;
    const Money remaining = m_context.journal->refundable(m_ers).valueOr(Money());
    m_saleLabel->setText(
        tr("Receipt %1 of %2: %3 %4. SEQR reference %5. Still refundable: %6.")
            .arg(m_sale->receiptNumber.value_or(0))
            .arg(m_sale->completedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 m_sale->total.toLocalizedString(l), m_sale->total.currency().code(),
                 m_ers.isEmpty() ? tr("none") : m_ers,
                 m_ers.isEmpty() ? QStringLiteral("-") : remaining.toLocalizedString(l)));
    m_rows->setRowCount(int(m_sale->rows.size()));
    for (int i = 0; i < m_sale->rows.size(); ++i) {
        const journal::SaleRow &row = m_sale->rows[i];
        const bool byWeight = row.quantity.scale() > 0;
        auto *desc = new QTableWidgetItem(row.description);
        auto *sold = new QTableWidgetItem(quantityText(row.quantity, byWeight, l));
        auto *total = new QTableWidgetItem(row.total.toLocalizedString(l));
        auto *refund = new QTableWidgetItem(quantityText(Decimal(), byWeight, l));
        for (QTableWidgetItem *item : {desc, sold, total})
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_rows->setItem(i, DescriptionColumn, desc);
        m_rows->setItem(i, SoldColumn, sold);
        m_rows->setItem(i, TotalColumn, total);
        m_rows->setItem(i, RefundColumn, refund);
    }
}

void RefundWidget::setRefundQuantity(int row, const QString &quantity)
{
    if (QTableWidgetItem *item = m_rows->item(row, RefundColumn))
        item->setText(quantity);
}

void RefundWidget::updateAmount()
{
    if (!m_sale)
        return;
    qint64 sum = 0;
    for (int i = 0; i < m_sale->rows.size(); ++i) {
        const auto q = parseQuantity(m_rows->item(i, RefundColumn)->text(), m_context.locale);
        const auto share = q ? shareOfRow(m_sale->rows[i], *q) : Result<Money>(q.error());
        if (!share) {
            showResult(
                tr("Row %1: the refund quantity must be between 0 and what was sold.").arg(i + 1),
                true);
            return;
        }
        sum += share->minorUnits();
    }
    showResult({}, false);
    m_amount->setText(
        Money(qMax<qint64>(sum, 0), m_sale->total.currency()).toLocalizedString(m_context.locale));
}

void RefundWidget::refundWholeSale()
{
    if (!m_sale)
        return;
    for (int i = 0; i < m_sale->rows.size(); ++i)
        setRefundQuantity(i, quantityText(m_sale->rows[i].quantity,
                                          m_sale->rows[i].quantity.scale() > 0, m_context.locale));
    // A sale paid partly in cash gives back in SEQR only what SEQR paid.
    const Money remaining = m_context.journal->refundable(m_ers).valueOr(Money());
    if (remaining.minorUnits() < m_sale->total.minorUnits())
        m_amount->setText(remaining.toLocalizedString(m_context.locale));
}

void RefundWidget::refund()
{
    if (!m_sale || m_ers.isEmpty() || m_refunder)
        return;
    const Currency currency = m_sale->total.currency();
    const auto amount = Money::parseLocalized(m_amount->text(), currency, m_context.locale);
    if (!amount || !amount->isPositive())
        return showResult(tr("Type the amount to refund, or choose rows."), true);
    const Money remaining = m_context.journal->refundable(m_ers).valueOr(Money(0, currency));
    if (amount->minorUnits() > remaining.minorUnits())
        return showResult(tr("At most %1 of this payment can still be refunded; nothing was "
                             "sent to SEQR.")
                              .arg(remaining.toLocalizedString(m_context.locale)),
                          true);
    QList<journal::SaleRow> rows;
    for (int i = 0; i < m_sale->rows.size(); ++i) {
        const auto q = parseQuantity(m_rows->item(i, RefundColumn)->text(), m_context.locale);
        if (!q || q->isZero())
            continue;
        journal::SaleRow row = m_sale->rows[i];
        row.quantity = *q;
        row.total = shareOfRow(m_sale->rows[i], *q).valueOr(Money(0, currency));
        rows.append(row);
    }
    showResult(tr("Refunding…"), false);
    m_refund->setEnabled(false);
    m_refunder = new Refunder(m_context.client, m_context.journal, this);
    connect(m_refunder, &Refunder::finished, this, [this] {
        Refunder *refunder = m_refunder;
        m_refunder = nullptr;
        refunder->deleteLater();
        m_refund->setEnabled(true);
        const auto &result = refunder->result();
        if (!result)
            return showResult(tr("Not refunded: %1").arg(describe(result.error(), false)), true);
        const QString path =
            QDir(m_context.receiptFolder)
                .filePath(QStringLiteral("refund-%1.pdf").arg(result->refundErsReference));
        if (ReceiptPrinter(refundReceiptText(*result), {result->refundErsReference}).writePdf(path))
            m_lastReceipt = path;
        const Refunder::Outcome outcome = *result;
        // Show the sale afresh (what remains), then what happened.
        find(QStringLiteral("#%1").arg(m_sale->receiptNumber.value_or(0)));
        showResult(tr("Refunded %1. Refund reference %2. Still refundable: %3.")
                       .arg(outcome.amount.toLocalizedString(m_context.locale),
                            outcome.refundErsReference,
                            outcome.remaining.toLocalizedString(m_context.locale)),
                   false);
    });
    m_refunder->refund(m_ers, *amount, m_context.cashierId, rows);
}

QString RefundWidget::refundReceiptText(const Refunder::Outcome &outcome) const
{
    QString out = m_context.till->shopName + QLatin1Char('\n');
    out += QStringLiteral("ÅTERBETALNING / REFUND\n");
    out += QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QLatin1Char('\n');
    out += QStringLiteral("Kvitto/Receipt %1\n").arg(m_sale->receiptNumber.value_or(0));
    out += QStringLiteral("SEQR-betalning/SEQR payment %1\n").arg(m_ers);
    out += QString(42, QLatin1Char('-')) + QLatin1Char('\n');
    for (int i = 0; i < m_sale->rows.size(); ++i) {
        const auto q = parseQuantity(m_rows->item(i, RefundColumn)->text(), m_context.locale);
        if (q && !q->isZero())
            out += m_sale->rows[i].description + QStringLiteral("  ") + q->toString() +
                   QLatin1Char('\n');
    }
    out += QStringLiteral("Återbetalt/Refunded %1 %2\n")
               .arg(outcome.amount.toDecimalString(), outcome.amount.currency().code());
    out += QStringLiteral("Referens/Reference %1\n").arg(outcome.refundErsReference);
    out += QStringLiteral("Kvar att återbetala/Still refundable %1\n")
               .arg(outcome.remaining.toDecimalString());
    return out;
}

} // namespace kassa::ui
