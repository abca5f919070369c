// Encoding half of seqrcodec.h: requests (client side) and responses and
// faults (sandbox side), children always in the schema's sequence order.
#include "core/seqr/seqrcodec.h"

#include "core/seqr/xmlwriter.h"

using namespace Qt::StringLiterals;

namespace kassa::seqr::codec {

namespace {

constexpr QByteArrayView kEnvelopeStart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
    " xmlns:ext=\"http://external.interfaces.ers.seamless.com/\">"
    "<soapenv:Header/><soapenv:Body>";
constexpr QByteArrayView kEnvelopeEnd = "</soapenv:Body></soapenv:Envelope>";

// Opens the envelope and the operation element, closes both on finish().
class Envelope
{
public:
    explicit Envelope(const QString &operationElement, qsizetype expectedSize = 2048)
        : w(expectedSize)
        , m_element(("ext:"_ba + operationElement.toLatin1()))
    {
        w.raw(kEnvelopeStart);
        w.startElement(QLatin1StringView(m_element));
    }
    QByteArray finish()
    {
        w.endElement(QLatin1StringView(m_element));
        w.raw(kEnvelopeEnd);
        return w.take();
    }
    XmlWriter w;

private:
    QByteArray m_element;
};

QString dateTimeText(const QDateTime &dt)
{
    // xs:dateTime with an explicit offset, so the instant survives the trip.
    return dt.toOffsetFromUtc(dt.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

void writeDecimal(XmlWriter &w, QLatin1StringView name, const Decimal &value, int decimals)
{
    char buffer[48];
    w.asciiElement(name, QByteArrayView(buffer, value.format(buffer, decimals)));
}

void writeInteger(XmlWriter &w, QLatin1StringView name, qint64 value)
{
    writeDecimal(w, name, Decimal::fromInteger(value), 0);
}

int currencyDecimals(const QString &code)
{
    // The common case without a table search.
    if (code == "SEK"_L1 || code == "EUR"_L1)
        return 2;
    const auto currency = Currency::fromCode(code);
    return currency ? currency->decimals() : 0;
}

void writeContext(XmlWriter &w, const ClientContext &c)
{
    w.startElement("context"_L1);
    w.optionalTextElement("channel"_L1, c.channel);
    w.optionalTextElement("clientComment"_L1, c.clientComment);
    w.optionalTextElement("clientId"_L1, c.clientId);
    w.optionalTextElement("clientReference"_L1, c.clientReference);
    writeInteger(w, "clientRequestTimeout"_L1, c.clientRequestTimeout);
    const PrincipalId &p = c.initiatorPrincipalId;
    if (!p.id.isEmpty() || !p.type.isEmpty() || !p.userId.isEmpty()) {
        w.startElement("initiatorPrincipalId"_L1);
        w.optionalTextElement("id"_L1, p.id);
        w.optionalTextElement("type"_L1, p.type);
        w.optionalTextElement("userId"_L1, p.userId);
        w.endElement("initiatorPrincipalId"_L1);
    }
    w.optionalTextElement("password"_L1, c.password);
    w.endElement("context"_L1);
}

void writeAmount(XmlWriter &w, QLatin1StringView name, const std::optional<Amount> &amount)
{
    if (!amount)
        return;
    w.startElement(name);
    w.optionalTextElement("currency"_L1, amount->currency);
    writeDecimal(w, "value"_L1, amount->value, currencyDecimals(amount->currency));
    w.endElement(name);
}

void writeDecimal(XmlWriter &w, QLatin1StringView name, const std::optional<Decimal> &value)
{
    if (value)
        writeDecimal(w, name, *value, 0);
}

void writeInvoice(XmlWriter &w, QLatin1StringView name, const Invoice &inv)
{
    w.startElement(name);
    if (inv.paymentMode != PaymentMode::Unspecified)
        w.asciiElement("paymentMode"_L1, paymentModeName(inv.paymentMode).toLatin1());
    if (inv.acknowledgmentMode != AcknowledgmentMode::Unspecified)
        w.asciiElement("acknowledgmentMode"_L1,
                       acknowledgmentModeName(inv.acknowledgmentMode).toLatin1());
    if (inv.issueDate.isValid())
        w.textElement("issueDate"_L1, dateTimeText(inv.issueDate));
    w.optionalTextElement("title"_L1, inv.title);
    w.optionalTextElement("clientInvoiceId"_L1, inv.clientInvoiceId);
    if (!inv.invoiceRows.isEmpty()) {
        w.startElement("invoiceRows"_L1);
        for (const InvoiceRow &row : inv.invoiceRows) {
            w.startElement("invoiceRow"_L1);
            w.optionalTextElement("itemDescription"_L1, row.itemDescription);
            writeAmount(w, "itemDiscount"_L1, row.itemDiscount);
            w.optionalTextElement("itemEAN"_L1, row.itemEAN);
            writeDecimal(w, "itemQuantity"_L1, row.itemQuantity);
            w.optionalTextElement("itemSKU"_L1, row.itemSKU);
            writeDecimal(w, "itemTaxRate"_L1, row.itemTaxRate);
            writeAmount(w, "itemTotalAmount"_L1, row.itemTotalAmount);
            w.optionalTextElement("itemUnit"_L1, row.itemUnit);
            writeAmount(w, "itemUnitPrice"_L1, row.itemUnitPrice);
            w.endElement("invoiceRow"_L1);
        }
        w.endElement("invoiceRows"_L1);
    }
    writeAmount(w, "totalAmount"_L1, inv.totalAmount);
    w.optionalTextElement("cashierId"_L1, inv.cashierId);
    w.optionalTextElement("footer"_L1, inv.footer);
    w.optionalTextElement("backURL"_L1, inv.backURL);
    w.optionalTextElement("notificationUrl"_L1, inv.notificationUrl);
    w.endElement(name);
}

void writeTokens(XmlWriter &w, QLatin1StringView name, const QList<CustomerToken> &tokens)
{
    for (const CustomerToken &t : tokens) {
        w.startElement(name);
        w.optionalTextElement("description"_L1, t.description);
        w.optionalTextElement("id"_L1, t.id);
        writeInteger(w, "status"_L1, t.status);
        w.optionalTextElement("value"_L1, t.value);
        w.endElement(name);
    }
}

void writeParameters(XmlWriter &w, const Parameters &parameters)
{
    w.startElement("parameters"_L1);
    w.startElement("parameter"_L1);
    for (const Parameter &p : parameters) {
        w.startElement("entry"_L1);
        w.textElement("key"_L1, p.key);
        w.textElement("value"_L1, p.value);
        w.endElement("entry"_L1);
    }
    w.endElement("parameter"_L1);
    w.endElement("parameters"_L1);
}

template<class Request> Envelope openRequest(const Request &request, qsizetype invoiceRows = 0)
{
    Envelope e(operationName(Request::operation), 2048 + invoiceRows * 768);
    writeContext(e.w, request.context);
    return e;
}

// Opens <ext:xResponse><return> and writes the erswsResponse part.
template<class Response> Envelope openResponse(const Response &r)
{
    Envelope e(operationName(Response::operation) + u"Response"_s);
    e.w.startElement("return"_L1);
    e.w.optionalTextElement("ersReference"_L1, r.ersReference);
    writeInteger(e.w, "resultCode"_L1, r.resultCode);
    e.w.optionalTextElement("resultDescription"_L1, r.resultDescription);
    return e;
}

QByteArray closeResponse(Envelope &e)
{
    e.w.endElement("return"_L1);
    return e.finish();
}

} // namespace

QByteArray encodeRequest(const RegisterTerminalRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("externalTerminalId"_L1, r.externalTerminalId);
    e.w.optionalTextElement("password"_L1, r.password);
    e.w.optionalTextElement("name"_L1, r.name);
    return e.finish();
}

QByteArray encodeRequest(const AssignSeqrIdRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("seqrId"_L1, r.seqrId);
    return e.finish();
}

QByteArray encodeRequest(const UnregisterTerminalRequest &r)
{
    return openRequest(r).finish();
}

QByteArray encodeRequest(const SendInvoiceRequest &r)
{
    Envelope e = openRequest(r, r.invoice.invoiceRows.size());
    writeInvoice(e.w, "invoice"_L1, r.invoice);
    writeTokens(e.w, "tokens"_L1, r.tokens);
    return e.finish();
}

QByteArray encodeRequest(const UpdateInvoiceRequest &r)
{
    Envelope e = openRequest(r, r.invoice.invoiceRows.size());
    e.w.optionalTextElement("invoiceReference"_L1, r.invoiceReference);
    writeInvoice(e.w, "invoice"_L1, r.invoice);
    writeTokens(e.w, "tokens"_L1, r.tokens);
    return e.finish();
}

QByteArray encodeRequest(const GetPaymentStatusRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("invoiceReference"_L1, r.invoiceReference);
    writeInteger(e.w, "invoiceVersion"_L1, r.invoiceVersion);
    return e.finish();
}

QByteArray encodeRequest(const CancelInvoiceRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("invoiceReference"_L1, r.invoiceReference);
    return e.finish();
}

QByteArray encodeRequest(const SubmitPaymentReceiptRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("ersReference"_L1, r.ersReference);
    e.w.startElement("receiptDocument"_L1);
    e.w.optionalTextElement("mimeType"_L1, r.receiptDocument.mimeType);
    e.w.textElement("receiptData"_L1,
                    QString::fromLatin1(r.receiptDocument.receiptData.toBase64()));
    e.w.optionalTextElement("receiptType"_L1, r.receiptDocument.receiptType);
    e.w.endElement("receiptDocument"_L1);
    return e.finish();
}

QByteArray encodeRequest(const RefundPaymentRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("ersReference"_L1, r.ersReference);
    writeInvoice(e.w, "invoice"_L1, r.invoice);
    return e.finish();
}

QByteArray encodeRequest(const MarkTransactionPeriodRequest &r)
{
    Envelope e = openRequest(r);
    writeParameters(e.w, r.parameters);
    return e.finish();
}

QByteArray encodeRequest(const ExecuteReportRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("reportId"_L1, r.reportId);
    e.w.optionalTextElement("language"_L1, r.language);
    writeParameters(e.w, r.parameters);
    return e.finish();
}

QByteArray encodeRequest(const CommitReservationRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("invoiceReference"_L1, r.invoiceReference);
    return e.finish();
}

QByteArray encodeRequest(const GetClientSessionInfoRequest &r)
{
    Envelope e = openRequest(r);
    e.w.optionalTextElement("key"_L1, r.key);
    return e.finish();
}

QByteArray encodeRequest(const AnyRequest &request)
{
    return std::visit([](const auto &r) { return encodeRequest(r); }, request);
}

QByteArray encodeResponse(const RegisterTerminalResponse &r)
{
    Envelope e = openResponse(r);
    e.w.optionalTextElement("terminalId"_L1, r.terminalId);
    return closeResponse(e);
}

#define KASSA_PLAIN_RESPONSE(Type)                                                                 \
    QByteArray encodeResponse(const Type &r)                                                       \
    {                                                                                              \
        Envelope e = openResponse(r);                                                              \
        return closeResponse(e);                                                                   \
    }
KASSA_PLAIN_RESPONSE(AssignSeqrIdResponse)
KASSA_PLAIN_RESPONSE(UnregisterTerminalResponse)
KASSA_PLAIN_RESPONSE(UpdateInvoiceResponse)
KASSA_PLAIN_RESPONSE(CancelInvoiceResponse)
KASSA_PLAIN_RESPONSE(SubmitPaymentReceiptResponse)
KASSA_PLAIN_RESPONSE(RefundPaymentResponse)
KASSA_PLAIN_RESPONSE(CommitReservationResponse)
#undef KASSA_PLAIN_RESPONSE

QByteArray encodeResponse(const SendInvoiceResponse &r)
{
    Envelope e = openResponse(r);
    e.w.optionalTextElement("invoiceQRCode"_L1, r.invoiceQRCode);
    e.w.optionalTextElement("invoiceReference"_L1, r.invoiceReference);
    return closeResponse(e);
}

QByteArray encodeResponse(const GetPaymentStatusResponse &r)
{
    Envelope e = openResponse(r);
    if (r.status != InvoiceStatus::Unknown)
        e.w.textElement("status"_L1, invoiceStatusName(r.status));
    if (r.receipt) {
        const Receipt &rc = *r.receipt;
        e.w.startElement("receipt"_L1);
        e.w.optionalTextElement("terminalId"_L1, rc.terminalId);
        if (rc.paymentDate.isValid())
            e.w.textElement("paymentDate"_L1, dateTimeText(rc.paymentDate));
        e.w.optionalTextElement("clientInvoiceId"_L1, rc.clientInvoiceId);
        e.w.optionalTextElement("invoiceReference"_L1, rc.invoiceReference);
        e.w.optionalTextElement("paymentReference"_L1, rc.paymentReference);
        e.w.optionalTextElement("payerTerminalId"_L1, rc.payerTerminalId);
        e.w.optionalTextElement("receiverName"_L1, rc.receiverName);
        if (rc.invoice)
            writeInvoice(e.w, "invoice"_L1, *rc.invoice);
        e.w.endElement("receipt"_L1);
    }
    if (!r.customerTokens.isEmpty()) {
        e.w.startElement("customerTokens"_L1);
        writeTokens(e.w, "token"_L1, r.customerTokens);
        e.w.endElement("customerTokens"_L1);
    }
    writeInteger(e.w, "version"_L1, r.version);
    return closeResponse(e);
}

QByteArray encodeResponse(const MarkTransactionPeriodResponse &r)
{
    Envelope e = openResponse(r);
    e.w.optionalTextElement("transactionPeriodId"_L1, r.transactionPeriodId);
    return closeResponse(e);
}

QByteArray encodeResponse(const ExecuteReportResponse &r)
{
    Envelope e = openResponse(r);
    if (r.report) {
        e.w.startElement("report"_L1);
        e.w.optionalTextElement("title"_L1, r.report->title);
        e.w.optionalTextElement("mimeType"_L1, r.report->mimeType);
        if (!r.report->content.isEmpty())
            e.w.textElement("content"_L1, QString::fromLatin1(r.report->content.toBase64()));
        e.w.optionalTextElement("contentString"_L1, r.report->contentString);
        e.w.endElement("report"_L1);
    }
    return closeResponse(e);
}

QByteArray encodeResponse(const GetClientSessionInfoResponse &r)
{
    Envelope e = openResponse(r);
    // parameters/entry{key,value}* (no parameter level, unlike parameterMap).
    if (!r.parameters.isEmpty()) {
        e.w.startElement("parameters"_L1);
        for (const Parameter &p : r.parameters) {
            e.w.startElement("entry"_L1);
            e.w.textElement("key"_L1, p.key);
            e.w.textElement("value"_L1, p.value);
            e.w.endElement("entry"_L1);
        }
        e.w.endElement("parameters"_L1);
    }
    return closeResponse(e);
}

QByteArray encodeFault(const SoapFault &fault)
{
    XmlWriter w;
    w.raw(kEnvelopeStart);
    w.startElement("soapenv:Fault"_L1);
    // SOAP 1.1: the Fault's children are unqualified.
    w.textElement("faultcode"_L1,
                  fault.faultCode.isEmpty() ? u"soapenv:Server"_s : fault.faultCode);
    w.textElement("faultstring"_L1, fault.faultString);
    if (!fault.detail.isEmpty()) {
        w.startElement("detail"_L1);
        w.textElement("message"_L1, fault.detail);
        w.endElement("detail"_L1);
    }
    w.endElement("soapenv:Fault"_L1);
    w.raw(kEnvelopeEnd);
    return w.take();
}

QByteArray redactedForLog(QByteArrayView soap)
{
    QByteArray out = soap.toByteArray();
    qsizetype from = 0;
    for (;;) {
        // Matches <password> with any prefix.
        const qsizetype open = out.indexOf("password>", from);
        if (open < 0)
            break;
        const qsizetype tagStart = out.lastIndexOf('<', open);
        if (tagStart < 0 || out.at(tagStart + 1) == '/') {
            from = open + 9;
            continue;
        }
        const qsizetype contentStart = open + 9;
        const qsizetype close = out.indexOf('<', contentStart);
        if (close < 0) {
            out.truncate(contentStart);
            out.append("***");
            break;
        }
        out.replace(contentStart, close - contentStart, "***");
        from = contentStart + 3;
    }
    return out;
}

} // namespace kassa::seqr::codec
