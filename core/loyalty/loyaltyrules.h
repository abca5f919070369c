#pragma once

#include "core/journal/loyaltytypes.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/sale/salebalance.h"
#include "core/sale/salerow.h"

#include <functional>

namespace kassa::loyalty {

// SEQR's customer token statuses (PROTOCOL.md, "Loyalty and coupons").
enum TokenStatus : int
{
    TokenPending = 0,
    TokenUsed = 1,
    TokenBlocked = 90,
    TokenUnknown = 99,
};

// The coupon token's type when the till sends one or SEQR does not say.
inline constexpr auto couponTokenType = "COUPON";

struct Token
{
    QString type; // customerToken id
    QString value;
    QString description;
};

// What the shop's rules make of the tokens brought to one sale.
struct Outcome
{
    QList<SaleRow> rows;                       // the discount rows to add (negative)
    QList<journal::LoyaltyDiscount> discounts; // one per token used
    QList<journal::AnsweredToken> answered;    // every token with its status
    qint64 discountMinor = 0;                  // the discounts' sum
    bool changesInvoice() const { return !answered.isEmpty(); }
};

// The rules, pure: nothing is journaled or sent. `rows` are the sale's rows
// as they stand (earlier discounts included), `toPay` what SEQR is to collect
// (the sale's total less cash already taken). Each token is applied once: a
// card of a programme gives its percentage off the sale (or its groups) or
// its points; a coupon its amount or percentage, if `isCouponUsed` says it
// was not used before (else 90, as is a blocked coupon, a second card of the
// same sale (`cardAlreadyUsed`: one was used before) and a discount that would leave nothing to
// pay); anything else is unknown (99). Discounts are split over the VAT rates in proportion to what
// they reduce, so each rate's VAT is computed on what was paid.
Outcome applyTokens(const LoyaltyConfig &config, const QList<SaleRow> &rows, const Money &toPay,
                    const QList<Token> &tokens, bool fromApp,
                    const std::function<bool(const QString &)> &isCouponUsed,
                    bool cardAlreadyUsed = false);

// The line below the rows (cart, customer display, payment dialog) for what
// a card or coupon gave: its friendly name and masked number, the discount
// or the points.
LoyaltyLine lineOf(const journal::LoyaltyDiscount &discount);

// The description of a discount row: "Kassa Club ****0042 10 %".
QString discountRowText(const QString &name, const QString &value, const QString &what);

} // namespace kassa::loyalty
