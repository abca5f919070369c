#include "core/seqr/seqrcodec.h"
#include "tests/support/samples.h"
#include "tests/support/schemavalidator.h"
#include "tests/support/testing.h"

#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;

// Every message Kassa writes must be valid against the schema in SEQR's own
// WSDL: the client's requests and the sandbox's responses.
class TestSchemaConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRequestValidates();
    void everyResponseValidates();
    void validatorCatchesOutOfOrderChildren();
    void clientSessionInfoFragmentIsEnforced();

private:
    void checkAll(const QList<QByteArray> &envelopes, const QStringList &names);
    SchemaValidator m_validator;
};

void TestSchemaConformance::initTestCase()
{
    if (!m_validator.isAvailable())
        KASSA_SKIP(qPrintable(u"schema conformance needs SEQR's WSDL and xmllint: "_s +
                              m_validator.reason()));
}

void TestSchemaConformance::checkAll(const QList<QByteArray> &envelopes, const QStringList &names)
{
    const QList<QString> results = m_validator.validate(envelopes);
    QCOMPARE(results.size(), envelopes.size());
    QStringList failures;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results[i].isEmpty())
            failures.append(names[i] + u": "_s + results[i] + u"\n"_s +
                            QString::fromUtf8(SchemaValidator::payloadOf(envelopes[i])));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n\n"_s)));
}

void TestSchemaConformance::everyRequestValidates()
{
    QList<QByteArray> envelopes;
    QStringList names;
    for (const AnyRequest &r : samples::allRequests()) {
        envelopes.append(codec::encodeRequest(r));
        names.append(std::visit([](const auto &m) { return operationName(m.operation); }, r));
    }
    // Minimal forms too: only what the till must send.
    SendInvoiceRequest minimal;
    minimal.invoice.totalAmount = Amount{u"SEK"_s, Decimal::fromInteger(10)};
    InvoiceRow row;
    row.itemQuantity = Decimal::fromInteger(1);
    row.itemTotalAmount = minimal.invoice.totalAmount;
    minimal.invoice.invoiceRows.append(row);
    envelopes.append(codec::encodeRequest(minimal));
    names.append(u"minimal sendInvoice"_s);
    envelopes.append(codec::encodeRequest(MarkTransactionPeriodRequest{}));
    names.append(u"per-shop markTransactionPeriod"_s);
    QCOMPARE(names.size(), 15);
    checkAll(envelopes, names);
}

void TestSchemaConformance::everyResponseValidates()
{
    QList<QByteArray> envelopes{
        codec::encodeResponse(samples::registerTerminalResponse()),
        codec::encodeResponse(AssignSeqrIdResponse{}),
        codec::encodeResponse(UnregisterTerminalResponse{}),
        codec::encodeResponse(samples::sendInvoiceResponse()),
        codec::encodeResponse(UpdateInvoiceResponse{}),
        codec::encodeResponse(samples::paidStatusResponse()),
        codec::encodeResponse(CancelInvoiceResponse{}),
        codec::encodeResponse(SubmitPaymentReceiptResponse{}),
        codec::encodeResponse(RefundPaymentResponse{}),
        codec::encodeResponse(samples::markTransactionPeriodResponse()),
        codec::encodeResponse(samples::executeReportResponse()),
        codec::encodeResponse(CommitReservationResponse{}),
        codec::encodeResponse(samples::clientSessionInfoResponse()),
    };
    QStringList names;
    for (int op = 0; op <= int(Operation::GetClientSessionInfo); ++op)
        names.append(operationName(Operation(op)) + u"Response"_s);
    // getClientSessionInfo's other statuses carry no parameters.
    for (auto status :
         {ClientSessionStatus::AuthorizationExpired, ClientSessionStatus::AuthorizationCancelled,
          ClientSessionStatus::InProgress}) {
        GetClientSessionInfoResponse r;
        r.resultDescription = clientSessionStatusName(status);
        envelopes.append(codec::encodeResponse(r));
        names.append(u"getClientSessionInfoResponse "_s + r.resultDescription);
    }
    checkAll(envelopes, names);
}

void TestSchemaConformance::validatorCatchesOutOfOrderChildren()
{
    // The vendor's examples put invoiceVersion first; the schema refuses it.
    QByteArray wrong = codec::encodeRequest(GetPaymentStatusRequest{samples::context(), u"1"_s, 0});
    wrong.replace("<invoiceReference>1</invoiceReference><invoiceVersion>0</invoiceVersion>",
                  "<invoiceVersion>0</invoiceVersion><invoiceReference>1</invoiceReference>");
    const QList<QString> results = m_validator.validate({wrong});
    QVERIFY(!results.first().isEmpty());
}

void TestSchemaConformance::clientSessionInfoFragmentIsEnforced()
{
    // The fragment is really checked: a misplaced key and a parameter level
    // that the fragment does not have are both refused.
    QByteArray misplaced =
        codec::encodeRequest(GetClientSessionInfoRequest{samples::context(), u"TOKEN1"_s});
    QVERIFY(misplaced.contains("<key>TOKEN1</key>"));
    misplaced.replace("<key>TOKEN1</key>", "");
    misplaced.replace("<ext:getClientSessionInfo>", "<ext:getClientSessionInfo><key>TOKEN1</key>");
    QByteArray nested = codec::encodeResponse(samples::clientSessionInfoResponse());
    nested.replace("<parameters>", "<parameters><parameter>");
    nested.replace("</parameters>", "</parameter></parameters>");
    const QList<QString> results = m_validator.validate({misplaced, nested});
    QVERIFY2(!results[0].isEmpty(), misplaced.constData());
    QVERIFY2(!results[1].isEmpty(), nested.constData());
}

QTEST_GUILESS_MAIN(TestSchemaConformance)
#include "tst_schemaconformance.moc"
