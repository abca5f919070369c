#include "core/checkout/checkout.h"

#include "core/loyalty/loyaltyrules.h"

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

loyalty::Outcome cardOutcome(const CheckoutContext &context, const QString &card,
                             const QList<SaleRow> &rows, const Money &toPay)
{
    const loyalty::Programme *p = context.loyalty.programmeForNumber(card);
    if (!p || rows.isEmpty() || !toPay.isPositive())
        return {};
    const auto isUsed = [&context](const QString &code) {
        auto used = context.journal->isCouponUsed(code);
        return !used || *used;
    };
    return loyalty::applyTokens(context.loyalty, rows, toPay, {{p->id, card, p->name}}, false,
                                isUsed);
}

} // namespace

Status Checkout::setLoyaltyCard(const QString &number)
{
    const QString card = number.trimmed();
    if (card.isEmpty()) {
        m_loyaltyCard.clear();
        Q_EMIT tendersChanged();
        return Ok{};
    }
    if (!m_context.loyalty.programmeForNumber(card))
        return makeError(ErrorCode::InvalidArgument,
                         u"no loyalty programme of the shop knows the card "_s +
                             loyalty::maskedNumber(card));
    m_loyaltyCard = card;
    Q_EMIT tendersChanged();
    return Ok{};
}

Money Checkout::loyaltyDiscount() const
{
    if (m_loyaltyCard.isEmpty())
        return Money(0, m_cart->currency());
    const loyalty::Outcome out = cardOutcome(m_context, m_loyaltyCard, m_cart->saleRows(), toPay());
    return Money(out.discountMinor, m_cart->currency());
}

void Checkout::addLoyaltyCard(PaymentRequest &request) const
{
    if (m_loyaltyCard.isEmpty())
        return;
    Money toPay = m_cart->total();
    if (auto rest = toPay.minus(request.cash); rest)
        toPay = *rest;
    const loyalty::Outcome out = cardOutcome(m_context, m_loyaltyCard, request.rows, toPay);
    if (out.answered.isEmpty() || out.answered.first().status != loyalty::TokenUsed)
        return; // the card gives nothing to this sale: it is not sent
    request.rows.append(out.rows);
    request.loyalty = out.discounts;
    const journal::AnsweredToken &t = out.answered.first();
    const QString name = out.discounts.isEmpty() ? t.description : out.discounts.first().name;
    request.tokens.append(seqr::CustomerToken{name, t.type, loyalty::TokenUsed, t.value});
}

} // namespace kassa
