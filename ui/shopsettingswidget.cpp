#include "ui/shopsettingswidget.h"

#include "core/journal/journal.h"
#include "core/terminal/errortext.h"
#include "core/terminal/registeridentity.h"
#include "ui/outcomelabel.h"
#include "ui/plainlabel.h"
#include "ui/servicecodeswidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

ShopSettingsWidget::ShopSettingsWidget(ManagerContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_organisationNumber(new QLineEdit(this))
    , m_bilingual(new QCheckBox(tr("Receipts in Swedish and English (otherwise in the till's "
                                   "language only)"),
                                this))
    , m_training(new QCheckBox(tr("Training mode (övningsläge): every sale is a training "
                                  "receipt, outside the day's sales, VAT and grand totals"),
                               this))
    , m_identity(new PlainLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_result(new OutcomeLabel(this))
    , m_serviceCodes(new ServiceCodesWidget(m_context, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Shop name"), m_name);
    m_address->setPlaceholderText(tr("Street and number\nPostcode and town"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(90);
    form->addRow(tr("Address"), m_address);
    m_organisationNumber->setPlaceholderText(tr("e.g. 556677-8899"));
    form->addRow(tr("Organisation number"), m_organisationNumber);
    form->addRow(QString(), m_bilingual);
    form->addRow(QString(), m_save);
    form->addRow(tr("Training"), m_training);
    form->addRow(tr("Cash register"), m_identity);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_serviceCodes);
    layout->addStretch();

    const TillConfig &till = *m_context.till;
    m_name->setText(till.shopName);
    m_address->setPlainText(till.shopAddress);
    m_organisationNumber->setText(till.organisationNumber);
    m_bilingual->setChecked(till.bilingualReceipts);
    m_identity->setText(RegisterIdentity::of(till).lines().join(u'\n'));
    const auto training = m_context.journal->isTraining();
    m_training->setChecked(training && *training);
    connect(m_save, &QPushButton::clicked, this, &ShopSettingsWidget::save);
    connect(m_training, &QCheckBox::toggled, this, &ShopSettingsWidget::setTraining);
}

QString ShopSettingsWidget::resultText() const
{
    return m_result->text();
}

void ShopSettingsWidget::save()
{
    TillConfig changed = *m_context.till;
    ShopIdentityChange change;
    change.name = m_name->text();
    change.address = m_address->toPlainText();
    change.organisationNumber = m_organisationNumber->text();
    if (const Status applied = applyShopIdentity(changed, change); !applied) {
        m_result->say(applied.error().detail, true);
        return;
    }
    changed.bilingualReceipts = m_bilingual->isChecked();
    if (const Status saved = changed.save(m_context.configPath); !saved) {
        m_result->say(tr("Not saved: %1").arg(saved.error().detail), true);
        return;
    }
    *m_context.till = changed;
    m_organisationNumber->setText(changed.organisationNumber);
    m_result->say(tr("Saved. The next receipt shows it."), false);
    Q_EMIT tillChanged();
}

void ShopSettingsWidget::setTraining(bool on)
{
    if (const Status set = m_context.journal->setTraining(on, m_context.cashierId); !set) {
        const QSignalBlocker blocker(m_training);
        m_training->setChecked(!on);
        m_result->say(tr("Training mode was not changed: %1").arg(describe(set.error(), false)),
                      true);
        return;
    }
    m_result->setText(on ? tr("Training mode is on: sales are training receipts (ÖVNINGSKVITTO).")
                         : tr("Training mode is off: sales are real."));
    m_result->setStyleSheet(QStringLiteral("font-weight: bold"));
    Q_EMIT tillChanged();
}

} // namespace kassa::ui
