#include "tests/support/testcerts.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

QString run(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("openssl ") + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
               QString::fromLocal8Bit(p.readAllStandardError());
    return {};
}

} // namespace

TestCertificates TestCertificates::create(const QString &directory)
{
    TestCertificates t;
    t.directory = directory;
    QDir().mkpath(directory);
    QFile ext(directory + QStringLiteral("/server.ext"));
    ext.open(QIODevice::WriteOnly);
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
    ext.close();
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
         QStringLiteral("/CN=Kassa Test CA")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
         QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
         QStringLiteral("/CN=localhost")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
    };
    for (const QStringList &step : steps) {
        t.error = run(directory, step);
        if (!t.error.isEmpty())
            return t;
    }
    t.caFile = directory + QStringLiteral("/ca.pem");
    t.serverCertFile = directory + QStringLiteral("/server.pem");
    t.serverKeyFile = directory + QStringLiteral("/server.key");
    QFile cert(t.serverCertFile);
    QFile key(t.serverKeyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        t.error = QStringLiteral("cannot read the generated certificate");
        return t;
    }
    t.serverCertificate = QSslCertificate(&cert, QSsl::Pem);
    t.serverKey = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    if (t.serverCertificate.isNull() || t.serverKey.isNull())
        t.error = QStringLiteral("generated certificate or key does not load");
    return t;
}
