#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/terminal/tillconfig.h"
#include "tests/support/sandboxfixture.h"
#include "ui/cashierwindow.h"
#include "ui/customerdisplaywindow.h"

#include <QTemporaryDir>

#include <memory>

class QWidget;

// The cashier's window's surroundings, as its tests need them: an in-process
// seqr-sandbox and a client for it, a journal and a catalog (filled from a
// CSV) in a scratch folder, the till "Lilla Livs" (registered at the sandbox
// on request) and the window's context made of them. Torn down in the
// reverse order; the window and the cart are the test's own.
class CashierFixture
{
public:
    explicit CashierFixture(const QByteArray &catalogCsv);
    // With the sandbox's own options (e.g. its acknowledgment window).
    CashierFixture(const QByteArray &catalogCsv, const kassa::sandbox::SandboxOptions &options);

    // Empty when ready, else the first thing that failed (for QVERIFY2).
    QString problem() const { return m_problem; }
    SandboxFixture &sandbox() { return *m_sandbox; }
    kassa::seqr::SeqrClient *client() { return m_client.get(); }
    kassa::journal::Journal *journal() { return m_journal.get(); }
    kassa::catalog::Catalog *catalog() { return m_catalog.get(); }
    // A file in the scratch folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The till "Lilla Livs"; `registered`: registered at the sandbox as
    // Till 1 with SEQR ID LILLALIVS1 (no terminalId when that failed).
    kassa::TillConfig till(bool registered);
    // The window's context: the catalog, journal and client, `till`, cashier
    // "anna", receipts in the scratch folder, a poll every 100 ms, English
    // (United Kingdom).
    kassa::ui::CashierContext context(const kassa::TillConfig &till);

    // The customer display beside `window`, showing `cart` and following the
    // window's payments, as Kassa wires them (not shown yet).
    static std::unique_ptr<kassa::ui::CustomerDisplayWindow>
    displayFor(kassa::ui::CashierWindow &window, const kassa::Cart &cart,
               const kassa::ui::CashierContext &context);

    // A USB scanner: types `code` into whatever has the focus, then Enter.
    static void scan(const QString &code);
    // A key on whatever has the focus (else on `window`).
    static void press(QWidget *window, int key);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<kassa::seqr::SeqrClient> m_client;
    std::unique_ptr<kassa::journal::Journal> m_journal;
    std::unique_ptr<kassa::catalog::Catalog> m_catalog;
    QString m_problem;
};
