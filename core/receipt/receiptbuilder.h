#pragma once

#include "core/journal/journaltypes.h"
#include "core/payment/refundplan.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptsettings.h"

#include <QDateTime>
#include <QString>

namespace kassa {

// What the receipts say, once for every rendering (plain text, PDF, the
// receipt printer): words in the till's language, or Swedish and English
// when the shop chose bilingual receipts (ReceiptSettings).

// A sale's receipt: the shop's name, address and organisation number, date
// and time, receipt number, cashier, rows (quantity × unit price), the
// total, VAT per rate (net, VAT, gross), tenders — cash with the change, for
// SEQR "SEQR payment", the amount and the ersReference — and each SEQR
// ersReference again as a Code 128 barcode so a refund can scan it; the
// shop's QR code (settings.qrCode) at the foot. `copy` marks a reprint.
ReceiptContent saleReceipt(const journal::Sale &sale, const ReceiptSettings &settings,
                           bool copy = false);

// A refund's receipt: the shop, when, which receipt and SEQR payment it
// refunds, each row given back with quantity × unit price and its amount,
// the total refunded with the VAT in it per rate, the refund's reference
// (also as a barcode) and what the payment still has left.
ReceiptContent refundReceipt(const RefundPlan &plan, const QString &refundErsReference,
                             const QDateTime &when, const QString &cashierId,
                             const ReceiptSettings &settings);

} // namespace kassa
