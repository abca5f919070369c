#pragma once

#include "core/journal/journaltypes.h"
#include "core/seqr/types.h"

namespace kassa {

// A journaled sale row as SEQR's invoice row: the one mapping used for
// sales (PaymentSession) and refunds (Refunder).
seqr::InvoiceRow toInvoiceRow(const journal::SaleRow &row);

} // namespace kassa
