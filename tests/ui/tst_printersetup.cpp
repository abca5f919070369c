#include "ui/printersetupwidget.h"

#include "core/terminal/tillconfig.h"
#include "sandbox/virtualprinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;

// The till setup's receipt printer section against the virtual printer.
namespace {

// A till of its own in a scratch folder, as the printer's section sees it.
struct ScratchTill
{
    QTemporaryDir dir;
    TillConfig till;

    ManagerContext context()
    {
        ManagerContext c;
        c.till = &till;
        c.configPath = dir.filePath(u"till.json"_s);
        return c;
    }
};

} // namespace

class TestPrinterSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testPrintsWhatIsTypedAndSaveKeepsIt();
    void badSettingIsSaidAndNothingSaved();
    void paperOutIsSaidOnTheTestPrint();
};

void TestPrinterSetup::testPrintsWhatIsTypedAndSaveKeepsIt()
{
    sandbox::VirtualPrinter printer;
    QVERIFY(printer.start());
    ScratchTill scratch;
    const ManagerContext context = scratch.context();
    PrinterSetupWidget widget(context);
    widget.show();
    QCOMPARE(widget.paperBox()->currentData().toInt(), 80);
    widget.printerField()->setText(printer.tcpSpec());
    widget.paperBox()->setCurrentIndex(widget.paperBox()->findData(58));
    widget.drawerPinBox()->setCurrentIndex(widget.drawerPinBox()->findData(5));
    widget.pulseBox()->setValue(120);
    QTest::mouseClick(widget.testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(widget.resultText(),
                              u"The test page was printed on %1."_s.arg(printer.tcpSpec()), 10000);
    QCOMPARE(printer.receipts().size(), 1);
    QVERIFY(printer.receipts().first().text.contains(u"58 mm, 32 columns"_s));
    QVERIFY(printer.receipts().first().text.contains(u"pin 5, 120 ms"_s));
    // Not saved by a test print.
    QVERIFY(!QFile::exists(context.configPath));

    QTest::mouseClick(widget.saveButton(), Qt::LeftButton);
    QCOMPARE(widget.resultText(),
             u"Saved. Kassa and kassa-cli print this way from their next start."_s);
    const auto saved = TillConfig::load(context.configPath);
    QVERIFY(saved);
    QCOMPARE(saved->printer, printer.tcpSpec());
    QCOMPARE(saved->printerProfile.paperMm, 58);
    QCOMPARE(saved->printerProfile.columns, 32);
    QCOMPARE(saved->printerProfile.drawerPin, 5);
    QCOMPARE(saved->printerProfile.drawerPulseMs, 120);
    QVERIFY(saved->printerProfile.cutter);
    // A new section shows what was saved.
    PrinterSetupWidget again(context);
    QCOMPARE(again.printerField()->text(), printer.tcpSpec());
    QCOMPARE(again.paperBox()->currentData().toInt(), 58);
    QCOMPARE(again.drawerPinBox()->currentData().toInt(), 5);
}

void TestPrinterSetup::badSettingIsSaidAndNothingSaved()
{
    ScratchTill scratch;
    const ManagerContext context = scratch.context();
    PrinterSetupWidget widget(context);
    widget.printerField()->setText(u"escpos:serial:/dev/ttyS0:fast"_s);
    QTest::mouseClick(widget.saveButton(), Qt::LeftButton);
    QVERIFY2(widget.resultText().startsWith(u"That printer cannot be used:"_s),
             qPrintable(widget.resultText()));
    QVERIFY(widget.resultText().contains(u"baud"_s));
    QVERIFY(!QFile::exists(context.configPath));
    QVERIFY(scratch.till.printer.isEmpty());
    widget.printerField()->setText(u"Office laser"_s);
    QTest::mouseClick(widget.testButton(), Qt::LeftButton);
    QCOMPARE(widget.resultText(), u"A test print needs an ESC/POS printer (escpos:…)."_s);
}

void TestPrinterSetup::paperOutIsSaidOnTheTestPrint()
{
    sandbox::VirtualPrinter printer;
    QVERIFY(printer.start());
    printer.setPaperOut(true);
    ScratchTill scratch;
    PrinterSetupWidget widget(scratch.context());
    widget.printerField()->setText(printer.tcpSpec());
    QTest::mouseClick(widget.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(widget.resultText().startsWith(u"The printer is out of paper"_s),
                             10000);
    QVERIFY(widget.testButton()->isEnabled());
}

QTEST_MAIN(TestPrinterSetup)
#include "tst_printersetup.moc"
