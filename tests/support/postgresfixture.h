#pragma once

#include "core/shopdb/shopdatabaseconfig.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A throw-away PostgreSQL cluster for one test: initdb in a temporary folder,
// the server on a free loopback port with its unix socket in that folder,
// stopped and deleted with the fixture. Debian's server binaries are found in
// /usr/lib/postgresql/<version>/bin (or $KASSA_PG_BINDIR). Run as root, the
// server runs as the `postgres` (else `nobody`) user through runuser, since
// PostgreSQL refuses to run as root.
//
// Superuser "kassa_admin" (trusted over the socket); stop() and start() let a
// test take the database away mid-day and bring it back on the same port.
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    // False when PostgreSQL is not installed or the cluster did not start;
    // error() says why.
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    // True when the server binaries exist at all (CI must have them).
    static bool isInstalled();
    static QString binDir();

    bool stop();
    bool start();

    QString socketDir() const { return m_socketDir; }
    int port() const { return m_port; }
    QString adminUser() const { return QStringLiteral("kassa_admin"); }
    // The shop database setting that reaches `database` of this cluster as
    // the superuser over its socket (no password).
    kassa::shopdb::ShopDatabaseConfig shopConfig(const QString &database) const
    {
        kassa::shopdb::ShopDatabaseConfig c;
        c.host = m_socketDir;
        c.port = m_port;
        c.name = database;
        c.user = adminUser();
        return c;
    }

    // A fresh database (and an owner role with `password`, reachable over TCP
    // with SCRAM): returns false and sets error() on failure.
    bool createDatabase(const QString &name, const QString &owner = {},
                        const QString &password = {});
    // Runs SQL as the superuser in `database` through psql (unaligned,
    // tuples only: "a|b" per row); the output, or an empty string with
    // error() set.
    QString psql(const QString &database, const QString &sql);
    bool runPsql(const QString &database, const QString &sql, QString *output = nullptr);

    QString logText() const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);
    bool startOnce();
    void startWatchdog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_socketDir;
    QString m_runAs; // empty: ourselves
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

// In a test slot: skips with the reason when PostgreSQL is not installed,
// fails in CI (CI=true) where it must be, and fails when it is installed but
// does not start.
#define KASSA_REQUIRE_POSTGRES(fixture)                                                            \
    do {                                                                                           \
        if (!PostgresFixture::isInstalled()) {                                                     \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(                                                                             \
                    "PostgreSQL server binaries are missing in CI (.ci/run installs postgresql)"); \
            QSKIP("PostgreSQL is not installed (apt-get install postgresql); skipping");           \
        }                                                                                          \
        QVERIFY2((fixture).isRunning(), qPrintable((fixture).error()));                            \
    } while (false)
