#include "ui/controlunitsetupwidget.h"

#include "core/controlunit/controlunitservice.h"
#include "core/controlunit/unitprobe.h"
#include "core/controlunit/unittext.h"
#include "core/terminal/errortext.h"
#include "ui/plainlabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace kassa::controlunit;

namespace kassa::ui {

ControlUnitSetupWidget::ControlUnitSetupWidget(ManagerContext context, QWidget *parent)
    : DeviceSetupBox(tr("Control unit"), std::move(context), tr("Test"), tr("Save control unit"),
                     parent)
    , m_device(new QLineEdit(this))
    , m_state(new PlainLabel(this))
{
    QFormLayout *form = this->form();
    m_device->setPlaceholderText(QStringLiteral("/dev/ttyUSB0 · tcp:192.168.1.60:4001"));
    m_device->setToolTip(tr("The control unit's serial device or tcp:HOST:PORT for a unit "
                            "behind a serial-to-network adapter; empty for a till without one "
                            "(a webshop, or outside Sweden)"));
    m_state->setWordWrap(true);
    form->addRow(tr("Device"), m_device);
    form->addRow(tr("Now"), m_state);
    addButtons();
    m_device->setText(this->context().till->controlUnitDevice);
    if (this->context().controlUnit)
        connect(this->context().controlUnit, &ControlUnitService::stateChanged, this,
                &ControlUnitSetupWidget::showState);
    showState();
}

ControlUnitSetupWidget::~ControlUnitSetupWidget() = default;

QString ControlUnitSetupWidget::stateText() const
{
    return m_state->text();
}

void ControlUnitSetupWidget::showState()
{
    if (context().controlUnit)
        m_state->setText(context().controlUnit->statusText());
    else if (context().till->controlUnitDevice.isEmpty())
        m_state->setText(tr("This till has no control unit: it may not sell at a Swedish "
                            "counter."));
    else
        m_state->setText(
            tr("Kassa uses %1 from its next start.").arg(context().till->controlUnitDevice));
}

void ControlUnitSetupWidget::test()
{
    const QString device = m_device->text().trimmed();
    if (device.isEmpty())
        return showResult(tr("Write the control unit's device first."), true);
    if (const QString problem = deviceProblem(device); !problem.isEmpty())
        return showResult(problem, true);
    delete m_probe;
    delete m_ownUnit;
    m_ownUnit = nullptr;
    // The running till's unit is asked on its own line (a serial device is
    // opened once); any other device gets a unit of its own for the test.
    ControlUnit *unit = nullptr;
    if (context().controlUnit && context().controlUnit->unit()->options().device == device) {
        unit = context().controlUnit->unit();
    } else {
        ControlUnitOptions options;
        options.device = device;
        m_ownUnit = new ControlUnit(options, this);
        unit = m_ownUnit;
    }
    m_probedDevice = device;
    m_probe = new UnitProbe(unit, this);
    connect(m_probe, &UnitProbe::finished, this, &ControlUnitSetupWidget::handleProbeFinished);
    testButton()->setEnabled(false);
    showResult(tr("Asking the control unit on %1…").arg(device), false);
    m_probe->start();
}

void ControlUnitSetupWidget::handleProbeFinished()
{
    testButton()->setEnabled(true);
    if (!m_probe->isSuccess())
        return showResult(describe(m_probe->error(), false), true);
    const bool works = m_probe->status().isOperational();
    showResult(describeUnit(m_probe->identity(), m_probe->status(), m_probedDevice), !works);
}

void ControlUnitSetupWidget::save()
{
    const QString typed = m_device->text().trimmed();
    const bool none = typed.isEmpty() || typed == QStringLiteral("none");
    if (!none)
        if (const QString problem = deviceProblem(typed); !problem.isEmpty())
            return showResult(problem, true);
    const auto saved =
        saveTill([&](TillConfig &till) { till.controlUnitDevice = none ? QString() : typed; });
    if (!saved)
        return showResult(
            tr("The control unit could not be saved: %1").arg(describe(saved.error(), false)),
            true);
    m_device->setText(context().till->controlUnitDevice);
    showResult(none ? tr("Saved: no control unit. From the next start no sale waits for a "
                         "signature.")
                    : tr("Saved. Kassa and kassa-cli sign receipts with this unit from their "
                         "next start."),
               false);
    if (!context().controlUnit)
        showState();
    Q_EMIT controlUnitSaved();
}

} // namespace kassa::ui
