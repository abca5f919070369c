// Decoding half of seqrcodec.h.
#include "core/seqr/seqrcodec.h"

#include "core/seqr/xmlelement.h"

using namespace Qt::StringLiterals;

namespace kassa::seqr::codec {

namespace {

Error malformed(const QString &detail)
{
    return makeError(ErrorCode::UnexpectedMessage, detail);
}

// Envelope → Body → its first element. A Fault becomes an Error.
Result<XmlElement> bodyElement(QByteArrayView bytes)
{
    auto doc = parseXml(bytes);
    if (!doc)
        return doc.error();
    const QLatin1StringView envNs(kSoapEnvelopeNs);
    if (doc->name != "Envelope"_L1 || doc->namespaceUri != envNs)
        return malformed(u"not a SOAP 1.1 envelope: "_s + doc->name);
    for (XmlElement &body : doc.value().children) {
        if (body.name != "Body"_L1 || body.namespaceUri != envNs)
            continue;
        if (body.children.isEmpty())
            return malformed(u"empty SOAP body"_s);
        XmlElement &payload = body.children.first();
        if (payload.name == "Fault"_L1 && payload.namespaceUri == envNs) {
            QString text = payload.childText(u"faultstring").trimmed();
            if (text.isEmpty())
                text = payload.childText(u"faultcode").trimmed();
            return makeError(ErrorCode::SoapFault, text);
        }
        return std::move(payload);
    }
    return malformed(u"SOAP envelope without a body"_s);
}

Result<int> intValue(const XmlElement *e, QStringView what, bool required)
{
    if (!e) {
        if (required)
            return malformed(what.toString() + u" missing"_s);
        return 0;
    }
    bool ok = false;
    const int v = e->text.trimmed().toInt(&ok);
    if (!ok)
        return malformed(what.toString() + u" is not an integer: "_s + e->text.left(40));
    return v;
}

// Optional decimal child; an unparsable value is an error, not "absent".
Status decimalChild(const XmlElement &parent, QStringView name, std::optional<Decimal> &out)
{
    const XmlElement *e = parent.child(name);
    if (!e)
        return Ok{};
    auto d = Decimal::parse(e->text);
    if (!d)
        return malformed(name.toString() + u": "_s + d.error().detail);
    out = *d;
    return Ok{};
}

Status amountChild(const XmlElement &parent, QStringView name, std::optional<Amount> &out)
{
    const XmlElement *e = parent.child(name);
    if (!e)
        return Ok{};
    Amount amount;
    amount.currency = e->childText(u"currency").trimmed();
    std::optional<Decimal> value;
    if (auto s = decimalChild(*e, u"value", value); !s)
        return s.error();
    if (!value)
        return malformed(name.toString() + u" has no value"_s);
    amount.value = *value;
    out = amount;
    return Ok{};
}

QDateTime dateTimeChild(const XmlElement &parent, QStringView name)
{
    return QDateTime::fromString(parent.childText(name).trimmed(), Qt::ISODateWithMs);
}

Result<Invoice> decodeInvoice(const XmlElement &e)
{
    Invoice inv;
    inv.paymentMode = paymentModeFromName(e.childText(u"paymentMode"));
    inv.acknowledgmentMode = acknowledgmentModeFromName(e.childText(u"acknowledgmentMode"));
    inv.issueDate = dateTimeChild(e, u"issueDate");
    inv.title = e.childText(u"title");
    inv.clientInvoiceId = e.childText(u"clientInvoiceId");
    if (const XmlElement *rows = e.child(u"invoiceRows")) {
        for (const XmlElement *r : rows->childrenNamed(u"invoiceRow")) {
            InvoiceRow row;
            row.itemDescription = r->childText(u"itemDescription");
            row.itemEAN = r->childText(u"itemEAN");
            row.itemSKU = r->childText(u"itemSKU");
            row.itemUnit = r->childText(u"itemUnit");
            for (Status s : {amountChild(*r, u"itemDiscount", row.itemDiscount),
                             decimalChild(*r, u"itemQuantity", row.itemQuantity),
                             decimalChild(*r, u"itemTaxRate", row.itemTaxRate),
                             amountChild(*r, u"itemTotalAmount", row.itemTotalAmount),
                             amountChild(*r, u"itemUnitPrice", row.itemUnitPrice)}) {
                if (!s)
                    return s.error();
            }
            inv.invoiceRows.append(row);
        }
    }
    if (auto s = amountChild(e, u"totalAmount", inv.totalAmount); !s)
        return s.error();
    inv.cashierId = e.childText(u"cashierId");
    inv.footer = e.childText(u"footer");
    inv.backURL = e.childText(u"backURL");
    inv.notificationUrl = e.childText(u"notificationUrl");
    return inv;
}

Result<QList<CustomerToken>> decodeTokens(const QList<const XmlElement *> &elements)
{
    QList<CustomerToken> tokens;
    for (const XmlElement *t : elements) {
        CustomerToken token;
        token.description = t->childText(u"description");
        token.id = t->childText(u"id");
        auto status = intValue(t->child(u"status"), u"token status", false);
        if (!status)
            return status.error();
        token.status = *status;
        token.value = t->childText(u"value");
        tokens.append(token);
    }
    return tokens;
}

Parameters decodeParameters(const XmlElement &parent)
{
    Parameters params;
    const XmlElement *ps = parent.child(u"parameters");
    const XmlElement *map = ps ? ps->child(u"parameter") : nullptr;
    if (!map)
        return params;
    for (const XmlElement *entry : map->childrenNamed(u"entry"))
        params.append(Parameter{entry->childText(u"key"), entry->childText(u"value")});
    return params;
}

ClientContext decodeContext(const XmlElement &op)
{
    ClientContext c;
    const XmlElement *e = op.child(u"context");
    if (!e)
        return c;
    c.channel = e->childText(u"channel");
    c.clientComment = e->childText(u"clientComment");
    c.clientId = e->childText(u"clientId");
    c.clientReference = e->childText(u"clientReference");
    c.clientRequestTimeout = e->childText(u"clientRequestTimeout").trimmed().toLongLong();
    if (const XmlElement *p = e->child(u"initiatorPrincipalId")) {
        c.initiatorPrincipalId.id = p->childText(u"id");
        c.initiatorPrincipalId.type = p->childText(u"type");
        c.initiatorPrincipalId.userId = p->childText(u"userId");
    }
    c.password = e->childText(u"password");
    return c;
}

QByteArray base64Child(const XmlElement &parent, QStringView name)
{
    return QByteArray::fromBase64(parent.childText(name).toLatin1());
}

// The operation element must be <ext:NAMEResponse> with a <return> child.
Result<XmlElement> responseReturn(QByteArrayView bytes, Operation op)
{
    auto payload = bodyElement(bytes);
    if (!payload)
        return payload.error();
    const QString expected = operationName(op) + u"Response"_s;
    if (payload->name != expected || payload->namespaceUri != QLatin1StringView(kServiceNs))
        return malformed(u"expected "_s + expected + u", got "_s + payload->name);
    const XmlElement *ret = payload->child(u"return");
    if (!ret)
        return malformed(expected + u" without a return element"_s);
    return *ret;
}

template<class R> Result<R> decodeHeader(QByteArrayView bytes, XmlElement &ret)
{
    auto r = responseReturn(bytes, R::operation);
    if (!r)
        return r.error();
    ret = std::move(r.value());
    R response;
    response.ersReference = ret.childText(u"ersReference");
    auto code = intValue(ret.child(u"resultCode"), u"resultCode", true);
    if (!code)
        return code.error();
    response.resultCode = *code;
    response.resultDescription = ret.childText(u"resultDescription");
    return response;
}

template<class R> Result<R> decodePlain(QByteArrayView bytes)
{
    XmlElement ret;
    return decodeHeader<R>(bytes, ret);
}

// sendInvoice, updateInvoice and refundPayment: the requests that carry an invoice.
Result<AnyRequest> decodeInvoiceRequest(const XmlElement &op, Operation operation,
                                        const ClientContext &context)
{
    Invoice invoice;
    if (const XmlElement *e = op.child(u"invoice")) {
        auto decoded = decodeInvoice(*e);
        if (!decoded)
            return decoded.error();
        invoice = *decoded;
    }
    auto tokens = decodeTokens(op.childrenNamed(u"tokens"));
    if (!tokens)
        return tokens.error();
    if (operation == Operation::SendInvoice)
        return AnyRequest(SendInvoiceRequest{context, invoice, *tokens});
    if (operation == Operation::UpdateInvoice)
        return AnyRequest(UpdateInvoiceRequest{context, op.childText(u"invoiceReference").trimmed(),
                                               invoice, *tokens});
    return AnyRequest(
        RefundPaymentRequest{context, op.childText(u"ersReference").trimmed(), invoice});
}

ReceiptDocument decodeReceiptDocument(const XmlElement &op)
{
    ReceiptDocument doc;
    if (const XmlElement *d = op.child(u"receiptDocument")) {
        doc.mimeType = d->childText(u"mimeType");
        doc.receiptData = base64Child(*d, u"receiptData");
        doc.receiptType = d->childText(u"receiptType");
    }
    return doc;
}

} // namespace

Result<RegisterTerminalResponse> decodeRegisterTerminalResponse(QByteArrayView bytes)
{
    XmlElement ret;
    auto r = decodeHeader<RegisterTerminalResponse>(bytes, ret);
    if (r)
        r.value().terminalId = ret.childText(u"terminalId");
    return r;
}

Result<AssignSeqrIdResponse> decodeAssignSeqrIdResponse(QByteArrayView bytes)
{
    return decodePlain<AssignSeqrIdResponse>(bytes);
}

Result<UnregisterTerminalResponse> decodeUnregisterTerminalResponse(QByteArrayView bytes)
{
    return decodePlain<UnregisterTerminalResponse>(bytes);
}

Result<SendInvoiceResponse> decodeSendInvoiceResponse(QByteArrayView bytes)
{
    XmlElement ret;
    auto r = decodeHeader<SendInvoiceResponse>(bytes, ret);
    if (r) {
        r.value().invoiceQRCode = ret.childText(u"invoiceQRCode").trimmed();
        r.value().invoiceReference = ret.childText(u"invoiceReference").trimmed();
    }
    return r;
}

Result<UpdateInvoiceResponse> decodeUpdateInvoiceResponse(QByteArrayView bytes)
{
    return decodePlain<UpdateInvoiceResponse>(bytes);
}

Result<GetPaymentStatusResponse> decodeGetPaymentStatusResponse(QByteArrayView bytes)
{
    XmlElement ret;
    auto r = decodeHeader<GetPaymentStatusResponse>(bytes, ret);
    if (!r)
        return r;
    GetPaymentStatusResponse &s = r.value();
    s.status = invoiceStatusFromName(ret.childText(u"status"));
    if (const XmlElement *rc = ret.child(u"receipt")) {
        Receipt receipt;
        receipt.terminalId = rc->childText(u"terminalId");
        receipt.paymentDate = dateTimeChild(*rc, u"paymentDate");
        receipt.clientInvoiceId = rc->childText(u"clientInvoiceId");
        receipt.invoiceReference = rc->childText(u"invoiceReference");
        receipt.paymentReference = rc->childText(u"paymentReference");
        receipt.payerTerminalId = rc->childText(u"payerTerminalId");
        receipt.receiverName = rc->childText(u"receiverName");
        if (const XmlElement *inv = rc->child(u"invoice")) {
            auto invoice = decodeInvoice(*inv);
            if (!invoice)
                return invoice.error();
            receipt.invoice = *invoice;
        }
        s.receipt = receipt;
    }
    if (const XmlElement *ct = ret.child(u"customerTokens")) {
        auto tokens = decodeTokens(ct->childrenNamed(u"token"));
        if (!tokens)
            return tokens.error();
        s.customerTokens = *tokens;
    }
    // version is required by the schema; an older server that leaves it out
    // is read as version 0 rather than refused.
    auto version = intValue(ret.child(u"version"), u"version", false);
    if (!version)
        return version.error();
    s.version = *version;
    return r;
}

Result<CancelInvoiceResponse> decodeCancelInvoiceResponse(QByteArrayView bytes)
{
    return decodePlain<CancelInvoiceResponse>(bytes);
}

Result<SubmitPaymentReceiptResponse> decodeSubmitPaymentReceiptResponse(QByteArrayView bytes)
{
    return decodePlain<SubmitPaymentReceiptResponse>(bytes);
}

Result<RefundPaymentResponse> decodeRefundPaymentResponse(QByteArrayView bytes)
{
    return decodePlain<RefundPaymentResponse>(bytes);
}

Result<MarkTransactionPeriodResponse> decodeMarkTransactionPeriodResponse(QByteArrayView bytes)
{
    XmlElement ret;
    auto r = decodeHeader<MarkTransactionPeriodResponse>(bytes, ret);
    if (r)
        r.value().transactionPeriodId = ret.childText(u"transactionPeriodId").trimmed();
    return r;
}

Result<ExecuteReportResponse> decodeExecuteReportResponse(QByteArrayView bytes)
{
    XmlElement ret;
    auto r = decodeHeader<ExecuteReportResponse>(bytes, ret);
    if (!r)
        return r;
    if (const XmlElement *rep = ret.child(u"report")) {
        Report report;
        report.title = rep->childText(u"title");
        report.mimeType = rep->childText(u"mimeType");
        report.content = base64Child(*rep, u"content");
        report.contentString = rep->childText(u"contentString");
        r.value().report = report;
    }
    return r;
}

Result<CommitReservationResponse> decodeCommitReservationResponse(QByteArrayView bytes)
{
    return decodePlain<CommitReservationResponse>(bytes);
}

Result<GetClientSessionInfoResponse> decodeGetClientSessionInfoResponse(QByteArrayView bytes)
{
    XmlElement ret;
    auto r = decodeHeader<GetClientSessionInfoResponse>(bytes, ret);
    if (!r)
        return r;
    r.value().resultDescription = r.value().resultDescription.trimmed();
    if (const XmlElement *ps = ret.child(u"parameters")) {
        for (const XmlElement *entry : ps->childrenNamed(u"entry"))
            r.value().parameters.append(
                Parameter{entry->childText(u"key"), entry->childText(u"value")});
    }
    return r;
}

#define KASSA_DECODE_SPECIALISATION(Name)                                                          \
    template<> Result<Name##Response> decodeResponse<Name##Response>(QByteArrayView bytes)         \
    {                                                                                              \
        return decode##Name##Response(bytes);                                                      \
    }
KASSA_DECODE_SPECIALISATION(RegisterTerminal)
KASSA_DECODE_SPECIALISATION(AssignSeqrId)
KASSA_DECODE_SPECIALISATION(UnregisterTerminal)
KASSA_DECODE_SPECIALISATION(SendInvoice)
KASSA_DECODE_SPECIALISATION(UpdateInvoice)
KASSA_DECODE_SPECIALISATION(GetPaymentStatus)
KASSA_DECODE_SPECIALISATION(CancelInvoice)
KASSA_DECODE_SPECIALISATION(SubmitPaymentReceipt)
KASSA_DECODE_SPECIALISATION(RefundPayment)
KASSA_DECODE_SPECIALISATION(MarkTransactionPeriod)
KASSA_DECODE_SPECIALISATION(ExecuteReport)
KASSA_DECODE_SPECIALISATION(CommitReservation)
KASSA_DECODE_SPECIALISATION(GetClientSessionInfo)
#undef KASSA_DECODE_SPECIALISATION

Result<SoapFault> decodeFault(QByteArrayView bytes)
{
    auto doc = parseXml(bytes);
    if (!doc)
        return doc.error();
    const QLatin1StringView envNs(kSoapEnvelopeNs);
    for (const XmlElement &body : doc->children) {
        if (body.name != "Body"_L1 || body.namespaceUri != envNs || body.children.isEmpty())
            continue;
        const XmlElement &f = body.children.first();
        if (f.name != "Fault"_L1 || f.namespaceUri != envNs)
            break;
        SoapFault fault;
        fault.faultCode = f.childText(u"faultcode").trimmed();
        fault.faultString = f.childText(u"faultstring").trimmed();
        if (const XmlElement *d = f.child(u"detail"))
            fault.detail =
                d->children.isEmpty() ? d->text.trimmed() : d->children.first().text.trimmed();
        return fault;
    }
    return malformed(u"not a SOAP Fault"_s);
}

Result<AnyRequest> decodeRequest(QByteArrayView bytes)
{
    auto payload = bodyElement(bytes);
    if (!payload)
        return payload.error();
    const XmlElement &op = *payload;
    const auto operation = operationFromName(op.name);
    if (!operation || op.namespaceUri != QLatin1StringView(kServiceNs))
        return malformed(u"unknown operation: {"_s + op.namespaceUri + u'}' + op.name);
    const ClientContext context = decodeContext(op);
    switch (*operation) {
    case Operation::RegisterTerminal:
        return AnyRequest(RegisterTerminalRequest{context, op.childText(u"externalTerminalId"),
                                                  op.childText(u"password"),
                                                  op.childText(u"name")});
    case Operation::AssignSeqrId:
        return AnyRequest(AssignSeqrIdRequest{context, op.childText(u"seqrId").trimmed()});
    case Operation::UnregisterTerminal:
        return AnyRequest(UnregisterTerminalRequest{context});
    case Operation::SendInvoice:
    case Operation::UpdateInvoice:
    case Operation::RefundPayment:
        return decodeInvoiceRequest(op, *operation, context);
    case Operation::GetPaymentStatus: {
        auto version = intValue(op.child(u"invoiceVersion"), u"invoiceVersion", true);
        if (!version)
            return version.error();
        return AnyRequest(GetPaymentStatusRequest{
            context, op.childText(u"invoiceReference").trimmed(), *version});
    }
    case Operation::CancelInvoice:
        return AnyRequest(
            CancelInvoiceRequest{context, op.childText(u"invoiceReference").trimmed()});
    case Operation::SubmitPaymentReceipt:
        return AnyRequest(SubmitPaymentReceiptRequest{
            context, op.childText(u"ersReference").trimmed(), decodeReceiptDocument(op)});
    case Operation::MarkTransactionPeriod:
        return AnyRequest(MarkTransactionPeriodRequest{context, decodeParameters(op)});
    case Operation::ExecuteReport:
        return AnyRequest(ExecuteReportRequest{context, op.childText(u"reportId").trimmed(),
                                               op.childText(u"language").trimmed(),
                                               decodeParameters(op)});
    case Operation::CommitReservation:
        return AnyRequest(
            CommitReservationRequest{context, op.childText(u"invoiceReference").trimmed()});
    case Operation::GetClientSessionInfo:
        return AnyRequest(GetClientSessionInfoRequest{context, op.childText(u"key").trimmed()});
    }
    return malformed(u"unsupported operation"_s);
}

} // namespace kassa::seqr::codec
