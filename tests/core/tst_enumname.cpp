// Enum values to text and back through Qt's meta-object (core/common/enumname.h).
#include "core/common/enumname.h"
#include "core/journal/journal.h"
#include "core/payment/paymentsession.h"
#include "core/reconciliation/reconciliation.h"
#include "core/seqr/seqrcall.h"
#include "core/webshop/weborder.h"
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
    void webOrderStates();
    void reconciliationKinds();
    void callStatuses();
    void journalInvoiceStates();
};

namespace {

// Each key of `Enum` has its word: `expected` names every key, and
// `nameOf` gives each the word next to it.
template<class Enum>
void expectWords(QString (*nameOf)(Enum), const QList<std::pair<Enum, QString>> &expected)
{
    QCOMPARE(QMetaEnum::fromType<Enum>().keyCount(), expected.size());
    for (const auto &[value, word] : expected)
        QCOMPARE(nameOf(value), word);
}

} // namespace

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

void TestEnumName::webOrderStates()
{
    // kassa-web's pages and the shop tests read these exact words.
    using S = webshop::WebOrder::State;
    const QList<std::pair<S, QString>> expected{
        {S::Sending, u"SENDING"_s},   {S::Waiting, u"WAITING"_s},   {S::Paid, u"PAID"_s},
        {S::Declined, u"DECLINED"_s}, {S::Canceled, u"CANCELED"_s}, {S::TimedOut, u"TIMED_OUT"_s},
        {S::NotSent, u"NOT_SENT"_s},
    };
    expectWords(webshop::webOrderStateName, expected);
}

void TestEnumName::reconciliationKinds()
{
    using K = ReconciliationLine::Kind;
    QCOMPARE(lineKindName(K::Matched), u"matched"_s);
    QCOMPARE(lineKindName(K::OnlyAtSeqr), u"only at SEQR"_s);
    QCOMPARE(lineKindName(K::OnlyInKassa), u"only in Kassa"_s);
    QCOMPARE(lineKindName(K::AmountDiffers), u"amount differs"_s);
}

void TestEnumName::callStatuses()
{
    using C = seqr::CallStatus;
    const QList<std::pair<C, QString>> expected{
        {C::Pending, u"pending"_s},
        {C::Success, u"success"_s},
        {C::ServiceError, u"service error"_s},
        {C::CannotConnect, u"cannot connect"_s},
        {C::ConnectionLost, u"connection lost"_s},
        {C::TlsFailure, u"TLS failure"_s},
        {C::Timeout, u"timeout"_s},
        {C::HttpError, u"HTTP error"_s},
        {C::SoapFault, u"SOAP fault"_s},
        {C::MalformedReply, u"malformed reply"_s},
        {C::Aborted, u"aborted"_s},
    };
    expectWords(seqr::callStatusName, expected);
}

void TestEnumName::journalInvoiceStates()
{
    // What existing journals hold (the state column's CHECK and the
    // "invoice-<state>" event names): the journal reads and writes exactly
    // these through the enum's keys.
    using I = journal::InvoiceState;
    QCOMPARE(journal::invoiceStateName(I::Open), u"open"_s);
    QCOMPARE(journal::invoiceStateName(I::Paid), u"paid"_s);
    QCOMPARE(journal::invoiceStateName(I::Canceled), u"canceled"_s);
    QCOMPARE(journal::invoiceStateName(I::Failed), u"failed"_s);
    QCOMPARE(enumFromText<I>(u"canceled"), I::Canceled);
    QCOMPARE(QMetaEnum::fromType<I>().keyCount(), 4);
}

QTEST_GUILESS_MAIN(TestEnumName)
#include "tst_enumname.moc"
