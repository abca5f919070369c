#pragma once

#include "core/common/result.h"
#include "core/seqr/messages.h"

#include <QByteArray>
#include <QByteArrayView>

// SEQR's SOAP 1.1 wire format, pure: bytes in, typed message or Error out, no
// I/O. Requests and responses are encoded with the schema's element order;
// decoding matches namespace URI + local name (any prefix), ignores unknown
// elements and reads CDATA. Malformed, truncated, oversized or hostile input
// yields an Error (MalformedXml or UnexpectedMessage), never a crash. A SOAP
// Fault decodes to an Error of code SoapFault whose detail is the faultstring.
namespace kassa::seqr::codec {

QByteArray encodeRequest(const RegisterTerminalRequest &request);
QByteArray encodeRequest(const AssignSeqrIdRequest &request);
QByteArray encodeRequest(const UnregisterTerminalRequest &request);
QByteArray encodeRequest(const SendInvoiceRequest &request);
QByteArray encodeRequest(const UpdateInvoiceRequest &request);
QByteArray encodeRequest(const GetPaymentStatusRequest &request);
QByteArray encodeRequest(const CancelInvoiceRequest &request);
QByteArray encodeRequest(const SubmitPaymentReceiptRequest &request);
QByteArray encodeRequest(const RefundPaymentRequest &request);
QByteArray encodeRequest(const MarkTransactionPeriodRequest &request);
QByteArray encodeRequest(const ExecuteReportRequest &request);
QByteArray encodeRequest(const CommitReservationRequest &request);
QByteArray encodeRequest(const GetClientSessionInfoRequest &request);
QByteArray encodeRequest(const AnyRequest &request);

// The server side: which operation a request envelope carries, decoded.
Result<AnyRequest> decodeRequest(QByteArrayView bytes);

QByteArray encodeResponse(const RegisterTerminalResponse &response);
QByteArray encodeResponse(const AssignSeqrIdResponse &response);
QByteArray encodeResponse(const UnregisterTerminalResponse &response);
QByteArray encodeResponse(const SendInvoiceResponse &response);
QByteArray encodeResponse(const UpdateInvoiceResponse &response);
QByteArray encodeResponse(const GetPaymentStatusResponse &response);
QByteArray encodeResponse(const CancelInvoiceResponse &response);
QByteArray encodeResponse(const SubmitPaymentReceiptResponse &response);
QByteArray encodeResponse(const RefundPaymentResponse &response);
QByteArray encodeResponse(const MarkTransactionPeriodResponse &response);
QByteArray encodeResponse(const ExecuteReportResponse &response);
QByteArray encodeResponse(const CommitReservationResponse &response);
QByteArray encodeResponse(const GetClientSessionInfoResponse &response);

QByteArray encodeFault(const SoapFault &fault);

Result<RegisterTerminalResponse> decodeRegisterTerminalResponse(QByteArrayView bytes);
Result<AssignSeqrIdResponse> decodeAssignSeqrIdResponse(QByteArrayView bytes);
Result<UnregisterTerminalResponse> decodeUnregisterTerminalResponse(QByteArrayView bytes);
Result<SendInvoiceResponse> decodeSendInvoiceResponse(QByteArrayView bytes);
Result<UpdateInvoiceResponse> decodeUpdateInvoiceResponse(QByteArrayView bytes);
Result<GetPaymentStatusResponse> decodeGetPaymentStatusResponse(QByteArrayView bytes);
Result<CancelInvoiceResponse> decodeCancelInvoiceResponse(QByteArrayView bytes);
Result<SubmitPaymentReceiptResponse> decodeSubmitPaymentReceiptResponse(QByteArrayView bytes);
Result<RefundPaymentResponse> decodeRefundPaymentResponse(QByteArrayView bytes);
Result<MarkTransactionPeriodResponse> decodeMarkTransactionPeriodResponse(QByteArrayView bytes);
Result<ExecuteReportResponse> decodeExecuteReportResponse(QByteArrayView bytes);
Result<CommitReservationResponse> decodeCommitReservationResponse(QByteArrayView bytes);
Result<GetClientSessionInfoResponse> decodeGetClientSessionInfoResponse(QByteArrayView bytes);

// Generic access for templates: decodeResponse<SendInvoiceResponse>(bytes).
template<class R> Result<R> decodeResponse(QByteArrayView bytes);

// The fault in a SOAP Fault envelope (an Error if the bytes are not one).
Result<SoapFault> decodeFault(QByteArrayView bytes);

// The request with every password element's content replaced by "***", for
// debug logs.
QByteArray redactedForLog(QByteArrayView soap);

} // namespace kassa::seqr::codec
