#include "tests/support/signerfixture.h"

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;

SignerFixture::SignerFixture(const QString &unitId, Signing signing)
    : m_signing(std::move(signing))
    , m_cart(std::make_unique<Cart>())
{
    if (!requireControlUnit())
        return;
    if (registerTill(u"Till 1"_s, u"TILL1"_s).isEmpty())
        return;
    m_unit = std::make_unique<ControlUnitFixture>(unitId, path(u"unit.sqlite"_s));
    m_problem = m_unit->problem();
}

std::unique_ptr<ControlUnitService> SignerFixture::makeService()
{
    return m_unit->makeService(journal(), m_signing.settings, m_signing.answer, m_signing.poll);
}

std::unique_ptr<Checkout> SignerFixture::makeCheckout(ControlUnitService *service)
{
    auto checkout = TillFixture::makeCheckout(m_cart.get(), m_signing.shopName);
    checkout->setControlUnit(service);
    return checkout;
}
