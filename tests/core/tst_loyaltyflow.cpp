// SEQR's acknowledgment flow against the real sandbox over loopback, with a
// real journal: a card from the buyer's app -> PENDING_ISSUER_ACKNOWLEDGE ->
// one updateInvoice with the new rows, total and token status -> PAID at the
// new amount, journaled once; unknown tokens 99, a used coupon 90; a card
// swiped at the till goes with sendInvoice; a till that stops between the
// token and updateInvoice gives the discount once; a refused update is
// retried within the round; a till without a programme sends what it always
// sent. Every request the till sends validates against the WSDL's schema.
#include "core/checkout/checkout.h"
#include "core/journal/journal.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/payment/paymentsession.h"
#include "core/seqr/seqrcodec.h"
#include "tests/support/quicktiming.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/schemavalidator.h"
#include "tests/support/testing.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;

using State = PaymentSession::State;

class TestLoyaltyFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cardFromTheAppLowersTheAmountOnce();
    void unknownTokenIsAnswered99AndNothingChanges();
    void usedCouponIsAnswered90();
    void swipedCardGoesWithSendInvoice();
    void checkoutSendsTheSwipedCardAndItsDiscount();
    void tillStoppedBeforeUpdateGivesTheDiscountOnce();
    void refusedUpdateIsSaidAndSentAgain();
    void tillWithoutProgrammeAsksNoAcknowledgment();
    void everyRequestValidatesAgainstTheSchema();

private:
    std::unique_ptr<PaymentSession> startSession(bool withLoyalty = true);
    QList<journal::SaleRow> rows() const;
    // The requests of kind `Request` SEQR received, in order.
    template<class Request> QList<Request> received() const;
    // The app offers `token` for `session`'s invoice; true once the invoice
    // was updated for it (within 15 s).
    bool offered(PaymentSession &session, const CustomerToken &token);
    QList<UpdateInvoiceRequest> updates() const { return received<UpdateInvoiceRequest>(); }
    QList<SendInvoiceRequest> sends() const { return received<SendInvoiceRequest>(); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SeqrClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<journal::Journal> m_journal;
    loyalty::LoyaltyConfig m_loyalty;
    QList<QByteArray> m_requests;
};

namespace {

PaymentTiming timing()
{
    return kassa::test::quickTiming(60000);
}

Money sek(qint64 minor)
{
    return Money(minor, Currency::sek());
}

CustomerToken card(const QString &number)
{
    return CustomerToken{u"Kassa Club"_s, u"X_CARD"_s, 0, number};
}

CustomerToken couponToken(const QString &code)
{
    return CustomerToken{{}, u"COUPON"_s, 0, code};
}

} // namespace

void TestLoyaltyFlow::init()
{
    SandboxOptions options;
    options.ackWindowMs = 5000;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    m_requests.clear();
    connect(&m_sandbox->server(), &SandboxServer::soapRequestReceived, this,
            [this](const QByteArray &body) { m_requests.append(body); });
    m_client = m_sandbox->makeClient();
    QVERIFY(!m_sandbox->registerTill(*m_client, u"Till 1"_s, u"TILL1"_s).isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    auto journal = journal::Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal);
    m_journal = std::move(journal.value());
    m_loyalty = {};
    QVERIFY(m_loyalty.addProgramme(loyalty::demoProgramme()));
    loyalty::Coupon coupon;
    coupon.code = u"SPRING50"_s;
    coupon.amount = sek(5000);
    QVERIFY(m_loyalty.addCoupon(coupon));
}

void TestLoyaltyFlow::cleanup()
{
    m_journal.reset();
    m_client.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QList<journal::SaleRow> TestLoyaltyFlow::rows() const
{
    journal::SaleRow coffee;
    coffee.description = u"Kaffe"_s;
    coffee.unitPrice = sek(14999);
    coffee.total = sek(14999);
    journal::SaleRow bun;
    bun.description = u"Bulle"_s;
    bun.unitPrice = sek(3001);
    bun.total = sek(3001);
    bun.taxRate = Decimal::fromInteger(12);
    return {coffee, bun};
}

std::unique_ptr<PaymentSession> TestLoyaltyFlow::startSession(bool withLoyalty)
{
    auto session =
        std::make_unique<PaymentSession>(m_client.get(), m_journal.get(), u"Shop"_s, timing());
    if (withLoyalty)
        session->setLoyalty(m_loyalty);
    PaymentRequest request;
    request.cashierId = u"anna"_s;
    request.title = u"Shop"_s;
    request.rows = rows();
    session->start(request);
    return session;
}

bool TestLoyaltyFlow::offered(PaymentSession &session, const CustomerToken &token)
{
    QSignalSpy updated(&session, &PaymentSession::invoiceUpdated);
    return m_sandbox->service().offerToken(session.invoiceReference(), token) &&
           QTest::qWaitFor([&] { return updated.size() == 1; }, 15000);
}

template<class Request> QList<Request> TestLoyaltyFlow::received() const
{
    QList<Request> list;
    for (const QByteArray &body : m_requests)
        if (auto r = codec::decodeRequest(body); r && std::holds_alternative<Request>(*r))
            list.append(std::get<Request>(*r));
    return list;
}

void TestLoyaltyFlow::cardFromTheAppLowersTheAmountOnce()
{
    auto session = startSession();
    QTRY_COMPARE(session->state(), State::Waiting);
    QCOMPARE(sends().first().invoice.acknowledgmentMode,
             AcknowledgmentMode::OptionalAcknowledgment);
    QSignalSpy amountSpy(session.get(), &PaymentSession::amountChanged);
    QSignalSpy updatedSpy(session.get(), &PaymentSession::invoiceUpdated);
    const QString ref = session->invoiceReference();
    QVERIFY(m_sandbox->service().offerToken(ref, card(u"7777000042"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(updatedSpy.size(), 1, 15000);
    // 10 % of 180.00: 18.00 off, split 15.00 (25 %) and 3.00 (12 %).
    QCOMPARE(amountSpy.size(), 1);
    QCOMPARE(session->amount(), sek(16200));
    const auto sent = updates();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].invoice.totalAmount->toMoney().value(), sek(16200));
    QCOMPARE(sent[0].invoice.invoiceRows.size(), 4);
    QCOMPARE(sent[0].invoice.invoiceRows[3].itemDescription, u"Kassa Club ****0042 10 % (25 %)"_s);
    QCOMPARE(sent[0].tokens.size(), 1);
    QCOMPARE(sent[0].tokens[0].status, 1);
    QCOMPARE(sent[0].tokens[0].value, u"7777000042"_s);
    // The buyer's phone shows the new amount before the PIN.
    const auto &record = m_sandbox->service().state().invoices.value(ref);
    QCOMPARE(record.status, InvoiceStatus::Issued);
    QCOMPARE(record.total, sek(16200));
    QVERIFY(m_sandbox->service().pay(ref, u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Paid, 15000);
    QCOMPARE(updates().size(), 1);
    const auto sale = m_journal->sale(session->saleId());
    QCOMPARE(sale->total, sek(16200));
    QCOMPARE(sale->rows.size(), 4);
    QCOMPARE(sale->tenders.first().amount, sek(16200));
    QCOMPARE(m_journal->loyaltyDiscounts(session->saleId())->size(), 1);
    QCOMPARE(session->loyaltyDiscounts().first().name, u"Kassa Club"_s);
    const QString receipt =
        QString::fromUtf8(m_sandbox->service().state().invoices.value(ref).receiptDocument);
    QVERIFY2(receipt.contains(u"Kassa Club ****0042"_s) && receipt.contains(u"162.00"_s),
             qPrintable(receipt));
}

void TestLoyaltyFlow::unknownTokenIsAnswered99AndNothingChanges()
{
    auto session = startSession();
    QTRY_COMPARE(session->state(), State::Waiting);
    QVERIFY(offered(*session, card(u"12345"_s)));
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates()[0].tokens[0].status, 99);
    QCOMPARE(updates()[0].invoice.totalAmount->toMoney().value(), sek(18000));
    QCOMPARE(session->amount(), sek(18000));
    QCOMPARE(m_journal->sale(session->saleId())->rows.size(), 2);
}

void TestLoyaltyFlow::usedCouponIsAnswered90()
{
    {
        auto first = startSession();
        QTRY_COMPARE(first->state(), State::Waiting);
        QVERIFY(offered(*first, couponToken(u"SPRING50"_s)));
        QCOMPARE(first->amount(), sek(13000));
        QVERIFY(m_sandbox->service().pay(first->invoiceReference(), u"1234"_s));
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), State::Paid, 15000);
    }
    m_requests.clear();
    auto second = startSession();
    QTRY_COMPARE(second->state(), State::Waiting);
    QVERIFY(offered(*second, couponToken(u"SPRING50"_s)));
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates()[0].tokens[0].status, 90);
    QCOMPARE(second->amount(), sek(18000));
}

void TestLoyaltyFlow::swipedCardGoesWithSendInvoice()
{
    auto session =
        std::make_unique<PaymentSession>(m_client.get(), m_journal.get(), u"Shop"_s, timing());
    session->setLoyalty(m_loyalty);
    PaymentRequest request;
    request.rows = rows();
    journal::SaleRow off;
    off.description = u"Kassa Club ****0042 10 %"_s;
    off.unitPrice = sek(-1800);
    off.total = sek(-1800);
    request.rows.append(off);
    request.tokens = {CustomerToken{u"Kassa Club"_s, u"X_CARD"_s, 1, u"7777000042"_s}};
    request.loyalty = {journal::LoyaltyDiscount{u"X_CARD"_s, u"7777000042"_s, u"Kassa Club"_s,
                                                false, false, sek(1800), 0}};
    session->start(request);
    QTRY_COMPARE(session->state(), State::Waiting);
    QCOMPARE(sends().size(), 1);
    QCOMPARE(sends()[0].tokens.size(), 1);
    QCOMPARE(sends()[0].tokens[0].status, 1);
    QCOMPARE(sends()[0].tokens[0].id, u"X_CARD"_s);
    QCOMPARE(sends()[0].invoice.totalAmount->toMoney().value(), sek(16200));
    const auto kept = m_journal->loyaltyDiscounts(session->saleId());
    QCOMPARE(kept->size(), 1);
    QVERIFY(!kept->first().fromApp);
}

void TestLoyaltyFlow::checkoutSendsTheSwipedCardAndItsDiscount()
{
    Cart cart;
    for (const journal::SaleRow &row : rows())
        QVERIFY(cart.addTypedRow(row));
    Checkout checkout(
        CheckoutContext{m_client.get(), m_journal.get(), u"Shop"_s, u"anna"_s, timing(), m_loyalty},
        &cart);
    checkout.setRegistered(true);
    QVERIFY(!checkout.setLoyaltyCard(u"12345"_s));
    QVERIFY(checkout.setLoyaltyCard(u"7777000042"_s));
    QCOMPARE(checkout.loyaltyDiscount(), sek(1800));
    QCOMPARE(checkout.payWithSeqr(), SeqrRefusal::None);
    PaymentSession *session = checkout.session();
    QTRY_COMPARE(session->state(), State::Waiting);
    QCOMPARE(session->amount(), sek(16200));
    QCOMPARE(sends().size(), 1);
    QCOMPARE(sends()[0].tokens.size(), 1);
    QCOMPARE(sends()[0].tokens[0].status, 1);
    QCOMPARE(sends()[0].tokens[0].value, u"7777000042"_s);
    QCOMPARE(sends()[0].tokens[0].description, u"Kassa Club"_s);
    QCOMPARE(sends()[0].invoice.invoiceRows.size(), 4);
    QCOMPARE(sends()[0].invoice.totalAmount->toMoney().value(), sek(16200));
    QVERIFY(m_sandbox->service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Paid, 15000);
    const auto sale = m_journal->sale(session->saleId());
    QCOMPARE(sale->total, sek(16200));
    const auto kept = m_journal->loyaltyDiscounts(sale->id);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().amount, sek(1800));
    QVERIFY(!kept->first().fromApp);
    QVERIFY(checkout.loyaltyCard().isEmpty()); // the next sale starts without it
}

void TestLoyaltyFlow::tillStoppedBeforeUpdateGivesTheDiscountOnce()
{
    QString ref;
    {
        auto session = startSession();
        QTRY_COMPARE(session->state(), State::Waiting);
        ref = session->invoiceReference();
        // The discount is journaled and the till dies before SEQR hears
        // of it: from this moment SEQR answers nothing, updateInvoice included.
        connect(session.get(), &PaymentSession::amountChanged, this,
                [this] { m_sandbox->server().injectFaults(FaultKind::DroppedConnection, 1000); });
        QSignalSpy amountSpy(session.get(), &PaymentSession::amountChanged);
        QVERIFY(m_sandbox->service().offerToken(ref, card(u"7777000042"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(amountSpy.size(), 1, 15000);
        QCOMPARE(session->amount(), sek(16200));
        QVERIFY(!m_journal->invoiceUpdate(ref).value()->isAcknowledged);
    } // the till stops
    m_sandbox->server().injectFaults(FaultKind::None, 0);
    m_requests.clear();
    const auto inFlight = m_journal->invoicesInFlight();
    QCOMPARE(inFlight->size(), 1);
    // The till starts again: a new process, a new client.
    auto restarted = m_sandbox->makeClient();
    restarted->setTerminalCredentials(m_client->terminalCredentials());
    PaymentSession resumed(restarted.get(), m_journal.get(), u"Shop"_s, timing());
    resumed.setLoyalty(m_loyalty);
    QSignalSpy updatedSpy(&resumed, &PaymentSession::invoiceUpdated);
    resumed.resume(inFlight->first(), false);
    // Whether SEQR got the update before the till stopped or not, the
    // journal's pending update is sent (again) and accepted.
    QTRY_VERIFY2_WITH_TIMEOUT(updatedSpy.size() == 1,
                              qPrintable(u"status "_s + invoiceStatusName(resumed.lastStatus()) +
                                         u", "_s + resumed.lastError().detail),
                              15000);
    QCOMPARE(resumed.amount(), sek(16200));
    // (The stopped till's own update may still arrive late: the same one.)
    QVERIFY(!updates().isEmpty());
    for (const UpdateInvoiceRequest &u : updates()) {
        QCOMPARE(u.invoice.totalAmount->toMoney().value(), sek(16200));
        QCOMPARE(u.invoice.invoiceRows.size(), 4);
    }
    QVERIFY(m_sandbox->service().pay(ref, u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(resumed.state(), State::Paid, 15000);
    const auto sale = m_journal->sale(resumed.saleId());
    QCOMPARE(sale->rows.size(), 4);
    QCOMPARE(sale->total, sek(16200));
    QCOMPARE(sale->tenders.first().amount, sek(16200));
}

void TestLoyaltyFlow::refusedUpdateIsSaidAndSentAgain()
{
    auto session = startSession();
    QTRY_COMPARE(session->state(), State::Waiting);
    QSignalSpy failed(session.get(), &PaymentSession::invoiceUpdateFailed);
    QSignalSpy updatedSpy(session.get(), &PaymentSession::invoiceUpdated);
    const QString ref = session->invoiceReference();
    QVERIFY(m_sandbox->service().offerToken(ref, card(u"7777000042"_s)));
    // The next two requests (a poll, then the update, or the update and its
    // retry) get a SOAP Fault.
    QTRY_VERIFY_WITH_TIMEOUT(m_journal->invoiceUpdate(ref).value().has_value() ||
                                 session->lastStatus() == InvoiceStatus::PendingIssuerAcknowledge,
                             15000);
    m_sandbox->server().injectFaults(FaultKind::SoapFault, 2);
    QTRY_COMPARE_WITH_TIMEOUT(updatedSpy.size(), 1, 15000);
    QCOMPARE(session->amount(), sek(16200));
    QCOMPARE(m_journal->sale(session->saleId())->rows.size(), 4);
    QCOMPARE(m_sandbox->service().state().invoices.value(ref).total, sek(16200));
    if (!failed.isEmpty())
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::BadAnswer);
}

void TestLoyaltyFlow::tillWithoutProgrammeAsksNoAcknowledgment()
{
    auto session = startSession(false);
    QTRY_COMPARE(session->state(), State::Waiting);
    QCOMPARE(sends().first().invoice.acknowledgmentMode, AcknowledgmentMode::NoAcknowledgment);
    QVERIFY(sends().first().tokens.isEmpty());
    QVERIFY(m_sandbox->service().offerToken(session->invoiceReference(), card(u"7777000042"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(session->lastStatus(), InvoiceStatus::PendingIssuerAcknowledge,
                              15000);
    // Three more polls see the tokens: none of them may update.
    const qsizetype polled = m_requests.size();
    QTRY_VERIFY_WITH_TIMEOUT(m_requests.size() >= polled + 3, 15000);
    QVERIFY(updates().isEmpty());
    QCOMPARE(session->amount(), sek(18000));
}

void TestLoyaltyFlow::everyRequestValidatesAgainstTheSchema()
{
    SchemaValidator validator;
    if (!validator.isAvailable())
        KASSA_SKIP(qPrintable(validator.reason()));
    auto session = startSession();
    QTRY_COMPARE(session->state(), State::Waiting);
    QSignalSpy updatedSpy(session.get(), &PaymentSession::invoiceUpdated);
    QVERIFY(m_sandbox->service().offerToken(session->invoiceReference(), card(u"7777000042"_s)));
    QVERIFY(m_sandbox->service().offerToken(session->invoiceReference(), couponToken(u"NOPE"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(updatedSpy.size() >= 1, 15000);
    QVERIFY(m_sandbox->service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Paid, 15000);
    QVERIFY(!updates().isEmpty());
    const QList<QString> verdicts = validator.validate(m_requests);
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        QVERIFY2(verdicts[i].isEmpty(),
                 qPrintable(verdicts[i] + u"\n"_s +
                            QString::fromUtf8(SchemaValidator::payloadOf(m_requests[i]))));
}

QTEST_GUILESS_MAIN(TestLoyaltyFlow)
#include "tst_loyaltyflow.moc"
