#pragma once

#include "core/catalog/catalog.h"
#include "core/checkout/checkout.h"
#include "core/journal/journal.h"
#include "core/payment/refunder.h"
#include "core/seqr/seqrclient.h"
#include "tests/support/sandboxfixture.h"

#include <QTemporaryDir>

#include <memory>

// A row of `quantity` × `name` ("st") at `unit` with `vat` % VAT.
kassa::journal::SaleRow saleRow(const QString &name, const kassa::Money &unit, int quantity = 1,
                                int vat = 12);
// The same in SEK, from öre.
kassa::journal::SaleRow saleRow(const QString &name, qint64 unitMinor, int quantity = 1,
                                int vat = 12);

// A product for the cart: `name` (its SKU the name's first three letters)
// at `price` SEK with `vat` % VAT, EAN `ean`.
kassa::catalog::Product product(const QString &name, const QString &price, int vat = 25,
                                const QString &ean = QStringLiteral("7310865004703"));

// What every till in a test stands on: an in-process seqr-sandbox and a
// client for it, and a journal in a scratch folder. The fixtures that build
// a till (SignerFixture, CashierFixture) add their parts on top and are torn
// down before it.
class TillFixture
{
public:
    explicit TillFixture(kassa::sandbox::SandboxOptions options = {});
    // A fixture whose till is registered as "Till 1" (TILL1); problem()
    // says what failed.
    static std::unique_ptr<TillFixture> withTillOne(kassa::sandbox::SandboxOptions options = {});

    // Empty when ready, else the first thing that failed (for QVERIFY2).
    QString problem() const { return m_problem; }
    SandboxFixture &sandbox() { return *m_sandbox; }
    kassa::seqr::SeqrClient *client() { return m_client.get(); }
    kassa::journal::Journal *journal() { return m_journal.get(); }
    // The scratch folder, and a file in it.
    QString folder() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // With KASSA_KEEP_TEST_FILES set, the scratch folder stays after the
    // test (to look at the receipts and reports it wrote) and is named.
    void keepFilesWhenAsked();

    // Registers the till at the sandbox as `name` with `seqrId`, the client
    // holding its credentials; the terminalId, or empty (and the problem
    // noted) when that failed.
    QString registerTill(const QString &name, const QString &seqrId);

    // A checkout of `cart` at `shopName` by cashier "anna" with quick
    // payment timing (a poll every 100 ms, 5 s rounds, the journal retried
    // every 100 ms).
    std::unique_ptr<kassa::Checkout> makeCheckout(kassa::Cart *cart, const QString &shopName);

    // A SEQR payment of `request` through a PaymentSession at "Lilla Livs",
    // the customer paying at the sandbox; its ersReference, or empty when it
    // was not paid within 10 s.
    QString payBySeqr(const kassa::PaymentRequest &request,
                      const kassa::PaymentTiming &timing = {100, 30000, 100, 3});
    // A refund of `amount` of the payment `ers` by "manager"; its outcome,
    // or an error when it had not finished within 30 s.
    kassa::Result<kassa::Refunder::Outcome> refund(const QString &ers, const kassa::Money &amount);
    // A checked plan (RefundPlan::make) carried out by `cashierId`; its
    // outcome, or an error when it had not finished within 30 s.
    kassa::Result<kassa::Refunder::Outcome> refund(const kassa::RefundPlan &plan,
                                                   const QString &cashierId);

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
