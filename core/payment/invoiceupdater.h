#pragma once

#include "core/journal/journal.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/seqr/seqrclient.h"

#include <QObject>

#include <functional>

namespace kassa {

// The till's half of SEQR's acknowledgment flow for one invoice
// (PROTOCOL.md, "Loyalty and coupons"). When getPaymentStatus answers
// PENDING_ISSUER_ACKNOWLEDGE with the buyer's tokens, handleTokens() applies
// the shop's rules to the tokens it has not answered yet (each token once,
// ever: the journal remembers them), journals the discount rows, the new
// amount and the answered tokens in one transaction, and only then sends
// updateInvoice (the sale's rows, the new total, every token answered: 1
// used, 90 blocked, 99 unknown). An update the journal has pending — SEQR
// refused it, it failed, or the till stopped before it went — is sent
// again at the next call, which the session makes at every poll while the
// invoice waits for the shop: a refusal is retried within the round and a
// crash resumes from the journal without a second discount. Owned by the
// PaymentSession; signals fire from the event loop.
class InvoiceUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceUpdater)

public:
    InvoiceUpdater(seqr::SeqrClient *client, journal::Journal *journal,
                   loyalty::LoyaltyConfig config, QString shopName, QObject *parent = nullptr);
    ~InvoiceUpdater() override;

    // The invoice as it was sent (empty after a restart: it is rebuilt from
    // the journal's sale).
    void setInvoice(qint64 saleId, const QString &invoiceReference, const seqr::Invoice &sent);
    void handleTokens(const QList<seqr::CustomerToken> &tokens);
    // Asked besides the journal whether a coupon was used (shop-wide); true
    // also when it cannot tell.
    void setShopCouponCheck(std::function<bool(const QString &)> isUsed)
    {
        m_shopSaysUsed = std::move(isUsed);
    }

    // SEQR accepted an update of this invoice in this run.
    bool hasUpdated() const { return m_updated; }
    bool isUpdating() const { return m_call != nullptr; }
    // What the sale's cards and coupons gave (as journaled).
    QList<journal::LoyaltyDiscount> discounts() const;

Q_SIGNALS:
    // The discount is journaled: the invoice's new amount (before SEQR hears it).
    void amountChanged(const kassa::Money &amount);
    // SEQR accepted the update: the buyer sees the new amount.
    void updated();
    // The update could not be journaled or SEQR refused it or could not be
    // reached; it is tried again at the next poll.
    void updateFailed(const kassa::Error &error);

private:
    bool applyNewTokens(const QList<seqr::CustomerToken> &tokens,
                        const QList<journal::AnsweredToken> &answered);
    void sendUpdate(const QList<journal::AnsweredToken> &answered);
    seqr::Invoice updatedInvoice(const journal::Sale &sale, const Money &amount) const;

    seqr::SeqrClient *m_client;
    std::function<bool(const QString &)> m_shopSaysUsed;
    journal::Journal *m_journal;
    loyalty::LoyaltyConfig m_config;
    QString m_shopName;
    qint64 m_saleId = 0;
    QString m_invoiceReference;
    seqr::Invoice m_sent;
    seqr::SeqrCall *m_call = nullptr;
    bool m_updated = false;
};

} // namespace kassa
