#include "ui/printersetupwidget.h"

#include "core/printing/tillprinter.h"
#include "core/terminal/errortext.h"
#include "ui/outcometext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace kassa::printing;

namespace kassa::ui {

PrinterSetupWidget::PrinterSetupWidget(ManagerContext context, QWidget *parent)
    : DeviceSetupBox(tr("Receipt printer"), std::move(context), tr("Test print"),
                     tr("Save printer"), parent)
    , m_printer(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_codePage(new QComboBox(this))
    , m_cutter(new QCheckBox(tr("Cut the paper after each receipt"), this))
    , m_pin(new QComboBox(this))
    , m_pulse(new QSpinBox(this))
    , m_logo(new QLineEdit(this))
{
    QFormLayout *form = this->form();
    m_printer->setPlaceholderText(
        QStringLiteral("escpos:tcp:192.168.1.50:9100 · escpos:usb:/dev/usb/lp0"));
    m_printer->setToolTip(
        tr("escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD, "
           "escpos:cups:QUEUE (a raw queue), a system printer's name, or empty for PDFs only"));
    m_paper->addItem(tr("80 mm (48 characters)"), 80);
    m_paper->addItem(tr("58 mm (32 characters)"), 58);
    m_codePage->addItem(tr("PC865, PC858 where € is needed"),
                        int(PrinterProfile::CodePageChoice::Auto));
    m_codePage->addItem(tr("PC865 only (a printer without PC858)"),
                        int(PrinterProfile::CodePageChoice::Pc865));
    m_codePage->addItem(tr("PC858 always"), int(PrinterProfile::CodePageChoice::Pc858));
    m_pin->addItem(tr("Pin 2"), 2);
    m_pin->addItem(tr("Pin 5"), 5);
    m_pulse->setRange(2, 510);
    m_pulse->setSuffix(tr(" ms"));
    m_logo->setPlaceholderText(tr("A PNG printed at the top of every receipt (optional)"));
    form->addRow(tr("Printer"), m_printer);
    form->addRow(tr("Paper"), m_paper);
    form->addRow(tr("Characters"), m_codePage);
    form->addRow(QString(), m_cutter);
    form->addRow(tr("Cash drawer"), rowOf({m_pin, m_pulse}));
    form->addRow(tr("Logo"), m_logo);
    addButtons();
    m_printer->setText(this->context().till->printer);
    showProfile(this->context().till->printerProfile);
}

PrinterSetupWidget::~PrinterSetupWidget() = default;

void PrinterSetupWidget::showProfile(const PrinterProfile &profile)
{
    m_paper->setCurrentIndex(m_paper->findData(profile.paperMm));
    m_codePage->setCurrentIndex(m_codePage->findData(int(profile.codePage)));
    m_cutter->setChecked(profile.cutter);
    m_pin->setCurrentIndex(m_pin->findData(profile.drawerPin));
    m_pulse->setValue(profile.drawerPulseMs);
    m_logo->setText(profile.logoPath);
}

PrinterProfile PrinterSetupWidget::typedProfile() const
{
    PrinterProfile profile = PrinterProfile::forPaper(m_paper->currentData().toInt());
    profile.codePage = PrinterProfile::CodePageChoice(m_codePage->currentData().toInt());
    profile.cutter = m_cutter->isChecked();
    profile.drawerPin = m_pin->currentData().toInt();
    profile.drawerPulseMs = m_pulse->value();
    profile.logoPath = m_logo->text().trimmed();
    return profile;
}

void PrinterSetupWidget::test()
{
    const auto spec = PrinterSpec::parse(m_printer->text());
    if (!spec)
        return showResult(tr("That printer cannot be used: %1").arg(spec.error().detail), true);
    if (!spec->isEscPos())
        return showResult(tr("A test print needs an ESC/POS printer (escpos:…)."), true);
    m_probe = std::make_unique<TillPrinter>(*spec, typedProfile());
    if (!m_probe->logoProblem().isEmpty())
        showResult(
            tr("The logo cannot be read (%1); printing without it…").arg(m_probe->logoProblem()),
            true);
    else
        showResult(tr("Printing a test page on %1…").arg(spec->toString()), false);
    connect(m_probe->queue(), &PrintQueue::jobFinished, this,
            &PrinterSetupWidget::handleTestFinished);
    testButton()->setEnabled(false);
    m_probe->printTestPage();
}

void PrinterSetupWidget::handleTestFinished(const PrintOutcome &outcome)
{
    testButton()->setEnabled(true);
    if (outcome.printed)
        return showResult(tr("The test page was printed on %1.").arg(m_probe->spec().toString()),
                          false);
    showResult(describeProblem(outcome.problem) + QStringLiteral(" (") + outcome.detail +
                   QStringLiteral(")."),
               true);
}

void PrinterSetupWidget::save()
{
    const auto spec = PrinterSpec::parse(m_printer->text());
    if (!spec)
        return showResult(tr("That printer cannot be used: %1").arg(spec.error().detail), true);
    const PrinterProfile profile = typedProfile();
    const auto saved = saveTill([&spec, &profile](TillConfig &till) {
        till.printer = spec->toString();
        till.printerProfile = profile;
    });
    if (!saved)
        return showResult(
            tr("The printer could not be saved: %1").arg(describe(saved.error(), false)), true);
    m_printer->setText(context().till->printer);
    showResult(tr("Saved. Kassa and kassa-cli print this way from their next start."), false);
}

} // namespace kassa::ui
