#pragma once

#include "core/money/money.h"

#include <QList>
#include <QString>

// What the journal keeps of loyalty cards and coupons (schema 9).
namespace kassa::journal {

// A card or coupon that gave a sale a discount or points, once per sale.
struct LoyaltyDiscount
{
    QString tokenType; // the token's id: X_CARD, COUPON, …
    QString value;     // the card number or the coupon code
    QString name;      // the programme's or coupon's friendly name
    bool isCoupon = false;
    bool fromApp = true; // false: swiped or typed at the till
    Money amount;        // the discount, ≥ 0
    qint64 points = 0;
    friend bool operator==(const LoyaltyDiscount &, const LoyaltyDiscount &) = default;
};

// A token as the till answered it to SEQR: 1 used, 90 blocked, 99 unknown.
struct AnsweredToken
{
    QString type;
    QString value;
    QString description;
    int status = 0;
    friend bool operator==(const AnsweredToken &, const AnsweredToken &) = default;
};

// The invoice as the till changed it for its loyalty tokens: every token
// it answered so far, and whether SEQR has accepted the newest updateInvoice.
struct InvoiceUpdate
{
    QString invoiceReference;
    qint64 saleId = 0;
    QList<AnsweredToken> tokens;
    bool isAcknowledged = false;
};

} // namespace kassa::journal
