#include "core/drawer/cashdrawer.h"
#include "core/payment/paymentsession.h"
#include "core/payment/refunddoubts.h"
#include "core/payment/refunder.h"
#include "core/receipt/receipttext.h"
#include "core/refund/refundplan.h"
#include "core/terminal/errortext.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/tillfixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

// Refunds as safe as payments (issue 27): journaled before SEQR is asked, a
// lost answer in doubt until SEQR's report or the manager settles it, never
// made twice.
class TestRefunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lostAnswerIsInDoubtAndNeverRefundedTwice();
    void lostRequestIsSettledAsNotMade();
    void managerSettlesWithTheEvidence();
    void refundLeftPendingByAStoppedRunIsSettled();
    void tillCloseAddsUpAfterACheckpoint();
    void rowRefundGivesBackWhatWasPaidToTheCent();
    void splitTenderGivesTheCashPartBackInCash();
    void splitTenderRowsComeBackPieceByPieceAndTheReceiptAddsUp();

private:
    QString payWithSeqr(qint64 minor);
    QString payRows(const QList<journal::SaleRow> &rows, const Money &cash = {});
    Result<Refunder::Outcome> refund(const QString &ers, const Money &amount);
    Result<Refunder::Outcome> carryOut(const RefundPlan &plan);
    QJsonArray refundsAtSeqr();
    RefundDoubtResolver *resolve();
    Money sek(qint64 minor) { return Money(minor, Currency::sek()); }

    std::unique_ptr<TillFixture> m_till;
    std::unique_ptr<RefundDoubtResolver> m_resolver;
};

void TestRefunds::init()
{
    m_resolver.reset();
    m_till.reset();
    m_till = TillFixture::withTillOne();
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
}

QString TestRefunds::payWithSeqr(qint64 minor)
{
    return payRows({saleRow(u"Kaffe"_s, sek(minor))});
}

QString TestRefunds::payRows(const QList<journal::SaleRow> &rows, const Money &cash)
{
    PaymentRequest r;
    r.rows = rows;
    r.cash = cash;
    r.cashTendered = cash;
    return m_till->payBySeqr(r);
}

Result<Refunder::Outcome> TestRefunds::refund(const QString &ers, const Money &amount)
{
    return m_till->refund(ers, amount);
}

Result<Refunder::Outcome> TestRefunds::carryOut(const RefundPlan &plan)
{
    return m_till->refund(plan, u"manager"_s);
}

// The line of a receipt's text that starts with `label` (trimmed), or "".
static QString lineOf(const QString &text, const QString &label)
{
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().startsWith(label))
            return line.simplified();
    }
    return {};
}

QJsonArray TestRefunds::refundsAtSeqr()
{
    QString invoiceRef;
    const auto sales = m_till->journal()->sales({});
    if (!sales || sales->isEmpty())
        return {};
    for (const journal::Tender &t : sales->first().tenders) {
        if (t.kind == journal::TenderKind::Seqr)
            invoiceRef = t.invoiceReference;
    }
    const auto invoice = m_till->sandbox().service().invoice(invoiceRef);
    return invoice ? (*invoice)[u"refunds"_s].toArray() : QJsonArray();
}

RefundDoubtResolver *TestRefunds::resolve()
{
    m_resolver = std::make_unique<RefundDoubtResolver>(m_till->client(), m_till->journal(),
                                                       ReconcilerTiming{50, 50, 20});
    m_resolver->run();
    if (!QTest::qWaitFor([&] { return m_resolver->isFinished(); }, 30000))
        return nullptr;
    QCoreApplication::processEvents(); // its calls' deleteLater
    return m_resolver.get();
}

void TestRefunds::lostAnswerIsInDoubtAndNeverRefundedTwice()
{
    const QString ers = payWithSeqr(10000);
    QVERIFY(!ers.isEmpty());
    // SEQR makes the refund, and its answer is lost on the way.
    m_till->sandbox().server().injectFaults(sandbox::FaultKind::DroppedAfterRun, 1);
    const auto lost = refund(ers, sek(3000));
    // Never sent twice behind Kassa's back (QNetworkAccessManager resends a
    // request whose connection closed while waiting): one refund at SEQR.
    QCOMPARE(refundsAtSeqr().size(), 1);
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, ErrorCode::RefundInDoubt);
    QVERIFY2(describe(lost.error()).startsWith(u"Refund in doubt: SEQR's answer was lost"_s),
             qPrintable(describe(lost.error())));
    QVERIFY(lost.error().detail.contains(u"30.00 SEK of payment "_s + ers));
    QCOMPARE(refundsAtSeqr().size(), 1);
    // The journal knew before SEQR was asked, with the request's reference.
    const auto doubts = m_till->journal()->refundsInDoubt();
    QVERIFY(doubts);
    QCOMPARE(doubts->size(), 1);
    QCOMPARE(doubts->first().state, journal::RefundIntent::State::InDoubt);
    QCOMPARE(doubts->first().amount, sek(3000));
    QCOMPARE(doubts->first().clientReference.size(), 32);
    QVERIFY(lost.error().detail.contains(doubts->first().clientReference));

    // Trying again is refused without asking SEQR: still one refund there.
    const auto again = refund(ers, sek(3000));
    QCOMPARE(again.error().code, ErrorCode::RefundInDoubt);
    QCOMPARE(refundsAtSeqr().size(), 1);
    QCOMPARE(*m_till->journal()->refundable(ers), sek(10000)); // not counted until settled

    // SEQR's report settles it: made, with the reference SEQR gave it.
    RefundDoubtResolver *resolver = resolve();
    QVERIFY(resolver);
    QVERIFY(resolver->failures().isEmpty());
    QCOMPARE(resolver->settled().size(), 1);
    const QString madeAs = refundsAtSeqr().first()[u"ersReference"_s].toString();
    QCOMPARE(resolver->settled().first().refundErsReference, madeAs);
    QCOMPARE(*m_till->journal()->refundable(ers), sek(7000));
    QCOMPARE(m_till->journal()->refunds({})->size(), 1);
    QCOMPARE(m_till->journal()->refunds({})->first().refundErsReference, madeAs);
    QVERIFY(m_till->journal()->refundsInDoubt()->isEmpty());
    QVERIFY(m_till->journal()->refundIntent(doubts->first().id)->detail.contains(u"lists it"_s));

    // Now the rest may be refunded, once.
    const auto rest = refund(ers, sek(7000));
    QVERIFY2(rest, rest ? "" : qPrintable(rest.error().detail));
    QCOMPARE(rest->remaining, sek(0));
    QCOMPARE(refundsAtSeqr().size(), 2);
}

void TestRefunds::lostRequestIsSettledAsNotMade()
{
    const QString ers = payWithSeqr(5000);
    QVERIFY(!ers.isEmpty());
    // Lost before SEQR ran it: the till cannot tell that apart, so in doubt.
    m_till->sandbox().server().injectFaults(sandbox::FaultKind::DroppedConnection, 1);
    const auto lost = refund(ers, sek(5000));
    QCOMPARE(lost.error().code, ErrorCode::RefundInDoubt);
    QCOMPARE(refundsAtSeqr().size(), 0);
    RefundDoubtResolver *resolver = resolve();
    QVERIFY(resolver);
    QCOMPARE(resolver->settled().size(), 1);
    QVERIFY(resolver->settled().first().refundErsReference.isEmpty());
    const auto intent = m_till->journal()->refundIntent(resolver->settled().first().intent.id);
    QCOMPARE(intent->state, journal::RefundIntent::State::Failed);
    QVERIFY(intent->detail.contains(u"lists no such refund"_s));
    QCOMPARE(*m_till->journal()->refundable(ers), sek(5000));
    // Then it can be made, once.
    QVERIFY(refund(ers, sek(5000)));
    QCOMPARE(refundsAtSeqr().size(), 1);
    QCOMPARE(*m_till->journal()->refundable(ers), sek(0));
}

void TestRefunds::managerSettlesWithTheEvidence()
{
    const QString ers = payWithSeqr(2000);
    QVERIFY(!ers.isEmpty());
    m_till->sandbox().server().injectFaults(sandbox::FaultKind::DroppedAfterRun, 1);
    QCOMPARE(refund(ers, sek(2000)).error().code, ErrorCode::RefundInDoubt);
    const auto doubt = m_till->journal()->refundInDoubt(ers);
    QVERIFY(doubt && doubt->has_value());
    const QString madeAs = refundsAtSeqr().first()[u"ersReference"_s].toString();
    QVERIFY(settleRefundByManager(*m_till->journal(), (*doubt)->id, madeAs,
                                  u"seen in SEQR's back office"_s));
    QCOMPARE(*m_till->journal()->refundable(ers), sek(0));
    const auto settled = m_till->journal()->refundIntent((*doubt)->id);
    QCOMPARE(settled->state, journal::RefundIntent::State::Done);
    QCOMPARE(settled->refundErsReference, madeAs);
    QVERIFY(settled->detail.contains(u"seen in SEQR's back office"_s));
    // A settled refund stays settled.
    QVERIFY(!settleRefundByManager(*m_till->journal(), (*doubt)->id, {}, u"changed my mind"_s));
}

void TestRefunds::refundLeftPendingByAStoppedRunIsSettled()
{
    const QString ers = payWithSeqr(4000);
    QVERIFY(!ers.isEmpty());
    // A run journaled the intent, then stopped before SEQR was asked.
    journal::RefundIntent intent;
    intent.originalErsReference = ers;
    intent.clientReference = u"0123456789abcdef0123456789abcdef"_s;
    intent.amount = sek(1500);
    const auto id = m_till->journal()->recordRefundIntent(intent);
    QVERIFY(id);
    QCOMPARE(refund(ers, sek(1000)).error().code, ErrorCode::RefundInDoubt);
    RefundDoubtResolver *resolver = resolve();
    QVERIFY(resolver);
    QCOMPARE(resolver->settled().size(), 1);
    QCOMPARE(m_till->journal()->refundIntent(*id)->state, journal::RefundIntent::State::Failed);
    // Pending at start means in doubt; then SEQR's report lists no such refund.
    QCOMPARE(m_till->journal()->events(intent.clientReference).value(),
             (QStringList{u"refund-pending"_s, u"refund-in-doubt"_s, u"refund-failed"_s}));
    QCOMPARE(refundsAtSeqr().size(), 0);
}

void TestRefunds::tillCloseAddsUpAfterACheckpoint()
{
    const QString ers = payWithSeqr(10000);
    QVERIFY(!ers.isEmpty());
    m_till->sandbox().server().injectFaults(sandbox::FaultKind::DroppedAfterRun, 1);
    QCOMPARE(refund(ers, sek(3000)).error().code, ErrorCode::RefundInDoubt);
    QVERIFY(resolve()); // marks a checkpoint period at SEQR for this till
    QCOMPARE(m_till->journal()->checkpoints({})->size(), 1);
    QVERIFY(!payWithSeqr(5000).isEmpty());
    // The till's close still sees the whole period: the payment before the
    // checkpoint, the refund and the payment after it, all matched.
    Reconciler close(m_till->client(), m_till->journal(), Currency::sek(),
                     ReconcilerTiming{50, 50, 20});
    close.run(true);
    QVERIFY(QTest::qWaitFor([&] { return close.isFinished(); }, 30000));
    QVERIFY2(close.result(), close.result() ? "" : qPrintable(close.result().error().detail));
    QVERIFY(close.result()->isClean());
    QCOMPARE(close.result()->lines.size(), 3);
    QCOMPARE(close.result()->seqrTotal, sek(12000));
    QCOMPARE(close.result()->kassaTotal, sek(12000));
}

void TestRefunds::rowRefundGivesBackWhatWasPaidToTheCent()
{
    // Coffee 100.00 less its 10.00 discount, cheese 0.500 kg at 99.90 =
    // 49.95, and 5.00 off the receipt: paid 134.95. The receipt discount
    // splits 3.22 / 1.78 (90.00 : 49.95), so coffee was 86.78, cheese 48.17.
    auto row = [&](const QString &name, const QString &q, qint64 unit, qint64 total,
                   RowKind kind = RowKind::Item) {
        journal::SaleRow r{name,    {},        {},         *Decimal::parse(q),
                           u"st"_s, sek(unit), sek(total), Decimal::fromInteger(12)};
        r.kind = kind;
        r.discount = kind != RowKind::Item;
        return r;
    };
    const QString ers = payRows({row(u"Kaffe"_s, u"1"_s, 10000, 10000),
                                 row(u"Kaffe"_s, u"1"_s, -1000, -1000, RowKind::RowDiscount),
                                 row(u"Ost"_s, u"0.500"_s, 9990, 4995),
                                 row({}, u"1"_s, -500, -500, RowKind::ReceiptDiscount)});
    QVERIFY(!ers.isEmpty());
    const journal::Sale sale = *m_till->journal()->saleByErsReference(ers);
    QCOMPARE(sale.total, sek(13495));
    QStringList paid;
    for (const Money &m : paidPerRow(sale))
        paid.append(m.toDecimalString());
    QCOMPARE(paid, (QStringList{u"86.78"_s, u"0.00"_s, u"48.17"_s, u"0.00"_s}));

    auto carryOut = [&](const QList<Decimal> &quantities) -> Result<Refunder::Outcome> {
        const RefundPlan plan =
            RefundPlan::make(*m_till->journal(), sale, ers, quantities, std::nullopt);
        if (!plan.isValid())
            return makeError(ErrorCode::InvalidArgument, QString::number(int(plan.problem)));
        return m_till->refund(plan, u"manager"_s);
    };
    const Decimal none;
    const Decimal quarter = *Decimal::parse(u"0.250");
    // The coffee gives back what was paid for it, not its list price.
    const auto coffee = carryOut({Decimal::fromInteger(1)});
    QVERIFY(coffee);
    QCOMPARE(coffee->amount, sek(8678));
    // The cheese in two halves: 24.08 then exactly what is left, 24.09.
    const auto first = carryOut({none, none, quarter});
    QVERIFY(first);
    QCOMPARE(first->amount, sek(2408));
    const auto last = carryOut({none, none, quarter});
    QVERIFY(last);
    QCOMPARE(last->amount, sek(2409));
    QCOMPARE(last->remaining, sek(0));
    // A discount row cannot be "refunded" on its own.
    QCOMPARE(RefundPlan::make(*m_till->journal(), sale, ers, {none, Decimal::fromInteger(1)},
                              std::nullopt)
                 .problem,
             RefundPlan::Problem::RowQuantity);
    // What SEQR holds adds up to what was paid, not a cent more.
    qint64 atSeqr = 0;
    for (const auto &r : refundsAtSeqr())
        atSeqr += Money::parse(r.toObject()[u"amount"_s].toString(), u"SEK")
                      .valueOr(Money())
                      .minorUnits();
    QCOMPARE(atSeqr, 13495);
}

void TestRefunds::splitTenderGivesTheCashPartBackInCash()
{
    // 100.00 paid 40.00 in cash and 60.00 by SEQR; all of it comes back.
    const QString ers = payRows({saleRow(u"Kaffe"_s, 10000)}, sek(4000));
    QVERIFY(!ers.isEmpty());
    const auto found = m_till->journal()->saleByErsReference(ers);
    QVERIFY2(found, found ? "" : qPrintable(found.error().detail));
    const journal::Sale sale = *found;
    const auto refundable = m_till->journal()->refundable(ers);
    QVERIFY2(refundable, refundable ? "" : qPrintable(refundable.error().detail));
    QCOMPARE(*refundable, sek(6000));
    const RefundPlan plan =
        RefundPlan::make(*m_till->journal(), sale, ers, {Decimal::fromInteger(1)}, *refundable);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.amount, sek(6000));
    QCOMPARE(plan.cash, sek(4000));
    Refunder refunder(m_till->client(), m_till->journal());
    // The drawer opens for the cash part, journaled before the kick.
    CashDrawer drawer(m_till->journal());
    QList<int> openingsAtKick;
    drawer.setKick([&] {
        openingsAtKick.append(int(m_till->journal()
                                      ->drawerOpenings({}, QDateTime::currentDateTimeUtc())
                                      .valueOr({})
                                      .size()));
    });
    refunder.setDrawer(&drawer);
    QSignalSpy done(&refunder, &Refunder::finished);
    refunder.refund(plan, u"manager"_s);
    QVERIFY(QTest::qWaitFor([&] { return done.size() > 0; }, 30000));
    QVERIFY2(refunder.result(),
             refunder.result() ? "" : qPrintable(refunder.result().error().detail));
    QCOMPARE(refunder.result()->amount, sek(6000));
    QCOMPARE(refunder.result()->cash, sek(4000));
    QCOMPARE(openingsAtKick, QList<int>{1});
    const auto openings = m_till->journal()->drawerOpenings({}, QDateTime::currentDateTimeUtc());
    QVERIFY(openings && openings->size() == 1);
    QCOMPARE(openings->first().cause, journal::DrawerCause::CashRefund);
    QCOMPARE(openings->first().reference, refunder.result()->refundErsReference);
    QCOMPARE(refundsAtSeqr().size(), 1);
    QCOMPARE(refundsAtSeqr().first()[u"amount"_s].toString(), u"60.00"_s);
    // The cash part is in the journal with the refund.
    QVERIFY(m_till->journal()->refundsInDoubt()->isEmpty());
    const auto intents = m_till->journal()->refundIntent(1);
    QVERIFY(intents);
    QCOMPARE(intents->cash, sek(4000));
    QCOMPARE(intents->state, journal::RefundIntent::State::Done);
    QVERIFY(m_till->journal()->events(intents->clientReference)->contains(u"refund-cash"_s));
    QCOMPARE(*m_till->journal()->refundable(ers), sek(0));
}

void TestRefunds::splitTenderRowsComeBackPieceByPieceAndTheReceiptAddsUp()
{
    // 100.00: 2 × Kaffe 25.00 and 0.500 kg Ost at 100.00; 40.00 paid in
    // cash, 60.00 by SEQR. Given back in two refunds, each split as the sale
    // was paid (40 % cash), the last piece taking exactly what is left.
    const QString ers =
        payRows({saleRow(u"Kaffe"_s, 2500, 2), journal::SaleRow{u"Ost"_s,
                                                                {},
                                                                {},
                                                                *Decimal::parse(u"0.500"_s),
                                                                u"kg"_s,
                                                                sek(10000),
                                                                sek(5000),
                                                                Decimal::fromInteger(12)}},
                sek(4000));
    QVERIFY(!ers.isEmpty());
    const journal::Sale sale = *m_till->journal()->saleByErsReference(ers);
    const Decimal quarter = *Decimal::parse(u"0.250"_s);
    RefundPlan plan = RefundPlan::make(*m_till->journal(), sale, ers,
                                       {Decimal::fromInteger(2), quarter}, std::nullopt);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.total(), sek(7500));
    QCOMPARE(plan.amount, sek(4500));
    QCOMPARE(plan.cash, sek(3000));
    const auto first = carryOut(plan);
    QVERIFY2(first, first ? "" : qPrintable(first.error().detail));
    QCOMPARE(first->amount, sek(4500));
    QCOMPARE(first->cash, sek(3000));
    plan.remaining = first->remaining;
    ReceiptSettings english;
    english.shopName = u"Lilla Livs"_s;
    english.language = u"en"_s;
    const QString text = refundReceiptText(plan, first->refundErsReference,
                                           QDateTime::currentDateTime(), u"boss"_s, english);
    // The rows add up to what it says was refunded, and that is the SEQR
    // part and the cash part.
    QCOMPARE(lineOf(text, u"Kaffe"_s), u"Kaffe -50.00"_s);
    QCOMPARE(lineOf(text, u"Ost"_s), u"Ost -25.00"_s);
    QCOMPARE(lineOf(text, u"REFUNDED"_s), u"REFUNDED SEK -75.00"_s);
    QCOMPARE(lineOf(text, u"VAT included"_s), u"VAT included 8.04"_s);
    QCOMPARE(lineOf(text, u"SEQR refund"_s), u"SEQR refund -45.00"_s);
    QCOMPARE(lineOf(text, u"Refunded in cash"_s), u"Refunded in cash -30.00"_s);
    QCOMPARE(lineOf(text, u"Refund reference"_s),
             u"Refund reference "_s + first->refundErsReference);
    QCOMPARE(lineOf(text, u"Still refundable"_s), u"Still refundable 15.00"_s);
    QVERIFY2(!text.contains(u"Not refunded"_s), qPrintable(text));

    // More cash than is left of what was paid in cash is refused, before SEQR.
    const RefundPlan tooMuchCash =
        RefundPlan::make(*m_till->journal(), sale, ers, {Decimal(), quarter}, sek(500));
    QCOMPARE(tooMuchCash.problem, RefundPlan::Problem::MoreCashThanPaid);
    QCOMPARE(tooMuchCash.cashLeft, sek(1000));

    // The last of the cheese: what is left of each part, to the cent.
    plan = RefundPlan::make(*m_till->journal(), sale, ers, {Decimal(), quarter}, std::nullopt);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.amount, sek(1500));
    QCOMPARE(plan.cash, sek(1000));
    const auto last = carryOut(plan);
    QVERIFY2(last, last ? "" : qPrintable(last.error().detail));
    QCOMPARE(last->remaining, sek(0));

    // The journal: each refund with its cash part; SEQR holds 45 + 15.
    QCOMPARE(m_till->journal()->refundIntent(1)->amount, sek(4500));
    QCOMPARE(m_till->journal()->refundIntent(1)->cash, sek(3000));
    QCOMPARE(m_till->journal()->refundIntent(2)->cash, sek(1000));
    QCOMPARE(*m_till->journal()->refundedInCash(ers, Currency::sek()), sek(4000));
    QCOMPARE(*m_till->journal()->refundable(ers), sek(0));
    const QJsonArray atSeqr = refundsAtSeqr();
    QCOMPARE(atSeqr.size(), 2);
    QCOMPARE(atSeqr[0][u"amount"_s].toString(), u"45.00"_s);
    QCOMPARE(atSeqr[1][u"amount"_s].toString(), u"15.00"_s);
    // Nothing is left to give back.
    QCOMPARE(
        RefundPlan::make(*m_till->journal(), sale, ers, {Decimal(), quarter}, std::nullopt).problem,
        RefundPlan::Problem::RowQuantity);
}

QTEST_GUILESS_MAIN(TestRefunds)
#include "tst_refunds.moc"
