#include "core/checkout/checkout.h"

#include "core/loyalty/loyaltyrules.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCheckout)

namespace kassa {

bool Checkout::isCouponUsed(const QString &code) const
{
    auto used = m_context.journal->isCouponUsed(code);
    return !used || *used; // a journal that cannot tell: not used again
}

void Checkout::setCouponCheck(CouponCheck check)
{
    m_couponCheck = std::move(check);
}

void Checkout::refreshLoyalty()
{
    QList<loyalty::Token> tokens;
    if (const loyalty::Programme *p = m_context.loyalty.programmeForNumber(m_loyaltyCard))
        tokens.append({p->id, m_loyaltyCard, p->name});
    for (const QString &code : std::as_const(m_coupons)) {
        const loyalty::Coupon *c = m_context.loyalty.couponFor(code);
        tokens.append({QString::fromLatin1(loyalty::couponTokenType), code, c ? c->name : code});
    }
    const QList<SaleRow> rows = m_cart->rowsBeforeLoyalty();
    const auto total = saleTotal(rows);
    if (tokens.isEmpty() || rows.isEmpty() || !total || !total->isPositive()) {
        m_loyalty = {};
    } else {
        // Worked out on the whole sale, whatever the tenders: cash handed
        // over does not take the card's discount away.
        m_loyalty =
            loyalty::applyTokens(m_context.loyalty, rows, *total, tokens, false,
                                 [this](const QString &code) { return isCouponUsed(code); });
    }
    QList<LoyaltyLine> lines;
    for (const journal::LoyaltyDiscount &d : std::as_const(m_loyalty.discounts))
        lines.append(loyalty::lineOf(d));
    m_cart->setLoyalty(m_loyalty.rows, lines);
}

Status Checkout::setLoyaltyCard(const QString &number)
{
    switch (addLoyaltyCard(number)) {
    case TokenRefusal::None:
        return Ok{};
    case TokenRefusal::PaymentInProgress:
        return makeError(ErrorCode::InvalidArgument, u"a payment is in progress"_s);
    default:
        return makeError(ErrorCode::InvalidArgument,
                         u"no loyalty programme of the shop knows the card "_s +
                             loyalty::maskedNumber(number.trimmed()));
    }
}

TokenRefusal Checkout::addLoyaltyCard(const QString &number)
{
    const QString card = number.trimmed();
    if (isPaying())
        return TokenRefusal::PaymentInProgress;
    if (!card.isEmpty() && !m_context.loyalty.programmeForNumber(card))
        return TokenRefusal::NotTheShops;
    m_loyaltyCard = card;
    refreshLoyalty();
    Q_EMIT tendersChanged();
    return TokenRefusal::None;
}

TokenRefusal Checkout::addCoupon(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (isPaying())
        return TokenRefusal::PaymentInProgress;
    const loyalty::Coupon *coupon = m_context.loyalty.couponFor(trimmed);
    if (!coupon || trimmed.isEmpty())
        return TokenRefusal::NotTheShops;
    for (const QString &c : std::as_const(m_coupons))
        if (c.compare(trimmed, Qt::CaseInsensitive) == 0)
            return TokenRefusal::AlreadyOnSale;
    if (coupon->blocked)
        return TokenRefusal::Blocked;
    if (isCouponUsed(trimmed))
        return TokenRefusal::Used;
    if (m_couponCheck) {
        switch (m_couponCheck(trimmed)) {
        case CouponAnswer::Unused:
            break;
        case CouponAnswer::Used:
            return TokenRefusal::Used;
        case CouponAnswer::Unreachable:
            return TokenRefusal::ShopUnreachable;
        }
    }
    // The shop's own spelling of an exact code; a series' code as given.
    m_coupons.append(coupon->code.isEmpty() ? trimmed : coupon->code);
    refreshLoyalty();
    Q_EMIT tendersChanged();
    return TokenRefusal::None;
}

void Checkout::setLoyaltyConfig(const loyalty::LoyaltyConfig &config)
{
    m_context.loyalty = config;
    refreshLoyalty();
}

void Checkout::forgetLoyalty()
{
    m_loyaltyCard.clear();
    m_coupons.clear();
    m_loyalty = {};
}

void Checkout::releaseCoupons(const QString &reason)
{
    if (!m_couponRelease)
        return; // no shop database: nothing was claimed
    for (const QString &code : std::as_const(m_coupons)) {
        if (auto kept = m_context.journal->recordCouponRelease(code, m_context.cashierId, reason);
            !kept)
            qCWarning(lcCheckout) << "a coupon given back is not journaled:" << kept.error().detail;
        m_couponRelease(code);
    }
}

bool Checkout::giveCouponsBack(const QString &reason)
{
    if (isPaying())
        return false;
    if (m_coupons.isEmpty())
        return true;
    releaseCoupons(reason);
    m_coupons.clear();
    refreshLoyalty();
    Q_EMIT tendersChanged();
    return true;
}

Money Checkout::loyaltyDiscount() const
{
    return Money(m_loyalty.discountMinor, m_cart->currency());
}

void Checkout::addLoyaltyTokens(PaymentRequest &request) const
{
    // The rows already hold the discount rows (the cart's loyalty rows).
    request.loyalty = m_loyalty.discounts;
    for (const journal::LoyaltyDiscount &d : m_loyalty.discounts)
        request.tokens.append(
            seqr::CustomerToken{d.name, d.tokenType, loyalty::TokenUsed, d.value});
}

} // namespace kassa
