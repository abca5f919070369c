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
    using S = CallStatus;
    using V = ProbeVerdict;
    using R = ResultCode;
    const struct
    {
        const char *name;
        S status;
        R code;
        V verdict;
    } answers[] = {
        {"success", S::Success, R::Success, V::Accepted},
        {"unknown invoice, known till", S::ServiceError, R::InvalidInvoiceReference, V::Accepted},
        {"authentication failed", S::ServiceError, R::AuthenticationFailed, V::CredentialsRefused},
        {"invalid principal", S::ServiceError, R::InvalidInitiatorPrincipalId,
         V::CredentialsRefused},
        {"principal not found", S::ServiceError, R::InitiatorPrincipalNotFound,
         V::CredentialsRefused},
        {"system error", S::ServiceError, R::SystemError, V::ServiceError},
        {"certificate", S::TlsFailure, R::Success, V::Untrusted},
        {"refused", S::CannotConnect, R::Success, V::NothingAnswers},
        {"timeout", S::Timeout, R::Success, V::NoAnswerInTime},
        {"dropped", S::ConnectionLost, R::Success, V::NoAnswerInTime},
        {"web page", S::HttpError, R::Success, V::NotSeqr},
        {"not SOAP", S::MalformedReply, R::Success, V::NotSeqr},
        {"SOAP fault", S::SoapFault, R::Success, V::NotSeqr},
    };
    for (const auto &answer : answers)
        QTest::newRow(answer.name) << answer.status << int(answer.code) << answer.verdict;
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
