#include "ui/amountdialog.h"

#include "ui/dialogfit.h"
#include "ui/plainlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

AmountDialog::AmountDialog(const QString &title, const QString &prompt, const QString &initial,
                           Check check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_edit(new QLineEdit(initial, this))
    , m_problem(new PlainLabel(this))
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *label = new PlainLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    QFont big = m_edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_edit->setFont(big);
    m_edit->selectAll();
    layout->addWidget(m_edit);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(48);
    connect(buttons, &QDialogButtonBox::accepted, this, &AmountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AmountDialog::reject);
    layout->addWidget(buttons);
    m_edit->setFocus();
}

QString AmountDialog::value() const
{
    return m_edit->text().trimmed();
}

QString AmountDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AmountDialog::accept()
{
    QString why = m_check ? m_check(value()) : QString();
    if (why.isEmpty() && m_doubt && value() != m_doubted) {
        why = m_doubt(value());
        m_doubted = value();
    }
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        growToFit(this);
        m_edit->selectAll();
        m_edit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace kassa::ui
