#include "ui/priceeditwidget.h"

#include "core/catalog/catalog.h"
#include "core/terminal/errortext.h"
#include "core/terminal/priceedit.h"
#include "ui/outcomelabel.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

PriceEditWidget::PriceEditWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_barcode(new QLineEdit(this))
    , m_product(new PlainLabel(this))
    , m_price(new QLineEdit(this))
    , m_save(new QPushButton(tr("Change the price"), this))
    , m_result(new OutcomeLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_barcode->setPlaceholderText(tr("Scan or type the barcode"));
    form->addRow(tr("Barcode"), m_barcode);
    form->addRow(tr("Product"), m_product);
    form->addRow(tr("New price"), m_price);
    layout->addLayout(form);
    layout->addWidget(m_save);
    layout->addWidget(m_result);
    layout->addStretch();
    m_save->setEnabled(false);
    connect(m_barcode, &QLineEdit::returnPressed, this, &PriceEditWidget::find);
    connect(m_price, &QLineEdit::returnPressed, this, [this] { (void)save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    if (const QString refusal = priceEditRefusal(*m_context.till); !refusal.isEmpty()) {
        m_result->say(refusal, true);
        m_barcode->setEnabled(false);
        m_price->setEnabled(false);
    }
}

QString PriceEditWidget::productText() const
{
    return m_product->text();
}

QString PriceEditWidget::resultText() const
{
    return m_result->text();
}

void PriceEditWidget::find()
{
    const auto product = m_context.catalog->findByEan(m_barcode->text().trimmed());
    m_save->setEnabled(product.has_value());
    if (!product) {
        m_product->clear();
        m_result->say(tr("No product has the barcode %1.").arg(m_barcode->text().trimmed()), true);
        return;
    }
    m_product->setText(
        tr("%1, now %2")
            .arg(product->name, product->unitPrice.toLocalizedString(m_context.locale)));
    m_price->setText(product->unitPrice.toDecimalString());
    m_result->clear();
    m_price->setFocus();
    m_price->selectAll();
}

Result<catalog::PriceChange> PriceEditWidget::save()
{
    const auto product = m_context.catalog->findByEan(m_barcode->text().trimmed());
    const Currency currency = product ? product->unitPrice.currency() : Currency::sek();
    const auto price = Money::parse(
        m_price->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')), currency);
    if (!price) {
        m_result->say(tr("The price is not an amount: type it as 24.90."), true);
        return price.error();
    }
    auto changed = changePrice(*m_context.catalog, *m_context.journal, m_barcode->text(), *price,
                               m_context.cashierId);
    if (!changed) {
        m_result->say(changed.error().detail, true);
        return changed;
    }
    find();
    m_result->say(tr("%1: %2 → %3, journaled.")
                      .arg(changed->name, changed->oldPrice->toLocalizedString(m_context.locale),
                           changed->newPrice.toLocalizedString(m_context.locale)),
                  false);
    return changed;
}

} // namespace kassa::ui
