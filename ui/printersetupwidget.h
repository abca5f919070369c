#pragma once

#include "ui/devicesetupbox.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace kassa::printing {
class TillPrinter;
struct PrintOutcome;
} // namespace kassa::printing

namespace kassa::ui {

// The till setup's receipt printer: where it is (escpos:usb:…, escpos:tcp:…,
// escpos:serial:…, escpos:cups:… or a system printer's name), its paper,
// code page, cutter, the cash drawer's pin and pulse and the shop's logo; a
// test print with what is typed (before saving), and Save into the till's
// configuration (kassa and kassa-cli print so from their next start).
class PrinterSetupWidget final : public DeviceSetupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterSetupWidget)

public:
    explicit PrinterSetupWidget(ManagerContext context, QWidget *parent = nullptr);
    ~PrinterSetupWidget() override;

    QLineEdit *printerField() const { return m_printer; }
    QComboBox *paperBox() const { return m_paper; }
    QComboBox *drawerPinBox() const { return m_pin; }
    QSpinBox *pulseBox() const { return m_pulse; }

    // A test page with what is typed.
    void test() override;
    void save() override;

private:
    printing::PrinterProfile typedProfile() const;
    void showProfile(const printing::PrinterProfile &profile);
    void handleTestFinished(const printing::PrintOutcome &outcome);

    std::unique_ptr<printing::TillPrinter> m_probe;
    QLineEdit *m_printer;
    QComboBox *m_paper;
    QComboBox *m_codePage;
    QCheckBox *m_cutter;
    QComboBox *m_pin;
    QSpinBox *m_pulse;
    QLineEdit *m_logo;
};

} // namespace kassa::ui
