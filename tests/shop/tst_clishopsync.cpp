#include "core/journal/journal.h"
#include "core/terminal/tillconfig.h"
#include "tests/support/postgresfixture.h"
#include "tests/support/sandboxfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

// A kassa-cli till with a shop database (a real PostgreSQL): each command
// ships what its journal has not yet sent before it exits, so a till run
// from the command line alone reaches the shop database too; when the
// database is away the command waits a few seconds at most, says so, and
// the next command sends it.
class TestCliShopSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void paymentReachesTheShopDatabaseBeforeTheCommandExits();
    void databaseAwayIsWaitedForBrieflySaidAndCaughtUpLater();
    void rowsRefundedAtOneTillAreNotRefundedAgainAtAnother();
    void shopCloseCountsEveryTillsEventsAndTheJournalSaysThem();
    void couponUsedAtOneTillIsRefusedAtAnother();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        qint64 ms = 0;
    };
    Run run(const QStringList &args, const QString &till = u"till.json"_s);
    void setUpTill(const QString &database, const QString &till = u"till.json"_s,
                   const QString &name = u"Kassa 7"_s, const QString &seqrId = u"CLISHOP7"_s);
    QString sql(const QString &statement) { return m_pg.psql(m_database, statement); }

    QString m_binary;
    PostgresFixture m_pg;
    QString m_database;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliShopSync::initTestCase()
{
    m_binary = qEnvironmentVariable("KASSA_CLI_BIN");
    QVERIFY2(QFile::exists(m_binary), "KASSA_CLI_BIN must name the built kassa-cli");
    KASSA_REQUIRE_POSTGRES(m_pg);
}

void TestCliShopSync::init()
{
    if (!m_pg.isRunning())
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    sandbox::SandboxOptions options;
    options.autopayAfterMs = 300; // the buyer pays at once
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliShopSync::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

TestCliShopSync::Run TestCliShopSync::run(const QStringList &args, const QString &till)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(m_binary, QStringList{u"--config"_s, m_dir->filePath(till), u"--endpoint"_s,
                                        m_sandbox->soapUrl().toString()} +
                                args);
    // The sandbox lives in this process: keep its event loop running.
    QSignalSpy done(&process, &QProcess::finished);
    if (!done.wait(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return {-2, {}, u"still running after 60 s: killed"_s, clock.elapsed()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), clock.elapsed()};
}

void TestCliShopSync::setUpTill(const QString &database, const QString &till, const QString &name,
                                const QString &seqrId)
{
    m_database = database;
    if (till == u"till.json")
        QVERIFY2(m_pg.createDatabase(database), qPrintable(m_pg.error()));
    const Run reg = run({u"terminal"_s, u"register"_s, u"--reseller"_s, u"900100"_s, u"--user-id"_s,
                         u"9900"_s, u"--reseller-password"_s, u"demo-reseller-pw"_s,
                         u"--external-id"_s, u"Store 1/"_s + name, u"--name"_s, name},
                        till);
    QVERIFY2(reg.exitCode == 0, qPrintable(reg.err));
    QCOMPARE(run({u"terminal"_s, u"assign-seqr-id"_s, seqrId}, till).exitCode, 0);
    auto loaded = TillConfig::load(m_dir->filePath(till));
    QVERIFY(loaded);
    TillConfig config = *loaded;
    config.shopDatabase = m_pg.shopConfig(database);
    config.shopDatabase.connectTimeoutSeconds = 1;
    QVERIFY(config.save(m_dir->filePath(till)));
}

void TestCliShopSync::paymentReachesTheShopDatabaseBeforeTheCommandExits()
{
    setUpTill(u"clipaid"_s);
    const Run paid = run({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;2;24.50;12"_s});
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.out + paid.err));
    const QString ers =
        QJsonDocument::fromJson(paid.out.toUtf8()).object()[u"ersReference"_s].toString();
    QVERIFY2(!ers.isEmpty(), qPrintable(paid.out));
    // Nothing is said when all went: the JSON stays the only output.
    QVERIFY2(!paid.err.contains(u"shop database"_s), qPrintable(paid.err));
    // In the shop database the moment the command has exited.
    QCOMPARE(sql(u"SELECT count(*), sum(total_minor) FROM sales"_s), u"1|4900"_s);
    QCOMPARE(sql(u"SELECT name, kind FROM tills"_s), u"Kassa 7|till"_s);

    // A period closed from the command line follows the same way.
    const Run closed = run({u"close-period"_s, u"--per-terminal"_s});
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.out + closed.err));
    QCOMPARE(sql(u"SELECT count(*) FROM periods"_s), u"1"_s);
}

void TestCliShopSync::databaseAwayIsWaitedForBrieflySaidAndCaughtUpLater()
{
    setUpTill(u"cliaway"_s);
    QVERIFY2(m_pg.stop(), qPrintable(m_pg.error()));
    const Run paid = run({u"pay"_s, u"--row"_s, u"Bulle;1;32.00;12"_s});
    // The payment stands: the command's exit code is the payment's.
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.out + paid.err));
    QVERIFY2(paid.out.contains(u"The shop database"_s) &&
                 paid.out.contains(u"cannot be reached"_s) &&
                 paid.out.contains(u"1 record(s) wait in this till's journal"_s),
             qPrintable(paid.out));
    // A few seconds at most (five, plus a connection attempt under way).
    QVERIFY2(paid.ms < 20000, qPrintable(QString::number(paid.ms)));
    {
        auto journal = journal::Journal::open(m_dir->filePath(u"journal.sqlite"_s));
        QVERIFY(journal);
        QCOMPARE(journal.value()->lastOutboxSeq().value(), 1);
    }

    // Back: the next command (here one that only reads) sends it.
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    const Run looked = run({u"journal"_s});
    QVERIFY2(looked.exitCode == 0, qPrintable(looked.out + looked.err));
    QVERIFY2(!looked.out.contains(u"cannot be reached"_s), qPrintable(looked.out));
    QCOMPARE(sql(u"SELECT count(*), sum(total_minor) FROM sales"_s), u"1|3200"_s);
}

// Issue 27 item 4 from the command line: a row refunded at one till is not
// refunded again at another (limits from the shop database), and with the
// shop database away another till's sale is refused with the reason.
void TestCliShopSync::rowsRefundedAtOneTillAreNotRefundedAgainAtAnother()
{
    setUpTill(u"clirefund"_s);
    QVERIFY(QDir(m_dir->path()).mkpath(u"t8"_s));
    setUpTill(u"clirefund"_s, u"t8/till.json"_s, u"Kassa 8"_s, u"CLISHOP8"_s);
    const Run paid = run({u"--json"_s, u"pay"_s, u"--row"_s, u"Kaffe;1;25.00;12"_s, u"--row"_s,
                          u"Ost;1;50.00;12"_s});
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.out + paid.err));
    const QString ers =
        QJsonDocument::fromJson(paid.out.toUtf8()).object()[u"ersReference"_s].toString();
    QVERIFY(!ers.isEmpty());

    // Till 8 refunds the coffee of till 7's sale.
    const Run there = run({u"--json"_s, u"refund"_s, ers, u"--row"_s, u"1:1"_s}, u"t8/till.json"_s);
    QVERIFY2(there.exitCode == 0, qPrintable(there.out + there.err));
    const QJsonObject done = QJsonDocument::fromJson(there.out.toUtf8()).object();
    QCOMPARE(done[u"amount"_s].toString(), u"25.00"_s);
    QCOMPARE(done[u"remaining"_s].toString(), u"50.00"_s);
    QCOMPARE(sql(u"SELECT quantity, total_minor FROM refund_rows"_s), u"1|2500"_s);

    // Till 7, whose journal knows no refund, does not give it back again.
    const Run again = run({u"refund"_s, ers, u"--row"_s, u"1:1"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"row 1: at most 0 can still be refunded"_s),
             qPrintable(again.err));
    QCOMPARE(m_sandbox->service().state().refunds.size(), 1);

    // The shop database away: till 8 cannot refund till 7's sale, and says why.
    QVERIFY2(m_pg.stop(), qPrintable(m_pg.error()));
    const Run away = run({u"refund"_s, ers, u"--row"_s, u"2:1"_s}, u"t8/till.json"_s);
    QCOMPARE(away.exitCode, 1);
    QVERIFY2(away.err.contains(u"the shop database cannot be reached"_s) &&
                 away.err.contains(u"nothing was sent"_s),
             qPrintable(away.err));
    QCOMPARE(m_sandbox->service().state().refunds.size(), 1);
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
}

// As the manager's window: close-period for the whole shop over the shop
// database gives the shop's Z report with every till's drawer openings and
// float changes, per till and in all; `journal` lists the other till's
// events in words.
void TestCliShopSync::shopCloseCountsEveryTillsEventsAndTheJournalSaysThem()
{
    setUpTill(u"cliclose"_s);
    QVERIFY(QDir(m_dir->path()).mkpath(u"t9"_s));
    setUpTill(u"cliclose"_s, u"t9/till.json"_s, u"Kassa 9"_s, u"CLISHOP9"_s);
    QCOMPARE(run({u"drawer"_s, u"open"_s, u"--reason"_s, u"change for 500"_s}).exitCode, 0);
    QCOMPARE(run({u"float"_s, u"set"_s, u"1500.00"_s, u"--reason"_s, u"morning"_s}).exitCode, 0);
    QCOMPARE(run({u"drawer"_s, u"open"_s}, u"t9/till.json"_s).exitCode, 0);
    const Run paid = run({u"pay"_s, u"--row"_s, u"Kaffe;1;25.00;12"_s});
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.out + paid.err));

    const Run closed = run({u"--json"_s, u"close-period"_s});
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.out + closed.err));
    const QJsonObject day = QJsonDocument::fromJson(closed.out.toUtf8()).object();
    QCOMPARE(day[u"shopWide"_s].toBool(), true);
    QCOMPARE(day[u"final"_s].toBool(), true);
    QStringList lines;
    for (const QJsonValue &v : day[u"events"_s].toArray()) {
        const QJsonObject e = v.toObject();
        lines.append(e[u"kind"_s].toString() + u'|' + e[u"till"_s].toString() + u'|' +
                     QString::number(e[u"count"_s].toInt()));
    }
    // The float's opening is a drawer opening too (cause float).
    QCOMPARE(lines, QStringList({u"drawer-opening||3"_s, u"drawer-opening|Kassa 7|2"_s,
                                 u"drawer-opening|Kassa 9|1"_s, u"float-change||1"_s,
                                 u"float-change|Kassa 7|1"_s}));
    // The Z report on standard error, said for people.
    QVERIFY2(closed.err.contains(u"Drawer openings"_s) && closed.err.contains(u"Kassa 9"_s),
             qPrintable(closed.err));

    const Run journal = run({u"--json"_s, u"journal"_s}, u"t9/till.json"_s);
    QVERIFY2(journal.exitCode == 0, qPrintable(journal.out + journal.err));
    QStringList said;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(journal.out.toUtf8()).object()[u"events"_s].toArray())
        said.append(v.toObject()[u"till"_s].toString() + u": "_s +
                    v.toObject()[u"text"_s].toString());
    QVERIFY2(said.contains(u"Kassa 9: Drawer opened: no sale"_s), qPrintable(said.join(u'\n')));
    QVERIFY2(said.contains(u"Kassa 7: Drawer opened: no sale (change for 500)"_s),
             qPrintable(said.join(u'\n')));
    QVERIFY2(said.contains(u"Kassa 7: Cash float now 1,500.00 (change 1,500.00): morning"_s) ||
                 said.contains(u"Kassa 7: Cash float now 1500.00 (change 1500.00): morning"_s),
             qPrintable(said.join(u'\n')));
}

// Issue 31: a coupon is good once in the whole shop. One used at till 7
// reaches the shop database with its sale; till 8, whose journal never saw
// it, refuses it, from `sell` as from `pay`; with the shop database away a
// coupon is refused, saying why, rather than risk a second use.
void TestCliShopSync::couponUsedAtOneTillIsRefusedAtAnother()
{
    setUpTill(u"clicoupon"_s);
    QVERIFY(QDir(m_dir->path()).mkpath(u"t8"_s));
    setUpTill(u"clicoupon"_s, u"t8/till.json"_s, u"Kassa 8"_s, u"CLISHOP8"_s);
    for (const QString &till : {u"till.json"_s, u"t8/till.json"_s}) {
        const Run added = run({u"coupon"_s, u"add"_s, u"--pattern"_s, u"VAR\\d{4}"_s, u"--amount"_s,
                               u"10.00"_s, u"--name"_s, u"Spring"_s},
                              till);
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
    }

    const Run sold = run({u"sell"_s, u"--row"_s, u"Kaffe;2;24.50;12"_s, u"--cash"_s, u"50"_s,
                          u"--coupon"_s, u"VAR0001"_s});
    QVERIFY2(sold.exitCode == 0, qPrintable(sold.out + sold.err));
    QVERIFY2(sold.out.contains(u"Coupons VAR0001: 10.00 SEK off in all (with any card); total "
                               "39.00 SEK."_s),
             qPrintable(sold.out));
    QVERIFY2(sold.out.contains(u"Change: 11.00"_s), qPrintable(sold.out));
    QCOMPARE(sql(u"SELECT u.code, t.name, s.total_minor FROM used_coupons u JOIN tills t USING"
                 " (till_id) JOIN sales s USING (till_id, sale_id)"_s),
             u"VAR0001|Kassa 7|3900"_s);

    // Till 8 has never seen it, yet refuses it and records nothing.
    const Run again = run({u"sell"_s, u"--row"_s, u"Bulle;1;32.00;12"_s, u"--cash"_s, u"40"_s,
                           u"--coupon"_s, u"VAR0001"_s},
                          u"t8/till.json"_s);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"the coupon VAR0001 has been used already (each coupon is good "
                                "once); nothing was recorded"_s),
             qPrintable(again.err));
    const Run paidAgain =
        run({u"pay"_s, u"--row"_s, u"Bulle;1;32.00;12"_s, u"--coupon"_s, u"VAR0001"_s},
            u"t8/till.json"_s);
    QCOMPARE(paidAgain.exitCode, 2);
    QVERIFY2(paidAgain.err.contains(u"nothing was sent"_s), qPrintable(paidAgain.err));
    QVERIFY(m_sandbox->service().state().invoices.isEmpty());

    // A fresh coupon at till 8, paid with SEQR: SEQR is asked for the price less the coupon.
    const Run paid =
        run({u"--json"_s, u"pay"_s, u"--row"_s, u"Bulle;1;32.00;12"_s, u"--coupon"_s, u"VAR0002"_s},
            u"t8/till.json"_s);
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.out + paid.err));
    QCOMPARE(QJsonDocument::fromJson(paid.out.toUtf8()).object()[u"total"_s].toString(),
             u"22.00"_s);
    QCOMPARE(m_sandbox->service().state().invoices.size(), 1);
    QCOMPARE(m_sandbox->service().state().invoices.first().total.minorUnits(), 2200);
    QCOMPARE(sql(u"SELECT string_agg(u.code || ' ' || t.name, ', ' ORDER BY u.code)"
                 " FROM used_coupons u JOIN tills t USING (till_id)"_s),
             u"VAR0001 Kassa 7, VAR0002 Kassa 8"_s);

    // The shop database away: a coupon cannot be checked, so it is not taken.
    QVERIFY2(m_pg.stop(), qPrintable(m_pg.error()));
    const Run away = run({u"sell"_s, u"--row"_s, u"Bulle;1;32.00;12"_s, u"--cash"_s, u"40"_s,
                          u"--coupon"_s, u"VAR0003"_s},
                         u"t8/till.json"_s);
    QCOMPARE(away.exitCode, 1);
    QVERIFY2(away.err.contains(u"the shop database cannot be reached, so the other tills cannot "
                               "be asked whether the coupon VAR0003 was used; nothing was "
                               "recorded"_s),
             qPrintable(away.err));
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    QCOMPARE(sql(u"SELECT count(*) FROM sales"_s), u"2"_s);
}

QTEST_GUILESS_MAIN(TestCliShopSync)
#include "tst_clishopsync.moc"
