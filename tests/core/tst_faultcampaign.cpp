#include "core/payment/paymentsession.h"
#include "core/terminal/errortext.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QElapsedTimer>
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

private:
    Money sek(qint64 minor) const { return Money(minor, Currency::sek()); }
    journal::SaleRow row(qint64 minor) const
    {
        return journal::SaleRow{u"Kaffe"_s, {},         {},         Decimal::fromInteger(1),
                                u"st"_s,    sek(minor), sek(minor), Decimal::fromInteger(12)};
    }
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
    int invoicesAtSeqr(seqr::InvoiceStatus status) const;
    QString printFaults() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<seqr::SeqrClient> m_client;
    std::unique_ptr<journal::Journal> m_journal;
};

void TestFaultCampaign::init()
{
    m_journal.reset();
    m_client.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isRunning());
    m_client = m_sandbox->makeClient();
    QVERIFY(!m_sandbox->registerTill(*m_client, u"Till 1"_s, u"TILL1"_s).isEmpty());
    auto journal = journal::Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal);
    m_journal = std::move(journal).value();
}

int TestFaultCampaign::invoicesAtSeqr(seqr::InvoiceStatus status) const
{
    int n = 0;
    for (const sandbox::InvoiceRecord &r : m_sandbox->serviceConst().state().invoices)
        n += r.status == status ? 1 : 0;
    return n;
}

QString TestFaultCampaign::printFaults() const
{
    QStringList parts;
    const auto injected = m_sandbox->server().randomFaultsInjected();
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
    m_sandbox->server().setRandomFaults(faults);
    int shown = 0;
    int paid = 0;
    QStringList notShown;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < payments; ++i) {
        PaymentSession session(m_client.get(), m_journal.get(), u"Lilla Livs"_s, timing());
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
        QVERIFY(m_sandbox->service().pay(session.invoiceReference(), u"1234"_s));
        QVERIFY2(QTest::qWaitFor([&] { return session.isFinished(); }, 30000),
                 qPrintable(paymentStateName(session.state())));
        paid += session.state() == PaymentSession::State::Paid ? 1 : 0;
    }
    const int open = invoicesAtSeqr(seqr::InvoiceStatus::Issued);
    qInfo().noquote() << "payments tried" << payments << "- QR shown" << shown << "- paid" << paid
                      << "- open invoices left at SEQR" << open << "- invoices at SEQR"
                      << m_sandbox->serviceConst().state().invoices.size() << "-" << clock.elapsed()
                      << "ms; faults:" << printFaults();
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
    const auto injected = m_sandbox->server().randomFaultsInjected();
    const int answersLost = injected.value(u"sendInvoice/dropAfter"_s) +
                            injected.value(u"sendInvoice/noAnswerAfterRun"_s);
    QVERIFY(answersLost > 0); // the seed tries what the test is about
    QCOMPARE(open, answersLost);
}

QTEST_GUILESS_MAIN(TestFaultCampaign)
#include "tst_faultcampaign.moc"
