#pragma once

#include "core/journal/journaltypes.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptsettings.h"

// Sales as the journal holds them, for receipt rendering tests.
namespace samples {

// A completed sale (receipt 42, cashier "anna") at Café Åkerö: a row with a
// long Swedish name, two of one thing, a row at 12 % VAT; paid part in cash
// (with change) and part with SEQR (`ersReference`).
kassa::journal::Sale receiptSale(const QString &ersReference = QStringLiteral("8012345678901"));
// The shop's receipt settings: Café Åkerö, an address, an organisation number, English.
kassa::ReceiptSettings receiptSettings();
// receiptSale()'s receipt in receiptSettings(), with a QR code of
// `qrCode` when given ("{receipt}" stands for its number).
kassa::ReceiptContent receiptContent(const QString &qrCode = {});

} // namespace samples
