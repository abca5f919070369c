#pragma once

#include "core/seqr/messages.h"

// Fully populated SEQR messages (every optional element present, texts with
// characters that need escaping) for codec and schema tests.
namespace samples {

kassa::seqr::ClientContext context();
kassa::seqr::Invoice invoice(int rows = 3);
QList<kassa::seqr::AnyRequest> allRequests();

kassa::seqr::RegisterTerminalResponse registerTerminalResponse();
kassa::seqr::SendInvoiceResponse sendInvoiceResponse();
kassa::seqr::GetPaymentStatusResponse paidStatusResponse();
kassa::seqr::MarkTransactionPeriodResponse markTransactionPeriodResponse();
// SUCCESS with msisdn, subscriberKey and two QR parameters.
kassa::seqr::GetClientSessionInfoResponse clientSessionInfoResponse();
kassa::seqr::ExecuteReportResponse executeReportResponse(int rows = 3);
// A STD_RECON_003-shaped report body with `rows` payments.
QString reconciliationReport(int rows);

} // namespace samples
