#pragma once

#include "core/journal/journaltypes.h"

#include <optional>

namespace kassa {

// A return receipt as it is printed and signed (SKVFS 2014:9 ch. 7 § 1: a
// return has a receipt of its own, never shared with a sale): the journal's
// record of it (its serial number in the till's one series, the refund),
// the rows given back, what was given back in all (to SEQR and in cash)
// with the VAT in it per rate, and what the payment has left afterwards.
// core/payment/returnreceipts.h builds it from the journal.
struct ReturnReceipt
{
    journal::ReturnReceiptRecord record;
    std::optional<qint64> originalReceiptNumber; // the sale's receipt, when this till has it
    // Each sold row given back, with the quantity and the amount given back.
    QList<journal::SaleRow> rows;
    Money total;        // given back in all: the SEQR refund and the cash
    QList<VatLine> vat; // the VAT in `total`, per rate (positive amounts)
    Money remaining;    // what the payment may still have refunded after this
};

} // namespace kassa
