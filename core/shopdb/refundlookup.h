#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/refund/refundplan.h"
#include "core/shopdb/shopdatabase.h"

#include <optional>

namespace kassa::shopdb {

// The rules of a refund across the shop's tills, shared by the refund tab
// and kassa-cli. Blocking: call where ShopDatabase may be used.

// A sale to be refunded: this till's, or another till's of the shop.
struct RefundSubject
{
    journal::Sale sale;
    QString ersReference; // its SEQR payment; empty: not paid with SEQR
    QString otherTill;    // the till that made it (its name), empty when this one did
};

// The shop database as the refund sees it: open, or why it is away
// (`shop` null; no `away` either when the till has none).
struct ShopAccess
{
    const ShopDatabase *shop = nullptr;
    std::optional<Error> away;
};

// The sale `text` names: a receipt number ("#12", or up to 6 digits) of
// this till's journal, or a SEQR ersReference — this journal's, else any
// till's in the shop database. NotFound when none has it: with the shop
// database away the error says that another till's sale cannot be found
// without it (ConnectionProblem); an unreadable journal is its error.
Result<RefundSubject> findRefundSubject(const journal::Journal &local, const ShopAccess &access,
                                        const QString &text);

// What earlier refunds took of the subject's payment, at any till: the shop
// database's refunds (with their rows and cash parts) and this journal's
// not yet delivered. Without a shop database this till's own sale is
// limited by its journal alone; another till's sale is refused
// (ConnectionProblem, saying why) rather than checked against this journal.
Result<RefundLimits> refundLimitsFor(const journal::Journal &local, const ShopAccess &access,
                                     const RefundSubject &subject);

} // namespace kassa::shopdb
