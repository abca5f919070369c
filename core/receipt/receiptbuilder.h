#pragma once

#include "core/journal/journaltypes.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptoptions.h"
#include "core/receipt/receiptsettings.h"
#include "core/receipt/returnreceipt.h"
#include "core/refund/refundplan.h"

#include <QDateTime>
#include <QString>

namespace kassa {

// What the receipts say, once for every rendering (plain text, PDF, the
// receipt printer): words in the till's language, or Swedish and English
// when the shop chose bilingual receipts (ReceiptSettings).

// A sale's receipt with the 13 items of SKVFS 2014:9 ch. 7 § 1: the shop's
// name and organisation number, its address, date and time, the receipt's
// serial number, the register's designation, each row's name and quantity
// (× unit price) with its amount, the total, the VAT in it and VAT per rate
// (net, VAT, gross), the payment methods — cash with the change, SEQR with
// its ersReference — the control unit's number and control code, and
// "Elektroniskt kassakvitto" on an electronic receipt. A copy says KOPIA and
// a training sale ÖVNINGSKVITTO, large, at the head and the foot. Each SEQR
// ersReference again as a Code 128 barcode so a refund can scan it; the
// shop's QR code (settings.qrCode) at the foot.
ReceiptContent saleReceipt(const journal::Sale &sale, const ReceiptSettings &settings,
                           const ReceiptOptions &options);
inline ReceiptContent saleReceipt(const journal::Sale &sale, const ReceiptSettings &settings,
                                  bool copy = false)
{
    ReceiptOptions options;
    options.copy = copy;
    return saleReceipt(sale, settings, options);
}

// A pro forma receipt of a cart before payment: "EJ KVITTO" large at the
// head and the foot, its own number, the rows, total and VAT, no payment.
ReceiptContent proFormaReceipt(const journal::ProFormaReceipt &proForma,
                               const ReceiptSettings &settings,
                               const std::optional<ControlStamp> &stamp);

// A refund's receipt: the shop, when, which receipt and SEQR payment it
// refunds, each row given back with quantity × unit price and its amount,
// the total refunded with the VAT in it per rate, the refund's reference
// (also as a barcode) and what the payment still has left.
ReceiptContent refundReceipt(const RefundPlan &plan, const QString &refundErsReference,
                             const QDateTime &when, const QString &cashierId,
                             const ReceiptSettings &settings);

// A return receipt with the 13 items (as saleReceipt): RETUR at the head
// and the foot (ÖVNINGSKVITTO too for a training sale's return), its own
// serial number, the receipt and SEQR payment it returns, each row given
// back with quantity × unit price and its (negative) amount, the total
// given back with the VAT in it per rate, how it was given back (the SEQR
// refund with its reference, cash), what the payment has left, the control
// unit's number and code, and the refund's reference as a barcode.
ReceiptContent returnReceipt(const ReturnReceipt &receipt, const ReceiptSettings &settings,
                             const ReceiptOptions &options);

// The receipt's words that the rules fix (KOPIA, ÖVNINGSKVITTO, EJ KVITTO,
// Elektroniskt kassakvitto): always in Swedish, with the till's other
// language beside it ("KOPIA/COPY").
QString statutoryWords(const QString &swedish, const char *source, const QStringList &languages);

} // namespace kassa
