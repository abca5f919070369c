#pragma once

#include "tests/support/sandboxfixture.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// kassa-cli as a shop's script runs it (KASSA_CLI_BIN), against an
// in-process seqr-sandbox on loopback: a scratch folder holds the till's
// configuration (till.json), and every command gets --config and the
// sandbox's --endpoint (and whatever setCommonArgs() adds, e.g. --printer).
// The sandbox lives in this process, so run() keeps its event loop going
// while the command runs.
class CliFixture
{
public:
    struct Run
    {
        int exitCode = -1; // -1: it crashed; -2: still running at the deadline (killed)
        QString out;
        QString err;
        QString all() const { return out + err; }
        // --json: standard output as an object (empty when it is not one).
        QJsonObject json() const;
    };

    explicit CliFixture(kassa::sandbox::SandboxOptions options = {});

    // Empty when ready: the binary exists, the sandbox runs, the folder is
    // there; else why not (for QVERIFY2).
    QString problem() const;
    SandboxFixture &sandbox() { return *m_sandbox; }
    QString binary() const { return m_binary; }
    // A file in the scratch folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A till's configuration: till.json, or `till`/till.json for one of several.
    QString configPath(const QString &till = {}) const;
    void setCommonArgs(QStringList args) { m_common = std::move(args); }
    // --config, --endpoint and the common arguments.
    QStringList baseArgs(const QString &till = {}) const;

    // kassa-cli started with `args`, for a test that talks to it meanwhile.
    std::unique_ptr<QProcess> start(const QStringList &args, const QString &till = {});
    // Waits for it to end (the event loop runs meanwhile, so the sandbox
    // answers); `alreadyRead`: what the test took of its output so far.
    Run finish(QProcess &process, int timeoutMs = 60000, const QByteArray &alreadyRead = {});
    Run run(const QStringList &args, const QString &till = {}, int timeoutMs = 60000);
    // run() with --json: its standard output as an object (empty when it
    // is not one; what the command said goes to the test's log).
    QJsonObject json(const QStringList &args);
    // terminal register (reseller 900100, "Store 1/Till 1", named `name`),
    // then assign-seqr-id `seqrId` when one is given: empty when both
    // worked, else what kassa-cli said.
    QString registerTill(const QString &seqrId = {},
                         const QString &name = QStringLiteral("Till 1"));

private:
    QString m_binary;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    QStringList m_common;
};
