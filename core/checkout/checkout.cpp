#include "core/checkout/checkout.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCheckout, "kassa.checkout", QtInfoMsg)

namespace kassa {

Checkout::Checkout(CheckoutContext context, Cart *cart, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_cart(cart)
    , m_cash(0, cart->currency())
{
    Q_ASSERT(m_context.client && m_context.journal && m_cart);
}

Checkout::~Checkout() = default;

Money Checkout::toPay() const
{
    return Money(m_cart->total().minorUnits() - m_cash.minorUnits(), m_cart->currency());
}

bool Checkout::isPaying() const
{
    return m_session && !m_session->isFinished();
}

SeqrRefusal Checkout::seqrRefusal() const
{
    if (isPaying())
        return SeqrRefusal::PaymentInProgress;
    if (m_cart->isEmpty())
        return SeqrRefusal::CartEmpty;
    if (!m_blockedReason.isEmpty())
        return SeqrRefusal::Blocked;
    if (!toPay().isPositive())
        return SeqrRefusal::NothingToPay;
    if (!m_registered)
        return SeqrRefusal::NotRegistered;
    return SeqrRefusal::None;
}

Result<CashOutcome> Checkout::takeCash(const Money &received)
{
    if (isPaying())
        return makeError(ErrorCode::InvalidArgument, u"a SEQR payment is in progress"_s);
    if (m_cart->isEmpty() || !toPay().isPositive())
        return makeError(ErrorCode::InvalidArgument, u"there is nothing to pay"_s);
    if (!received.isPositive() || received.currency() != m_cart->currency())
        return makeError(ErrorCode::InvalidArgument, u"the cash received must be positive"_s);
    auto handed = m_cash.plus(received);
    if (!handed)
        return handed.error();
    CashOutcome outcome;
    outcome.received = *handed;
    const Money total = m_cart->total();
    if (handed->minorUnits() < total.minorUnits()) {
        // Split tender: another tender (SEQR, last) takes the rest.
        m_cash = *handed;
        outcome.toPay = toPay();
        Q_EMIT tendersChanged();
        return outcome;
    }
    auto sale = m_context.journal->recordCashSale(m_context.cashierId, m_cart->saleRows(), *handed);
    if (!sale)
        return sale.error();
    outcome.saleCompleted = true;
    outcome.saleId = *sale;
    outcome.change = Money(handed->minorUnits() - total.minorUnits(), total.currency());
    outcome.toPay = Money(0, total.currency());
    finishSale(*sale);
    return outcome;
}

SeqrRefusal Checkout::payWithSeqr(const SeqrOptions &options)
{
    if (const SeqrRefusal why = seqrRefusal(); why != SeqrRefusal::None)
        return why;
    if (m_session)
        m_session->deleteLater();
    auto *session = new PaymentSession(m_context.client, m_context.journal, m_context.shopName,
                                       m_context.timing, this);
    m_session = session;
    PaymentRequest request;
    request.cashierId = m_context.cashierId;
    request.title = options.title.isEmpty() ? m_context.shopName : options.title;
    request.footer = options.footer;
    request.notificationUrl = options.notificationUrl;
    request.backUrl = options.backUrl;
    request.rows = m_cart->saleRows();
    request.cash = m_cash;
    request.cashTendered = m_cash;
    connect(session, &PaymentSession::finished, this, &Checkout::handleFinished);
    Q_EMIT paymentStarted(session);
    session->start(request);
    return SeqrRefusal::None;
}

void Checkout::handleFinished()
{
    PaymentSession *session = m_session;
    if (!session || sender() != session)
        return;
    if (session->state() == PaymentSession::State::Paid)
        finishSale(session->saleId());
    Q_EMIT paymentFinished(session);
}

void Checkout::finishSale(qint64 saleId)
{
    qCInfo(lcCheckout) << "sale" << saleId << "completed";
    m_cash = Money(0, m_cart->currency());
    m_cart->clear();
    Q_EMIT tendersChanged();
    Q_EMIT saleCompleted(saleId);
}

std::optional<Money> Checkout::voidSale()
{
    if (isPaying())
        return std::nullopt;
    const Money cash = m_cash;
    m_cash = Money(0, m_cart->currency());
    m_cart->clear();
    Q_EMIT tendersChanged();
    return cash;
}

} // namespace kassa
