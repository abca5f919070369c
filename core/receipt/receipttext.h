#pragma once

#include "core/journal/journaltypes.h"
#include "core/receipt/receiptlayout.h"
#include "core/receipt/receiptsettings.h"
#include "core/refund/refundplan.h"

#include <QString>
#include <QStringList>

namespace kassa {

// Receipts as plain text (UTF-8, 42 columns, as a receipt printer prints
// them): the content of core/receipt/receiptbuilder.h laid out by
// plainText(). Sent to SEQR with submitPaymentReceipt and printed by
// kassa-cli. `copy` marks a reprint.
QString receiptText(const journal::Sale &sale, const ReceiptSettings &settings, bool copy = false);
// The same in the language of the process's default QLocale (kassa-cli, the
// receipt sent to SEQR), headed by the shop's name alone.
QString receiptText(const journal::Sale &sale, const QString &shopName, bool copy = false);

// A refund's receipt as plain text (see refundReceipt()).
QString refundReceiptText(const RefundPlan &plan, const QString &refundErsReference,
                          const QDateTime &when, const QString &cashierId,
                          const ReceiptSettings &settings);

} // namespace kassa
