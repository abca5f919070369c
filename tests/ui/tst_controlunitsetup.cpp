// The till setup's control unit section against control-unit-sandbox (on a
// pseudo-terminal and on TCP): the test names the unit and its state, a
// unit that does not work or answer is said in words, a bad device is
// refused before anything is saved, and Save keeps what was typed.
#include "core/terminal/tillconfig.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "ui/controlunitsetupwidget.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;

class TestControlUnitSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void testNamesTheUnitAndSaveKeepsIt();
    void aUnitThatDoesNotWorkOrAnswerIsSaid();
    void badDeviceIsRefusedAndNothingSaved();
    void savingNoneLeavesTheTillWithoutAUnit();

private:
    // The manager types `device` and presses Test.
    static void testDevice(ControlUnitSetupWidget &widget, const QString &device);
    // What Test says of the sandbox's unit on `device`: `state` after its name.
    static QString unitSaid(const QString &device, const QString &state);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::ControlUnitSandbox> m_unit;
    std::unique_ptr<sandbox::ControlUnitPorts> m_ports;
    TillConfig m_till;
    ManagerContext m_context;
};

void TestControlUnitSetup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    sandbox::ControlUnitSandboxOptions unit;
    unit.unitId = u"SBX-SETUP-7"_s;
    unit.firmware = u"fw-3.1"_s;
    unit.journalPath = m_dir->filePath(u"unit.sqlite"_s);
    m_unit = std::make_unique<sandbox::ControlUnitSandbox>(unit);
    QVERIFY(m_unit->open());
    m_ports = std::make_unique<sandbox::ControlUnitPorts>(m_unit.get(), 0);
    QVERIFY(m_ports->openPty());
    QVERIFY(m_ports->listenTcp(QHostAddress::LocalHost, 0));
    m_till = TillConfig{};
    m_context = ManagerContext{};
    m_context.till = &m_till;
    m_context.configPath = m_dir->filePath(u"till.json"_s);
}

void TestControlUnitSetup::cleanup()
{
    m_ports.reset();
    m_unit.reset();
    m_dir.reset();
}

void TestControlUnitSetup::testDevice(ControlUnitSetupWidget &widget, const QString &device)
{
    widget.deviceField()->setText(device);
    QTest::mouseClick(widget.testButton(), Qt::LeftButton);
}

QString TestControlUnitSetup::unitSaid(const QString &device, const QString &state)
{
    return u"Control unit SBX-SETUP-7 (CCSP version 2, firmware fw-3.1) on %1: %2."_s.arg(device,
                                                                                          state);
}

void TestControlUnitSetup::testNamesTheUnitAndSaveKeepsIt()
{
    ControlUnitSetupWidget widget(m_context);
    widget.show();
    QCOMPARE(widget.stateText(),
             u"This till has no control unit: it may not sell at a Swedish counter."_s);
    testDevice(widget, m_ports->ptyPath());
    QTRY_COMPARE_WITH_TIMEOUT(widget.resultText(),
                              unitSaid(m_ports->ptyPath(), u"OK, storage OK"_s), 20000);
    QVERIFY(widget.testButton()->isEnabled());
    // A test saves nothing.
    QVERIFY(!QFile::exists(m_context.configPath));

    // The same over TCP (a unit behind a serial-to-network adapter).
    testDevice(widget, m_ports->tcpDevice());
    QTRY_VERIFY_WITH_TIMEOUT(widget.resultText().startsWith(u"Control unit SBX-SETUP-7"_s) &&
                                 widget.resultText().contains(m_ports->tcpDevice()),
                             20000);

    QTest::mouseClick(widget.saveButton(), Qt::LeftButton);
    QCOMPARE(widget.resultText(),
             u"Saved. Kassa and kassa-cli sign receipts with this unit from their next start."_s);
    QCOMPARE(widget.stateText(), u"Kassa uses %1 from its next start."_s.arg(m_ports->tcpDevice()));
    const auto saved = TillConfig::load(m_context.configPath);
    QVERIFY(saved);
    QCOMPARE(saved->controlUnitDevice, m_ports->tcpDevice());
    ControlUnitSetupWidget again(m_context);
    QCOMPARE(again.deviceField()->text(), m_ports->tcpDevice());
}

void TestControlUnitSetup::aUnitThatDoesNotWorkOrAnswerIsSaid()
{
    ControlUnitSetupWidget widget(m_context);
    widget.show();
    sandbox::UnitFaults full;
    full.storage = controlunit::StorageStatus::Full;
    full.notOperational = true;
    m_unit->setFaults(full);
    testDevice(widget, m_ports->ptyPath());
    QTRY_COMPARE_WITH_TIMEOUT(widget.resultText(),
                              unitSaid(m_ports->ptyPath(), u"fatal error, storage full"_s), 20000);

    sandbox::UnitFaults silent;
    silent.silent = true;
    m_unit->setFaults(silent);
    QTest::mouseClick(widget.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(widget.testButton()->isEnabled(), 30000);
    const QString said = widget.resultText();
    QVERIFY2(said.contains(u"control unit"_s, Qt::CaseInsensitive), qPrintable(said));
    QVERIFY2(!said.contains(u"SBX-SETUP-7"_s), qPrintable(said));
    QVERIFY2(!said.contains(u"NAK"_s) && !said.contains(u"Error"_s), qPrintable(said));

    // A device that is not there is said, not a crash or a hang.
    testDevice(widget, m_dir->filePath(u"no-such-tty"_s));
    QTRY_VERIFY_WITH_TIMEOUT(widget.testButton()->isEnabled(), 30000);
    QVERIFY2(widget.resultText().contains(u"control unit"_s, Qt::CaseInsensitive),
             qPrintable(widget.resultText()));
}

void TestControlUnitSetup::badDeviceIsRefusedAndNothingSaved()
{
    ControlUnitSetupWidget widget(m_context);
    widget.deviceField()->setText(u"tcp:192.168.1.60"_s);
    QTest::mouseClick(widget.saveButton(), Qt::LeftButton);
    QCOMPARE(widget.resultText(), u"A network control unit is written tcp:HOST:PORT, for example "
                                  "tcp:192.168.1.60:4001."_s);
    testDevice(widget, u"COM1"_s);
    QCOMPARE(widget.resultText(), u"Write the control unit's serial device (for example "
                                  "/dev/ttyUSB0) or tcp:HOST:PORT."_s);
    QVERIFY(!QFile::exists(m_context.configPath));
    QVERIFY(m_till.controlUnitDevice.isEmpty());
}

void TestControlUnitSetup::savingNoneLeavesTheTillWithoutAUnit()
{
    m_till.controlUnitDevice = m_ports->ptyPath();
    ControlUnitSetupWidget widget(m_context);
    QCOMPARE(widget.deviceField()->text(), m_ports->ptyPath());
    widget.deviceField()->clear();
    QTest::mouseClick(widget.saveButton(), Qt::LeftButton);
    QCOMPARE(widget.resultText(),
             u"Saved: no control unit. From the next start no sale waits for a signature."_s);
    const auto saved = TillConfig::load(m_context.configPath);
    QVERIFY(saved);
    QVERIFY(saved->controlUnitDevice.isEmpty());
}

QTEST_MAIN(TestControlUnitSetup)
#include "tst_controlunitsetup.moc"
