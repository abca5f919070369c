#pragma once

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
    TillFixture();

    // Empty when ready, else the first thing that failed (for QVERIFY2).
    QString problem() const { return m_problem; }
    SandboxFixture &sandbox() { return *m_sandbox; }
    kassa::seqr::SeqrClient *client() { return m_client.get(); }
    kassa::journal::Journal *journal() { return m_journal.get(); }
    // A file in the scratch folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }

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
