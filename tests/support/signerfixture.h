#pragma once

#include "core/checkout/checkout.h"
#include "core/controlunit/controlunitservice.h"
#include "core/sale/cart.h"
#include "tests/support/controlunitfixture.h"
#include "tests/support/tillfixture.h"

#include <chrono>
#include <memory>

// A till with a control unit, as the receipt signer's tests need it: an
// in-process seqr-sandbox with the till registered (Till 1, TILL1) and a
// client holding its credentials; a journal in a scratch folder that
// requires the unit; a control-unit sandbox (`unitId`) on a pseudo-terminal;
// and the cart. Torn down in the reverse order.
class SignerFixture : public TillFixture
{
public:
    // How the till signs: the unit's settings, the shop's name on the
    // receipts, how long the service waits for each answer and how often it
    // asks for the unit's status.
    struct Signing
    {
        kassa::controlunit::SignerSettings settings;
        QString shopName;
        std::chrono::milliseconds answer;
        std::chrono::milliseconds poll;
    };

    SignerFixture(const QString &unitId, Signing signing);

    kassa::sandbox::ControlUnitSandbox *unit() { return m_unit->unit(); }
    kassa::sandbox::ControlUnitPorts *ports() { return m_unit->ports(); }
    kassa::Cart *cart() { return m_cart.get(); }

    // The till's control unit on the pseudo-terminal, signing as Signing says.
    std::unique_ptr<kassa::controlunit::ControlUnitService> makeService();
    // A checkout of the cart by cashier "anna" with quick payment timing,
    // signing through `service`.
    std::unique_ptr<kassa::Checkout> makeCheckout(kassa::controlunit::ControlUnitService *service);

private:
    Signing m_signing;
    std::unique_ptr<ControlUnitFixture> m_unit;
    std::unique_ptr<kassa::Cart> m_cart;
};
