// "Test connection" in the till's setup: which addresses can be a SEQR
// endpoint, and what a probe's answer says about the endpoint and the
// till's credentials.
#include "core/seqr/connectionprobe.h"
#include "core/seqr/resultcode.h"

#include <QTest>

using namespace kassa::seqr;
using namespace Qt::StringLiterals;

class TestConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointIsAWebAddressWithAHost_data();
    void endpointIsAWebAddressWithAHost();
    void answerSaysWhatIsWrong_data();
    void answerSaysWhatIsWrong();
};

void TestConnectionProbe::endpointIsAWebAddressWithAHost_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("endpoint");
    QTest::newRow("https") << u"https://extdev.seqr.com/soap/merchant/cashregister-2"_s << true;
    QTest::newRow("local sandbox") << u"http://127.0.0.1:8080/soap"_s << true;
    QTest::newRow("no scheme") << u"extdev.seqr.com/soap"_s << false;
    QTest::newRow("ftp") << u"ftp://extdev.seqr.com/soap"_s << false;
    QTest::newRow("no host") << u"https:///soap"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestConnectionProbe::endpointIsAWebAddressWithAHost()
{
    QFETCH(QString, typed);
    QFETCH(bool, endpoint);
    QCOMPARE(isEndpoint(QUrl(typed, QUrl::StrictMode)), endpoint);
}

void TestConnectionProbe::answerSaysWhatIsWrong_data()
{
    QTest::addColumn<CallStatus>("status");
    QTest::addColumn<int>("resultCode");
    QTest::addColumn<ProbeVerdict>("verdict");
    const auto code = [](ResultCode c) { return int(c); };
    QTest::newRow("success") << CallStatus::Success << 0 << ProbeVerdict::Accepted;
    QTest::newRow("unknown invoice, known till")
        << CallStatus::ServiceError << code(ResultCode::InvalidInvoiceReference)
        << ProbeVerdict::Accepted;
    QTest::newRow("authentication failed")
        << CallStatus::ServiceError << code(ResultCode::AuthenticationFailed)
        << ProbeVerdict::CredentialsRefused;
    QTest::newRow("invalid principal")
        << CallStatus::ServiceError << code(ResultCode::InvalidInitiatorPrincipalId)
        << ProbeVerdict::CredentialsRefused;
    QTest::newRow("principal not found")
        << CallStatus::ServiceError << code(ResultCode::InitiatorPrincipalNotFound)
        << ProbeVerdict::CredentialsRefused;
    QTest::newRow("system error") << CallStatus::ServiceError << code(ResultCode::SystemError)
                                  << ProbeVerdict::ServiceError;
    QTest::newRow("certificate") << CallStatus::TlsFailure << 0 << ProbeVerdict::Untrusted;
    QTest::newRow("refused") << CallStatus::CannotConnect << 0 << ProbeVerdict::NothingAnswers;
    QTest::newRow("timeout") << CallStatus::Timeout << 0 << ProbeVerdict::NoAnswerInTime;
    QTest::newRow("dropped") << CallStatus::ConnectionLost << 0 << ProbeVerdict::NoAnswerInTime;
    QTest::newRow("web page") << CallStatus::HttpError << 0 << ProbeVerdict::NotSeqr;
    QTest::newRow("not SOAP") << CallStatus::MalformedReply << 0 << ProbeVerdict::NotSeqr;
    QTest::newRow("SOAP fault") << CallStatus::SoapFault << 0 << ProbeVerdict::NotSeqr;
}

void TestConnectionProbe::answerSaysWhatIsWrong()
{
    QFETCH(CallStatus, status);
    QFETCH(int, resultCode);
    QFETCH(ProbeVerdict, verdict);
    QCOMPARE(judgeProbe(status, resultCode), verdict);
}

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
