#pragma once

#include "ui/managercontext.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kassa::controlunit {
class ControlUnit;
class UnitProbe;
} // namespace kassa::controlunit

namespace kassa::ui {

// The till setup's control unit (kontrollenhet): where it is (a serial
// device or tcp:HOST:PORT, empty for none), the running till's unit and its
// state, a test that asks the typed unit who it is and how it is, and Save
// into the till's configuration (kassa and kassa-cli sign with it from their
// next start; without one, sales no longer wait for signatures).
class ControlUnitSetupWidget final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlUnitSetupWidget)

public:
    explicit ControlUnitSetupWidget(ManagerContext context, QWidget *parent = nullptr);
    ~ControlUnitSetupWidget() override;

    QLineEdit *deviceField() const { return m_device; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QString stateText() const;
    QString resultText() const;

    void test();
    void save();

Q_SIGNALS:
    void controlUnitSaved();

private:
    void showState();
    void handleProbeFinished();
    void showResult(const QString &text, bool problem);

    ManagerContext m_context;
    controlunit::ControlUnit *m_ownUnit = nullptr; // a unit made for the test
    controlunit::UnitProbe *m_probe = nullptr;
    QString m_probedDevice;
    QLineEdit *m_device;
    QLabel *m_state;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_result;
};

} // namespace kassa::ui
