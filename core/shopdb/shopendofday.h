#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/reconciliation/reconciliation.h"
#include "core/reconciliation/reconciliationreport.h"
#include "core/reconciliation/zreport.h"
#include "core/shopdb/shopdatabase.h"

#include <QMap>

namespace kassa::shopdb {

// The shop's end of day from the shop database, over all terminals (or one,
// by its SEQR terminalId). Blocking: call where ShopDatabase may be used.

// Matches SEQR's shop report (STD_RECON_003) — or one till's (007, with
// `terminalId`) — against every terminal's SEQR payments and refunds in
// (after, upTo]: no row is left as "belongs to another till".
Result<Reconciliation> reconcileShop(const ShopDatabase &shop, const ReconciliationReport &report,
                                     const QDateTime &after, const QDateTime &upTo,
                                     const Currency &currency, const QString &terminalId = {});

// The Z report of the shop (or of one till) for (from, to].
Result<ZReport> shopZReport(const ShopDatabase &shop, const QDateTime &from, const QDateTime &to,
                            const Currency &currency, const QString &terminalId = {},
                            const Reconciliation *reconciliation = nullptr);

// What may still be refunded of a SEQR payment made at any till of the shop:
// what was paid, less every refund the shop database holds and those of
// `local` (this till's journal) that have not reached it yet — so a payment is
// never refunded twice over across tills.
Result<Money> refundableAcrossTills(const ShopDatabase &shop, const journal::Journal &local,
                                    const QString &ersReference);

// The tills' events of a day, as the shop's end of day counts them (SKVFS
// 2014:9's drawer openings, copies, training, unfinished sales…): how many
// of each kind and what they came to (voided carts', training sales').
struct ShopDayEvents
{
    QMap<QString, int> count;     // by kind: drawer-opening, receipt-copy, training-sale…
    QMap<QString, qint64> amount; // minor units, by kind, where the event has an amount
    QList<ShopEvent> events;
};
Result<ShopDayEvents> shopDayEvents(const ShopDatabase &shop, const QDateTime &from,
                                    const QDateTime &to, const QString &terminalId = {});

// Tills whose records had not all reached the shop database at their last
// contact: an end of day over them is not final yet.
Result<QList<TillProgress>> tillsBehind(const ShopDatabase &shop);

} // namespace kassa::shopdb
