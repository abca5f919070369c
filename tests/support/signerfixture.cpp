#include "tests/support/signerfixture.h"

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;

SignerFixture::SignerFixture(const QString &unitId)
    : m_cart(std::make_unique<Cart>())
{
    if (!requireControlUnit())
        return;
    if (sandbox().registerTill(*client(), u"Till 1"_s, u"TILL1"_s).isEmpty()) {
        m_problem = u"the till could not be registered at the sandbox"_s;
        return;
    }
    m_unit = std::make_unique<ControlUnitFixture>(unitId, path(u"unit.sqlite"_s));
    m_problem = m_unit->problem();
}

std::unique_ptr<ControlUnitService> SignerFixture::makeService(const SignerSettings &settings,
                                                               std::chrono::milliseconds answer,
                                                               std::chrono::milliseconds poll)
{
    return m_unit->makeService(journal(), settings, answer, poll);
}

std::unique_ptr<Checkout> SignerFixture::makeCheckout(ControlUnitService *service,
                                                      const QString &shopName)
{
    PaymentTiming timing;
    timing.pollIntervalMs = 100;
    timing.roundMs = 5000;
    timing.journalRetryMs = 100;
    auto checkout = std::make_unique<Checkout>(
        CheckoutContext{client(), journal(), shopName, u"anna"_s, timing},
        m_cart.get());
    checkout->setControlUnit(service);
    return checkout;
}
