#include "tests/support/signerfixture.h"

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;
using namespace kassa::sandbox;

SignerFixture::SignerFixture(const QString &unitId)
    : m_seqr(std::make_unique<SandboxFixture>())
    , m_cart(std::make_unique<Cart>())
{
    if (!m_seqr->isRunning()) {
        m_problem = u"the seqr-sandbox did not start: "_s + m_seqr->error();
        return;
    }
    m_client = m_seqr->makeClient();
    if (m_seqr->registerTill(*m_client, u"Till 1"_s, u"TILL1"_s).isEmpty()) {
        m_problem = u"the till could not be registered at the sandbox"_s;
        return;
    }
    auto journal = journal::Journal::open(path(u"journal.sqlite"_s));
    if (!journal) {
        m_problem = u"the journal did not open: "_s + journal.error().detail;
        return;
    }
    m_journal = std::move(journal.value());
    if (auto required = m_journal->setControlUnitRequired(true); !required) {
        m_problem = u"the journal did not take the control unit: "_s + required.error().detail;
        return;
    }
    ControlUnitSandboxOptions o;
    o.unitId = unitId;
    o.journalPath = path(u"unit.sqlite"_s);
    m_unit = std::make_unique<ControlUnitSandbox>(o);
    if (auto opened = m_unit->open(); !opened) {
        m_problem = u"the control-unit sandbox did not open: "_s + opened.error().detail;
        return;
    }
    m_ports = std::make_unique<ControlUnitPorts>(m_unit.get(), 0);
    if (auto pty = m_ports->openPty(); !pty)
        m_problem = u"no pseudo-terminal for the control unit: "_s + pty.error().detail;
}

std::unique_ptr<ControlUnitService> SignerFixture::makeService(const SignerSettings &settings,
                                                               std::chrono::milliseconds answer,
                                                               std::chrono::milliseconds poll)
{
    ControlUnitOptions o;
    o.device = m_ports->ptyPath();
    o.answerTimeout = answer;
    o.commandGap = std::chrono::milliseconds(5);
    auto service = std::make_unique<ControlUnitService>(m_journal.get(), o, settings);
    service->setPollInterval(poll);
    return service;
}

std::unique_ptr<Checkout> SignerFixture::makeCheckout(ControlUnitService *service,
                                                      const QString &shopName)
{
    PaymentTiming timing;
    timing.pollIntervalMs = 100;
    timing.roundMs = 5000;
    timing.journalRetryMs = 100;
    auto checkout = std::make_unique<Checkout>(
        CheckoutContext{m_client.get(), m_journal.get(), shopName, u"anna"_s, timing},
        m_cart.get());
    checkout->setControlUnit(service);
    return checkout;
}
