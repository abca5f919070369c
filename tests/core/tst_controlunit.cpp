// ControlUnit (the CCSP driver) against control-unit-sandbox on a
// pseudo-terminal and on TCP: identity, status, receipts signed (v1 and v2),
// faults, every NAK and silence as the cashier's sentence.
#include "core/controlunit/controlunit.h"
#include "core/controlunit/unittext.h"
#include "core/terminal/errortext.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "tests/support/bothways.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;
using namespace kassa::sandbox;

namespace {

Money sek(qint64 minor)
{
    return Money(minor, Currency::sek());
}

ReceiptFigures figures(qint64 serial, ReceiptType type = ReceiptType::Normal)
{
    ReceiptFigures f;
    f.at = QDateTime(QDate(2026, 12, 7), QTime(10, 15));
    f.serialNumber = serial;
    f.tillId = u"KASSA1"_s;
    f.orgNumber = u"556677-8899"_s;
    f.type = type;
    f.total = sek(12500);
    f.returnsTotal = sek(0);
    f.vat = {{Decimal::fromInteger(25), sek(2500)}};
    return f;
}

// Waits for a call's end and keeps it for the checks.
std::unique_ptr<UnitCall> await(UnitCall *call, int ms = 10000)
{
    std::unique_ptr<UnitCall> owned(call);
    QSignalSpy finished(call, &UnitCall::finished);
    if (!call->isFinished())
        finished.wait(ms);
    return owned;
}

} // namespace

class TestControlUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void asksTheUnitWhoItIs_data();
    void asksTheUnitWhoItIs();
    void signsAReceiptTheSandboxCanVerify_data();
    void signsAReceiptTheSandboxCanVerify();
    void signsWithProtocolVersionOne();
    void registersEachReceiptType();
    void aReceiptSentTwiceIsSignedOnce();
    void everyNakReachesTheCashierAsASentence_data();
    void everyNakReachesTheCashierAsASentence();
    void aDamagedRequestIsSentAgain();
    void damagedAnswersAreAskedAgain_data();
    void damagedAnswersAreAskedAgain();
    void aSilentUnitIsNoAnswer();
    void aMissingDeviceCannotBeOpened_data();
    void aMissingDeviceCannotBeOpened();
    void theSandboxRefusesBadFrames();
    void statusTellsStorageAndOperation();
    void callsNeverFinishInsideTheCallThatMadeThem();
    void aLostLineIsSaidAtOnce();

private:
    ControlUnitOptions options(const QString &device) const;
    void startSandbox(int protocolVersion = 2);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ControlUnitSandbox> m_unit;
    std::unique_ptr<ControlUnitPorts> m_ports;
};

void TestControlUnit::init()
{
    startSandbox();
}

void TestControlUnit::cleanup()
{
    m_ports.reset();
    m_unit.reset();
    m_dir.reset();
}

void TestControlUnit::startSandbox(int protocolVersion)
{
    m_ports.reset();
    m_unit.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    ControlUnitSandboxOptions o;
    o.unitId = u"SBX-TEST-0042"_s;
    o.protocolVersion = protocolVersion;
    o.journalPath = m_dir->filePath(u"unit.sqlite"_s);
    m_unit = std::make_unique<ControlUnitSandbox>(o);
    QVERIFY(m_unit->open());
    // No wire time: these tests are about behaviour (bench_controlunit times 9600 baud).
    m_ports = std::make_unique<ControlUnitPorts>(m_unit.get(), 0);
    auto pty = m_ports->openPty();
    QVERIFY2(pty, qPrintable(pty.hasValue() ? QString() : pty.error().detail));
    QVERIFY(m_ports->listenTcp(QHostAddress::LocalHost, 0));
}

ControlUnitOptions TestControlUnit::options(const QString &device) const
{
    ControlUnitOptions o;
    o.device = device;
    o.answerTimeout = std::chrono::milliseconds(400);
    o.commandGap = std::chrono::milliseconds(5);
    return o;
}

void TestControlUnit::asksTheUnitWhoItIs_data()
{
    kassa::test::bothWays("tcp", "pseudo-terminal", "tcp");
}

void TestControlUnit::asksTheUnitWhoItIs()
{
    QFETCH(bool, tcp);
    ControlUnit unit(options(tcp ? m_ports->tcpDevice() : m_ports->ptyPath()));
    auto call = await(unit.identity());
    QCOMPARE(unitCallStatusName(call->status()), u"success"_s);
    QCOMPARE(call->identity().manufacturingNumber, u"SBX-TEST-0042"_s);
    QCOMPARE(call->identity().protocolVersion, 2);
    QCOMPARE(unit.knownIdentity()->manufacturingNumber, u"SBX-TEST-0042"_s);
}

void TestControlUnit::signsAReceiptTheSandboxCanVerify_data()
{
    asksTheUnitWhoItIs_data();
}

void TestControlUnit::signsAReceiptTheSandboxCanVerify()
{
    QFETCH(bool, tcp);
    ControlUnit unit(options(tcp ? m_ports->tcpDevice() : m_ports->ptyPath()));
    auto call = await(unit.registerReceipt(figures(1042)));
    QVERIFY2(call->isSuccess(), qPrintable(call->errorDetail()));
    const QString expected = ControlUnitSandbox::controlCode(m_unit->options().key,
                                                             receiptFields(figures(1042)).value());
    QCOMPARE(call->signature().controlCode, expected);
    QCOMPARE(call->signature().unitId, u"SBX-TEST-0042"_s);
    auto signedReceipts = m_unit->signedReceipts();
    QVERIFY(signedReceipts);
    QCOMPARE(signedReceipts->size(), 1);
    QCOMPARE(signedReceipts->first().serialNumber, 1042);
    QCOMPARE(signedReceipts->first().type, u"normal"_s);
    QCOMPARE(signedReceipts->first().controlCode, expected);
    QCOMPARE(signedReceipts->first().fields,
             u"202612071015#1042#KASSA1#556677-8899#normal#125,00#0,00#25,00;25,00#12,00;0,00#"
             "6,00;0,00#0,00;0,00"_s);
    QCOMPARE(m_unit->refusedFrames(), 0);
}

void TestControlUnit::signsWithProtocolVersionOne()
{
    startSandbox(1);
    ControlUnit unit(options(m_ports->ptyPath()));
    auto call = await(unit.registerReceipt(figures(7)));
    QVERIFY2(call->isSuccess(), qPrintable(call->errorDetail()));
    QCOMPARE(call->identity().protocolVersion, 1);
    QCOMPARE(call->signature().unitId, u"SBX-TEST-0042"_s);
    QCOMPARE(
        call->signature().controlCode,
        ControlUnitSandbox::controlCode(m_unit->options().key, receiptFields(figures(7)).value()));
    // IQ, then ST, RH and SQ.
    QCOMPARE(m_unit->framesReceived(), 4);
    QCOMPARE(m_unit->refusedFrames(), 0);
    QCOMPARE(m_unit->signedReceipts()->size(), 1);
}

void TestControlUnit::registersEachReceiptType()
{
    ControlUnit unit(options(m_ports->ptyPath()));
    const QList<ReceiptType> types{ReceiptType::Normal, ReceiptType::Copy, ReceiptType::Training,
                                   ReceiptType::ProForma};
    std::vector<std::unique_ptr<UnitCall>> calls;
    for (ReceiptType type : types)
        calls.push_back(std::unique_ptr<UnitCall>(unit.registerReceipt(figures(5, type))));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(calls.begin(), calls.end(), [](const auto &c) { return c->isFinished(); }),
        10000);
    for (const auto &call : calls)
        QVERIFY2(call->isSuccess(), qPrintable(call->errorDetail()));
    QStringList kinds;
    const QList<SignedReceipt> receipts = m_unit->signedReceipts().value();
    for (const SignedReceipt &r : receipts)
        kinds.append(r.type);
    QCOMPARE(kinds, (QStringList{u"normal"_s, u"kopia"_s, u"ovning"_s, u"profo"_s}));
    QVERIFY(calls[0]->signature().controlCode != calls[1]->signature().controlCode);
}

void TestControlUnit::aReceiptSentTwiceIsSignedOnce()
{
    ControlUnit unit(options(m_ports->ptyPath()));
    auto first = await(unit.registerReceipt(figures(9)));
    auto second = await(unit.registerReceipt(figures(9)));
    QVERIFY(first->isSuccess() && second->isSuccess());
    QCOMPARE(second->signature().controlCode, first->signature().controlCode);
    QCOMPARE(m_unit->signedReceipts()->size(), 1);
    // Other figures under the same number are refused.
    ReceiptFigures other = figures(9);
    other.total = sek(1);
    auto third = await(unit.registerReceipt(other));
    QCOMPARE(third->status(), UnitCallStatus::Refused);
    QCOMPARE(third->nak(), NakCode::InvalidData);
}

void TestControlUnit::everyNakReachesTheCashierAsASentence_data()
{
    QTest::addColumn<int>("code");
    for (NakCode code : allNakCodes())
        QTest::newRow(nakCodeText(code).constData()) << int(code);
}

void TestControlUnit::everyNakReachesTheCashierAsASentence()
{
    QFETCH(int, code);
    UnitFaults faults;
    faults.nakCode = code;
    m_unit->setFaults(faults);
    ControlUnit unit(options(m_ports->ptyPath()));
    auto call = await(unit.registerReceipt(figures(1)));
    QCOMPARE(call->status(), UnitCallStatus::Refused);
    QCOMPARE(int(call->nak().value()), code);
    const Error error = call->error();
    QCOMPARE(error.code, ErrorCode::ControlUnitRefused);
    QCOMPARE(describe(error, false), describeNak(code));
    QVERIFY(!describe(error, false).contains(QString::number(code)));
    QCOMPARE(m_unit->signedReceipts()->size(), 0);
    // NAK 001 (a damaged request) is sent again before giving up.
    const qint64 registrations = m_unit->framesReceived() - 1; // less the IQ
    QCOMPARE(registrations, code == 1 ? 3 : 1);
}

void TestControlUnit::aDamagedRequestIsSentAgain()
{
    UnitFaults faults;
    faults.nakCode = 1;
    faults.nakCount = 1;
    m_unit->setFaults(faults);
    ControlUnit unit(options(m_ports->ptyPath()));
    auto call = await(unit.registerReceipt(figures(3)));
    QVERIFY2(call->isSuccess(), qPrintable(call->errorDetail()));
    QCOMPARE(m_unit->signedReceipts()->size(), 1);
}

void TestControlUnit::damagedAnswersAreAskedAgain_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("corrupted byte") << u"corruptByte"_s;
    QTest::newRow("dropped byte") << u"dropByte"_s;
}

void TestControlUnit::damagedAnswersAreAskedAgain()
{
    QFETCH(QString, fault);
    ControlUnit unit(options(m_ports->ptyPath()));
    auto identity = await(unit.identity());
    QVERIFY(identity->isSuccess());
    UnitFaults faults;
    QVERIFY(faults.merge(QJsonObject{{fault, 1}}));
    m_unit->setFaults(faults);
    auto call = await(unit.registerReceipt(figures(11)));
    QVERIFY2(call->isSuccess(), qPrintable(call->errorDetail()));
    QCOMPARE(call->signature().controlCode, m_unit->signedReceipts()->first().controlCode);
    QCOMPARE(m_unit->signedReceipts()->size(), 1);
}

void TestControlUnit::aSilentUnitIsNoAnswer()
{
    UnitFaults faults;
    faults.silent = true;
    m_unit->setFaults(faults);
    ControlUnit unit(options(m_ports->ptyPath()));
    QElapsedTimer clock;
    clock.start();
    auto call = await(unit.status());
    QCOMPARE(call->status(), UnitCallStatus::NoAnswer);
    // The request and its resends each waited the answer time.
    QVERIFY(clock.elapsed() >= 3 * 400);
    QCOMPARE(call->error().code, ErrorCode::ControlUnitUnavailable);
    QVERIFY(describe(call->error(), false).contains(u"does not answer"_s));
    QCOMPARE(m_unit->framesReceived(), 3);
}

void TestControlUnit::aMissingDeviceCannotBeOpened_data()
{
    QTest::addColumn<QString>("device");
    QTest::newRow("serial") << u"/dev/kassa-no-such-unit"_s;
    QTest::newRow("tcp, nothing listening") << u"closed"_s;
    QTest::newRow("tcp, not host:port") << u"tcp:localhost"_s;
}

void TestControlUnit::aMissingDeviceCannotBeOpened()
{
    QFETCH(QString, device);
    if (device == u"closed"_s) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        device = u"tcp:127.0.0.1:"_s + QString::number(probe.serverPort());
    }
    ControlUnit unit(options(device));
    auto call = await(unit.identity());
    QCOMPARE(call->status(), UnitCallStatus::CannotOpen);
    QVERIFY(describe(call->error(), false).contains(u"does not answer"_s));
}

void TestControlUnit::theSandboxRefusesBadFrames()
{
    QSerialPort port;
    port.setPortName(m_ports->ptyPath());
    QVERIFY(port.open(QIODevice::ReadWrite));
    port.write("#!#00E#SIQ#2E\r"); // the checksum is 2F
    QByteArray answer;
    QTRY_VERIFY((answer += port.readAll()).endsWith('\r'));
    QCOMPARE(answer, QByteArray("#!#012#NAK#001#44\r"));
    QCOMPARE(m_unit->refusedFrames(), 1);
    answer.clear();
    port.write("#!#00E#SIQ#2F\r");
    QTRY_VERIFY((answer += port.readAll()).endsWith('\r'));
    QVERIFY(answer.contains("#SIR#0#"));
    QCOMPARE(m_unit->refusedFrames(), 1);
}

void TestControlUnit::statusTellsStorageAndOperation()
{
    ControlUnit unit(options(m_ports->ptyPath()));
    UnitFaults faults;
    faults.storage = StorageStatus::NearlyFull;
    m_unit->setFaults(faults);
    auto status = await(unit.status());
    QVERIFY(status->isSuccess());
    QCOMPARE(status->unitStatus().mainStatus, 1);
    QCOMPARE(status->unitStatus().storage, StorageStatus::NearlyFull);
    auto signedCall = await(unit.registerReceipt(figures(21)));
    QCOMPARE(signedCall->signature().storage, StorageStatus::NearlyFull);

    faults.storage = StorageStatus::Full;
    m_unit->setFaults(faults);
    auto full = await(unit.registerReceipt(figures(22)));
    QCOMPARE(full->nak(), NakCode::StorageFull);
    QVERIFY(describe(full->error(), false).contains(u"memory is full"_s));

    faults = UnitFaults{};
    faults.notOperational = true;
    m_unit->setFaults(faults);
    auto down = await(unit.status());
    QVERIFY(!down->unitStatus().isOperational());
    auto refused = await(unit.registerReceipt(figures(23)));
    QCOMPARE(refused->nak(), NakCode::NotOperational);
}

void TestControlUnit::callsNeverFinishInsideTheCallThatMadeThem()
{
    ControlUnit unit(options(m_ports->ptyPath()));
    ReceiptFigures bad = figures(1);
    bad.tillId = u"A#B"_s;
    std::unique_ptr<UnitCall> refused(unit.registerReceipt(bad));
    QVERIFY(!refused->isFinished());
    QSignalSpy finished(refused.get(), &UnitCall::finished);
    std::unique_ptr<UnitCall> aborted(unit.status());
    QSignalSpy abortedFinished(aborted.get(), &UnitCall::finished);
    aborted->abort();
    QCOMPARE(abortedFinished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(refused->status(), UnitCallStatus::Refused);
    QCOMPARE(refused->nak(), NakCode::InvalidData);
    QTRY_COMPARE(abortedFinished.count(), 1);
    QCOMPARE(aborted->status(), UnitCallStatus::Aborted);
    QCOMPARE(m_unit->framesReceived(), 0);
}

void TestControlUnit::aLostLineIsSaidAtOnce()
{
    ControlUnit unit(options(m_ports->tcpDevice()));
    QSignalSpy lost(&unit, &ControlUnit::lineLost);
    QVERIFY(await(unit.identity())->isSuccess());
    m_ports->dropConnections();
    QTRY_COMPARE(lost.count(), 1);
    // The next call opens the line again.
    QVERIFY(await(unit.status())->isSuccess());
}

QTEST_GUILESS_MAIN(TestControlUnit)
#include "tst_controlunit.moc"
