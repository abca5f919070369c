#pragma once

#include "core/checkout/checkout.h"
#include "core/journal/journal.h"
#include "core/sale/cart.h"
#include "core/seqr/seqrclient.h"
#include "core/shopdb/shopsync.h"
#include "core/terminal/tillconfig.h"

#include <memory>

class SandboxFixture;

// One of the shop "Lilla Livs"'s tills that ship their journal to a shop
// database, as the shop database's tests need several of: registered at the
// sandbox as `name` with `seqrId`, its journal in
// `folder`/<seqrId>/journal.sqlite, a checkout of its cart by cashier "anna"
// (a poll every 100 ms) and its ShopSync (started; by default every 200 ms).
struct ShopTillFixture
{
    std::unique_ptr<kassa::seqr::SeqrClient> client;
    kassa::TillConfig config; // name, shop name, terminalId, SEQR ID, shop database
    QString journalPath;
    std::unique_ptr<kassa::journal::Journal> journal;
    std::unique_ptr<kassa::Cart> cart;
    std::unique_ptr<kassa::Checkout> checkout;
    std::unique_ptr<kassa::shopdb::ShopSync> sync;
    SandboxFixture *sandbox = nullptr; // where its customers pay

    // Puts `name` at `minor` öre (12 % VAT, EAN `ean`) in the cart.
    bool add(const QString &name, qint64 minor,
             const QString &ean = QStringLiteral("7310865004703"));
    // Pays the cart by SEQR, the customer paying at the sandbox; the
    // payment's ersReference, or empty when it did not go through.
    QString payBySeqr();

    static kassa::shopdb::ShopSyncOptions syncOptions();
    // Null when the till could not be registered or its journal not opened.
    static std::unique_ptr<ShopTillFixture>
    make(SandboxFixture &sandbox, const QString &folder,
         const kassa::shopdb::ShopDatabaseConfig &shop, const QString &name, const QString &seqrId,
         const kassa::shopdb::ShopSyncOptions &options = syncOptions());
};
