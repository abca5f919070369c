#include "tests/support/clifixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

CliFixture::CliFixture(kassa::sandbox::SandboxOptions options)
    : m_binary(qEnvironmentVariable("KASSA_CLI_BIN"))
    , m_sandbox(std::make_unique<SandboxFixture>(std::move(options)))
{}

QString CliFixture::problem() const
{
    if (!QFile::exists(m_binary))
        return u"KASSA_CLI_BIN must name the built kassa-cli"_s;
    if (!m_sandbox->isRunning())
        return u"the sandbox did not start: "_s + m_sandbox->error();
    if (!m_dir.isValid())
        return u"no scratch folder: "_s + m_dir.errorString();
    return {};
}

QJsonObject CliFixture::Run::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QString CliFixture::configPath(const QString &till) const
{
    return path(till.isEmpty() ? u"till.json"_s : till + u"/till.json"_s);
}

QStringList CliFixture::baseArgs(const QString &till) const
{
    return QStringList{u"--config"_s, configPath(till), u"--endpoint"_s,
                       m_sandbox->soapUrl().toString()} +
           m_common;
}

std::unique_ptr<QProcess> CliFixture::start(const QStringList &args, const QString &till)
{
    auto process = std::make_unique<QProcess>();
    process->start(m_binary, baseArgs(till) + args);
    return process;
}

CliFixture::Run CliFixture::finish(QProcess &process, int timeoutMs, const QByteArray &alreadyRead)
{
    // The sandbox (and any device sandbox) lives in this process: keep its
    // event loop running while kassa-cli talks to it.
    bool hung = false;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy done(&process, &QProcess::finished);
        if (!done.wait(timeoutMs) && process.state() != QProcess::NotRunning) {
            // A hung process is a failure, never "exit 0".
            hung = true;
            process.kill();
            process.waitForFinished(5000);
        }
    }
    Run run{hung                                           ? -2
            : process.exitStatus() == QProcess::NormalExit ? process.exitCode()
                                                           : -1,
            QString::fromUtf8(alreadyRead + process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    if (hung)
        run.err += u"\n[still running after "_s + QString::number(timeoutMs) + u" ms: killed]"_s;
    return run;
}

CliFixture::Run CliFixture::run(const QStringList &args, const QString &till, int timeoutMs)
{
    auto process = start(args, till);
    return finish(*process, timeoutMs);
}

QJsonObject CliFixture::json(const QStringList &args)
{
    const Run r = run(QStringList{u"--json"_s} + args);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.all()));
    return r.json();
}

QString CliFixture::registerTill(const QString &seqrId, const QString &name)
{
    const Run registered =
        run({u"terminal"_s, u"register"_s, u"--reseller"_s, u"900100"_s, u"--user-id"_s, u"9900"_s,
             u"--reseller-password"_s, u"demo-reseller-pw"_s, u"--external-id"_s,
             u"Store 1/Till 1"_s, u"--name"_s, name});
    if (registered.exitCode != 0)
        return u"terminal register exited %1: %2"_s.arg(registered.exitCode).arg(registered.all());
    if (seqrId.isEmpty())
        return {};
    const Run assigned = run({u"terminal"_s, u"assign-seqr-id"_s, seqrId});
    if (assigned.exitCode != 0)
        return u"terminal assign-seqr-id exited %1: %2"_s.arg(assigned.exitCode)
            .arg(assigned.all());
    return {};
}
