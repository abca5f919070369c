#include "tests/support/samples.h"

#include <QTimeZone>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;

namespace samples {

namespace {
Amount sek(const char *value)
{
    return Amount{u"SEK"_s, *Decimal::parse(QString::fromLatin1(value))};
}

// The header of a response that succeeded (result code 0, SUCCESS).
ResponseHeader succeeded(const QString &ersReference = {})
{
    return ResponseHeader{ersReference, 0, u"SUCCESS"_s};
}
} // namespace

ClientContext context()
{
    ClientContext c;
    c.channel = u"WS"_s;
    c.clientComment = u"till 4 <front> & co"_s;
    c.clientId = u"Kassa 0.1.0"_s;
    c.clientReference = u"0123456789abcdef0123456789abcdef"_s;
    c.clientRequestTimeout = 0;
    c.initiatorPrincipalId =
        PrincipalId{u"8609bf533abf4a20816e8bfe7b4c4c2e"_s, u"TERMINALID"_s, {}};
    c.password = u"s3cr&t<pw>"_s;
    return c;
}

Invoice invoice(int rows)
{
    Invoice inv;
    inv.paymentMode = PaymentMode::ImmediateDebit;
    inv.acknowledgmentMode = AcknowledgmentMode::NoAcknowledgment;
    inv.issueDate = QDateTime(QDate(2026, 11, 22), QTime(14, 5, 9, 120), QTimeZone(3600));
    inv.title = u"Kvitto — Lilla Livs & Kaffe"_s;
    inv.clientInvoiceId = u"R-000042"_s;
    qint64 total = 0;
    for (int i = 0; i < rows; ++i) {
        InvoiceRow row;
        row.itemDescription = u"Ost <Västerbotten> 35% & mer #"_s + QString::number(i);
        row.itemDiscount = sek("0");
        row.itemEAN = u"7310865004703"_s;
        row.itemQuantity = *Decimal::parse(i % 2 ? u"0.250" : u"2");
        row.itemSKU = u"SKU-"_s + QString::number(1000 + i);
        row.itemTaxRate = Decimal::fromInteger(12);
        const qint64 unit = 4990 + i;
        const qint64 line = i % 2 ? (unit + 2) / 4 : unit * 2;
        total += line;
        row.itemTotalAmount = Amount{u"SEK"_s, Decimal::fromParts(line, 2)};
        row.itemUnit = i % 2 ? u"kg"_s : u"st"_s;
        row.itemUnitPrice = Amount{u"SEK"_s, Decimal::fromParts(unit, 2)};
        inv.invoiceRows.append(row);
    }
    inv.totalAmount = Amount{u"SEK"_s, Decimal::fromParts(total, 2)};
    inv.cashierId = u"anna"_s;
    inv.footer = u"Tack för besöket!"_s;
    inv.backURL = u"https://shop.example/back?a=1&b=2"_s;
    inv.notificationUrl = u"http://127.0.0.1:9/notify?session=x&y=1"_s;
    return inv;
}

QList<AnyRequest> allRequests()
{
    const ClientContext c = context();
    const CustomerToken token{u"Loyalty card"_s, u"tok-1"_s, 1, u"CARD-998"_s};
    Parameters period{{u"TERMINALID"_s, u"8609bf533abf4a20816e8bfe7b4c4c2e"_s}};
    Parameters report{{u"transactionPeriodId"_s, u"1000000123"_s},
                      {u"TERMINALID"_s, u"8609bf533abf4a20816e8bfe7b4c4c2e"_s}};
    Invoice refund;
    refund.title = u"Refund"_s;
    refund.cashierId = u"anna"_s;
    refund.totalAmount = sek("25.00");
    return {
        RegisterTerminalRequest{c, u"Store 111/Till 4"_s, u"AbCdEfGhIjKlMnOpQrStUv12"_s,
                                u"Lilla Livs kassa 4"_s},
        AssignSeqrIdRequest{c, u"LILLALIVS4"_s},
        UnregisterTerminalRequest{c},
        SendInvoiceRequest{c, invoice(), {token}},
        UpdateInvoiceRequest{c, u"1234567890"_s, invoice(2), {}},
        GetPaymentStatusRequest{c, u"1234567890"_s, 3},
        CancelInvoiceRequest{c, u"1234567890"_s},
        SubmitPaymentReceiptRequest{
            c, u"987654321"_s,
            ReceiptDocument{u"text/plain"_s, "Kvitto\nTotal 149,99 kr\n\x01\xff", u"RECEIPT"_s}},
        RefundPaymentRequest{c, u"987654321"_s, refund},
        MarkTransactionPeriodRequest{c, period},
        ExecuteReportRequest{c, u"Reconciliation/STD_RECON_003.xml"_s, u"en"_s, report},
        CommitReservationRequest{c, u"1234567890"_s},
        GetClientSessionInfoRequest{c, u"5f0c2e0a9b1d4c7e8a6b3d2f1e0c9b8a"_s},
    };
}

RegisterTerminalResponse registerTerminalResponse()
{
    return {succeeded(), u"8609bf533abf4a20816e8bfe7b4c4c2e"_s};
}

SendInvoiceResponse sendInvoiceResponse()
{
    return {succeeded(), u"HTTP://SEQR.SE/R1234567890"_s, u"1234567890"_s};
}

GetPaymentStatusResponse paidStatusResponse()
{
    GetPaymentStatusResponse r{succeeded(u"987654321"_s)};
    r.status = InvoiceStatus::Paid;
    Receipt receipt;
    receipt.terminalId = u"8609bf533abf4a20816e8bfe7b4c4c2e"_s;
    receipt.paymentDate = QDateTime(QDate(2026, 11, 22), QTime(14, 5, 31), QTimeZone::utc());
    receipt.clientInvoiceId = u"R-000042"_s;
    receipt.invoiceReference = u"1234567890"_s;
    receipt.paymentReference = u"987654321"_s;
    receipt.payerTerminalId = u"46701234567"_s;
    receipt.receiverName = u"Lilla Livs & Kaffe"_s;
    receipt.invoice = invoice();
    r.receipt = receipt;
    r.customerTokens = {CustomerToken{u"Stamp card"_s, u"tok-7"_s, 0, u"3 of 10"_s}};
    r.version = 2;
    return r;
}

GetClientSessionInfoResponse clientSessionInfoResponse()
{
    return {succeeded(),
            {{u"msisdn"_s, u"46701234567"_s},
             {u"subscriberKey"_s, u"3f1c0d9e8b7a6f5e4d3c2b1a"_s},
             {u"table"_s, u"7"_s},
             {u"note"_s, u"<fönster> & \"sol\""_s}}};
}

MarkTransactionPeriodResponse markTransactionPeriodResponse()
{
    return {succeeded(), u"1000000123"_s};
}

QString reconciliationReport(int rows)
{
    QString xml;
    xml.reserve(rows * 220 + 400);
    xml +=
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Report><Meta><ResellerId>900100</ResellerId>"
        "<TerminalId></TerminalId><TransactionPeriodId>1000000123</TransactionPeriodId>"
        "<GeneratedAt>2026-11-22T18:00:00Z</GeneratedAt></Meta>"_s;
    for (int i = 0; i < rows; ++i) {
        xml += u"<Row><TerminalId>8609bf533abf4a20816e8bfe7b4c4c2e</TerminalId><CashierId>anna</"
               u"CashierId>"
               "<SalesAmount>"_s +
               QString::number(10 + i % 500) + u".31000</SalesAmount><ErsReference>"_s +
               QString::number(900000000 + i) + u"</ErsReference></Row>"_s;
    }
    xml += u"</Report>"_s;
    return xml;
}

ExecuteReportResponse executeReportResponse(int rows)
{
    Report report;
    report.title = u"STD_RECON_003"_s;
    report.mimeType = u"text/xml"_s;
    report.contentString = reconciliationReport(rows);
    report.content = report.contentString.toUtf8();
    return {succeeded(), report};
}

} // namespace samples
