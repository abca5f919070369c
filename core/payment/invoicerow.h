#pragma once

#include "core/journal/journaltypes.h"
#include "core/seqr/types.h"

namespace kassa {

// A journaled sale row as SEQR's invoice row: the one mapping used for
// sales (PaymentSession) and refunds (Refunder).
seqr::InvoiceRow toInvoiceRow(const journal::SaleRow &row);
// The negative row that balances cash already taken in a split tender, so
// that the invoice's rows add up to what SEQR is to collect.
seqr::InvoiceRow cashInvoiceRow(const Money &cash);

} // namespace kassa
