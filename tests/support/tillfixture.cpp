#include "tests/support/tillfixture.h"

#include "tests/support/quicktiming.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;

journal::SaleRow saleRow(const QString &name, const Money &unit, int quantity, int vat)
{
    return journal::SaleRow{name,
                            {},
                            {},
                            Decimal::fromInteger(quantity),
                            u"st"_s,
                            unit,
                            unit.times(quantity).valueOr(unit),
                            Decimal::fromInteger(vat)};
}

journal::SaleRow saleRow(const QString &name, qint64 unitMinor, int quantity, int vat)
{
    return saleRow(name, Money(unitMinor, Currency::sek()), quantity, vat);
}

catalog::Product product(const QString &name, const QString &price, int vat, const QString &ean)
{
    catalog::Product p;
    p.ean = ean;
    p.sku = name.left(3).toUpper();
    p.name = name;
    p.unitPrice = *Money::parse(price, u"SEK");
    p.taxRate = Decimal::fromInteger(vat);
    return p;
}

TillFixture::TillFixture(sandbox::SandboxOptions options)
    : m_sandbox(std::make_unique<SandboxFixture>(std::move(options)))
{
    if (!m_sandbox->isRunning()) {
        m_problem = u"the seqr-sandbox did not start: "_s + m_sandbox->error();
        return;
    }
    m_client = m_sandbox->makeClient();
    auto journal = journal::Journal::open(path(u"journal.sqlite"_s));
    if (!journal) {
        m_problem = u"the journal did not open: "_s + journal.error().detail;
        return;
    }
    m_journal = std::move(journal).value();
}

bool TillFixture::requireControlUnit()
{
    if (!m_problem.isEmpty())
        return false;
    if (auto required = m_journal->setControlUnitRequired(true); !required) {
        m_problem = u"the journal did not take the control unit: "_s + required.error().detail;
        return false;
    }
    return true;
}

QString TillFixture::registerTill(const QString &name, const QString &seqrId)
{
    if (!m_problem.isEmpty())
        return {};
    const QString terminalId = m_sandbox->registerTill(*m_client, name, seqrId);
    if (terminalId.isEmpty())
        m_problem = u"the till could not be registered at the sandbox"_s;
    return terminalId;
}

std::unique_ptr<Checkout> TillFixture::makeCheckout(Cart *cart, const QString &shopName)
{
    return std::make_unique<Checkout>(
        CheckoutContext{client(), journal(), shopName, u"anna"_s, kassa::test::quickTiming(5000)},
        cart);
}

void TillFixture::keepFilesWhenAsked()
{
    if (!qEnvironmentVariableIsSet("KASSA_KEEP_TEST_FILES"))
        return;
    m_dir.setAutoRemove(false);
    qInfo("test files kept in %s", qPrintable(m_dir.path()));
}

QString TillFixture::payBySeqr(const PaymentRequest &request, const PaymentTiming &timing)
{
    PaymentSession session(client(), journal(), u"Lilla Livs"_s, timing);
    session.start(request);
    if (!QTest::qWaitFor([&] { return !session.invoiceReference().isEmpty(); }, 10000) ||
        !m_sandbox->service().pay(session.invoiceReference(), u"1234"_s) ||
        !QTest::qWaitFor([&] { return session.state() == PaymentSession::State::Paid; }, 10000))
        return {};
    return session.ersReference();
}

std::unique_ptr<TillFixture> TillFixture::withTillOne(sandbox::SandboxOptions options)
{
    auto till = std::make_unique<TillFixture>(std::move(options));
    till->registerTill(u"Till 1"_s, u"TILL1"_s);
    return till;
}

namespace {

// What `refunder`, started, ends with (within 30 s).
Result<Refunder::Outcome> outcomeOf(const Refunder &refunder)
{
    if (!QTest::qWaitFor([&] { return refunder.isFinished(); }, 30000))
        return makeError(ErrorCode::None, u"the refund never finished"_s);
    return refunder.result();
}

} // namespace

Result<Refunder::Outcome> TillFixture::refund(const QString &ers, const Money &amount)
{
    Refunder refunder(client(), journal());
    refunder.refund(ers, amount, u"manager"_s);
    return outcomeOf(refunder);
}

Result<Refunder::Outcome> TillFixture::refund(const RefundPlan &plan, const QString &cashierId)
{
    Refunder refunder(client(), journal());
    refunder.refund(plan, cashierId);
    return outcomeOf(refunder);
}
