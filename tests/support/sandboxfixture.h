#pragma once

#include "core/seqr/seqrclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxservice.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// An in-process seqr-sandbox on a free loopback port, and helpers to talk to
// it through the real SeqrClient.
class SandboxFixture
{
public:
    explicit SandboxFixture(kassa::sandbox::SandboxOptions options = {},
                            kassa::sandbox::SandboxServerOptions serverOptions = {});

    bool isRunning() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    kassa::sandbox::SandboxService &service() { return *m_service; }
    kassa::sandbox::SandboxServer &server() { return *m_server; }
    QUrl soapUrl() const { return m_server->soapUrl(); }

    static kassa::seqr::Credentials reseller();

    // A client for this sandbox (optionally with an extra CA file).
    std::unique_ptr<kassa::seqr::SeqrClient> makeClient(const QString &caFile = {}) const;

    // registerTerminal + assignSeqrId; the client gets the till's credentials.
    // Returns the terminalId, or an empty string on failure.
    QString registerTill(kassa::seqr::SeqrClient &client, const QString &name,
                         const QString &seqrId);

    // A valid invoice: the rows add up to the total.
    static kassa::seqr::Invoice invoice(const QString &total = QStringLiteral("149.99"));

private:
    std::unique_ptr<kassa::sandbox::SandboxService> m_service;
    std::unique_ptr<kassa::sandbox::SandboxServer> m_server;
    QString m_error;
};

// Waits for a call to finish and hands it back owned.
template<class Call> std::unique_ptr<Call> finished(Call *call, int timeoutMs = 15000)
{
    std::unique_ptr<Call> owned(call);
    if (!owned->isFinished()) {
        QSignalSpy spy(owned.get(), &kassa::seqr::SeqrCall::finished);
        spy.wait(timeoutMs);
    }
    return owned;
}
