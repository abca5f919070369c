#include "core/payment/paymentsession.h"
#include "core/payment/refunddoubts.h"
#include "core/payment/refunder.h"
#include "core/reconciliation/reconciler.h"
#include "core/terminal/errortext.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/tillfixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

// Campaigns under random faults (issue 27 items 7 and 8): many payments or
// refunds against the sandbox while a fixed share of SOAP requests is lost,
// before or after SEQR ran them. Fixed seeds; each prints its figures.
class TestFaultCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void paymentsStartUnderFaults();
    void unansweredSendInvoiceIsSentAgainInTime();
    void refundsAddUpUnderFaults();
    void refundInDoubtBeforeATillCloseIsSettledFromTheClosesReport();
    void refundInDoubtBehindALostPeriodMarkStaysInDoubt();

private:
    Money sek(qint64 minor) const { return Money(minor, Currency::sek()); }
    journal::SaleRow row(qint64 minor) const { return saleRow(u"Kaffe"_s, sek(minor)); }
    // The defaults but polls every 50 ms and a lost request given up after
    // 0.5 s (3 s at a till), so a hundred payments fit in a minute.
    static PaymentTiming timing()
    {
        PaymentTiming t;
        t.pollIntervalMs = 50;
        t.journalRetryMs = 50;
        t.callTimeoutMs = 500;
        return t;
    }
    QString pay(qint64 minor);
    Result<Refunder::Outcome> refund(const QString &ers, qint64 minor);
    std::unique_ptr<RefundDoubtResolver> resolve();
    int invoicesAtSeqr(seqr::InvoiceStatus status) const;
    QString printFaults() const;

    std::unique_ptr<TillFixture> m_till;
};

void TestFaultCampaign::init()
{
    m_till.reset();
    m_till = TillFixture::withTillOne();
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
}

int TestFaultCampaign::invoicesAtSeqr(seqr::InvoiceStatus status) const
{
    int n = 0;
    for (const sandbox::InvoiceRecord &r : m_till->sandbox().serviceConst().state().invoices)
        n += r.status == status ? 1 : 0;
    return n;
}

QString TestFaultCampaign::printFaults() const
{
    QStringList parts;
    const auto injected = m_till->sandbox().server().randomFaultsInjected();
    for (auto it = injected.begin(); it != injected.end(); ++it)
        parts.append(it.key() + u' ' + QString::number(it.value()));
    return parts.join(u", "_s);
}

void TestFaultCampaign::paymentsStartUnderFaults()
{
    // 10 % of every SOAP request lost at random: before SEQR ran it or
    // after (its answer lost), the connection closed or silent until the
    // till gives up. The cashier still sees the QR (at most 1 in 100 does
    // not), and every payment the buyer made is journaled as paid.
    constexpr int payments = 100;
    sandbox::RandomFaults faults;
    faults.percent = 10;
    faults.seed = 2027;
    faults.kinds = {sandbox::FaultKind::DroppedConnection, sandbox::FaultKind::DroppedAfterRun,
                    sandbox::FaultKind::Unanswered, sandbox::FaultKind::UnansweredAfterRun};
    m_till->sandbox().server().setRandomFaults(faults);
    int shown = 0;
    int paid = 0;
    QStringList notShown;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < payments; ++i) {
        PaymentSession session(m_till->client(), m_till->journal(), u"Lilla Livs"_s, timing());
        PaymentRequest request;
        request.cashierId = u"anna"_s;
        request.rows = {row(1000 + i)};
        session.start(request);
        QVERIFY(QTest::qWaitFor(
            [&] { return !session.invoiceReference().isEmpty() || session.isFinished(); }, 30000));
        if (session.invoiceReference().isEmpty()) {
            notShown.append(u"payment "_s + QString::number(i + 1) + u": "_s +
                            describe(session.lastError()));
            continue;
        }
        ++shown;
        QVERIFY(m_till->sandbox().service().pay(session.invoiceReference(), u"1234"_s));
        QVERIFY2(QTest::qWaitFor([&] { return session.isFinished(); }, 30000),
                 qPrintable(paymentStateName(session.state())));
        paid += session.state() == PaymentSession::State::Paid ? 1 : 0;
    }
    const int open = invoicesAtSeqr(seqr::InvoiceStatus::Issued);
    qInfo().noquote() << "payments tried" << payments << "- QR shown" << shown << "- paid" << paid
                      << "- open invoices left at SEQR" << open << "- invoices at SEQR"
                      << m_till->sandbox().serviceConst().state().invoices.size() << "-"
                      << clock.elapsed() << "ms; faults:" << printFaults();
    for (const QString &line : std::as_const(notShown))
        qInfo().noquote() << "  no QR:" << line;
    QVERIFY2(payments - shown <= payments / 100, qPrintable(notShown.join(u"; "_s)));
    QCOMPARE(paid, shown);
    // The invoices left open at SEQR are those whose sendInvoice SEQR made
    // and whose answer was lost: the till never learned their reference, and
    // PROTOCOL.md gives no way to find or cancel such an invoice
    // (cancelInvoice needs the reference; no lookup by clientInvoiceId; no
    // idempotent resend). Nothing else (a lost poll, cancel or receipt)
    // leaves one. Their QR was never shown; they carry the same
    // clientInvoiceId as the paid invoice that replaced them.
    const auto injected = m_till->sandbox().server().randomFaultsInjected();
    const int answersLost = injected.value(u"sendInvoice/dropAfter"_s) +
                            injected.value(u"sendInvoice/noAnswerAfterRun"_s);
    QVERIFY(answersLost > 0); // the seed tries what the test is about
    QCOMPARE(open, answersLost);
}

void TestFaultCampaign::unansweredSendInvoiceIsSentAgainInTime()
{
    // The till's own timing: a sendInvoice lost without a word is given up
    // after 3 s and sent again within the 5 s budget, so the cashier sees the
    // QR (before, the client's 10 s timeout ran past the budget: "SEQR does
    // not answer").
    m_till->sandbox().server().injectFaults(sandbox::FaultKind::Unanswered, 1);
    PaymentSession session(m_till->client(), m_till->journal(), u"Lilla Livs"_s);
    PaymentRequest request;
    request.rows = {row(4500)};
    QElapsedTimer clock;
    clock.start();
    session.start(request);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return session.state() != PaymentSession::State::Created &&
                   session.state() != PaymentSession::State::Sending;
        },
        15000));
    QCOMPARE(session.state(), PaymentSession::State::Waiting);
    QVERIFY(!session.qrCode().isEmpty());
    QCOMPARE(session.sendAttempts(), 2);
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    session.cancel();
    QVERIFY(QTest::qWaitFor([&] { return session.isFinished(); }, 15000));
}

QString TestFaultCampaign::pay(qint64 minor)
{
    PaymentRequest request;
    request.cashierId = u"anna"_s;
    request.rows = {row(minor)};
    return m_till->payBySeqr(request, timing());
}

void TestFaultCampaign::refundsAddUpUnderFaults()
{
    // Eight payments of 250.00, then 80 partial refunds of random amounts
    // while a quarter of the refundPayment requests are lost (before or
    // after SEQR made the refund, closed or silent). A refund in doubt is
    // said so and blocks its payment until SEQR's report settles it (every
    // tenth attempt, as at start-up). At the end SEQR, the journal and what
    // the manager was told say the same, and no refund was made twice.
    QStringList payments;
    for (int i = 0; i < 8; ++i)
        payments.append(pay(25000));
    QVERIFY(!payments.contains(QString()));
    // A refund without an answer is given up after 1 s here (10 s at a till).
    seqr::SeqrClient refundClient(
        seqr::SeqrClientConfig{m_till->sandbox().soapUrl(), std::chrono::milliseconds(1000), {}});
    refundClient.setTerminalCredentials(m_till->client()->terminalCredentials());
    sandbox::RandomFaults faults;
    faults.percent = 25;
    faults.seed = 827;
    faults.kinds = {sandbox::FaultKind::DroppedConnection, sandbox::FaultKind::DroppedAfterRun,
                    sandbox::FaultKind::Unanswered, sandbox::FaultKind::UnansweredAfterRun};
    // SEQR's report, read to settle the doubts, meets the same faults: a
    // period marked while the answer was lost must not pass for one that
    // holds the refund.
    faults.operations = {seqr::Operation::RefundPayment, seqr::Operation::MarkTransactionPeriod,
                         seqr::Operation::ExecuteReport};
    m_till->sandbox().server().setRandomFaults(faults);

    QRandomGenerator random(827);
    qint64 told = 0; // what the manager read as refunded, in öre
    int made = 0, inDoubt = 0, blocked = 0, settledMade = 0, settledNot = 0;
    auto settleDoubts = [&] {
        RefundDoubtResolver resolver(&refundClient, m_till->journal(),
                                     ReconcilerTiming{20, 20, 50});
        resolver.run();
        QVERIFY(QTest::qWaitFor([&] { return resolver.isFinished(); }, 30000));
        for (const Error &e : resolver.failures())
            qInfo().noquote() << "  still in doubt:" << e.detail;
        for (const RefundDoubtResolver::Settled &s : resolver.settled()) {
            if (s.refundErsReference.isEmpty()) {
                ++settledNot;
            } else {
                ++settledMade;
                told += s.intent.amount.minorUnits();
            }
        }
        QCoreApplication::processEvents(); // the resolver's calls' deleteLater
    };
    for (int attempt = 1; attempt <= 80; ++attempt) {
        const QString ers = payments.at(int(random.bounded(quint32(payments.size()))));
        const Money left = *m_till->journal()->refundable(ers);
        if (left.isZero())
            continue;
        const qint64 amount =
            1 + qint64(random.bounded(quint32(std::min<qint64>(left.minorUnits(), 6000))));
        const bool doubtBefore = m_till->journal()->refundInDoubt(ers)->has_value();
        Refunder refunder(&refundClient, m_till->journal());
        refunder.refund(ers, sek(amount), u"manager"_s);
        QVERIFY(QTest::qWaitFor([&] { return refunder.isFinished(); }, 30000));
        const auto &result = refunder.result();
        if (result) {
            ++made;
            told += result->amount.minorUnits();
            QCOMPARE(result->amount, sek(amount));
        } else if (result.error().code == ErrorCode::RefundInDoubt) {
            // Said as such, never as refunded nor as not refunded.
            QVERIFY2(describe(result.error()).startsWith(u"Refund in doubt"_s),
                     qPrintable(describe(result.error())));
            if (doubtBefore)
                ++blocked; // an earlier doubt on this payment: SEQR not asked
            else
                ++inDoubt;
        } else {
            QFAIL(qPrintable(u"attempt "_s + QString::number(attempt) + u": "_s +
                             describe(result.error())));
        }
        if (attempt % 10 == 0)
            settleDoubts();
    }
    const QString injected = printFaults();
    m_till->sandbox().server().setRandomFaults({});
    settleDoubts();
    // What no report can settle, the manager does from SEQR's back office
    // (here the sandbox's own records): a refund of that payment and amount
    // that the journal does not know yet, or none.
    int byManager = 0;
    const QList<journal::RefundIntent> doubts = m_till->journal()->refundsInDoubt().value();
    for (const journal::RefundIntent &doubt : doubts) {
        QSet<QString> known;
        const QList<journal::Refund> journaled = m_till->journal()->refunds({}).value();
        for (const journal::Refund &r : journaled)
            known.insert(r.refundErsReference);
        QString madeAs;
        for (const sandbox::RefundRecord &r : m_till->sandbox().serviceConst().state().refunds) {
            if (madeAs.isEmpty() && r.originalErsReference == doubt.originalErsReference &&
                r.amount == doubt.amount && !known.contains(r.ersReference))
                madeAs = r.ersReference;
        }
        QVERIFY(
            settleRefundByManager(*m_till->journal(), doubt.id, madeAs, u"SEQR's back office"_s));
        told += madeAs.isEmpty() ? 0 : doubt.amount.minorUnits();
        ++byManager;
    }
    QVERIFY(m_till->journal()->refundsInDoubt()->isEmpty());

    qint64 atSeqr = 0;
    QSet<QString> seqrRefunds;
    for (const sandbox::RefundRecord &r : m_till->sandbox().serviceConst().state().refunds) {
        atSeqr += r.amount.minorUnits();
        seqrRefunds.insert(r.ersReference);
    }
    qint64 journaled = 0;
    QSet<QString> journalRefunds;
    const auto refunds = m_till->journal()->refunds({});
    QVERIFY(refunds);
    for (const journal::Refund &r : *refunds) {
        journaled += r.amount.minorUnits();
        journalRefunds.insert(r.refundErsReference);
    }
    qInfo().noquote() << "refunds tried 80 - made" << made << "- in doubt" << inDoubt
                      << "(settled from SEQR's report: made" << settledMade << "not made"
                      << settledNot << "; by the manager" << byManager << ")"
                      << "- refused while in doubt" << blocked << "- at SEQR" << seqrRefunds.size()
                      << Money(atSeqr, Currency::sek()).toDecimalString() << "- journal"
                      << refunds->size() << Money(journaled, Currency::sek()).toDecimalString()
                      << "- told" << Money(told, Currency::sek()).toDecimalString()
                      << "; faults:" << injected;
    QVERIFY(inDoubt > 0 && settledMade > 0 && settledNot > 0); // the seed tries it all
    QCOMPARE(atSeqr, journaled);
    QCOMPARE(journaled, told);
    // Nothing twice: each refund at SEQR is one journal refund, and back.
    QCOMPARE(seqrRefunds.size(), refunds->size());
    QCOMPARE(journalRefunds, seqrRefunds);
    for (const QString &ers : std::as_const(payments))
        QVERIFY(m_till->journal()->refundable(ers)->minorUnits() >= 0);
}

Result<Refunder::Outcome> TestFaultCampaign::refund(const QString &ers, qint64 minor)
{
    return m_till->refund(ers, sek(minor));
}

std::unique_ptr<RefundDoubtResolver> TestFaultCampaign::resolve()
{
    auto resolver = std::make_unique<RefundDoubtResolver>(m_till->client(), m_till->journal(),
                                                          ReconcilerTiming{20, 20, 50});
    resolver->run();
    if (!QTest::qWaitFor([&] { return resolver->isFinished(); }, 30000))
        return nullptr;
    QCoreApplication::processEvents(); // its calls' deleteLater
    return resolver;
}

void TestFaultCampaign::refundInDoubtBeforeATillCloseIsSettledFromTheClosesReport()
{
    const QString ers = pay(10000);
    QVERIFY(!ers.isEmpty());
    // SEQR makes 30.00 back, its answer is lost; then the till is closed
    // before the doubt is settled: the refund lies in the close's period.
    m_till->sandbox().server().injectFaults(sandbox::FaultKind::DroppedAfterRun, 1);
    QCOMPARE(refund(ers, 3000).error().code, ErrorCode::RefundInDoubt);
    Reconciler close(m_till->client(), m_till->journal(), Currency::sek(),
                     ReconcilerTiming{20, 20, 50});
    close.run(true);
    QVERIFY(QTest::qWaitFor([&] { return close.isFinished(); }, 30000));
    const auto resolver = resolve();
    QVERIFY(resolver);
    QVERIFY(resolver->failures().isEmpty());
    QCOMPARE(resolver->settled().size(), 1);
    const QString madeAs = m_till->sandbox().serviceConst().state().refunds.value(0).ersReference;
    // Made (read from the close's report), not "not made" from a later
    // period that cannot hold it: 70.00 is left, not 100.00.
    QCOMPARE(resolver->settled().first().refundErsReference, madeAs);
    QCOMPARE(*m_till->journal()->refundable(ers), sek(7000));
    QVERIFY(m_till->journal()
                ->refundIntent(resolver->settled().first().intent.id)
                ->detail.contains(u"lists it"_s));
}

void TestFaultCampaign::refundInDoubtBehindALostPeriodMarkStaysInDoubt()
{
    const QString ers = pay(10000);
    QVERIFY(!ers.isEmpty());
    m_till->sandbox().server().injectFaults(sandbox::FaultKind::DroppedAfterRun, 1);
    QCOMPARE(refund(ers, 3000).error().code, ErrorCode::RefundInDoubt);
    // The first try to settle it: SEQR marks the period, the answer is lost.
    m_till->sandbox().server().injectFaults(sandbox::FaultKind::DroppedAfterRun, 1);
    auto first = resolve();
    QVERIFY(first);
    QCOMPARE(first->failures().size(), 1);
    // The next try's period cannot hold the refund: it stays in doubt, for
    // the manager, rather than being called not made (and made again).
    auto second = resolve();
    QVERIFY(second);
    QVERIFY(second->settled().isEmpty());
    QCOMPARE(second->failures().size(), 1);
    QVERIFY2(second->failures().first().detail.contains(u"got no answer"_s),
             qPrintable(second->failures().first().detail));
    QCOMPARE(m_till->journal()->refundsInDoubt()->size(), 1);
    QCOMPARE(refund(ers, 7000).error().code, ErrorCode::RefundInDoubt);
    QCOMPARE(m_till->sandbox().serviceConst().state().refunds.size(), 1);
}

QTEST_GUILESS_MAIN(TestFaultCampaign)
#include "tst_faultcampaign.moc"
