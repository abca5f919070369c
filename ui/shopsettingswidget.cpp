#include "ui/shopsettingswidget.h"

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
    , m_save(new QPushButton(tr("Save"), this))
    , m_result(new PlainLabel(this))
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
    layout->addLayout(form);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addWidget(m_serviceCodes);
    layout->addStretch();

    const TillConfig &till = *m_context.till;
    m_name->setText(till.shopName);
    m_address->setPlainText(till.shopAddress);
    m_organisationNumber->setText(till.organisationNumber);
    m_bilingual->setChecked(till.bilingualReceipts);
    connect(m_save, &QPushButton::clicked, this, &ShopSettingsWidget::save);
}

QString ShopSettingsWidget::resultText() const
{
    return m_result->text();
}

void ShopSettingsWidget::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_result->setText(tr("The shop needs a name: it heads every receipt."));
        m_result->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        return;
    }
    TillConfig changed = *m_context.till;
    changed.shopName = name;
    changed.shopAddress = m_address->toPlainText().trimmed();
    changed.organisationNumber = m_organisationNumber->text().trimmed();
    changed.bilingualReceipts = m_bilingual->isChecked();
    if (const Status saved = changed.save(m_context.configPath); !saved) {
        m_result->setText(tr("Not saved: %1").arg(saved.error().detail));
        m_result->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        return;
    }
    *m_context.till = changed;
    m_result->setText(tr("Saved. The next receipt shows it."));
    m_result->setStyleSheet(QStringLiteral("color: #0a5d2b; font-weight: bold"));
    Q_EMIT tillChanged();
}

} // namespace kassa::ui
