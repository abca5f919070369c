#pragma once

#include "core/journal/journaltypes.h"

#include <QString>

namespace kassa {

// A sale's receipt as plain text (UTF-8, 42 columns, as a receipt printer
// prints it): shop, date and time, receipt number, rows, total, VAT per rate,
// tenders — for SEQR "SEQR payment", the amount and the ersReference. Sent to
// SEQR with submitPaymentReceipt and printed by kassa-cli. `copy` marks a
// reprint. The words are Swedish and English, as on Swedish receipts.
QString receiptText(const journal::Sale &sale, const QString &shopName, bool copy = false);

} // namespace kassa
