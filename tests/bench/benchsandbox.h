#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/seqr/seqrclient.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/scratchfiles.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <memory>

// The seqr-sandbox executable as a process of its own on a free loopback
// port, as the benchmarks run it (so its CPU time is not the bench's).
class BenchSandbox
{
public:
    // --sandbox PATH: the executable, by default the one built beside.
    static QCommandLineOption option()
    {
        return QCommandLineOption(QStringLiteral("sandbox"),
                                  QStringLiteral("seqr-sandbox executable."),
                                  QStringLiteral("PATH"),
                                  QCoreApplication::applicationDirPath() +
                                      QStringLiteral("/../../app/seqr-sandbox/seqr-sandbox"));
    }

    // Starts `program` with `arguments` beside --port; false (and said on
    // stderr) when it did not start and answer.
    bool start(const QString &program, QStringList arguments)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(program,
                        QStringList{QStringLiteral("--port"), QString::number(m_port)} + arguments);
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000)) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(program));
            return false;
        }
        return true;
    }

    void stop()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>
    QString base() const { return QStringLiteral("http://127.0.0.1:") + QString::number(m_port); }
    QUrl soapUrl() const { return QUrl(base() + QStringLiteral("/extclientproxy/service/v2")); }

    // A client of the sandbox registered as terminal `name` (with the
    // sandbox's reseller) and holding its credentials; null when that failed.
    std::unique_ptr<kassa::seqr::SeqrClient>
    registeredClient(const QString &name, const QString &password, const QString &shopName)
    {
        auto client = std::make_unique<kassa::seqr::SeqrClient>(
            kassa::seqr::SeqrClientConfig{soapUrl(), std::chrono::milliseconds(10000), {}});
        auto reg = finished(
            client->registerTerminal(SandboxFixture::reseller(), name, password, shopName));
        if (!reg->isSuccess())
            return nullptr;
        client->setTerminalCredentials(
            kassa::seqr::Credentials::terminal(reg->response().terminalId, password));
        return client;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// A webshop's files in a scratch folder: its journal and the demo catalog.
struct BenchShopFiles
{
    QTemporaryDir dir;
    std::unique_ptr<kassa::journal::Journal> journal;
    std::unique_ptr<kassa::catalog::Catalog> catalog;

    // False when either could not be opened or the catalog not filled.
    bool open()
    {
        journal = kassa::test::openJournal(dir.filePath(QStringLiteral("journal.sqlite")));
        catalog = kassa::test::demoCatalog(dir.filePath(QStringLiteral("catalog.sqlite")));
        return journal && catalog;
    }
};
