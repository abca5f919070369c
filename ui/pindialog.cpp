#include "ui/pindialog.h"

#include "ui/dialogbuttons.h"
#include "ui/dialogfit.h"
#include "ui/outcomelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

PinDialog::PinDialog(ManagerPin *pin, QWidget *parent)
    : QDialog(parent)
    , m_managerPin(pin)
    , m_setting(!pin->isSet())
    , m_pin(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new OutcomeLabel(this))
{
    setWindowTitle(tr("Manager"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new PlainLabel(m_setting ? tr("No manager PIN is set yet. Choose one (at least 4 "
                                                "digits) and type it twice.")
                                           : tr("The manager's PIN:"),
                                 this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (QLineEdit *field : {m_pin, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
        field->setMaxLength(12);
    }
    form->addRow(m_setting ? tr("New PIN") : tr("PIN"), m_pin);
    if (m_setting)
        form->addRow(tr("Repeat"), m_repeat);
    else
        m_repeat->hide();
    layout->addLayout(form);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(okCancelButtons(this, m_setting ? tr("Set PIN") : tr("Open"), tr("Cancel")));
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &PinDialog::showLockout);
    if (pin->isMissing())
        say(missingText());
    else if (pin->secondsLocked() > 0)
        startLockout(false);
    m_pin->setFocus();
}

QString PinDialog::missingText()
{
    return tr("The manager's PIN file is missing. Restore manager.json from the backup, or reset "
              "the PIN with the shop's SEQR credentials: kassa-cli terminal reset-manager-pin.");
}

QString PinDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PinDialog::say(const QString &text)
{
    m_problem->say(text, true);
    m_problem->show();
    m_pin->clear();
    m_repeat->clear();
    m_pin->setFocus();
    growToFit(this);
}

void PinDialog::startLockout(bool afterWrongPin)
{
    m_afterWrongPin = afterWrongPin;
    m_pin->clear();
    m_repeat->clear();
    m_pin->setFocus();
    showLockout();
}

void PinDialog::showLockout()
{
    const int wait = m_managerPin->secondsLocked();
    if (wait <= 0) {
        m_countdown.stop();
        m_problem->say(tr("You may try the PIN again now."), true);
        growToFit(this);
        return;
    }
    if (!m_countdown.isActive())
        m_countdown.start();
    m_problem->say(
        m_afterWrongPin
            ? tr("Wrong PIN. Too many wrong PINs: try again in %n second(s).", nullptr, wait)
            : tr("Too many wrong PINs. Try again in %n second(s).", nullptr, wait),
        true);
    m_problem->show();
    growToFit(this);
}

void PinDialog::accept()
{
    if (m_setting) {
        if (m_pin->text() != m_repeat->text())
            return say(tr("The two PINs differ. Type the new PIN twice."));
        if (auto set = m_managerPin->set(m_pin->text()); !set)
            return say(set.error().code == ErrorCode::StorageFailed
                           ? tr("The PIN could not be saved: %1").arg(set.error().detail)
                           : tr("A PIN has at least 4 digits, and digits only."));
        m_pin->clear();
        m_repeat->clear();
        QDialog::accept();
        return;
    }
    const auto checked = m_managerPin->verify(m_pin->text());
    m_pin->clear();
    if (checked) {
        QDialog::accept();
        return;
    }
    switch (checked.error().code) {
    case ErrorCode::ServiceRefused:
        return startLockout(false);
    case ErrorCode::InvalidArgument:
        if (m_managerPin->secondsLocked() > 0)
            return startLockout(true);
        return say(tr("Wrong PIN."));
    case ErrorCode::NotFound:
        return say(missingText());
    default:
        return say(tr("The PIN cannot be checked: %1").arg(checked.error().detail));
    }
}

} // namespace kassa::ui
