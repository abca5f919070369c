#pragma once

#include "core/seqr/types.h"

#include <variant>

// One request and one response struct per operation a point of sale uses.
// Each carries its Operation so templates can dispatch on it.
namespace kassa::seqr {

#define KASSA_SEQR_MESSAGE(Type, Op)                                                               \
    static constexpr Operation operation = Operation::Op;                                          \
    friend bool operator==(const Type &, const Type &) = default

struct RegisterTerminalRequest
{
    ClientContext context;
    QString externalTerminalId;
    QString password; // the till's new terminal password
    QString name;
    KASSA_SEQR_MESSAGE(RegisterTerminalRequest, RegisterTerminal);
};

struct AssignSeqrIdRequest
{
    ClientContext context;
    QString seqrId;
    KASSA_SEQR_MESSAGE(AssignSeqrIdRequest, AssignSeqrId);
};

struct UnregisterTerminalRequest
{
    ClientContext context;
    KASSA_SEQR_MESSAGE(UnregisterTerminalRequest, UnregisterTerminal);
};

struct SendInvoiceRequest
{
    ClientContext context;
    Invoice invoice;
    QList<CustomerToken> tokens;
    KASSA_SEQR_MESSAGE(SendInvoiceRequest, SendInvoice);
};

struct UpdateInvoiceRequest
{
    ClientContext context;
    QString invoiceReference;
    Invoice invoice;
    QList<CustomerToken> tokens;
    KASSA_SEQR_MESSAGE(UpdateInvoiceRequest, UpdateInvoice);
};

struct GetPaymentStatusRequest
{
    ClientContext context;
    QString invoiceReference;
    int invoiceVersion = 0;
    KASSA_SEQR_MESSAGE(GetPaymentStatusRequest, GetPaymentStatus);
};

struct CancelInvoiceRequest
{
    ClientContext context;
    QString invoiceReference;
    KASSA_SEQR_MESSAGE(CancelInvoiceRequest, CancelInvoice);
};

struct SubmitPaymentReceiptRequest
{
    ClientContext context;
    QString ersReference;
    ReceiptDocument receiptDocument;
    KASSA_SEQR_MESSAGE(SubmitPaymentReceiptRequest, SubmitPaymentReceipt);
};

struct RefundPaymentRequest
{
    ClientContext context;
    QString ersReference;
    Invoice invoice;
    KASSA_SEQR_MESSAGE(RefundPaymentRequest, RefundPayment);
};

struct MarkTransactionPeriodRequest
{
    ClientContext context;
    Parameters parameters;
    KASSA_SEQR_MESSAGE(MarkTransactionPeriodRequest, MarkTransactionPeriod);
};

struct ExecuteReportRequest
{
    ClientContext context;
    QString reportId;
    QString language;
    Parameters parameters;
    KASSA_SEQR_MESSAGE(ExecuteReportRequest, ExecuteReport);
};

// The schema's commitReservation carries only the invoice reference (the
// notes mention an amount; the schema wins).
struct CommitReservationRequest
{
    ClientContext context;
    QString invoiceReference;
    KASSA_SEQR_MESSAGE(CommitReservationRequest, CommitReservation);
};

// An external service's backend asks for the customer behind the TOKEN the
// SEQR app gave its order page (not in WSDL v2; PROTOCOL.md, "External
// service inside the SEQR app").
struct GetClientSessionInfoRequest
{
    ClientContext context;
    QString key; // the TOKEN
    KASSA_SEQR_MESSAGE(GetClientSessionInfoRequest, GetClientSessionInfo);
};

using AnyRequest =
    std::variant<RegisterTerminalRequest, AssignSeqrIdRequest, UnregisterTerminalRequest,
                 SendInvoiceRequest, UpdateInvoiceRequest, GetPaymentStatusRequest,
                 CancelInvoiceRequest, SubmitPaymentReceiptRequest, RefundPaymentRequest,
                 MarkTransactionPeriodRequest, ExecuteReportRequest, CommitReservationRequest,
                 GetClientSessionInfoRequest>;

// Every response's `return` starts with these (schema type erswsResponse).
struct ResponseHeader
{
    QString ersReference;
    int resultCode = 0;
    QString resultDescription;
    bool isSuccess() const { return resultCode == 0; }
    friend bool operator==(const ResponseHeader &, const ResponseHeader &) = default;
};

struct RegisterTerminalResponse : ResponseHeader
{
    QString terminalId;
    KASSA_SEQR_MESSAGE(RegisterTerminalResponse, RegisterTerminal);
};
struct AssignSeqrIdResponse : ResponseHeader
{
    KASSA_SEQR_MESSAGE(AssignSeqrIdResponse, AssignSeqrId);
};
struct UnregisterTerminalResponse : ResponseHeader
{
    KASSA_SEQR_MESSAGE(UnregisterTerminalResponse, UnregisterTerminal);
};
struct SendInvoiceResponse : ResponseHeader
{
    QString invoiceQRCode;
    QString invoiceReference;
    KASSA_SEQR_MESSAGE(SendInvoiceResponse, SendInvoice);
};
struct UpdateInvoiceResponse : ResponseHeader
{
    KASSA_SEQR_MESSAGE(UpdateInvoiceResponse, UpdateInvoice);
};
struct GetPaymentStatusResponse : ResponseHeader
{
    InvoiceStatus status = InvoiceStatus::Unknown;
    std::optional<Receipt> receipt;
    QList<CustomerToken> customerTokens;
    int version = 0;
    KASSA_SEQR_MESSAGE(GetPaymentStatusResponse, GetPaymentStatus);
};
struct CancelInvoiceResponse : ResponseHeader
{
    KASSA_SEQR_MESSAGE(CancelInvoiceResponse, CancelInvoice);
};
struct SubmitPaymentReceiptResponse : ResponseHeader
{
    KASSA_SEQR_MESSAGE(SubmitPaymentReceiptResponse, SubmitPaymentReceipt);
};
struct RefundPaymentResponse : ResponseHeader
{
    KASSA_SEQR_MESSAGE(RefundPaymentResponse, RefundPayment);
};
struct MarkTransactionPeriodResponse : ResponseHeader
{
    QString transactionPeriodId;
    KASSA_SEQR_MESSAGE(MarkTransactionPeriodResponse, MarkTransactionPeriod);
};
struct ExecuteReportResponse : ResponseHeader
{
    std::optional<Report> report;
    KASSA_SEQR_MESSAGE(ExecuteReportResponse, ExecuteReport);
};
struct CommitReservationResponse : ResponseHeader
{
    KASSA_SEQR_MESSAGE(CommitReservationResponse, CommitReservation);
};

// resultCode 0 and resultDescription the status word; parameters (msisdn,
// subscriberKey, then the service QR's own) only when it is SUCCESS.
struct GetClientSessionInfoResponse : ResponseHeader
{
    Parameters parameters;
    ClientSessionStatus sessionStatus() const
    {
        return resultCode == 0 ? clientSessionStatusFromName(resultDescription)
                               : ClientSessionStatus::Unknown;
    }
    // SUCCESS: the customer is there and parameters can be trusted.
    bool isSessionValid() const { return sessionStatus() == ClientSessionStatus::Success; }
    KASSA_SEQR_MESSAGE(GetClientSessionInfoResponse, GetClientSessionInfo);
};

#undef KASSA_SEQR_MESSAGE

} // namespace kassa::seqr
