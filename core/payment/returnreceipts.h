#pragma once

#include "core/common/result.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptsettings.h"
#include "core/receipt/returnreceipt.h"

#include <optional>

namespace kassa::journal {
class Journal;
}

namespace kassa {

// Return receipts as the journal holds them, for every front end (the
// refund tab, kassa-cli) and for the control unit: a refund's receipt is
// numbered in the till's one series when the refund is journaled
// (Journal::returnReceipt) and, with a control unit, signed as a return
// before it is printed.

// Return receipt `receiptNumber`: the rows given back (the sold rows of the
// payment's sale with the quantity and amount each refund row gave back),
// the total given back (SEQR and cash) and the VAT in it per rate — in
// proportion to the rows given back, or to the sale's VAT for an amount
// alone (vatInProportion, as RefundPlan) — and what the payment had left
// after it. NotFound when there is no such return receipt.
Result<ReturnReceipt> returnReceiptOf(const journal::Journal &journal, qint64 receiptNumber);

// Its content with the control unit's stamp journaled for it (type retur,
// or ovning for a training sale's return); `electronic` for the PDF a
// customer is given. `remaining`: what the payment has left when known
// elsewhere (the shop database, across tills).
Result<ReceiptContent> journaledReturnReceipt(const journal::Journal &journal, qint64 receiptNumber,
                                              const ReceiptSettings &settings,
                                              bool electronic = false,
                                              std::optional<Money> remaining = std::nullopt);

// The one copy of receipt `receiptNumber` (KOPIA, with the control unit's
// stamp of the copy), a sale's or a return's: what the window and kassa-cli
// give out after Journal::recordCopy. NotFound when it has no copy.
Result<ReceiptContent> journaledReceiptCopy(const journal::Journal &journal, qint64 receiptNumber,
                                            const ReceiptSettings &settings);

} // namespace kassa
