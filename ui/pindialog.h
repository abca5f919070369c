#pragma once

#include "core/terminal/managerpin.h"
#include "ui/outcomelabel.h"

#include <QDialog>
#include <QTimer>

class QLineEdit;

namespace kassa::ui {

// Asks for the manager's PIN before the manager's tools open; the first time
// (no PIN yet) it sets one, typed twice. Wrong PINs are counted and slowed
// down by ManagerPin; the dialog counts the wait down. accepted() means the
// PIN was right (or has just been set).
class PinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinDialog)

public:
    PinDialog(ManagerPin *pin, QWidget *parent = nullptr);

    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *repeatField() const { return m_repeat; }
    QString problem() const;
    bool isSettingPin() const { return m_setting; }

    void accept() override;

private:
    void say(const QString &text);
    static QString missingText();
    // While the PIN is locked: the seconds left, counted down once a second.
    void showLockout();
    void startLockout(bool afterWrongPin);

    ManagerPin *m_managerPin;
    bool m_setting;
    QLineEdit *m_pin;
    QLineEdit *m_repeat;
    OutcomeLabel *m_problem;
    QTimer m_countdown;
    bool m_afterWrongPin = false;
};

} // namespace kassa::ui
