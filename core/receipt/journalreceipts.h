#pragma once

#include "core/common/result.h"
#include "core/journal/journaltypes.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptoptions.h"
#include "core/receipt/receiptsettings.h"

#include <optional>

namespace kassa::journal {
class Journal;
}

namespace kassa {

// Receipts as the journal holds them, for every front end (the window,
// kassa-cli, the demo): each with the control unit's stamp journaled for it
// (receipt_signatures) and its kind — a training sale's ÖVNINGSKVITTO, a
// copy's KOPIA (one per receipt), a cart's pro forma EJ KVITTO.

// The control unit's number and code for receipt `serial` of `type`
// (normal, kopia, ovning, profo); none while it is not signed or without a unit.
Result<std::optional<ControlStamp>> journaledStamp(const journal::Journal &journal, qint64 serial,
                                                   const QString &type);

// How a copy of receipt `receiptNumber` is printed: KOPIA, with the stamp
// journaled for the copy (type kopia).
Result<ReceiptOptions> journaledCopyOptions(const journal::Journal &journal, qint64 receiptNumber);

// A journaled sale's own receipt with its stamp; `electronic` for the PDF
// a customer is given ("Elektroniskt kassakvitto").
Result<ReceiptContent> journaledReceipt(const journal::Journal &journal, const journal::Sale &sale,
                                        const ReceiptSettings &settings, bool electronic = false);

// Why receipt `receiptNumber` cannot get a copy (it has one, or there is
// no such receipt, or the journal cannot be read), as a sentence for the
// cashier; empty when it can.
QString copyRefusal(const journal::Journal &journal, qint64 receiptNumber);

// Records the one copy of receipt `receiptNumber` (with a control unit it
// then waits for its signature, type kopia). A second copy is refused with
// a sentence for the cashier (the manager reads the journal instead), as is
// a receipt that does not exist; every error's detail is a sentence.
Result<journal::ReceiptCopy> recordReceiptCopy(journal::Journal &journal, qint64 receiptNumber,
                                               const QString &cashierId);

// The copy of receipt `receiptNumber` as recorded: KOPIA, with the copy's
// own stamp. NotFound when no copy was recorded.
Result<ReceiptContent> journaledCopy(const journal::Journal &journal, qint64 receiptNumber,
                                     const ReceiptSettings &settings);

// A recorded pro forma receipt with its stamp.
Result<ReceiptContent> journaledProForma(const journal::Journal &journal, qint64 number,
                                         const ReceiptSettings &settings);

} // namespace kassa
