#include "core/checkout/checkout.h"

#include "core/drawer/cashdrawer.h"

#include "core/controlunit/controlunitservice.h"

#include <QHostAddress>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCheckout, "kassa.checkout", QtInfoMsg)

namespace kassa {

Checkout::Checkout(CheckoutContext context, Cart *cart, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_cart(cart)
{
    Q_ASSERT(m_context.client && m_context.journal && m_cart);
    // The loyalty card's and coupons' discount follows every change of the cart.
    connect(m_cart, &Cart::totalsChanged, this, &Checkout::refreshLoyalty);
}

Checkout::~Checkout() = default;

Money Checkout::toPay() const
{
    return m_cart->balance().toPay();
}

bool Checkout::isPaying() const
{
    return m_session && !m_session->isFinished();
}

QList<VatLine> Checkout::vat() const
{
    if (isPaying())
        if (QList<VatLine> journaled = m_session->saleVat(); !journaled.isEmpty())
            return journaled;
    return m_cart->vat();
}

QString Checkout::blockedReason() const
{
    if (!m_blockedReason.isEmpty())
        return m_blockedReason;
    if (const QString training = trainingRefusal(); !training.isEmpty())
        return training;
    return saleRefusal();
}

QString Checkout::trainingRefusal() const
{
    const auto training = m_context.journal->isTraining();
    if (!training || !*training || !m_context.client)
        return {};
    // A training sale never pays at a real SEQR: only at a sandbox on this machine.
    const QString host = m_context.client->config().endpoint.host();
    const QHostAddress address(host);
    if (host == u"localhost"_s || (!address.isNull() && address.isLoopback()))
        return {};
    return tr("Training mode: SEQR is paid only against the SEQR sandbox, never a real "
              "endpoint. Take cash, or switch training mode off (manager).");
}

void Checkout::setControlUnit(controlunit::ControlUnitService *unit)
{
    if (m_unit) {
        disconnect(m_unit, nullptr, this, nullptr);
        disconnect(m_unit->signer(), nullptr, this, nullptr);
    }
    m_unit = unit;
    if (unit) {
        connect(unit->signer(), &controlunit::ReceiptSigner::receiptSigned, this,
                [this](qint64 saleId, qint64, const QString &type) {
                    // A sale's own receipt (a training sale's too), not a copy.
                    if (type == u"normal"_s || type == u"ovning"_s)
                        Q_EMIT receiptReady(saleId);
                });
        connect(unit, &controlunit::ControlUnitService::stateChanged, this,
                &Checkout::saleRefusalChanged);
    }
    Q_EMIT saleRefusalChanged();
}

QString Checkout::saleRefusal() const
{
    return m_unit ? m_unit->saleRefusal() : QString();
}

SeqrRefusal Checkout::seqrRefusal() const
{
    if (isPaying())
        return SeqrRefusal::PaymentInProgress;
    if (m_cart->isEmpty())
        return SeqrRefusal::CartEmpty;
    if (m_cart->balance().isCoveredByCash())
        return SeqrRefusal::CoveredByCash;
    if (!blockedReason().isEmpty())
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
    if (m_unit && !saleRefusal().isEmpty())
        return m_unit->saleRefusalError();
    if (auto added = m_cart->addCash(received); !added)
        return added.error();
    if (!m_cart->balance().isCoveredByCash()) {
        // Split tender: another tender (SEQR, last) takes the rest.
        CashOutcome outcome;
        outcome.received = m_cart->cashReceived();
        outcome.toPay = toPay();
        Q_EMIT tendersChanged();
        return outcome;
    }
    auto done = completeWithCash();
    if (done)
        return done;
    CashOutcome outcome;
    outcome.received = m_cart->cashReceived();
    outcome.toPay = toPay();
    outcome.notRecorded = done.error();
    Q_EMIT tendersChanged();
    return outcome;
}

Result<CashOutcome> Checkout::completeWithCash()
{
    if (isPaying())
        return makeError(ErrorCode::InvalidArgument, u"a SEQR payment is in progress"_s);
    const SaleBalance balance = m_cart->balance();
    if (m_cart->isEmpty() || !balance.isCoveredByCash())
        return makeError(ErrorCode::InvalidArgument,
                         u"the cash received does not cover the sale"_s);
    if (m_unit && !saleRefusal().isEmpty())
        return m_unit->saleRefusalError();
    auto sale = m_context.journal->recordCashSale(m_context.cashierId, m_cart->saleRows(),
                                                  balance.cash, m_loyalty.discounts);
    if (!sale)
        return sale.error();
    CashOutcome outcome;
    outcome.saleCompleted = true;
    outcome.saleId = *sale;
    outcome.received = balance.cash;
    outcome.change = balance.change();
    outcome.toPay = Money(0, balance.total.currency());
    finishSale(*sale, Money(0, m_cart->currency()));
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
    CouponCheck check = m_couponCheck;
    session->setLoyalty(m_context.loyalty,
                        check ? std::function<bool(const QString &)>([check](const QString &code) {
                            return check(code) != CouponAnswer::Unused;
                        })
                              : std::function<bool(const QString &)>());
    m_session = session;
    PaymentRequest request;
    request.cashierId = m_context.cashierId;
    request.title = options.title.isEmpty() ? m_context.shopName : options.title;
    request.footer = options.footer;
    request.notificationUrl = options.notificationUrl;
    request.backUrl = options.backUrl;
    request.rows = m_cart->saleRows();
    request.cash = m_cart->cashReceived();
    request.cashTendered = m_cart->cashReceived();
    addLoyaltyTokens(request);
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
    if (session->state() == PaymentSession::State::Paid) {
        if (session->isUnrecorded()) {
            // Paid at SEQR, refused by the journal: the sale is over for the
            // customer (reconciliation lists the payment); nothing to keep.
            m_cart->clear();
            Q_EMIT tendersChanged();
        } else {
            finishSale(session->saleId(), session->amount());
        }
    }
    Q_EMIT paymentFinished(session);
}

void Checkout::finishSale(qint64 saleId, const Money &paidBySeqr)
{
    qCInfo(lcCheckout) << "sale" << saleId << "completed";
    forgetLoyalty();
    m_cart->complete(paidBySeqr);
    Q_EMIT tendersChanged();
    if (m_drawer) {
        // The sale is journaled; the drawer's opening is journaled before the kick.
        if (auto opened = m_drawer->openAfterSale(saleId); !opened)
            qCWarning(lcCheckout) << "sale" << saleId
                                  << "did not open the drawer:" << opened.error().detail;
    }
    Q_EMIT saleCompleted(saleId);
    if (!m_unit) {
        Q_EMIT receiptReady(saleId);
        return;
    }
    // Normally waiting already (the journal's trigger); else asked for now.
    if (auto asked = m_unit->signer()->requestSignature(saleId, controlunit::ReceiptType::Normal);
        !asked)
        qCWarning(lcCheckout) << "sale" << saleId
                              << "has no signature request:" << asked.error().detail;
}

std::optional<Money> Checkout::voidSale()
{
    if (isPaying())
        return std::nullopt;
    const Money cash = m_cart->cashReceived();
    if (!m_cart->isEmpty()) {
        const int rows = m_cart->rowCount();
        if (auto kept =
                m_context.journal->recordVoidedCart(rows, m_cart->total(), m_context.cashierId);
            !kept)
            qCWarning(lcCheckout) << "a voided cart is not journaled:" << kept.error().detail;
    }
    if (m_couponRelease)
        for (const QString &code : std::as_const(m_coupons))
            m_couponRelease(code);
    forgetLoyalty();
    m_cart->clear();
    Q_EMIT tendersChanged();
    return cash;
}

} // namespace kassa
