#include "ui/amountdialog.h"

#include "ui/dialogbuttons.h"
#include "ui/dialogfit.h"
#include "ui/outcomelabel.h"
#include "ui/widgetfont.h"

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
    , m_problem(new OutcomeLabel(this))
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *label = new PlainLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    enlargeFont(m_edit, 1.6);
    m_edit->selectAll();
    layout->addWidget(m_edit);
    m_problem->hide();
    layout->addWidget(m_problem);
    QDialogButtonBox *buttons = okCancelButtons(this, tr("OK"), tr("Cancel"));
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(48);
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
        m_problem->say(why, true);
        m_problem->show();
        growToFit(this);
        m_edit->selectAll();
        m_edit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace kassa::ui
