#include "tests/support/postgresfixture.h"

#include "tests/support/freeport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QVersionNumber>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool userExists(const QString &name)
{
    QProcess p;
    p.start(u"id"_s, {u"-u"_s, name});
    return p.waitForFinished(5000) && p.exitCode() == 0;
}

} // namespace

QString PostgresFixture::binDir()
{
    const QString fromEnv = qEnvironmentVariable("KASSA_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv + u"/pg_ctl"_s) ? fromEnv : QString();
    // The newest installed major version.
    QDir root(u"/usr/lib/postgresql"_s);
    QString best;
    QVersionNumber bestVersion;
    for (const QString &v : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber n = QVersionNumber::fromString(v);
        if (QFile::exists(root.filePath(v + u"/bin/pg_ctl"_s)) && n > bestVersion) {
            bestVersion = n;
            best = root.filePath(v + u"/bin"_s);
        }
    }
    return best;
}

bool PostgresFixture::isInstalled()
{
    return !binDir().isEmpty();
}

PostgresFixture::PostgresFixture()
{
    if (!isInstalled()) {
        m_error = u"PostgreSQL's server binaries (initdb, pg_ctl) are not installed"_s;
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/kassa-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary folder: "_s + m_dir->errorString();
        return;
    }
    m_dataDir = m_dir->filePath(u"data"_s);
    m_socketDir = m_dir->path();
    if (::geteuid() == 0) {
        m_runAs = userExists(u"postgres"_s) ? u"postgres"_s : u"nobody"_s;
        if (!run(u"chown"_s, {m_runAs, m_dir->path()}))
            return;
    }
    QFile pw(m_dir->filePath(u"admin.pw"_s));
    if (!pw.open(QIODevice::WriteOnly) || pw.write("kassa-admin-pw\n") < 0) {
        m_error = u"cannot write the admin password file"_s;
        return;
    }
    pw.close();
    pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::WriteOwner);
    if (!run(binDir() + u"/initdb"_s,
             {u"-D"_s, m_dataDir, u"-U"_s, adminUser(), u"--pwfile"_s, pw.fileName(),
              u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"-E"_s, u"UTF8"_s,
              u"--locale=C"_s, u"--no-sync"_s}))
        return;
    m_running = start();
    if (m_running)
        startWatchdog();
}

void PostgresFixture::startWatchdog()
{
    // A test that crashes or is killed (ctest's timeout) never runs the
    // destructor: a detached watcher stops the server and removes the folder
    // once this process is gone, so no server outlives its test.
    const QString pgCtl = binDir() + u"/pg_ctl"_s;
    const QString stop = (m_runAs.isEmpty() ? QString() : u"runuser -u "_s + m_runAs + u" -- "_s) +
                         u"'"_s + pgCtl + u"' -D '"_s + m_dataDir + u"' -m immediate stop"_s;
    const QString script = u"while kill -0 "_s +
                           QString::number(QCoreApplication::applicationPid()) +
                           u" 2>/dev/null; do sleep 1; done; "_s + stop +
                           u" >/dev/null 2>&1; rm -rf '"_s + m_dir->path() + u"'"_s;
    QProcess::startDetached(u"sh"_s, {u"-c"_s, script});
}

PostgresFixture::~PostgresFixture()
{
    if (m_running)
        stop();
}

bool PostgresFixture::start()
{
    // The port is probed free, but another process may take it before the
    // server binds it: try a few.
    const bool keepPort = m_port != 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!keepPort)
            m_port = kassa::test::freePort();
        if (startOnce())
            return m_running = true;
    }
    return false;
}

bool PostgresFixture::startOnce()
{
    const QString options = u"-k "_s + m_socketDir + u" -p "_s + QString::number(m_port) +
                            u" -c listen_addresses=127.0.0.1 -c fsync=off"
                            u" -c max_connections=100 -c shared_buffers=16MB"_s;
    return run(binDir() + u"/pg_ctl"_s,
               {u"-D"_s, m_dataDir, u"-l"_s, m_dir->filePath(u"server.log"_s), u"-o"_s, options,
                u"-w"_s, u"-t"_s, u"60"_s, u"start"_s});
}

bool PostgresFixture::stop()
{
    const bool stopped =
        run(binDir() + u"/pg_ctl"_s, {u"-D"_s, m_dataDir, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
    if (stopped)
        m_running = false;
    return stopped;
}

bool PostgresFixture::createDatabase(const QString &name, const QString &owner,
                                     const QString &password)
{
    if (!owner.isEmpty()) {
        QString quoted = password;
        quoted.replace(u'\'', u"''"_s);
        if (!runPsql(u"postgres"_s,
                     u"CREATE ROLE "_s + owner + u" LOGIN PASSWORD '"_s + quoted + u"'"_s))
            return false;
    }
    return runPsql(u"postgres"_s, u"CREATE DATABASE "_s + name +
                                      (owner.isEmpty() ? QString() : u" OWNER "_s + owner));
}

QString PostgresFixture::psql(const QString &database, const QString &sql)
{
    QString output;
    return runPsql(database, sql, &output) ? output : QString();
}

bool PostgresFixture::runPsql(const QString &database, const QString &sql, QString *output)
{
    QString text;
    if (!run(binDir() + u"/psql"_s,
             {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s,
              m_socketDir, u"-p"_s, QString::number(m_port), u"-U"_s, adminUser(), u"-d"_s,
              database, u"-c"_s, sql},
             &text))
        return false;
    if (output)
        *output = text.trimmed();
    return true;
}

QString PostgresFixture::logText() const
{
    QFile log(m_dir ? m_dir->filePath(u"server.log"_s) : QString());
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool PostgresFixture::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The server's programs must not run as root; psql and chown may.
    const bool asServer =
        !m_runAs.isEmpty() && !program.endsWith(u"/psql"_s) && program != u"chown"_s;
    if (asServer)
        p.start(u"runuser"_s, QStringList{u"-u"_s, m_runAs, u"--"_s, program} + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QFileInfo(program).fileName() + u" failed: "_s +
                  QString::fromLocal8Bit(p.readAll()).trimmed() + p.errorString();
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return true;
}
