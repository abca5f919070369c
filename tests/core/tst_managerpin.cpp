#include "core/journal/journal.h"
#include "core/terminal/managerpin.h"
#include "core/terminal/terminalservice.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

// The manager's PIN cannot be taken over by deleting its file: the journal
// remembers that one was set; only the shop's SEQR credentials reset it.
class TestManagerPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deletedFileDoesNotAllowANewPin();
    void deletedFileDoesNotResetTheLockOut();
    void aPinFromBeforeIsRecordedAtLoad();
    void shopCredentialsResetAMissingPin();

private:
    QString pinPath() const { return m_dir->filePath(u"manager.json"_s); }
    // The PIN as the till loads it at start (with its journal).
    ManagerPin loadPin(bool withJournal = true)
    {
        auto loaded = ManagerPin::load(pinPath(), withJournal ? m_journal.get() : nullptr);
        if (!loaded)
            qWarning() << "cannot load the PIN:" << loaded.error().detail;
        return loaded ? *loaded : ManagerPin();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<journal::Journal> m_journal;
};

void TestManagerPin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto journal = journal::Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal);
    m_journal = std::move(journal.value());
}

void TestManagerPin::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void TestManagerPin::deletedFileDoesNotAllowANewPin()
{
    QVERIFY(ManagerPin::load(pinPath(), m_journal.get()));
    ManagerPin pin = loadPin();
    QVERIFY(!pin.isSet());
    QVERIFY(pin.set(u"4711"_s));
    QVERIFY(QFile::remove(pinPath()));

    ManagerPin after = loadPin();
    QVERIFY(after.isMissing());
    QVERIFY(after.isSet()); // so no window offers "choose a PIN"
    const auto set = after.set(u"1234"_s);
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(pinPath()));
    const auto verified = after.verify(u"1234"_s);
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, ErrorCode::NotFound);
    QVERIFY(!after.verify(u"4711"_s)); // not even the old PIN: the file is gone
}

void TestManagerPin::deletedFileDoesNotResetTheLockOut()
{
    ManagerPin pin = loadPin();
    QVERIFY(pin.set(u"4711"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < ManagerPin::freeAttempts; ++i)
        QVERIFY(!pin.verify(u"0000"_s, now));
    QVERIFY(pin.secondsLocked(now) > 0);
    QVERIFY(QFile::remove(pinPath()));
    // Guessing does not start again from three free tries.
    ManagerPin after = loadPin();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(after.verify(u"4711"_s, now).error().code, ErrorCode::NotFound);
}

void TestManagerPin::aPinFromBeforeIsRecordedAtLoad()
{
    // A PIN file written without the journal (an earlier Kassa) …
    QVERIFY(loadPin(false).set(u"4711"_s));
    QVERIFY(loadPin().isSet());
    // … is remembered from its first load with the journal on.
    QVERIFY(QFile::remove(pinPath()));
    QVERIFY(loadPin().isMissing());
}

void TestManagerPin::shopCredentialsResetAMissingPin()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    auto client = sandbox.makeClient();
    TillConfig config;
    config.terminalId = sandbox.registerTill(*client, u"Kassa 1"_s, u"PIN1"_s);
    QVERIFY(!config.terminalId.isEmpty());
    config.terminalPassword = client->terminalCredentials().password;
    QVERIFY(loadPin().set(u"4711"_s));
    QVERIFY(QFile::remove(pinPath()));
    TerminalService service(client.get(), &config, m_dir->filePath(u"till.json"_s));

    auto reset = [&](const seqr::Credentials &who) {
        std::optional<Status> result;
        service.resetManagerPin(who, pinPath(), m_journal.get(),
                                [&](const Status &s) { result = s; });
        [[maybe_unused]] const bool answered =
            QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result.value_or(Status(makeError(ErrorCode::ConnectionProblem, u"no answer"_s)));
    };
    const auto reseller = SandboxFixture::reseller();
    // A wrong password is refused by SEQR: the PIN stays missing.
    const Status wrong = reset(
        seqr::Credentials::reseller(reseller.principal.id, reseller.principal.userId, u"guess"_s));
    QVERIFY(!wrong);
    QVERIFY(loadPin().isMissing());
    // Another shop's till is not this shop's to reset.
    config.terminalId = u"0123456789abcdef0123456789abcdef"_s;
    QVERIFY(!reset(reseller));
    QVERIFY(loadPin().isMissing());
    config.terminalId = client->terminalCredentials().principal.id;
    // The shop's own credentials: the next manager chooses a new PIN.
    QVERIFY(reset(reseller));
    ManagerPin fresh = loadPin();
    QVERIFY(!fresh.isMissing());
    QVERIFY(!fresh.isSet());
    QVERIFY(fresh.set(u"2468"_s));
    QVERIFY(loadPin().verify(u"2468"_s));
    QVERIFY(m_journal->events(u"manager-pin"_s)->contains(u"manager-pin-reset"_s));
}

QTEST_GUILESS_MAIN(TestManagerPin)
#include "tst_managerpin.moc"
