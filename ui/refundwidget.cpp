#include "ui/refundwidget.h"

#include "core/receipt/receiptbuilder.h"
#include "core/sale/cart.h"
#include "core/sale/rowtext.h"
#include "core/sale/salerow.h"
#include "core/shopdb/refundlookup.h"
#include "core/terminal/errortext.h"
#include "ui/confirmation.h"
#include "ui/outcomelabel.h"
#include "ui/plainlabel.h"
#include "ui/receiptprinter.h"
#include "ui/refunddoubtpanel.h"
#include "ui/returnreceiptfile.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

enum Column
{
    DescriptionColumn,
    SoldColumn,
    PriceColumn,
    TotalColumn,
    RefundedColumn,
    RefundColumn,
    ColumnCount
};

} // namespace

RefundWidget::RefundWidget(ManagerContext context, QWidget *parent, ReconcilerTiming timing)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_search(new QLineEdit(this))
    , m_saleLabel(new PlainLabel(this))
    , m_rows(new QTableWidget(0, ColumnCount, this))
    , m_amount(new QLineEdit(this))
    , m_whole(new QPushButton(tr("Refund the whole sale"), this))
    , m_refund(new QPushButton(tr("Refund"), this))
    , m_result(new OutcomeLabel(this))
    , m_doubtPanel(new RefundDoubtPanel(m_context, timing, this))
{
    auto *layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(
        tr("Scan the receipt's SEQR barcode, or type a receipt number like #12"));
    layout->addWidget(m_search);
    m_saleLabel->setWordWrap(true);
    layout->addWidget(m_saleLabel);
    layout->addWidget(m_doubtPanel);
    m_rows->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Unit price"), tr("Amount"),
                                       tr("Already refunded"), tr("Refund qty")});
    m_rows->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    layout->addWidget(m_rows, 1);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(new PlainLabel(tr("Amount to refund"), this));
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_whole);
    amountRow->addWidget(m_refund);
    layout->addLayout(amountRow);
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
    connect(m_doubtPanel, &RefundDoubtPanel::settled, this, [this](const QString &said) {
        find(QString(m_ers)); // the sale refunded, wherever it was made
        m_result->say(said, false);
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

shopdb::ShopAccess RefundWidget::shopAccess()
{
    if (!m_context.till || !m_context.till->shopDatabase.isEnabled())
        return {};
    if (!m_shop) {
        auto opened = shopdb::ShopDatabase::open(m_context.till->shopDatabase);
        if (!opened)
            return {nullptr, opened.error()};
        m_shop = std::move(opened).value();
    }
    return {m_shop.get(), std::nullopt};
}

Result<RefundLimits> RefundWidget::limits()
{
    if (!m_sale)
        return makeError(ErrorCode::NotFound, QStringLiteral("no sale"));
    auto limits =
        shopdb::refundLimitsFor(*m_context.journal, shopAccess(), {*m_sale, m_ers, m_otherTill});
    if (!limits && limits.error().code == ErrorCode::ConnectionProblem)
        m_shop.reset(); // opened afresh next time
    return limits;
}

Result<Money> RefundWidget::refundable()
{
    const auto l = limits();
    return l ? Result<Money>(l->refundable) : Result<Money>(l.error());
}

QList<RefundableRow> RefundWidget::rowsNow()
{
    const auto l = limits();
    return refundableRows(*m_sale, l ? std::optional(l->refunded) : std::nullopt);
}

RefundPlan RefundWidget::makePlan(std::optional<Money> amount)
{
    const auto l = limits();
    m_planRows = refundableRows(*m_sale, l ? std::optional(l->refunded) : std::nullopt);
    return RefundPlan::make(*m_sale, m_ers, quantities(), amount, l);
}

void RefundWidget::find(const QString &text)
{
    m_sale.reset();
    m_ers.clear();
    m_otherTill.clear();
    m_readError.reset();
    auto found = shopdb::findRefundSubject(*m_context.journal, shopAccess(), text);
    if (found) {
        m_sale = found->sale;
        m_ers = found->ersReference;
        m_otherTill = found->otherTill;
    } else if (found.error().code == ErrorCode::ConnectionProblem) {
        m_shop.reset();
    } else if (found.error().code != ErrorCode::NotFound) {
        m_readError = found.error();
    }
    showSale();
    if (!found && found.error().code == ErrorCode::ConnectionProblem)
        m_result->say(tr("No sale found for %1 in this till's journal, and %2.")
                          .arg(text, found.error().detail),
                      true);
    else if (!m_sale)
        m_result->say(tr("No sale found for %1.").arg(text), true);
    else if (m_ers.isEmpty())
        m_result->say(
            tr("Receipt %1 was not paid with SEQR; refund it in cash.").arg(*m_sale->receiptNumber),
            true);
    else
        m_result->say({}, false);
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
        m_doubtPanel->hide();
        m_saleLabel->setText(m_readError ? tr("The journal could not be read: %1 Try again.")
                                               .arg(describe(*m_readError, false))
                                         : tr("Find a sale to refund."));
        return;
    }
    m_saleLabel->setText(saleSummary());
    showDoubt();
    const QList<RefundableRow> rows = rowsNow();
    m_rows->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        showRow(i, rows[i]);
}

QString RefundWidget::saleSummary()
{
    const QLocale &l = m_context.locale;
    const Money remaining = refundable().valueOr(Money());
    return tr("Receipt %1 of %2: %3 %4. SEQR reference %5. Still refundable: %6.")
               .arg(m_sale->receiptNumber.value_or(0))
               .arg(m_sale->completedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    m_sale->total.toLocalizedString(l), m_sale->total.currency().code(),
                    m_ers.isEmpty() ? tr("none") : m_ers,
                    m_ers.isEmpty() ? QStringLiteral("-") : remaining.toLocalizedString(l)) +
           (m_otherTill.isEmpty()
                ? QString()
                : QLatin1Char(' ') + tr("Sold at %1 (from the shop database).").arg(m_otherTill));
}

void RefundWidget::showDoubt()
{
    // A refund of this payment in doubt: no other until it is settled.
    const auto doubt = m_context.journal->refundInDoubt(m_ers);
    const bool inDoubt = doubt && doubt->has_value();
    m_doubtPanel->setVisible(inDoubt);
    if (inDoubt) {
        m_refund->setEnabled(false);
        m_whole->setEnabled(false);
        m_doubtPanel->showDoubt(**doubt);
    }
}

void RefundWidget::showRow(int i, const RefundableRow &row)
{
    const QLocale &l = m_context.locale;
    const journal::SaleRow &sold = row.sold;
    const bool byWeight = sold.quantity.scale() > 0;
    auto *desc = new QTableWidgetItem(rowText(sold));
    auto *quantity = new QTableWidgetItem(quantityText(sold.quantity, byWeight, l));
    auto *price = new QTableWidgetItem(sold.unitPrice.toLocalizedString(l));
    auto *total = new QTableWidgetItem(sold.total.toLocalizedString(l));
    auto *refunded = new QTableWidgetItem(
        row.refunded.isZero() ? QStringLiteral("—")
                              : tr("%1 (%2)").arg(quantityText(row.refunded, byWeight, l),
                                                  row.refundedAmount.toLocalizedString(l)));
    auto *refund = new QTableWidgetItem(quantityText(Decimal(), byWeight, l));
    for (QTableWidgetItem *item : {desc, quantity, price, total, refunded})
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    // A row given back in full cannot be refunded again.
    if (row.remaining.isZero())
        refund->setFlags(refund->flags() & ~Qt::ItemIsEditable & ~Qt::ItemIsEnabled);
    for (auto [column, item] : {std::pair{DescriptionColumn, desc},
                                {SoldColumn, quantity},
                                {PriceColumn, price},
                                {TotalColumn, total},
                                {RefundedColumn, refunded},
                                {RefundColumn, refund}})
        m_rows->setItem(i, column, item);
}

void RefundWidget::setRefundQuantity(int row, const QString &quantity)
{
    if (QTableWidgetItem *item = m_rows->item(row, RefundColumn))
        item->setText(quantity);
}

QList<Decimal> RefundWidget::quantities() const
{
    QList<Decimal> list;
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        const auto q = parseQuantity(m_rows->item(i, RefundColumn)->text(), m_context.locale);
        // Unreadable text is a negative quantity for the plan: refused, with its row.
        list.append(q ? *q : Decimal::fromInteger(-1));
    }
    return list;
}

QString RefundWidget::problemText(const RefundPlan &plan) const
{
    const QLocale &l = m_context.locale;
    switch (plan.problem) {
    case RefundPlan::Problem::None:
        return {};
    case RefundPlan::Problem::NotSeqr:
        if (plan.limitsError.code != ErrorCode::None && !m_ers.isEmpty())
            return tr("Not refunded: %1; nothing was sent to SEQR.")
                .arg(plan.limitsError.code == ErrorCode::ConnectionProblem
                         ? plan.limitsError.detail
                         : describe(plan.limitsError, false));
        return tr("This sale was not paid with SEQR; refund it in cash.");
    case RefundPlan::Problem::RowQuantity: {
        const auto rows = m_planRows;
        const RefundableRow &row = rows[plan.problemRow];
        return tr("Row %1: at most %2 can still be refunded of what was sold.")
            .arg(plan.problemRow + 1)
            .arg(quantityText(row.remaining, row.sold.quantity.scale() > 0, l));
    }
    case RefundPlan::Problem::NothingChosen:
    case RefundPlan::Problem::AmountNotPositive:
        return tr("Type the amount to refund, or choose rows.");
    case RefundPlan::Problem::MoreThanRows:
        return tr("The amount is more than the chosen rows are worth; nothing was sent to SEQR.");
    case RefundPlan::Problem::MoreThanRefundable:
        return tr("At most %1 of this payment can still be refunded; nothing was sent to SEQR.")
            .arg(plan.refundable.toLocalizedString(l));
    case RefundPlan::Problem::MoreCashThanPaid:
        return tr("At most %1 can still be given back in cash (what was paid in cash); nothing "
                  "was sent to SEQR.")
            .arg(plan.cashLeft.toLocalizedString(l));
    }
    return {};
}

void RefundWidget::updateAmount()
{
    if (!m_sale)
        return;
    const RefundPlan plan = makePlan(std::nullopt);
    if (plan.problem == RefundPlan::Problem::RowQuantity) {
        m_result->say(problemText(plan), true);
        return;
    }
    m_result->say({}, false);
    m_amount->setText(plan.amount.toLocalizedString(m_context.locale));
}

void RefundWidget::refundWholeSale()
{
    if (!m_sale)
        return;
    const auto rows = rowsNow();
    for (int i = 0; i < rows.size(); ++i)
        setRefundQuantity(i, quantityText(rows[i].remaining, rows[i].sold.quantity.scale() > 0,
                                          m_context.locale));
    // A sale paid partly in cash gives back in SEQR only what SEQR paid.
    const Money remaining = refundable().valueOr(Money());
    if (remaining.minorUnits() < m_sale->total.minorUnits())
        m_amount->setText(remaining.toLocalizedString(m_context.locale));
}

void RefundWidget::refund()
{
    if (!m_sale || m_ers.isEmpty() || m_refunder || m_confirmation)
        return;
    const Currency currency = m_sale->total.currency();
    // An empty amount means what the chosen rows are worth.
    std::optional<Money> amount;
    if (const QString typed = m_amount->text().trimmed(); !typed.isEmpty()) {
        const auto parsed = Money::parseLocalized(typed, currency, m_context.locale);
        if (!parsed)
            return m_result->say(tr("%1 is not an amount in %2.").arg(typed, currency.code()),
                                 true);
        amount = *parsed;
    }
    const RefundPlan plan = makePlan(amount);
    if (!plan.isValid())
        return m_result->say(problemText(plan), true);
    m_result->say(tr("Confirm the refund."), false);
    m_confirmation =
        askToConfirm(this, tr("Refund"), planText(plan),
                     tr("Refund %1").arg(plan.amount.toLocalizedString(m_context.locale)),
                     [this, plan](bool yes) {
                         m_confirmation = nullptr; // closed now, deleted later
                         if (!yes)
                             return m_result->say(
                                 tr("Not refunded: canceled, nothing was sent to SEQR."), false);
                         carryOut(plan);
                     });
}

QString RefundWidget::planText(const RefundPlan &plan) const
{
    const QLocale &l = m_context.locale;
    QString text = tr("Refund %1 %2 of receipt %3 to the customer's SEQR account (payment %4)?")
                       .arg(plan.amount.toLocalizedString(l), plan.amount.currency().code())
                       .arg(plan.receiptNumber.value_or(0))
                       .arg(plan.ersReference);
    text += QLatin1Char('\n');
    for (const journal::SaleRow &row : plan.rows)
        text += QLatin1Char('\n') +
                tr("%1 × %2 at %3: %4")
                    .arg(quantityText(row.quantity, row.quantity.scale() > 0, l), rowText(row),
                         row.unitPrice.toLocalizedString(l), row.total.toLocalizedString(l));
    if (plan.rows.isEmpty())
        text += QLatin1Char('\n') + tr("An amount, not rows: no row is marked as refunded.");
    if (plan.cash.isPositive())
        text += QLatin1Char('\n') + tr("Given back in cash besides: %1 (paid in cash).")
                                        .arg(plan.cash.toLocalizedString(l));
    if (plan.kept.isPositive())
        text += QLatin1Char('\n') +
                tr("Not refunded of these rows: %1.").arg(plan.kept.toLocalizedString(l));
    for (const VatLine &v : plan.vat)
        text += QLatin1Char('\n') +
                tr("VAT %1 %: %2").arg(v.ratePercent.toString(), v.vat.toLocalizedString(l));
    text += QStringLiteral("\n\n") + tr("Still refundable afterwards: %1. This cannot be undone.")
                                         .arg(plan.remaining.toLocalizedString(l));
    return text;
}

void RefundWidget::carryOut(const RefundPlan &plan)
{
    m_result->say(tr("Refunding…"), false);
    m_refund->setEnabled(false);
    m_refunder = new Refunder(m_context.client, m_context.journal, this);
    m_refunder->setDrawer(m_context.drawer);
    if (m_context.till && m_context.till->shopDatabase.isEnabled())
        m_refunder->setRefundable([this](const QString &) { return refundable(); });
    connect(m_refunder, &Refunder::finished, this, [this, plan] {
        Refunder *refunder = m_refunder;
        m_refunder = nullptr;
        refunder->deleteLater();
        m_refund->setEnabled(true);
        const auto &result = refunder->result();
        if (!result && result.error().code == ErrorCode::RefundInDoubt) {
            find(QString(m_ers));
            return m_result->say(describe(result.error()), true);
        }
        if (!result)
            return m_result->say(tr("Not refunded: %1").arg(describe(result.error(), false)), true);
        const Refunder::Outcome outcome = *result;
        // Show the sale afresh (what remains), then what happened.
        find(QString(m_ers)); // another till's sale too, never a local one of that number
        QString said =
            tr("Refunded %1. Refund reference %2. Still refundable: %3.")
                .arg(outcome.amount.toLocalizedString(m_context.locale), outcome.refundErsReference,
                     outcome.remaining.toLocalizedString(m_context.locale));
        if (outcome.cash.isPositive())
            said += QLatin1Char(' ') + tr("Give %1 back in cash (paid in cash).")
                                           .arg(outcome.cash.toLocalizedString(m_context.locale));
        // The return receipt (its own serial number), once the control unit signed it.
        writeReturnReceipt(m_context, outcome.refundErsReference, outcome.remaining, this,
                           [this, said](const QString &path, const QString &note) {
                               if (!path.isEmpty())
                                   m_lastReceipt = path;
                               m_result->say(note.isEmpty() ? said : said + QLatin1Char(' ') + note,
                                             false);
                           });
    });
    m_refunder->refund(plan, m_context.cashierId);
}

QMessageBox *RefundWidget::confirmation() const
{
    return m_confirmation;
}

} // namespace kassa::ui
