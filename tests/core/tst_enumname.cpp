// Enum values to text and back through Qt's meta-object (core/common/enumname.h).
#include "core/common/enumname.h"
#include "core/payment/paymentsession.h"
#include "sandbox/sandboxstate.h"

#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

class TestEnumName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellings();
    void backFromText();
    void sandboxBuyerSteps();
};

void TestEnumName::spellings()
{
    QCOMPARE(enumKey(PaymentSession::State::NotSent), u"NotSent"_s);
    QCOMPARE(enumWire(PaymentSession::State::NotSent), u"NOT_SENT"_s);
    QCOMPARE(enumWire(PaymentSession::State::Paid), u"PAID"_s);
    QCOMPARE(enumWords(PaymentSession::State::NotSent), u"not sent"_s);
    // The key mechanism paymentStateName has always used.
    QCOMPARE(paymentStateName(PaymentSession::State::Canceled),
             enumKey(PaymentSession::State::Canceled));
    QCOMPARE(detail::wordsFromKey(u"OnlyAtSeqr"), u"only at SEQR"_s);
    QCOMPARE(detail::wordsFromKey(u"OnlyInKassa"), u"only in Kassa"_s);
    QCOMPARE(detail::wordsFromKey(u"TlsFailure"), u"TLS failure"_s);
}

void TestEnumName::backFromText()
{
    QCOMPARE(enumFromText<PaymentSession::State>(u"NOT_SENT"), PaymentSession::State::NotSent);
    QCOMPARE(enumFromText<PaymentSession::State>(u"notsent"), PaymentSession::State::NotSent);
    QCOMPARE(enumFromText<PaymentSession::State>(u"not sent"), PaymentSession::State::NotSent);
    QCOMPARE(enumFromText<PaymentSession::State>(u"paid"), PaymentSession::State::Paid);
    QVERIFY(!enumFromText<PaymentSession::State>(u"nonsense"));
}

void TestEnumName::sandboxBuyerSteps()
{
    // The phone page and the state dump read these words.
    QCOMPARE(sandbox::buyerStepName(sandbox::BuyerStep::None), u"none"_s);
    QCOMPARE(sandbox::buyerStepName(sandbox::BuyerStep::Scanned), u"scanned"_s);
    QCOMPARE(sandbox::buyerStepName(sandbox::BuyerStep::Confirming), u"confirming"_s);
}

QTEST_GUILESS_MAIN(TestEnumName)
#include "tst_enumname.moc"
