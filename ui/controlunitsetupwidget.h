#pragma once

#include "ui/devicesetupbox.h"

class QLabel;
class QLineEdit;

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
class ControlUnitSetupWidget final : public DeviceSetupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlUnitSetupWidget)

public:
    explicit ControlUnitSetupWidget(ManagerContext context, QWidget *parent = nullptr);
    ~ControlUnitSetupWidget() override;

    QLineEdit *deviceField() const { return m_device; }
    QString stateText() const;

    // Asks the typed unit who it is and how it is.
    void test() override;
    void save() override;

Q_SIGNALS:
    void controlUnitSaved();

private:
    void showState();
    void handleProbeFinished();

    controlunit::ControlUnit *m_ownUnit = nullptr; // a unit made for the test
    controlunit::UnitProbe *m_probe = nullptr;
    QString m_probedDevice;
    QLineEdit *m_device;
    QLabel *m_state;
};

} // namespace kassa::ui
