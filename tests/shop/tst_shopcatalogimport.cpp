#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/shopdb/shopsync.h"
#include "core/terminal/tillconfig.h"
#include "tests/support/postgresfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::shopdb;
using namespace Qt::StringLiterals;

// `kassa-web --import-catalog FILE.csv` with a shop database in kassa-web's
// configuration (the real executable, a real PostgreSQL): the CSV is written
// into the shop's one catalog there, as the till's `kassa --import-catalog`
// does, and a till's local copy (its ShopSync) then sells the new product at
// its price — and, after a second import, at the new price. While the shop
// database cannot be reached the import fails plainly and kassa-web does not
// start on its own copy instead.
class TestShopCatalogImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void webshopImportReachesTheTillsCatalog();
    void importFailsWhileTheShopDatabaseIsAway();

private:
    QString writeWebConfig(const QString &name, const ShopDatabaseConfig &shop);
    QString writeCsv(const QString &name, const QByteArray &csv);
    // Runs kassa-web with `args` until it serves (then stops it) or exits.
    int runWeb(const QStringList &args, QString *err);

    PostgresFixture m_pg;
    QTemporaryDir m_dir;
    QString m_bin;
    ShopDatabaseConfig m_config;
};

void TestShopCatalogImport::initTestCase()
{
    m_bin = qEnvironmentVariable("KASSA_WEB_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "KASSA_WEB_BIN must name the kassa-web executable");
    KASSA_REQUIRE_POSTGRES(m_pg);
    QVERIFY2(m_pg.createDatabase(u"catalog"_s), qPrintable(m_pg.error()));
    m_config = m_pg.shopConfig(u"catalog"_s);
}

QString TestShopCatalogImport::writeWebConfig(const QString &name, const ShopDatabaseConfig &shop)
{
    TillConfig config;
    config.name = u"Webbshop"_s;
    config.shopName = u"Lilla Livs"_s;
    config.shopDatabase = shop;
    const QString path = m_dir.filePath(name + u"/webshop.json"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return config.save(path) ? path : QString();
}

QString TestShopCatalogImport::writeCsv(const QString &name, const QByteArray &csv)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return {};
    return file.fileName();
}

int TestShopCatalogImport::runWeb(const QStringList &args, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(m_bin, args + QStringList{u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s});
    if (!p.waitForStarted(10000))
        return -1;
    QByteArray out;
    // It serves once the import is done: "kassa-web: http://…" on stdout.
    const bool served = QTest::qWaitFor(
        [&] {
            out += p.readAllStandardOutput();
            return out.contains("kassa-web: http://") || p.state() == QProcess::NotRunning;
        },
        30000);
    if (p.state() != QProcess::NotRunning)
        p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    *err = QString::fromUtf8(p.readAllStandardError());
    if (!served)
        return -1;
    return out.contains("kassa-web: http://") ? 0 : p.exitCode();
}

void TestShopCatalogImport::webshopImportReachesTheTillsCatalog()
{
    const QString config = writeWebConfig(u"web"_s, m_config);
    QVERIFY(!config.isEmpty());
    const QString webCatalog = m_dir.filePath(u"web/catalog.sqlite"_s);
    const QString csv = writeCsv(u"first.csv"_s, "ean,sku,name,price,vat\n"
                                                 "7352601815907,K1,Kaffe,25.00,12\n"
                                                 "7383016613185,K2,Te,19.50,12\n"
                                                 "12345,K3,Bad line,1.00,12\n");
    QVERIFY(!csv.isEmpty());
    QString err;
    QCOMPARE(runWeb({u"--config"_s, config, u"--catalog"_s, webCatalog, u"--import-catalog"_s, csv},
                    &err),
             0);
    QVERIFY2(err.contains(u"changed in the shop database"_s), qPrintable(err));
    QVERIFY2(err.contains(u"line 4"_s), qPrintable(err));

    // A till of the shop: its copy of the catalog follows the shop's.
    const QString tillDir = m_dir.filePath(u"till"_s);
    QVERIFY(QDir().mkpath(tillDir));
    {
        auto journal = journal::Journal::open(tillDir + u"/journal.sqlite"_s);
        QVERIFY(journal);
    }
    auto opened = catalog::Catalog::open(tillDir + u"/catalog.sqlite"_s);
    QVERIFY(opened);
    std::unique_ptr<catalog::Catalog> tillCatalog = std::move(opened).value();
    ShopSyncOptions options;
    options.intervalMs = 200;
    options.catalogPath = tillDir + u"/catalog.sqlite"_s;
    ShopSync sync(m_config, tillDir + u"/journal.sqlite"_s,
                  TillIdentity{{}, u"T1"_s, u"Kassa 1"_s, u"till"_s}, options);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(tillCatalog->findByEan(u"7383016613185"_s).has_value(), 20000);
    QCOMPARE(tillCatalog->findByEan(u"7383016613185"_s)->name, u"Te"_s);
    QCOMPARE(tillCatalog->findByEan(u"7383016613185"_s)->unitPrice, Money(1950, Currency::sek()));
    QCOMPARE(tillCatalog->findByEan(u"7352601815907"_s)->unitPrice, Money(2500, Currency::sek()));

    // A new price (and a new product) from kassa-web again: the till charges it.
    const QString second = writeCsv(u"second.csv"_s, "ean;sku;name;price;vat\n"
                                                     "7352601815907;K1;Kaffe;29,00;12\n"
                                                     "7360913909962;K4;Mjölk;14,50;12\n");
    QCOMPARE(
        runWeb({u"--config"_s, config, u"--catalog"_s, webCatalog, u"--import-catalog"_s, second},
               &err),
        0);
    QVERIFY2(err.contains(u"changed in the shop database"_s), qPrintable(err));
    QTRY_COMPARE_WITH_TIMEOUT(tillCatalog->findByEan(u"7352601815907"_s)->unitPrice,
                              Money(2900, Currency::sek()), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(tillCatalog->findByEan(u"7360913909962"_s).has_value(), 20000);
    QCOMPARE(tillCatalog->findByEan(u"7360913909962"_s)->name, u"Mjölk"_s);
}

void TestShopCatalogImport::importFailsWhileTheShopDatabaseIsAway()
{
    ShopDatabaseConfig away = m_config;
    away.port = m_config.port + 1; // nothing listens on that socket
    const QString config = writeWebConfig(u"away"_s, away);
    QVERIFY(!config.isEmpty());
    const QString webCatalog = m_dir.filePath(u"away/catalog.sqlite"_s);
    const QString csv =
        writeCsv(u"away.csv"_s, "ean,sku,name,price,vat\n7352601815907,K1,Kaffe,25.00,12\n");
    QString err;
    QCOMPARE(runWeb({u"--config"_s, config, u"--catalog"_s, webCatalog, u"--import-catalog"_s, csv},
                    &err),
             1);
    QVERIFY2(err.contains(u"cannot be imported into the shop database"_s), qPrintable(err));
    // Not written into kassa-web's own copy instead: the shop has one catalog.
    auto local = catalog::Catalog::open(webCatalog);
    QVERIFY(local);
    QCOMPARE((*local)->count(), 0);
}

QTEST_GUILESS_MAIN(TestShopCatalogImport)
#include "tst_shopcatalogimport.moc"
