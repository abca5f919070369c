#pragma once

#include <QString>

namespace kassa::seqr {

// SEQR's resultCode values with the names PROTOCOL.md gives them. A service
// may send codes outside this list; they are kept as plain ints.
enum class ResultCode : int
{
    Success = 0,
    ReportNotReady = 2,
    RejectedAmount = 11,
    AuthenticationFailed = 20,
    AccessDenied = 21,
    InvalidErsReference = 23,
    InvalidInitiatorPrincipalId = 29,
    InvalidInitiatorPrincipalState = 33,
    InitiatorPrincipalNotFound = 37,
    PaymentInProgress = 48,
    InvalidInvoiceData = 49,
    CannotCancelPaidInvoice = 50,
    CannotCancelInvoiceInProgress = 51,
    InvalidSeqrId = 53,
    InvalidInvoiceReference = 54,
    InvalidNotificationUrl = 64,
    SystemError = 90,
    UnsupportedOperation = 91,
    SystemBusy = 93,
    ServiceUnavailable = 94,
    InvoiceAlreadyCanceled = 95,
    InvoiceStateNotReserved = 96,
    ResellerNotAllowedToDoRefund = 97,
    SumOfRefundsCanNotBeMoreThanOriginalTransaction = 98,
    ReceiverAccountDoesNotAllowRefunds = 99,
};

// "INVALID_INVOICE_DATA" for 49; "UNKNOWN_RESULT_CODE_<n>" for codes not in
// the list. For logs and developers; the UI translates from the code.
QString resultCodeName(int code);
bool isKnownResultCode(int code);

} // namespace kassa::seqr
