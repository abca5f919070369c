#pragma once

#include "core/common/result.h"
#include "core/money/decimal.h"
#include "core/money/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The data types of SEQR's schema (ERSWSExternalClientService.wsdl), one struct
// per complex type, fields in the schema's sequence order. An empty QString, an
// invalid QDateTime or an empty optional means "element absent".
namespace kassa::seqr {

enum class Operation
{
    RegisterTerminal,
    AssignSeqrId,
    UnregisterTerminal,
    SendInvoice,
    UpdateInvoice,
    GetPaymentStatus,
    CancelInvoice,
    SubmitPaymentReceipt,
    RefundPayment,
    MarkTransactionPeriod,
    ExecuteReport,
    CommitReservation,
    // Not in WSDL v2 (the vendor's Java client documents it); see
    // tests/support/clientsessioninfo.xsd for Kassa's reading of the wire.
    GetClientSessionInfo,
};
// The operation element's local name, e.g. "sendInvoice".
QString operationName(Operation op);
std::optional<Operation> operationFromName(QStringView name);

inline constexpr auto kSoapEnvelopeNs = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr auto kServiceNs = "http://external.interfaces.ers.seamless.com/";

struct PrincipalId
{
    QString id;
    QString type; // "RESELLERUSER" or "TERMINALID"
    QString userId;
    friend bool operator==(const PrincipalId &, const PrincipalId &) = default;
};

struct ClientContext
{
    QString channel;
    QString clientComment;
    QString clientId;
    QString clientReference;
    qint64 clientRequestTimeout = 0;
    PrincipalId initiatorPrincipalId;
    QString password;
    friend bool operator==(const ClientContext &, const ClientContext &) = default;
};

struct Amount
{
    QString currency;
    Decimal value;
    static Amount fromMoney(const Money &money);
    // Refuses unknown currencies and values with too many decimals.
    Result<Money> toMoney() const;
    friend bool operator==(const Amount &, const Amount &) = default;
};

enum class PaymentMode
{
    Unspecified,
    ImmediateDebit,
    ReservationDesired,
    ReservationRequired
};
enum class AcknowledgmentMode
{
    Unspecified,
    NoAcknowledgment,
    OptionalAcknowledgment,
    RequireAcknowledgment
};
// SEQR's names of the modes ("IMMEDIATE_DEBIT", …; "" for Unspecified), and back.
QString paymentModeName(PaymentMode mode);
PaymentMode paymentModeFromName(QStringView name);
QString acknowledgmentModeName(AcknowledgmentMode mode);
AcknowledgmentMode acknowledgmentModeFromName(QStringView name);
enum class InvoiceStatus
{
    Unknown,
    Issued,
    PendingIssuerAcknowledge,
    Paid,
    PartiallyPaid,
    Canceled,
    Failed,
    Reserved
};

QString invoiceStatusName(InvoiceStatus status);
InvoiceStatus invoiceStatusFromName(QStringView name);
bool isFinal(InvoiceStatus status);

struct InvoiceRow
{
    QString itemDescription;
    std::optional<Amount> itemDiscount;
    QString itemEAN;
    std::optional<Decimal> itemQuantity;
    QString itemSKU;
    std::optional<Decimal> itemTaxRate;
    std::optional<Amount> itemTotalAmount;
    QString itemUnit;
    std::optional<Amount> itemUnitPrice;
    friend bool operator==(const InvoiceRow &, const InvoiceRow &) = default;
};

struct Invoice
{
    PaymentMode paymentMode = PaymentMode::Unspecified;
    AcknowledgmentMode acknowledgmentMode = AcknowledgmentMode::Unspecified;
    QDateTime issueDate;
    QString title;
    QString clientInvoiceId;
    QList<InvoiceRow> invoiceRows;
    std::optional<Amount> totalAmount;
    QString cashierId;
    QString footer;
    QString backURL;
    QString notificationUrl;
    friend bool operator==(const Invoice &, const Invoice &) = default;
};

struct CustomerToken
{
    QString description;
    QString id;
    int status = 0;
    QString value;
    friend bool operator==(const CustomerToken &, const CustomerToken &) = default;
};

struct Receipt
{
    QString terminalId;
    QDateTime paymentDate;
    QString clientInvoiceId;
    QString invoiceReference;
    QString paymentReference;
    QString payerTerminalId;
    QString receiverName;
    std::optional<Invoice> invoice;
    friend bool operator==(const Receipt &, const Receipt &) = default;
};

struct ReceiptDocument
{
    QString mimeType;
    QByteArray receiptData; // raw bytes; base64 on the wire
    QString receiptType;
    friend bool operator==(const ReceiptDocument &, const ReceiptDocument &) = default;
};

struct Report
{
    QString title;
    QString mimeType;
    QByteArray content; // raw bytes; base64 on the wire
    QString contentString;
    friend bool operator==(const Report &, const Report &) = default;
};

struct Parameter
{
    QString key;
    QString value;
    friend bool operator==(const Parameter &, const Parameter &) = default;
};
using Parameters = QList<Parameter>;
QString parameterValue(const Parameters &parameters, QStringView key);

// getClientSessionInfo's answer, carried as the resultDescription word of a
// response whose resultCode is 0.
enum class ClientSessionStatus
{
    Unknown,
    Success,                // SUCCESS: parameters hold the customer's data
    AuthorizationExpired,   // AUTHORIZATION_EXPIRED: unknown key, or too old
    AuthorizationCancelled, // AUTHORIZATION_CANCELLED: the customer left the service
    InProgress,             // AUTHORIZATION_IN_PROGRESS (also read: IN_PROGRESS)
};
QString clientSessionStatusName(ClientSessionStatus status);
ClientSessionStatus clientSessionStatusFromName(QStringView name);

struct SoapFault
{
    QString faultCode;   // e.g. "soap:Server"
    QString faultString; // human-readable, untranslated
    QString detail;
    friend bool operator==(const SoapFault &, const SoapFault &) = default;
};

} // namespace kassa::seqr
