#include "core/seqr/resultcode.h"
#include "core/seqr/seqrcodec.h"
#include "core/seqr/xmlelement.h"
#include "tests/support/samples.h"

#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kassa::seqr::AnyRequest)

class TestSeqrCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsRoundTrip_data();
    void requestsRoundTrip();
    void requestChildrenFollowSchemaOrder();
    void textIsEscaped();
    void responsesRoundTrip();
    void clientSessionInfoOnTheWire();
    void decodesForeignPrefixes_data();
    void decodesForeignPrefixes();
    void ignoresUnknownElements();
    void readsCdataReportBody();
    void readsEscapedReportBody();
    void decodesSoapFault();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesOversizedInput();
    void xmlReaderRefusesIllFormedMarkup_data();
    void xmlReaderRefusesIllFormedMarkup();
    void xmlReaderReadsEntitiesCommentsAndCdata();
    void survivesRandomCorruption();
    void refusesWrongOperation();
    void unknownStatusIsKeptAsUnknown();
    void redactsPasswords();
    void namesResultCodes();
};

void TestSeqrCodec::requestsRoundTrip_data()
{
    QTest::addColumn<AnyRequest>("request");
    for (const AnyRequest &r : samples::allRequests()) {
        const QString name =
            std::visit([](const auto &m) { return operationName(m.operation); }, r);
        QTest::newRow(qPrintable(name)) << r;
    }
}

void TestSeqrCodec::requestsRoundTrip()
{
    QFETCH(AnyRequest, request);
    const QByteArray xml = codec::encodeRequest(request);
    const auto decoded = codec::decodeRequest(xml);
    QVERIFY2(decoded.hasValue(),
             qPrintable(decoded.hasValue() ? QString() : decoded.error().detail));
    QCOMPARE(decoded->index(), request.index());
    QVERIFY2(*decoded == request, xml.constData());
}

void TestSeqrCodec::requestChildrenFollowSchemaOrder()
{
    GetPaymentStatusRequest r{samples::context(), u"555"_s, 7};
    const QByteArray xml = codec::encodeRequest(r);
    // The vendor's examples put invoiceVersion first; the schema does not.
    QVERIFY(xml.indexOf("<context>") < xml.indexOf("<invoiceReference>"));
    QVERIFY(xml.indexOf("<invoiceReference>555</invoiceReference>") <
            xml.indexOf("<invoiceVersion>7</invoiceVersion>"));
    QVERIFY(xml.contains("<ext:getPaymentStatus>"));
    QVERIFY(xml.contains("xmlns:ext=\"http://external.interfaces.ers.seamless.com/\""));

    const QByteArray inv =
        codec::encodeRequest(SendInvoiceRequest{samples::context(), samples::invoice(1), {}});
    const char *order[] = {"<paymentMode>IMMEDIATE_DEBIT",
                           "<acknowledgmentMode>NO_ACKNOWLEDGMENT",
                           "<issueDate>2026-11-22T14:05:09.120+01:00",
                           "<title>",
                           "<clientInvoiceId>",
                           "<invoiceRows>",
                           "<itemDescription>",
                           "<itemDiscount>",
                           "<itemEAN>",
                           "<itemQuantity>2</itemQuantity>",
                           "<itemSKU>",
                           "<itemTaxRate>12</itemTaxRate>",
                           "<itemTotalAmount><currency>SEK</currency><value>99.80</value>",
                           "<itemUnit>",
                           "<itemUnitPrice><currency>SEK</currency><value>49.90</value>",
                           "</invoiceRows>",
                           "<totalAmount><currency>SEK</currency><value>99.80</value>",
                           "<cashierId>",
                           "<footer>",
                           "<backURL>",
                           "<notificationUrl>"};
    qsizetype last = -1;
    for (const char *element : order) {
        const qsizetype at = inv.indexOf(element);
        QVERIFY2(at > last, element);
        last = at;
    }
}

void TestSeqrCodec::textIsEscaped()
{
    const QByteArray xml =
        codec::encodeRequest(AssignSeqrIdRequest{samples::context(), u"A<B&C>\r\x01"_s});
    QVERIFY(xml.contains("<seqrId>A&lt;B&amp;C&gt;&#13;\xEF\xBF\xBD</seqrId>"));
    QVERIFY(xml.contains("<password>s3cr&amp;t&lt;pw&gt;</password>"));
}

template<class R> static void checkRoundTrip(const R &response)
{
    const QByteArray xml = codec::encodeResponse(response);
    const auto decoded = codec::decodeResponse<R>(xml);
    QVERIFY2(decoded.hasValue(),
             qPrintable(decoded.hasValue() ? QString() : decoded.error().detail));
    QVERIFY2(*decoded == response, xml.constData());
}

void TestSeqrCodec::responsesRoundTrip()
{
    checkRoundTrip(samples::registerTerminalResponse());
    checkRoundTrip(samples::sendInvoiceResponse());
    checkRoundTrip(samples::paidStatusResponse());
    checkRoundTrip(samples::markTransactionPeriodResponse());
    checkRoundTrip(samples::executeReportResponse());
    RefundPaymentResponse refund;
    refund.ersReference = u"55501"_s;
    checkRoundTrip(refund);
    CancelInvoiceResponse cancel;
    cancel.resultCode = 50;
    cancel.resultDescription = u"CANNOT_CANCEL_PAID_INVOICE"_s;
    checkRoundTrip(cancel);
    checkRoundTrip(AssignSeqrIdResponse{});
    checkRoundTrip(UnregisterTerminalResponse{});
    checkRoundTrip(UpdateInvoiceResponse{});
    checkRoundTrip(SubmitPaymentReceiptResponse{});
    checkRoundTrip(CommitReservationResponse{});
    GetPaymentStatusResponse issued;
    issued.status = InvoiceStatus::Issued;
    checkRoundTrip(issued);
    checkRoundTrip(samples::clientSessionInfoResponse());
    GetClientSessionInfoResponse expired;
    expired.resultDescription = u"AUTHORIZATION_EXPIRED"_s;
    checkRoundTrip(expired);
}

void TestSeqrCodec::clientSessionInfoOnTheWire()
{
    // Kassa's reading (PROTOCOL.md): <key> after the context; the answer's
    // status is the resultDescription word, parameters/entry{key,value}.
    const QByteArray request =
        codec::encodeRequest(GetClientSessionInfoRequest{samples::context(), u"AB12"_s});
    QVERIFY(request.contains("<ext:getClientSessionInfo><context>"));
    QVERIFY(request.contains("</context><key>AB12</key></ext:getClientSessionInfo>"));
    const auto decodedRequest = codec::decodeRequest(request);
    QVERIFY(decodedRequest.hasValue());
    QCOMPARE(std::get<GetClientSessionInfoRequest>(*decodedRequest).key, u"AB12"_s);

    const QByteArray response = codec::encodeResponse(samples::clientSessionInfoResponse());
    QVERIFY(response.contains(
        "<parameters><entry><key>msisdn</key><value>46701234567</value></entry>"));
    const auto decoded = codec::decodeGetClientSessionInfoResponse(response);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->sessionStatus(), ClientSessionStatus::Success);
    QVERIFY(decoded->isSessionValid());
    QCOMPARE(parameterValue(decoded->parameters, u"table"), u"7"_s);
    QCOMPARE(parameterValue(decoded->parameters, u"note"), u"<fönster> & \"sol\""_s);

    // Every status word, including the short IN_PROGRESS, and a stranger.
    const std::pair<const char *, ClientSessionStatus> words[] = {
        {"SUCCESS", ClientSessionStatus::Success},
        {"AUTHORIZATION_EXPIRED", ClientSessionStatus::AuthorizationExpired},
        {"AUTHORIZATION_CANCELLED", ClientSessionStatus::AuthorizationCancelled},
        {"AUTHORIZATION_IN_PROGRESS", ClientSessionStatus::InProgress},
        {" IN_PROGRESS ", ClientSessionStatus::InProgress},
        {"SOMETHING_ELSE", ClientSessionStatus::Unknown}};
    for (const auto &[word, status] : words) {
        const QByteArray xml =
            "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
            "<ns2:getClientSessionInfoResponse "
            "xmlns:ns2=\"http://external.interfaces.ers.seamless.com/\">"
            "<return><resultCode>0</resultCode><resultDescription>" +
            QByteArray(word) +
            "</resultDescription><unknown/></return></ns2:getClientSessionInfoResponse>"
            "</S:Body></S:Envelope>";
        const auto r = codec::decodeGetClientSessionInfoResponse(xml);
        QVERIFY2(r.hasValue(), word);
        QCOMPARE(r->sessionStatus(), status);
        QVERIFY(r->parameters.isEmpty());
    }
    // A non-zero code is never a valid session, whatever the words say.
    GetClientSessionInfoResponse denied;
    denied.resultCode = 20;
    denied.resultDescription = u"SUCCESS"_s;
    QVERIFY(!denied.isSessionValid());
}

void TestSeqrCodec::decodesForeignPrefixes_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("soap + ns2") << QByteArray(
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        "<ns2:getPaymentStatusResponse xmlns:ns2=\"http://external.interfaces.ers.seamless.com/\">"
        "<return><ersReference>777</ersReference><resultCode>0</"
        "resultCode><resultDescription>SUCCESS</resultDescription>"
        "<status>PAID</status><version>4</version></return></ns2:getPaymentStatusResponse></"
        "soap:Body></soap:Envelope>");
    QTest::newRow("S, no declaration") << QByteArray(
        "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Header/><S:Body>"
        "<ns3:getPaymentStatusResponse "
        "xmlns:ns3=\"http://external.interfaces.ers.seamless.com/\">\n  "
        "<return>\n    <ersReference>777</ersReference>\n    <resultCode> 0 </resultCode>\n"
        "    <status>PAID</status>\n    <version>4</version>\n  </return>\n"
        "</ns3:getPaymentStatusResponse></S:Body></S:Envelope>");
    QTest::newRow("default namespace on operation only") << QByteArray(
        "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body>"
        "<getPaymentStatusResponse xmlns=\"http://external.interfaces.ers.seamless.com/\">"
        "<return "
        "xmlns=\"\"><ersReference>777</ersReference><resultCode>0</resultCode><status>PAID</status>"
        "<version>4</version></return></getPaymentStatusResponse></e:Body></e:Envelope>");
}

void TestSeqrCodec::decodesForeignPrefixes()
{
    QFETCH(QByteArray, xml);
    const auto r = codec::decodeGetPaymentStatusResponse(xml);
    QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().detail));
    QCOMPARE(r->status, InvoiceStatus::Paid);
    QCOMPARE(r->ersReference, u"777"_s);
    QCOMPARE(r->version, 4);
    QCOMPARE(r->resultCode, 0);
}

void TestSeqrCodec::ignoresUnknownElements()
{
    const QByteArray xml =
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        "<soapenv:Header><wsse:Security "
        "xmlns:wsse=\"urn:x\"><wsse:Token>t</wsse:Token></wsse:Security></soapenv:Header>"
        "<soapenv:Body><ns2:sendInvoiceResponse "
        "xmlns:ns2=\"http://external.interfaces.ers.seamless.com/\">"
        "<return><newField><deep>1</deep></newField><resultCode>0</resultCode>"
        "<invoiceQRCode>HTTP://SEQR.SE/R42</invoiceQRCode><extra/><invoiceReference>42</"
        "invoiceReference>"
        "</return><trailer>x</trailer></ns2:sendInvoiceResponse></soapenv:Body></soapenv:Envelope>";
    const auto r = codec::decodeSendInvoiceResponse(xml);
    QVERIFY(r);
    QCOMPARE(r->invoiceReference, u"42"_s);
    QCOMPARE(r->invoiceQRCode, u"HTTP://SEQR.SE/R42"_s);
}

void TestSeqrCodec::readsCdataReportBody()
{
    const QByteArray xml =
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        "<ns2:executeReportResponse "
        "xmlns:ns2=\"http://external.interfaces.ers.seamless.com/\"><return>"
        "<resultCode>0</resultCode><report><title>STD_RECON_001</title><mimeType>text/xml</"
        "mimeType>"
        "<contentString><![CDATA[<Report><Row><SalesAmount>93.31000</SalesAmount></Row></"
        "Report>]]></contentString>"
        "</report></return></ns2:executeReportResponse></soap:Body></soap:Envelope>";
    const auto r = codec::decodeExecuteReportResponse(xml);
    QVERIFY(r);
    QVERIFY(r->report);
    QCOMPARE(r->report->contentString,
             u"<Report><Row><SalesAmount>93.31000</SalesAmount></Row></Report>"_s);
}

void TestSeqrCodec::readsEscapedReportBody()
{
    const auto original = samples::executeReportResponse(5);
    const auto r = codec::decodeExecuteReportResponse(codec::encodeResponse(original));
    QVERIFY(r);
    QCOMPARE(r->report->contentString, original.report->contentString);
    QCOMPARE(r->report->content, original.report->content);
}

void TestSeqrCodec::decodesSoapFault()
{
    const QByteArray xml = codec::encodeFault(
        SoapFault{u"soapenv:Client"_s, u"Unmarshalling Error: unexpected element"_s, u"line 1"_s});
    const auto r = codec::decodeSendInvoiceResponse(xml);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::SoapFault);
    QCOMPARE(r.error().detail, u"Unmarshalling Error: unexpected element"_s);
    const auto fault = codec::decodeFault(xml);
    QVERIFY(fault);
    QCOMPARE(fault->faultCode, u"soapenv:Client"_s);
    QCOMPARE(fault->detail, u"line 1"_s);
    QVERIFY(!codec::decodeFault(codec::encodeResponse(samples::sendInvoiceResponse())));
}

void TestSeqrCodec::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("code");
    const QByteArray good = codec::encodeResponse(samples::sendInvoiceResponse());
    const int malformed = int(ErrorCode::MalformedXml);
    const int unexpected = int(ErrorCode::UnexpectedMessage);
    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("whitespace") << QByteArray(" \n ") << malformed;
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << unexpected;
    QTest::newRow("not xml") << QByteArray("{\"resultCode\":0}") << malformed;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << malformed;
    for (int cut : {10, 100, 300, int(good.size()) - 5})
        QTest::newRow(qPrintable(u"truncated at "_s + QString::number(cut)))
            << good.left(cut) << malformed;
    QTest::newRow("billion laughs")
        << QByteArray(
               "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
               "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
               "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
               "<soap:Envelope "
               "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>&lol3;</"
               "soap:Body></soap:Envelope>")
        << malformed;
    QTest::newRow("external entity")
        << QByteArray(
               "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
               "<soap:Envelope "
               "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>&x;</"
               "soap:Body></soap:Envelope>")
        << malformed;
    QByteArray deep =
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>";
    for (int i = 0; i < 5000; ++i)
        deep += "<a>";
    QTest::newRow("deep nesting") << deep << malformed;
    QTest::newRow("no body")
        << QByteArray("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"/>")
        << unexpected;
    QTest::newRow("wrong envelope namespace")
        << QByteArray("<soap:Envelope "
                      "xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body/></"
                      "soap:Envelope>")
        << unexpected;
    QByteArray noCode = good;
    noCode.replace("<resultCode>0</resultCode>", "");
    QTest::newRow("no resultCode") << noCode << unexpected;
    QByteArray badCode = good;
    badCode.replace("<resultCode>0</resultCode>", "<resultCode>zero</resultCode>");
    QTest::newRow("resultCode not a number") << badCode << unexpected;
    QByteArray twoRoots = good + good;
    QTest::newRow("two documents") << twoRoots << malformed;
}

void TestSeqrCodec::refusesBadInput()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, code);
    const auto r = codec::decodeSendInvoiceResponse(xml);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().detail.isEmpty());
    QVERIFY(!codec::decodeRequest(xml));
}

void TestSeqrCodec::refusesOversizedInput()
{
    auto big = samples::executeReportResponse(1);
    big.report->contentString = QString(17 * 1024 * 1024, u'x');
    const QByteArray xml = codec::encodeResponse(big);
    const auto r = codec::decodeExecuteReportResponse(xml);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::MalformedXml);
    QVERIFY(r.error().detail.contains(u"too large"));
}

void TestSeqrCodec::xmlReaderRefusesIllFormedMarkup_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("mismatched end") << QByteArray("<a><b></a></b>");
    QTest::newRow("undeclared prefix") << QByteArray("<x:a/>");
    QTest::newRow("unquoted attribute") << QByteArray("<a b=c/>");
    QTest::newRow("lt in attribute") << QByteArray("<a b='<'/>");
    QTest::newRow("nul char reference") << QByteArray("<a>&#0;</a>");
    QTest::newRow("surrogate char reference") << QByteArray("<a>&#xD800;</a>");
    QTest::newRow("undeclared entity") << QByteArray("<a>&nbsp;</a>");
    QTest::newRow("unterminated entity") << QByteArray("<a>&amp</a>");
    QTest::newRow("text before root") << QByteArray("hello<a/>");
    QTest::newRow("text after root") << QByteArray("<a/>hello");
    QTest::newRow("unterminated comment") << QByteArray("<a><!-- </a>");
    QTest::newRow("unterminated cdata") << QByteArray("<a><![CDATA[ x </a>");
    QTest::newRow("unclosed root") << QByteArray("<a><b/>");
    QTest::newRow("empty name") << QByteArray("<>x</>");
    QTest::newRow("empty namespace prefix") << QByteArray("<a xmlns:p=''/>");
}

void TestSeqrCodec::xmlReaderRefusesIllFormedMarkup()
{
    QFETCH(QByteArray, xml);
    const auto r = parseXml(xml);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::MalformedXml);
}

void TestSeqrCodec::xmlReaderReadsEntitiesCommentsAndCdata()
{
    const auto r =
        parseXml("\xEF\xBB\xBF<?xml version='1.0'?><!-- c --><p:a xmlns:p='urn:p' xmlns='urn:d'>"
                 "<?pi x?><b q=\"1 > 0\">x &lt;&amp;&gt;&quot;&apos; &#65;&#x42;<!-- in "
                 "--><![CDATA[<&>]]>\u00e5</b>"
                 "<c xmlns=''/><p:d/></p:a><!-- end -->");
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    QCOMPARE(r->namespaceUri, u"urn:p"_s);
    QCOMPARE(r->children.size(), 3);
    QCOMPARE(r->children[0].namespaceUri, u"urn:d"_s);
    QCOMPARE(r->children[0].text, u"x <&>\"' AB<&>\u00e5"_s);
    QCOMPARE(r->children[1].namespaceUri, QString());
    QCOMPARE(r->children[2].namespaceUri, u"urn:p"_s);
}

void TestSeqrCodec::survivesRandomCorruption()
{
    // Flipped, dropped and duplicated bytes: every decode ends in a value or
    // an error, never a crash or a hang.
    const QByteArray good = codec::encodeResponse(samples::paidStatusResponse());
    quint32 seed = 12345;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray bad = good;
        for (int edits = 1 + int(next() % 4); edits > 0; --edits) {
            const qsizetype at = qsizetype(next() % quint32(bad.size()));
            switch (next() % 3) {
            case 0:
                bad[at] = char(next() & 0xff);
                break;
            case 1:
                bad.remove(at, 1 + qsizetype(next() % 20));
                break;
            default:
                bad.insert(at, bad.mid(at, 1 + qsizetype(next() % 20)));
                break;
            }
        }
        if (!codec::decodeGetPaymentStatusResponse(bad))
            ++refused;
    }
    QVERIFY(refused > 1000);
}

void TestSeqrCodec::refusesWrongOperation()
{
    const auto r = codec::decodeGetPaymentStatusResponse(
        codec::encodeResponse(samples::sendInvoiceResponse()));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::UnexpectedMessage);
    QVERIFY(r.error().detail.contains(u"sendInvoiceResponse"));
    const QByteArray unknownOp =
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        "<ns2:requestTopup "
        "xmlns:ns2=\"http://external.interfaces.ers.seamless.com/\"/></soap:Body></soap:Envelope>";
    QVERIFY(!codec::decodeRequest(unknownOp));
}

void TestSeqrCodec::unknownStatusIsKeptAsUnknown()
{
    GetPaymentStatusResponse r;
    r.status = InvoiceStatus::Issued;
    QByteArray xml = codec::encodeResponse(r);
    xml.replace("ISSUED", "SOMETHING_NEW");
    const auto decoded = codec::decodeGetPaymentStatusResponse(xml);
    QVERIFY(decoded);
    QCOMPARE(decoded->status, InvoiceStatus::Unknown);
    QVERIFY(!isFinal(decoded->status));
}

void TestSeqrCodec::redactsPasswords()
{
    RegisterTerminalRequest r{samples::context(), u"Store 1"_s, u"terminal-secret-123"_s,
                              u"Till"_s};
    const QByteArray xml = codec::encodeRequest(r);
    QVERIFY(xml.contains("terminal-secret-123"));
    const QByteArray log = codec::redactedForLog(xml);
    QVERIFY(!log.contains("terminal-secret-123"));
    QVERIFY(!log.contains("s3cr"));
    QCOMPARE(log.count("<password>***</password>"), 2);
    QVERIFY(log.contains("<externalTerminalId>Store 1</externalTerminalId>"));
}

void TestSeqrCodec::namesResultCodes()
{
    QCOMPARE(resultCodeName(49), u"INVALID_INVOICE_DATA"_s);
    QCOMPARE(resultCodeName(int(ResultCode::SumOfRefundsCanNotBeMoreThanOriginalTransaction)),
             u"SUM_OF_REFUNDS_CAN_NOT_BE_MORE_THAN_ORIGINAL_TRANSACTION"_s);
    QCOMPARE(resultCodeName(12345), u"UNKNOWN_RESULT_CODE_12345"_s);
    QVERIFY(isKnownResultCode(2));
    QVERIFY(!isKnownResultCode(3));
}

QTEST_GUILESS_MAIN(TestSeqrCodec)
#include "tst_seqrcodec.moc"
