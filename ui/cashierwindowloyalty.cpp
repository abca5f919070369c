#include "ui/cashierwindow.h"

#include "core/loyalty/loyaltyrules.h"
#include "ui/balancetext.h"

namespace kassa::ui {

void CashierWindow::addLoyaltyToken(const ScanMeaning &meaning)
{
    const bool card = meaning.kind == ScanMeaning::Kind::LoyaltyCard;
    const QString masked = loyalty::maskedNumber(meaning.text);
    const TokenRefusal refusal =
        card ? m_checkout->addLoyaltyCard(meaning.text) : m_checkout->addCoupon(meaning.text);
    switch (refusal) {
    case TokenRefusal::None:
        break;
    case TokenRefusal::PaymentInProgress:
        showMessage(tr("A payment is in progress; finish it first."), true);
        return;
    case TokenRefusal::NotTheShops:
        showMessage(tr("%1 is not a loyalty card or coupon of this shop.").arg(masked), true);
        return;
    case TokenRefusal::AlreadyOnSale:
        showMessage(tr("The coupon %1 is on this sale already.").arg(meaning.text), true);
        return;
    case TokenRefusal::Used:
        showMessage(
            tr("The coupon %1 has been used already: each coupon is good once.").arg(meaning.text),
            true);
        return;
    case TokenRefusal::Blocked:
        showMessage(tr("The coupon %1 is blocked by the shop.").arg(meaning.text), true);
        return;
    case TokenRefusal::ShopUnreachable:
        showMessage(tr("The shop database cannot be reached, so the other tills cannot be asked "
                       "whether the coupon %1 was used: it is not taken now (each coupon is good "
                       "once).")
                        .arg(meaning.text),
                    true);
        return;
    }
    const Money discount = m_checkout->loyaltyDiscount();
    const QString what = card ? tr("Loyalty card %1 %2").arg(meaning.name, masked)
                              : tr("Coupon %1").arg(meaning.text);
    if (discount.isPositive())
        showMessage(tr("%1 is on the sale: -%2. %3.")
                        .arg(what, discount.toLocalizedString(m_context.locale),
                             BalanceText::total(m_cart->total(), m_context.locale)));
    else if (m_cart->isEmpty())
        showMessage(tr("%1 is on the sale; its discount follows the products.").arg(what));
    else
        showMessage(tr("%1 is on the sale.").arg(what));
}

void CashierWindow::watchLoyalty(PaymentSession *session)
{
    connect(session, &PaymentSession::amountChanged, this, [this](const Money &amount) {
        refreshTotals();
        QStringList lines;
        appDiscount(lines);
        showMessage(tr("From the customer's app: %1. New amount to pay: %2 %3.")
                        .arg(lines.join(QStringLiteral("; ")),
                             amount.toLocalizedString(m_context.locale), amount.currency().code()));
    });
}

qint64 CashierWindow::appDiscount(QStringList &lines) const
{
    const PaymentSession *session = m_checkout->session();
    if (!session || !m_checkout->isPaying())
        return 0;
    qint64 minor = 0;
    for (const journal::LoyaltyDiscount &d : session->loyaltyDiscounts()) {
        if (!d.fromApp)
            continue;
        const BalanceLine line = BalanceText::loyalty(loyalty::lineOf(d), m_context.locale);
        lines.append(tr("%1: %2").arg(line.label, line.amount));
        minor += d.amount.minorUnits();
    }
    return minor;
}

} // namespace kassa::ui
