#include "core/checkout/checkout.h"
#include "core/sale/salerow.h"
#include "tests/support/tillfixture.h"

#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;
using State = PaymentSession::State;

// The one checkout every front end uses, against the real sandbox over
// loopback and a real journal: when SEQR is refused and why, cash sales with
// change, split tender with SEQR last, a finished sale clears the cart, a
// declined or canceled payment keeps it, and the web's links reach SEQR.
class TestCheckout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seqrIsRefusedWithTheReason();
    void cashSaleIsJournaledWithChange();
    void cashRefusesNothingToPayAndZero();
    void splitTenderTakesCashThenSeqrForTheRest();
    void seqrPaymentFinishesTheSale();
    void declinedPaymentKeepsTheCart();
    void notificationAndBackUrlReachSeqr();
    void voidIsRefusedWhilePaying();
    void cashCoveringAfterVoidedRowsFinishesWithCash();
    void typedRowsAreInvoicedAsTyped();

private:
    std::unique_ptr<Checkout> makeCheckout();
    catalog::Product product(const QString &name, const QString &price, int vat = 25) const;

    std::unique_ptr<TillFixture> m_till;
    std::unique_ptr<Cart> m_cart;
};

void TestCheckout::init()
{
    m_till = TillFixture::withTillOne();
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
    m_cart = std::make_unique<Cart>();
}

void TestCheckout::cleanup()
{
    m_cart.reset();
    m_till.reset();
}

std::unique_ptr<Checkout> TestCheckout::makeCheckout()
{
    return m_till->makeCheckout(m_cart.get(), u"Lilla Livs"_s);
}

catalog::Product TestCheckout::product(const QString &name, const QString &price, int vat) const
{
    return ::product(name, price, vat);
}

void TestCheckout::seqrIsRefusedWithTheReason()
{
    auto checkout = makeCheckout();
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::CartEmpty);
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::CartEmpty);
    QVERIFY(!checkout->session());

    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"50.00"_s)));
    checkout->setRegistered(false);
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::NotRegistered);
    checkout->setRegistered(true);
    checkout->setBlocked(u"finishing payments from the last run"_s);
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::Blocked);
    QCOMPARE(checkout->blockedReason(), u"finishing payments from the last run"_s);
    checkout->setBlocked({});
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::None);

    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    QVERIFY(checkout->session());
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::PaymentInProgress);
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::PaymentInProgress);
    QTRY_COMPARE(checkout->session()->state(), State::Waiting);
    checkout->session()->cancel();
    QTRY_COMPARE(checkout->session()->state(), State::Canceled);
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::None);
}

void TestCheckout::cashSaleIsJournaledWithChange()
{
    auto checkout = makeCheckout();
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"49.90"_s, 12), Decimal::fromInteger(2)));
    QSignalSpy completed(checkout.get(), &Checkout::saleCompleted);
    auto outcome = checkout->takeCash(*Money::parse(u"100.00", u"SEK"));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().detail));
    QVERIFY(outcome->saleCompleted);
    QCOMPARE(outcome->change.toDecimalString(), u"0.20"_s);
    QCOMPARE(completed.size(), 1);
    QVERIFY(m_cart->isEmpty());
    QVERIFY(checkout->cashReceived().isZero());

    const auto sale = m_till->journal()->sale(outcome->saleId);
    QVERIFY(sale);
    QCOMPARE(sale->status, journal::SaleStatus::Completed);
    QCOMPARE(*sale->receiptNumber, 1);
    QCOMPARE(sale->total.toDecimalString(), u"99.80"_s);
    QCOMPARE(sale->tenders.size(), 1);
    QCOMPARE(sale->tenders.first().kind, journal::TenderKind::Cash);
    QCOMPARE(sale->tenders.first().tendered.toDecimalString(), u"100.00"_s);
    QCOMPARE(sale->cashierId, u"anna"_s);
}

void TestCheckout::cashRefusesNothingToPayAndZero()
{
    auto checkout = makeCheckout();
    QVERIFY(!checkout->takeCash(*Money::parse(u"10.00", u"SEK")));
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"20.00"_s)));
    QVERIFY(!checkout->takeCash(Money(0, Currency::sek())));
    QVERIFY(!checkout->takeCash(Money(-500, Currency::sek())));
    QVERIFY(m_till->journal()->sales(QDateTime::fromSecsSinceEpoch(0))->isEmpty());
}

void TestCheckout::splitTenderTakesCashThenSeqrForTheRest()
{
    auto checkout = makeCheckout();
    QVERIFY(m_cart->addProduct(product(u"Ost"_s, u"120.00"_s, 12)));
    QSignalSpy tenders(checkout.get(), &Checkout::tendersChanged);
    auto outcome = checkout->takeCash(*Money::parse(u"50.00", u"SEK"));
    QVERIFY(outcome);
    QVERIFY(!outcome->saleCompleted);
    QCOMPARE(outcome->toPay.toDecimalString(), u"70.00"_s);
    QCOMPARE(checkout->toPay().toDecimalString(), u"70.00"_s);
    QCOMPARE(tenders.size(), 1);
    QVERIFY(!m_cart->isEmpty());

    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    PaymentSession *session = checkout->session();
    QTRY_COMPARE(session->state(), State::Waiting);
    QCOMPARE(session->amount().toDecimalString(), u"70.00"_s);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(session->state(), State::Paid);
    QVERIFY(m_cart->isEmpty());
    QVERIFY(checkout->cashReceived().isZero());

    const auto sale = m_till->journal()->sale(session->saleId());
    QCOMPARE(sale->total.toDecimalString(), u"120.00"_s);
    QCOMPARE(sale->tenders.size(), 2);
    QCOMPARE(sale->tenders.at(0).kind, journal::TenderKind::Cash);
    QCOMPARE(sale->tenders.at(0).amount.toDecimalString(), u"50.00"_s);
    QCOMPARE(sale->tenders.at(1).kind, journal::TenderKind::Seqr);
    QCOMPARE(sale->tenders.at(1).amount.toDecimalString(), u"70.00"_s);
    QCOMPARE(sale->tenders.at(1).ersReference, session->ersReference());
}

void TestCheckout::seqrPaymentFinishesTheSale()
{
    auto checkout = makeCheckout();
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"149.99"_s)));
    QSignalSpy completed(checkout.get(), &Checkout::saleCompleted);
    QSignalSpy ended(checkout.get(), &Checkout::paymentFinished);
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    PaymentSession *session = checkout->session();
    QTRY_COMPARE(session->state(), State::Waiting);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(completed.size(), 1);
    QCOMPARE(completed.first().first().toLongLong(), session->saleId());
    QCOMPARE(*m_till->journal()->sale(session->saleId())->receiptNumber, 1);
    QVERIFY(m_till->journal()->invoice(session->invoiceReference())->receiptSubmitted);
    QVERIFY(m_cart->isEmpty());
}

void TestCheckout::declinedPaymentKeepsTheCart()
{
    auto checkout = makeCheckout();
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"30.00"_s)));
    QSignalSpy completed(checkout.get(), &Checkout::saleCompleted);
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    PaymentSession *session = checkout->session();
    QTRY_COMPARE(session->state(), State::Waiting);
    QVERIFY(m_till->sandbox().service().decline(session->invoiceReference()));
    QTRY_COMPARE(session->state(), State::Failed);
    QCOMPARE(completed.size(), 0);
    QCOMPARE(m_cart->total().toDecimalString(), u"30.00"_s);
    QCOMPARE(m_till->journal()->sale(session->saleId())->status, journal::SaleStatus::Canceled);
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::None); // may be tried again
}

void TestCheckout::notificationAndBackUrlReachSeqr()
{
    auto checkout = makeCheckout();
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"30.00"_s)));
    SeqrOptions options;
    options.title = u"Lilla Livs webbutik"_s;
    options.notificationUrl = u"http://127.0.0.1:9/seqr/notify?token=abc"_s;
    options.backUrl = u"http://127.0.0.1:9/shop/receipt?order=xyz"_s;
    QCOMPARE(checkout->payWithSeqr(options), SeqrRefusal::None);
    QTRY_COMPARE(checkout->session()->state(), State::Waiting);
    const auto record =
        m_till->sandbox().service().state().invoices.value(checkout->session()->invoiceReference());
    QCOMPARE(record.invoice.notificationUrl, options.notificationUrl);
    QCOMPARE(record.invoice.backURL, options.backUrl);
    QCOMPARE(record.invoice.title, options.title);
    QCOMPARE(record.invoice.cashierId, u"anna"_s);
}

void TestCheckout::voidIsRefusedWhilePaying()
{
    auto checkout = makeCheckout();
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"30.00"_s)));
    QVERIFY(checkout->takeCash(*Money::parse(u"10.00", u"SEK")));
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    QVERIFY(!checkout->voidSale());
    QTRY_COMPARE(checkout->session()->state(), State::Waiting);
    QVERIFY(!checkout->voidSale());
    checkout->session()->cancel();
    QTRY_COMPARE(checkout->session()->state(), State::Canceled);
    const auto back = checkout->voidSale();
    QVERIFY(back);
    QCOMPARE(back->toDecimalString(), u"10.00"_s); // the cash to give back
    QVERIFY(m_cart->isEmpty());
}

void TestCheckout::cashCoveringAfterVoidedRowsFinishesWithCash()
{
    auto checkout = makeCheckout();
    QVERIFY(m_cart->addProduct(product(u"Ost"_s, u"120.00"_s, 12)));
    QVERIFY(m_cart->addProduct(product(u"Vin"_s, u"80.00"_s)));
    auto part = checkout->takeCash(*Money::parse(u"150.00", u"SEK"));
    QVERIFY(part);
    QVERIFY(!part->saleCompleted);
    QCOMPARE(part->toPay.toDecimalString(), u"50.00"_s);
    QVERIFY(!checkout->completeWithCash()); // 150 does not cover 200
    m_cart->voidRow(1);                     // the wine goes back: 150 covers 120
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::CoveredByCash);
    QVERIFY(!checkout->takeCash(*Money::parse(u"10.00", u"SEK"))); // nothing left to pay
    QSignalSpy completed(checkout.get(), &Checkout::saleCompleted);
    auto done = checkout->completeWithCash();
    QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
    QVERIFY(done->saleCompleted);
    QCOMPARE(done->change.toDecimalString(), u"30.00"_s);
    QCOMPARE(completed.size(), 1);
    QVERIFY(m_cart->isEmpty());
    QVERIFY(m_cart->completed());
    QCOMPARE(m_cart->completed()->change().toDecimalString(), u"30.00"_s);
    const auto sale = m_till->journal()->sale(done->saleId);
    QVERIFY(sale);
    QCOMPARE(sale->total.toDecimalString(), u"120.00"_s);
    QCOMPARE(sale->rows.size(), 1);
    QCOMPARE(sale->tenders.first().tendered.toDecimalString(), u"150.00"_s);
}

void TestCheckout::typedRowsAreInvoicedAsTyped()
{
    auto checkout = makeCheckout();
    auto coffee = makeSaleRow(u"Kaffe"_s, u"2", u"25.00", u"12", Currency::sek());
    auto cheese = makeSaleRow(u"Ost"_s, u"0.512", u"199.00", u"12", Currency::sek());
    auto off = makeSaleRow(u"Rabatt"_s, u"1", u"-10.00", u"12", Currency::sek());
    QVERIFY(coffee && cheese && off);
    QVERIFY(m_cart->addTypedRow(*coffee));
    QVERIFY(m_cart->addTypedRow(*coffee)); // typed twice: two rows, not one of 4
    QVERIFY(m_cart->addTypedRow(*cheese));
    QVERIFY(m_cart->addTypedRow(*off));
    QVERIFY(!m_cart->addTypedRow(
        *makeSaleRow(u"Euro"_s, u"1", u"1.00", u"25", *Currency::fromCode(u"EUR"_s))));
    const QList<journal::SaleRow> rows = m_cart->saleRows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), *coffee);
    QCOMPARE(rows.at(1), *coffee);
    QCOMPARE(rows.at(2), *cheese);
    QCOMPARE(rows.at(3), *off);
    QCOMPARE(m_cart->total().toDecimalString(), u"191.89"_s); // 100 + 101.89 - 10
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    QTRY_COMPARE(checkout->session()->state(), State::Waiting);
    QCOMPARE(checkout->session()->amount().toDecimalString(), u"191.89"_s);
    checkout->session()->cancel();
    QTRY_COMPARE(checkout->session()->state(), State::Canceled);
}

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
