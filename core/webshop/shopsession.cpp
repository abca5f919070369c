#include "core/webshop/shopsession.h"

#include "core/webshop/webshop.h"

#include <QLoggingCategory>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWebShop)

namespace kassa::webshop {

namespace {

PaymentTiming timingFor(const WebShopSettings &settings)
{
    PaymentTiming timing;
    timing.pollIntervalMs = settings.pollIntervalMs;
    // One round is the time limit: at its end the invoice is canceled.
    timing.roundMs = settings.timeLimitMs;
    return timing;
}

} // namespace

ShopSession::ShopSession(WebShop *shop, QString id, QObject *parent)
    : QObject(parent)
    , m_shop(shop)
    , m_id(std::move(id))
    , m_csrfToken(randomId())
    , m_lastSeen(QDateTime::currentDateTimeUtc())
    , m_cart(Currency::sek())
    , m_checkout(CheckoutContext{shop->client(), shop->journal(), shop->settings().shopName,
                                 u"web"_s, timingFor(shop->settings()), shop->settings().loyalty},
                 &m_cart)
{
    m_checkout.setCouponCheck(shop->settings().couponCheck);
    m_checkout.setCouponRelease(shop->settings().couponRelease);
    m_cancelRetry.setSingleShot(true);
    m_cancelRetry.setInterval(1000);
    connect(&m_cancelRetry, &QTimer::timeout, this, &ShopSession::cancelAfterTimeLimit);
    connect(&m_cart, &Cart::totalsChanged, this, &ShopSession::cartChanged);
    connect(&m_checkout, &Checkout::paymentFinished, this, &ShopSession::handlePaymentFinished);
    connect(&m_checkout, &Checkout::paymentStarted, this, [this](PaymentSession *session) {
        connect(session, &PaymentSession::stateChanged, this, &ShopSession::handlePaymentState);
        // A card or coupon from the buyer's app: the order asks the new
        // amount (journaled before SEQR hears it), and the page is told.
        connect(session, &PaymentSession::amountChanged, this, [this](const Money &amount) {
            if (WebOrder *o = order(); o && o->isOpen() && o->amount != amount) {
                o->amount = amount;
                m_shop->changed(*o);
            }
        });
    });
}

// A cart that is forgotten (idle too long, or its place given to another)
// gives its coupons back; one whose payment is still undecided keeps them.
ShopSession::~ShopSession()
{
    const QSignalBlocker quiet(m_cart); // nobody is to be told of this cart any more
    m_checkout.giveCouponsBack(u"expired"_s);
}

void ShopSession::setPlace(const QString &place, const QString &serviceToken)
{
    m_place = place;
    m_serviceToken = serviceToken;
}

void ShopSession::touch()
{
    m_lastSeen = QDateTime::currentDateTimeUtc();
    m_shop->reindex(this);
}

WebOrder *ShopSession::order()
{
    return m_orderId.isEmpty() ? nullptr : m_shop->mutableOrder(m_orderId);
}

bool ShopSession::hasOpenOrder() const
{
    const WebOrder *o = m_shop->order(m_orderId);
    return (o && o->isOpen()) || m_checkout.isPaying();
}

int ShopSession::quantityOf(const QString &ean) const
{
    for (const Cart::Line &line : m_cart.lines()) {
        if (line.product.ean == ean)
            return int(line.quantity.mantissa());
    }
    return 0;
}

ShopSession::CartRefusal ShopSession::setQuantity(const QString &ean, int quantity)
{
    if (hasOpenOrder())
        return CartRefusal::Paying;
    // A service visit orders once SEQR has said where the customer is.
    if (isServiceVisit() && m_place.isEmpty())
        return CartRefusal::UnknownProduct;
    const WebShopSettings &settings = m_shop->settings();
    if (quantity < 0)
        return CartRefusal::BadQuantity;
    if (quantity > settings.maxQuantity)
        return CartRefusal::TooMany;
    const auto product = m_shop->catalog()->findByEan(ean);
    // Products sold by weight need a scale: the webshop does not sell them.
    if (!product || product->soldByWeight)
        return CartRefusal::UnknownProduct;
    if (isServiceVisit() && !settings.serviceMenu.isEmpty() && !settings.serviceMenu.contains(ean))
        return CartRefusal::UnknownProduct;
    const QList<Cart::Line> &lines = m_cart.lines();
    for (int row = 0; row < lines.size(); ++row) {
        if (lines.at(row).product.ean != ean)
            continue;
        if (quantity == 0)
            m_cart.voidRow(row);
        else if (!m_cart.setQuantity(row, Decimal::fromInteger(quantity)))
            return CartRefusal::BadQuantity;
        return CartRefusal::None;
    }
    if (quantity == 0)
        return CartRefusal::None;
    if (lines.size() >= settings.maxLines)
        return CartRefusal::TooManyLines;
    // A fresh line: its price, name and VAT are the catalog's, always.
    if (!m_cart.addProduct(*product, Decimal::fromInteger(quantity)))
        return CartRefusal::BadQuantity;
    return CartRefusal::None;
}

ShopSession::CartRefusal ShopSession::add(const QString &ean, int quantity)
{
    if (quantity <= 0)
        return CartRefusal::BadQuantity;
    const qint64 wanted = qint64(quantityOf(ean)) + quantity;
    if (wanted > m_shop->settings().maxQuantity)
        return hasOpenOrder() ? CartRefusal::Paying : CartRefusal::TooMany;
    return setQuantity(ean, int(wanted));
}

TokenRefusal ShopSession::addCoupon(const QString &code)
{
    if (hasOpenOrder())
        return TokenRefusal::PaymentInProgress;
    return m_checkout.addCoupon(code.left(64));
}

TokenRefusal ShopSession::removeCoupons()
{
    if (hasOpenOrder() || !m_checkout.giveCouponsBack(u"removed"_s))
        return TokenRefusal::PaymentInProgress;
    return TokenRefusal::None;
}

ShopSession::CheckoutRefusal ShopSession::checkout(const QString &client)
{
    if (hasOpenOrder())
        return CheckoutRefusal::None; // the open checkout is reused
    if (m_cart.isEmpty())
        return CheckoutRefusal::CartEmpty;
    if (!m_shop->isRegistered())
        return CheckoutRefusal::NotRegistered;
    if (!m_shop->blockedReason().isEmpty())
        return CheckoutRefusal::Blocked;
    if (isServiceVisit() && m_place.isEmpty())
        return CheckoutRefusal::Blocked;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_recentCheckouts.isEmpty() && m_recentCheckouts.first().secsTo(now) >= 60)
        m_recentCheckouts.removeFirst();
    if (m_recentCheckouts.size() >= m_shop->settings().checkoutsPerMinute)
        return CheckoutRefusal::RateLimited;
    if (const CheckoutRefusal admitted = m_shop->admitInvoice(client);
        admitted != CheckoutRefusal::None)
        return admitted;
    m_recentCheckouts.append(now);

    WebOrder &o = m_shop->newOrder(m_id);
    m_orderId = o.id;
    m_cancelWanted = false;
    m_timedOut = false;
    o.amount = m_cart.total();
    o.place = m_place;
    SeqrOptions options;
    options.title = m_shop->settings().shopName;
    options.notificationUrl = m_shop->notificationUrl(o.token).toString(QUrl::FullyEncoded);
    if (isServiceVisit()) {
        // Inside the SEQR app: the app opens the service's success, failure
        // or cancel page itself; the place tells the staff where it goes.
        if (!m_place.isEmpty())
            options.title += u" \u2014 "_s + m_place;
    } else {
        options.backUrl = m_shop->receiptUrl(o.id).toString(QUrl::FullyEncoded);
    }
    m_checkout.setRegistered(true);
    switch (m_checkout.payWithSeqr(options)) {
    case SeqrRefusal::None:
        break;
    case SeqrRefusal::CartEmpty:
        return CheckoutRefusal::CartEmpty;
    default:
        o.state = WebOrder::State::NotSent;
        o.error = makeError(ErrorCode::InvalidArgument, u"refused"_s);
        break;
    }
    m_shop->changed(o);
    return CheckoutRefusal::None;
}

void ShopSession::cancelCheckout()
{
    WebOrder *o = order();
    if (!o || !o->isOpen())
        return;
    m_cancelWanted = true;
    if (PaymentSession *session = m_checkout.session(); session && session->canCancel())
        session->cancel();
    // Still being sent: canceled as soon as SEQR has it (handlePaymentState).
}

void ShopSession::pollNow()
{
    if (PaymentSession *session = m_checkout.session())
        session->pollNow();
}

void ShopSession::cancelAfterTimeLimit()
{
    PaymentSession *session = m_checkout.session();
    if (!session || session->isFinished())
        return;
    if (session->canCancel())
        session->cancel();
    // The buyer is confirming (SEQR said 51) or SEQR did not answer: ask
    // again shortly; polling goes on meanwhile, so a payment still lands.
    m_cancelRetry.start();
}

void ShopSession::handlePaymentState(PaymentSession::State state)
{
    auto *session = qobject_cast<PaymentSession *>(sender());
    WebOrder *o = order();
    if (!o || !session || session != m_checkout.session())
        return;
    using State = PaymentSession::State;
    switch (state) {
    case State::Sending:
        // The sale is journaled; before the invoice (and its backURL) goes
        // out, the order is kept so that the receipt link outlives this run.
        o->saleId = session->saleId();
        m_shop->remember(*o);
        break;
    case State::Waiting:
        if (o->state == WebOrder::State::Sending) {
            o->state = WebOrder::State::Waiting;
            o->invoiceReference = session->invoiceReference();
            o->qrCode = session->qrCode();
            o->amount = session->amount();
            o->saleId = session->saleId();
            o->deadline = QDateTime::currentDateTimeUtc().addMSecs(m_shop->settings().timeLimitMs);
            m_shop->changed(*o);
            if (m_cancelWanted)
                session->cancel();
        }
        break;
    case State::Deciding:
        // The time limit passed without a payment (or a cancel was refused
        // while the buyer confirms: then retried shortly, not at once).
        if (m_timedOut) {
            if (!m_cancelRetry.isActive())
                m_cancelRetry.start();
        } else {
            m_timedOut = true;
            cancelAfterTimeLimit();
        }
        break;
    case State::ConfirmingReceipt:
        // PAID is journaled (Recording came first): now the customer may
        // be told; SEQR's copy of the receipt follows.
        o->state = WebOrder::State::Paid;
        o->ersReference = session->ersReference();
        o->receiptNumber = session->receiptNumber();
        o->saleId = session->saleId();
        m_cancelRetry.stop();
        m_shop->changed(*o);
        break;
    default:
        break;
    }
}

void ShopSession::handlePaymentFinished(PaymentSession *session)
{
    m_cancelRetry.stop();
    WebOrder *o = order();
    if (!o || session != m_checkout.session())
        return;
    using State = PaymentSession::State;
    WebOrder::State next = o->state;
    switch (session->state()) {
    case State::Paid:
        next = WebOrder::State::Paid;
        break;
    case State::Failed:
        next = WebOrder::State::Declined;
        break;
    case State::Canceled:
        next =
            m_timedOut && !m_cancelWanted ? WebOrder::State::TimedOut : WebOrder::State::Canceled;
        break;
    case State::NotSent:
        next = WebOrder::State::NotSent;
        o->error = session->lastError();
        break;
    default:
        return;
    }
    // An order that was not paid gives its coupons back (they leave the
    // cart; the customer may type one again).
    if (next != WebOrder::State::Paid)
        m_checkout.giveCouponsBack(u"unpaid"_s);
    if (next == o->state)
        return;
    o->state = next;
    o->ersReference = session->ersReference();
    o->receiptNumber = session->receiptNumber();
    m_shop->changed(*o);
}

} // namespace kassa::webshop
