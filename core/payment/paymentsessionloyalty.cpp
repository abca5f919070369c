#include "core/payment/paymentsession.h"

#include "core/payment/invoiceupdater.h"

namespace kassa {

void PaymentSession::setLoyalty(const loyalty::LoyaltyConfig &config,
                                std::function<bool(const QString &)> shopSaysUsed)
{
    delete m_updater;
    m_updater = nullptr;
    if (!config.isEnabled())
        return;
    m_updater = new InvoiceUpdater(m_client, m_journal, config, m_shopName, this);
    m_updater->setShopCouponCheck(std::move(shopSaysUsed));
    connect(m_updater, &InvoiceUpdater::amountChanged, this, [this](const Money &amount) {
        m_amount = amount;
        Q_EMIT amountChanged(amount);
    });
    connect(m_updater, &InvoiceUpdater::updated, this, [this] {
        m_lastError = {};
        Q_EMIT invoiceUpdated();
    });
    connect(m_updater, &InvoiceUpdater::updateFailed, this, [this](const Error &error) {
        m_lastError = error;
        Q_EMIT invoiceUpdateFailed(error);
    });
}

bool PaymentSession::prepareLoyalty(const PaymentRequest &request)
{
    if (!request.loyalty.isEmpty()) {
        if (auto cards = m_journal->recordLoyalty(m_saleId, {}, request.loyalty); !cards) {
            (void)m_journal->recordSaleAbandoned(m_saleId, cards.error().detail);
            fail(State::NotSent, cards.error());
            return false;
        }
    }
    m_tokens = request.tokens;
    if (m_updater)
        m_invoice.acknowledgmentMode = seqr::AcknowledgmentMode::OptionalAcknowledgment;
    return true;
}

QList<journal::LoyaltyDiscount> PaymentSession::loyaltyDiscounts() const
{
    if (m_updater)
        return m_updater->discounts();
    auto discounts = m_journal->loyaltyDiscounts(m_saleId);
    return discounts ? *discounts : QList<journal::LoyaltyDiscount>();
}

QList<VatLine> PaymentSession::saleVat() const
{
    if (m_saleId == 0)
        return {};
    auto sale = m_journal->sale(m_saleId);
    return sale ? sale->vat : QList<VatLine>();
}

} // namespace kassa
