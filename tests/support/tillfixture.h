#pragma once

#include "core/checkout/checkout.h"
#include "core/journal/journal.h"
#include "core/seqr/seqrclient.h"
#include "tests/support/sandboxfixture.h"

#include <QTemporaryDir>

#include <memory>

// What every till in a test stands on: an in-process seqr-sandbox and a
// client for it, and a journal in a scratch folder. The fixtures that build
// a till (SignerFixture, CashierFixture) add their parts on top and are torn
// down before it.
class TillFixture
{
public:
    explicit TillFixture(kassa::sandbox::SandboxOptions options = {});

    // Empty when ready, else the first thing that failed (for QVERIFY2).
    QString problem() const { return m_problem; }
    SandboxFixture &sandbox() { return *m_sandbox; }
    kassa::seqr::SeqrClient *client() { return m_client.get(); }
    kassa::journal::Journal *journal() { return m_journal.get(); }
    // A file in the scratch folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Registers the till at the sandbox as `name` with `seqrId`, the client
    // holding its credentials; the terminalId, or empty (and the problem
    // noted) when that failed.
    QString registerTill(const QString &name, const QString &seqrId);

    // A checkout of `cart` at `shopName` by cashier "anna" with quick
    // payment timing (a poll every 100 ms, 5 s rounds, the journal retried
    // every 100 ms).
    std::unique_ptr<kassa::Checkout> makeCheckout(kassa::Cart *cart, const QString &shopName);

    // The journal closed (a test that reopens its file, as after a restart).
    void closeJournal() { m_journal.reset(); }
    // The sandbox gone: SEQR no longer answers.
    void stopSandbox() { m_sandbox.reset(); }

protected:
    // The journal requires a control unit from now on; false (and the
    // problem noted) when it did not take that.
    bool requireControlUnit();

    QString m_problem;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<kassa::seqr::SeqrClient> m_client;
    std::unique_ptr<kassa::journal::Journal> m_journal;
};
