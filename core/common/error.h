#pragma once

#include <QString>

namespace kassa {

// What went wrong, as a code the journal can store and the UI can translate,
// plus untranslated detail for logs and developers.
enum class ErrorCode
{
    None,
    InvalidNumber,          // text is not a decimal number
    TooManyDecimals,        // more decimals than the currency or quantity allows
    Overflow,               // the result does not fit the integer range
    CurrencyMismatch,       // arithmetic between two currencies
    UnknownCurrency,        // not an ISO 4217 code Kassa knows
    InvalidArgument,        // a value outside what the operation accepts
    MalformedXml,           // not well-formed, truncated, too large or hostile
    UnexpectedMessage,      // well-formed but not the expected SOAP message
    SoapFault,              // the peer answered with a SOAP Fault
    StorageFailed,          // the journal or a file could not be read or written (for good)
    StorageBusy,            // the same, but it may pass: busy, an I/O error, a full disk
    NotFound,               // no such sale, invoice or payment
    NotRegistered,          // the till has no SEQR registration
    ConnectionProblem,      // SEQR does not answer: cannot connect, connection lost, timeout
    BadAnswer,              // SEQR answered, but with an HTTP error, a SOAP Fault or unreadably
    TlsFailure,             // the SEQR endpoint's certificate is not trusted
    ServiceRefused,         // SEQR answered with a result code other than 0 (see resultCode)
    ControlUnitRefused,     // the control unit answered NAK (resultCode: its code, 1–11)
    ControlUnitUnavailable, // the control unit does not answer, or cannot be reached
    ControlUnitBadAnswer,   // the control unit answered unreadably, also after resends
    RefundInDoubt,          // a refund whose answer was lost: SEQR may or may not have made it
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString detail;
    int resultCode = 0; // SEQR's resultCode for ServiceRefused; the NAK code for ControlUnitRefused
};

} // namespace kassa
