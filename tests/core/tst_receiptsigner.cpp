// The engine with a control unit: a sale is complete when its receipt is
// signed. Real journal, real control-unit-sandbox on a pseudo-terminal, real
// seqr-sandbox on loopback: cash, SEQR and split sales signed once with their
// figures (read back from the unit's own journal), the code journaled before
// receiptReady, a unit that stops answering refuses the next sale and signs
// the held receipt when it is back, also after a restart.
#include "core/checkout/checkout.h"
#include "core/controlunit/controlunitservice.h"
#include "core/controlunit/signaturewait.h"
#include "core/journal/journal.h"
#include "core/payment/refunder.h"
#include "core/refund/refundplan.h"
#include "core/terminal/errortext.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "tests/support/signerfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;
using namespace kassa::sandbox;

class TestReceiptSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cashSaleIsSignedBeforeItsReceipt();
    void seqrSaleIsSignedAfterPaid();
    void splitTenderIsSignedOnceWithItsTotal();
    void copiesAndTrainingReceiptsAreSignedWithTheirType();
    void unitDownRefusesTheNextSaleAndSignsWhenBack();
    void aReceiptLeftUnsignedIsSignedOnceAfterARestart();
    void journalSchemaKeepsSignedReceipts();
    void aReturnIsSignedOnceInTheOneReceiptSeries();

private:
    void addCoffee(const QString &price, int vat = 12);
    QString expectedCode(qint64 saleId, ReceiptType type = ReceiptType::Normal) const;

    std::unique_ptr<SignerFixture> m_till;
    SignerSettings m_settings;
};

void TestReceiptSigner::init()
{
    m_settings = SignerSettings{u"KASSA1"_s, u"556677-8899"_s, std::chrono::milliseconds(200)};
    m_till = std::make_unique<SignerFixture>(
        u"SBX-ENGINE-7"_s,
        SignerFixture::Signing{m_settings, u"Lilla Livs"_s, std::chrono::milliseconds(300),
                               std::chrono::milliseconds(300)});
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
}

void TestReceiptSigner::cleanup()
{
    m_till.reset();
}

void TestReceiptSigner::addCoffee(const QString &price, int vat)
{
    QVERIFY(m_till->cart()->addProduct(product(u"Kaffe"_s, price, vat)));
}

QString TestReceiptSigner::expectedCode(qint64 saleId, ReceiptType type) const
{
    auto figures = receiptFiguresOf(m_till->journal()->sale(saleId).value(), type, m_settings);
    return ControlUnitSandbox::controlCode(m_till->unit()->options().key,
                                           receiptFields(*figures).value());
}

void TestReceiptSigner::cashSaleIsSignedBeforeItsReceipt()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addCoffee(u"49.90"_s);
    QSignalSpy ready(checkout.get(), &Checkout::receiptReady);
    qint64 signedBeforeReady = -1;
    connect(checkout.get(), &Checkout::receiptReady, this, [&](qint64 saleId) {
        // The code is in the journal when the receipt may be printed.
        const auto sale = m_till->journal()->sale(saleId);
        const auto signature =
            m_till->journal()->receiptSignature(*sale->receiptNumber, u"normal"_s);
        signedBeforeReady = signature && *signature && (*signature)->isSigned ? saleId : 0;
    });
    auto outcome = checkout->takeCash(*Money::parse(u"100", u"SEK"));
    QVERIFY(outcome && outcome->saleCompleted);
    QCOMPARE(outcome->change.toDecimalString(), u"50.10"_s);
    QCOMPARE(ready.size(), 0); // not before the unit answered
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(signedBeforeReady, outcome->saleId);
    const auto sale = m_till->journal()->sale(outcome->saleId).value();
    const auto signature =
        m_till->journal()->receiptSignature(*sale.receiptNumber, u"normal"_s).value();
    QCOMPARE(signature->unitId, u"SBX-ENGINE-7"_s);
    QCOMPARE(signature->controlCode, expectedCode(outcome->saleId));
    const auto atUnit = m_till->unit()->signedReceipts().value();
    QCOMPARE(atUnit.size(), 1);
    QCOMPARE(atUnit.first().serialNumber, *sale.receiptNumber);
    QVERIFY2(atUnit.first().fields.contains(u"#KASSA1#556677-8899#normal#49,90#0,00#"
                                            "25,00;0,00#12,00;5,35#"_s),
             qPrintable(atUnit.first().fields));
    QCOMPARE(atUnit.first().fields, signature->figures);
    QCOMPARE(m_till->unit()->refusedFrames(), 0);
}

void TestReceiptSigner::seqrSaleIsSignedAfterPaid()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addCoffee(u"149.99"_s, 25);
    QSignalSpy completed(checkout.get(), &Checkout::saleCompleted);
    QSignalSpy ready(checkout.get(), &Checkout::receiptReady);
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    PaymentSession *session = checkout->session();
    QTRY_COMPARE(session->state(), PaymentSession::State::Waiting);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(completed.size(), 1);
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toLongLong(), session->saleId());
    const auto atUnit = m_till->unit()->signedReceipts().value();
    QCOMPARE(atUnit.size(), 1);
    QVERIFY(atUnit.first().fields.contains(u"#normal#149,99#0,00#25,00;30,00#"_s));
    QCOMPARE(atUnit.first().controlCode, expectedCode(session->saleId()));
}

void TestReceiptSigner::splitTenderIsSignedOnceWithItsTotal()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addCoffee(u"80.00"_s, 25);
    QSignalSpy ready(checkout.get(), &Checkout::receiptReady);
    auto cash = checkout->takeCash(*Money::parse(u"30", u"SEK"));
    QVERIFY(cash && !cash->saleCompleted);
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    PaymentSession *session = checkout->session();
    QTRY_COMPARE(session->state(), PaymentSession::State::Waiting);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(ready.size(), 1);
    const auto atUnit = m_till->unit()->signedReceipts().value();
    QCOMPARE(atUnit.size(), 1);
    QVERIFY2(atUnit.first().fields.contains(u"#normal#80,00#0,00#25,00;16,00#"_s),
             qPrintable(atUnit.first().fields));
}

void TestReceiptSigner::copiesAndTrainingReceiptsAreSignedWithTheirType()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addCoffee(u"20.00"_s);
    QSignalSpy ready(checkout.get(), &Checkout::receiptReady);
    auto sale = checkout->takeCash(*Money::parse(u"20", u"SEK"));
    QVERIFY(sale && sale->saleCompleted);
    QTRY_COMPARE(ready.size(), 1);
    QSignalSpy signedSpy(service->signer(), &ReceiptSigner::receiptSigned);
    QVERIFY(service->signer()->requestSignature(sale->saleId, ReceiptType::Copy));
    QTRY_COMPARE(signedSpy.size(), 1);
    QCOMPARE(signedSpy.first().at(2).toString(), u"kopia"_s);
    QCOMPARE(ready.size(), 1); // a copy is no new sale
    QVERIFY(service->signer()->requestSignature(sale->saleId, ReceiptType::Training));
    QTRY_COMPARE(signedSpy.size(), 2);
    QStringList types;
    const QList<SignedReceipt> receipts = m_till->unit()->signedReceipts().value();
    for (const SignedReceipt &r : receipts)
        types.append(r.type);
    QCOMPARE(types, (QStringList{u"normal"_s, u"kopia"_s, u"ovning"_s}));
    QCOMPARE(m_till->journal()->receiptSignature(1, u"kopia"_s).value()->controlCode,
             expectedCode(sale->saleId, ReceiptType::Copy));
}

void TestReceiptSigner::unitDownRefusesTheNextSaleAndSignsWhenBack()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    m_till->unit()->setFaults(UnitFaults{.silent = true});
    addCoffee(u"10.00"_s);
    QSignalSpy ready(checkout.get(), &Checkout::receiptReady);
    auto first = checkout->takeCash(*Money::parse(u"10", u"SEK"));
    QVERIFY(first && first->saleCompleted); // the sale stands, its receipt waits
    QTRY_VERIFY_WITH_TIMEOUT(!checkout->saleRefusal().isEmpty(), 10000);
    QVERIFY2(checkout->saleRefusal().contains(u"waiting for the control unit"_s),
             qPrintable(checkout->saleRefusal()));
    QVERIFY(checkout->saleRefusal().contains(u"does not answer"_s));
    QCOMPARE(ready.size(), 0);

    addCoffee(u"5.00"_s);
    auto refused = checkout->takeCash(*Money::parse(u"5", u"SEK"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ControlUnitUnavailable);
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::Blocked);
    QCOMPARE(checkout->blockedReason(), checkout->saleRefusal());
    QCOMPARE(m_till->journal()->lastReceiptNumber().value().value(), 1); // nothing recorded

    m_till->unit()->setFaults(UnitFaults{});
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QCOMPARE(ready.first().first().toLongLong(), first->saleId);
    QTRY_VERIFY(checkout->saleRefusal().isEmpty());
    auto next = checkout->takeCash(*Money::parse(u"5", u"SEK"));
    QVERIFY(next && next->saleCompleted);
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(m_till->unit()->signedReceipts()->size(), 2);
}

void TestReceiptSigner::aReceiptLeftUnsignedIsSignedOnceAfterARestart()
{
    qint64 saleId = 0;
    {
        // A run that journaled a sale, and whose unit signed it but whose
        // answer never arrived (the till died in between).
        auto service = m_till->makeService();
        auto checkout = m_till->makeCheckout(service.get());
        m_till->unit()->setFaults(UnitFaults{.silent = true});
        addCoffee(u"12.00"_s);
        auto sale = checkout->takeCash(*Money::parse(u"12", u"SEK"));
        QVERIFY(sale && sale->saleCompleted);
        saleId = sale->saleId;
    }
    m_till->unit()->setFaults(UnitFaults{});
    {
        ControlUnitOptions o;
        o.device = m_till->ports()->ptyPath();
        ControlUnit direct(o);
        std::unique_ptr<UnitCall> call(
            direct.registerReceipt(receiptFiguresOf(m_till->journal()->sale(saleId).value(),
                                                    ReceiptType::Normal, m_settings)
                                       .value()));
        QTRY_VERIFY(call->isFinished());
        QVERIFY(call->isSuccess());
    }
    QCOMPARE(m_till->journal()->waitingSignatures()->size(), 1);
    // The next start signs what waits: the unit answers the code it gave.
    auto service = m_till->makeService();
    QSignalSpy signedSpy(service->signer(), &ReceiptSigner::receiptSigned);
    service->signer()->signWaiting();
    QTRY_COMPARE(signedSpy.size(), 1);
    QCOMPARE(m_till->journal()->waitingSignatures()->size(), 0);
    QCOMPARE(m_till->unit()->signedReceipts()->size(), 1);
    QCOMPARE(signedSpy.first().at(3).toString(), expectedCode(saleId));
}

void TestReceiptSigner::journalSchemaKeepsSignedReceipts()
{
    addCoffee(u"9.00"_s);
    auto saleId = m_till->journal()->recordCashSale(u"anna"_s, m_till->cart()->saleRows(),
                                                    *Money::parse(u"9", u"SEK"));
    QVERIFY(saleId);
    auto waiting = m_till->journal()->waitingSignatures().value();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().saleId, *saleId);
    QVERIFY(m_till->journal()->recordSignature(waiting.first().id, u"f"_s, u"CODE1"_s, u"U1"_s));
    // A second answer changes nothing; a signed row stays.
    QVERIFY(m_till->journal()->recordSignature(waiting.first().id, u"g"_s, u"CODE2"_s, u"U2"_s));
    QCOMPARE(m_till->journal()->receiptSignature(1, u"normal"_s).value()->controlCode, u"CODE1"_s);
    // Without a control unit no signature waits.
    QVERIFY(m_till->journal()->setControlUnitRequired(false));
    QVERIFY(m_till->journal()->recordCashSale(u"anna"_s, m_till->cart()->saleRows(),
                                              *Money::parse(u"9", u"SEK")));
    QCOMPARE(m_till->journal()->waitingSignatures()->size(), 0);
    QVERIFY(!m_till->journal()->receiptSignature(2, u"normal"_s).value());
}

// A return has a receipt of its own, numbered in the one series the sales
// use (sale 1, sale 2, return 3, sale 4: no gap, no number shared), signed
// once before it may be printed: sent to the unit as CCSP's "normal" type
// (CCSP has no return type) with the amount given back as a negative total
// and as the returns total, negative VAT; journaled as type retur.
void TestReceiptSigner::aReturnIsSignedOnceInTheOneReceiptSeries()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    QSignalSpy ready(checkout.get(), &Checkout::receiptReady);
    addCoffee(u"20.00"_s);
    QVERIFY(checkout->takeCash(*Money::parse(u"20", u"SEK")));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    addCoffee(u"40.00"_s, 25);
    addCoffee(u"40.00"_s, 25);
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    PaymentSession *session = checkout->session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), PaymentSession::State::Waiting, 20000);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
    const journal::Sale sold = m_till->journal()->sale(session->saleId()).value();
    QCOMPARE(sold.receiptNumber.value(), 2);
    const QString ers = sold.tenders.first().ersReference;

    // One of the two given back.
    const RefundPlan plan =
        RefundPlan::make(*m_till->journal(), sold, ers, {Decimal::fromInteger(1)}, std::nullopt);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.amount.toDecimalString(), u"40.00"_s);
    const auto refunded = m_till->refund(plan, u"anna"_s);
    if (!refunded)
        QFAIL(qPrintable(refunded.error().detail));
    const QString refundErs = refunded->refundErsReference;
    QCOMPARE(m_till->journal()->returnReceiptNumber(refundErs).value(), std::optional<qint64>(3));
    QCOMPARE(m_till->journal()->lastReceiptNumber().value(), std::optional<qint64>(3));

    // Printed only once its code is journaled.
    controlunit::SignatureWait wait(m_till->journal(), service.get(), 3, u"retur"_s);
    QSignalSpy waitReady(&wait, &SignatureWait::ready);
    wait.start();
    QCOMPARE(waitReady.size(), 0); // never inside start()
    QTRY_COMPARE_WITH_TIMEOUT(waitReady.size(), 1, 20000);
    const auto signature = m_till->journal()->receiptSignature(3, u"retur"_s).value();
    QVERIFY(signature && signature->isSigned);
    QCOMPARE(signature->unitId, u"SBX-ENGINE-7"_s);
    QVERIFY(!m_till->journal()->receiptSignature(3, u"normal"_s).value()); // no sale has number 3

    // Read back from the unit's own journal: once, a return by its figures.
    const QList<SignedReceipt> atUnit = m_till->unit()->signedReceipts().value();
    QCOMPARE(atUnit.size(), 3);
    const SignedReceipt &returned = atUnit.last();
    QCOMPARE(returned.serialNumber, 3);
    QCOMPARE(returned.type, u"normal"_s);
    QVERIFY2(returned.fields.endsWith(u"#3#KASSA1#556677-8899#normal#-40,00#40,00#25,00;-8,00#"
                                      "12,00;0,00#6,00;0,00#0,00;0,00"_s),
             qPrintable(returned.fields));
    QCOMPARE(returned.fields, signature->figures);
    QCOMPARE(returned.controlCode, signature->controlCode);
    QCOMPARE(returned.controlCode,
             ControlUnitSandbox::controlCode(m_till->unit()->options().key,
                                             returned.fields.toLatin1().split('#')));

    // The next sale runs on: 4, signed; the return is not signed again.
    addCoffee(u"10.00"_s);
    QVERIFY(checkout->takeCash(*Money::parse(u"10", u"SEK")));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 20000);
    service->signer()->signWaiting();
    QTRY_COMPARE(service->signer()->waitingCount(), 0);
    QList<qint64> serials;
    const QList<SignedReceipt> all = m_till->unit()->signedReceipts().value();
    for (const SignedReceipt &r : all)
        serials.append(r.serialNumber);
    QCOMPARE(serials, (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(m_till->unit()->refusedFrames(), 0);
}

QTEST_GUILESS_MAIN(TestReceiptSigner)
#include "tst_receiptsigner.moc"
