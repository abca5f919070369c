#pragma once

#include "core/journal/journaltypes.h"
#include "core/payment/refundplan.h"
#include "core/receipt/receiptsettings.h"

#include <QString>
#include <QStringList>

namespace kassa {

// Receipts as plain text (UTF-8, 42 columns, as a receipt printer prints
// them). Words in the till's language, or Swedish and English when the shop
// chose bilingual receipts (ReceiptSettings); long names are wrapped onto
// further lines, never cut.

// A sale's receipt: the shop's name, address and organisation number, date
// and time, receipt number, cashier, rows (quantity × unit price), total,
// VAT per rate (net, VAT, gross), tenders — for SEQR "SEQR payment", the
// amount and the ersReference. Sent to SEQR with submitPaymentReceipt and
// printed by kassa-cli. `copy` marks a reprint.
QString receiptText(const journal::Sale &sale, const ReceiptSettings &settings, bool copy = false);
// The same in the language of the process's default QLocale (kassa-cli, the
// receipt sent to SEQR), headed by the shop's name alone.
QString receiptText(const journal::Sale &sale, const QString &shopName, bool copy = false);

// A refund's receipt: the shop, when, which receipt and SEQR payment it
// refunds, each row given back with quantity × unit price and its amount,
// the total refunded with the VAT in it per rate, the refund's reference and
// what the payment still has left.
QString refundReceiptText(const RefundPlan &plan, const QString &refundErsReference,
                          const QDateTime &when, const QString &cashierId,
                          const ReceiptSettings &settings);

// `text` broken at spaces into lines of at most `width` characters (a word
// longer than a line is broken inside it).
QStringList wrapText(const QString &text, int width);

} // namespace kassa
