#include "tests/support/signerfixture.h"

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;

SignerFixture::SignerFixture(const QString &unitId)
    : m_cart(std::make_unique<Cart>())
{
    if (!requireControlUnit())
        return;
    if (registerTill(u"Till 1"_s, u"TILL1"_s).isEmpty())
        return;
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
    auto checkout = TillFixture::makeCheckout(m_cart.get(), shopName);
    checkout->setControlUnit(service);
    return checkout;
}
