#include "core/payment/invoiceupdater.h"

#include "core/loyalty/loyaltyrules.h"
#include "core/payment/invoicerow.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

Q_DECLARE_LOGGING_CATEGORY(lcPayment)

namespace kassa {

namespace {

bool isAnswered(const CustomerToken &t, const QList<journal::AnsweredToken> &answered)
{
    for (const journal::AnsweredToken &a : answered)
        if (a.type == t.id && a.value == t.value)
            return true;
    return false;
}

QList<CustomerToken> toSeqr(const QList<journal::AnsweredToken> &answered)
{
    QList<CustomerToken> tokens;
    for (const journal::AnsweredToken &a : answered)
        tokens.append(CustomerToken{a.description, a.type, a.status, a.value});
    return tokens;
}

} // namespace

InvoiceUpdater::InvoiceUpdater(SeqrClient *client, journal::Journal *journal,
                               loyalty::LoyaltyConfig config, QString shopName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_config(std::move(config))
    , m_shopName(std::move(shopName))
{}

InvoiceUpdater::~InvoiceUpdater()
{
    delete m_call;
}

void InvoiceUpdater::setInvoice(qint64 saleId, const QString &invoiceReference, const Invoice &sent)
{
    m_saleId = saleId;
    m_invoiceReference = invoiceReference;
    m_sent = sent;
}

QList<journal::LoyaltyDiscount> InvoiceUpdater::discounts() const
{
    auto discounts = m_journal->loyaltyDiscounts(m_saleId);
    return discounts ? *discounts : QList<journal::LoyaltyDiscount>();
}

void InvoiceUpdater::handleTokens(const QList<CustomerToken> &tokens)
{
    if (m_call)
        return; // the next poll brings the tokens again
    auto update = m_journal->invoiceUpdate(m_invoiceReference);
    if (!update)
        return Q_EMIT updateFailed(update.error());
    QList<journal::AnsweredToken> answered =
        *update ? (*update)->tokens : QList<journal::AnsweredToken>();
    QList<CustomerToken> fresh;
    for (const CustomerToken &t : tokens)
        if (!isAnswered(t, answered) && !fresh.contains(t))
            fresh.append(t);
    if (!fresh.isEmpty()) {
        if (!applyNewTokens(fresh, answered))
            return;
    } else if (!*update || (*update)->isAcknowledged) {
        return; // nothing new, and SEQR has the newest update
    }
    auto again = m_journal->invoiceUpdate(m_invoiceReference);
    if (!again || !*again)
        return Q_EMIT updateFailed(again ? makeError(ErrorCode::NotFound, m_invoiceReference)
                                         : again.error());
    sendUpdate((*again)->tokens);
}

bool InvoiceUpdater::applyNewTokens(const QList<CustomerToken> &tokens,
                                    const QList<journal::AnsweredToken> &answered)
{
    const auto sale = m_journal->sale(m_saleId);
    const auto invoice = m_journal->invoice(m_invoiceReference);
    if (!sale || !invoice) {
        Q_EMIT updateFailed(!sale ? sale.error() : invoice.error());
        return false;
    }
    QList<loyalty::Token> offered;
    for (const CustomerToken &t : tokens)
        offered.append({t.id, t.value, t.description});
    // A card already used for this sale (swiped, or from an earlier
    // version of the invoice) counts: one card per sale.
    bool cardUsed = false;
    for (const journal::AnsweredToken &a : answered)
        cardUsed |= a.status == loyalty::TokenUsed && m_config.programmeFor(a.type, a.value);
    const auto isUsed = [this](const QString &code) {
        auto used = m_journal->isCouponUsed(code);
        if (!used || *used)
            return true; // unreadable: never given twice
        return m_shopSaysUsed && m_shopSaysUsed(code);
    };
    const loyalty::Outcome out = loyalty::applyTokens(m_config, sale->rows, invoice->amount,
                                                      offered, true, isUsed, cardUsed);
    if (auto recorded = m_journal->recordLoyalty(m_saleId, out.rows, out.discounts,
                                                 m_invoiceReference, out.answered);
        !recorded) {
        qCWarning(lcPayment).noquote() << "cannot journal the loyalty discount of"
                                       << m_invoiceReference << recorded.error().detail;
        Q_EMIT updateFailed(recorded.error());
        return false;
    }
    qCInfo(lcPayment).noquote() << "loyalty tokens of" << m_invoiceReference << "answered; discount"
                                << out.discountMinor << "minor units journaled";
    if (out.discountMinor > 0)
        Q_EMIT amountChanged(
            Money(invoice->amount.minorUnits() - out.discountMinor, invoice->amount.currency()));
    return true;
}

Invoice InvoiceUpdater::updatedInvoice(const journal::Sale &sale, const Money &amount) const
{
    Invoice inv = m_sent;
    if (inv.clientInvoiceId.isEmpty()) {
        // After a restart: the invoice as PaymentSession sent it, from the journal.
        inv.paymentMode = PaymentMode::ImmediateDebit;
        inv.issueDate = sale.createdAt;
        inv.title = m_shopName;
        inv.clientInvoiceId = u"S"_s + QString::number(sale.id);
        inv.cashierId = sale.cashierId;
    }
    inv.acknowledgmentMode = AcknowledgmentMode::OptionalAcknowledgment;
    inv.invoiceRows.clear();
    for (const journal::SaleRow &row : sale.rows)
        inv.invoiceRows.append(toInvoiceRow(row));
    qint64 cash = 0;
    for (const journal::Tender &t : sale.tenders)
        if (t.kind == journal::TenderKind::Cash)
            cash += t.amount.minorUnits();
    if (cash > 0)
        inv.invoiceRows.append(cashInvoiceRow(Money(cash, amount.currency())));
    inv.totalAmount = Amount::fromMoney(amount);
    return inv;
}

void InvoiceUpdater::sendUpdate(const QList<journal::AnsweredToken> &answered)
{
    const auto sale = m_journal->sale(m_saleId);
    const auto invoice = m_journal->invoice(m_invoiceReference);
    if (!sale || !invoice)
        return Q_EMIT updateFailed(!sale ? sale.error() : invoice.error());
    auto *call = m_client->updateInvoice(m_invoiceReference, updatedInvoice(*sale, invoice->amount),
                                         toSeqr(answered));
    m_call = call;
    connect(call, &SeqrCall::finished, this, [this, call] {
        m_call = nullptr;
        call->deleteLater();
        if (!call->isSuccess()) {
            qCWarning(lcPayment).noquote() << "updateInvoice of" << m_invoiceReference
                                           << "failed:" << call->errorDetail() << "- sent again";
            return Q_EMIT updateFailed(call->error());
        }
        if (auto noted = m_journal->recordInvoiceUpdateAcknowledged(m_invoiceReference); !noted)
            // Harmless: the same update is sent again at the next poll.
            qCWarning(lcPayment).noquote() << "cannot journal the accepted update of"
                                           << m_invoiceReference << noted.error().detail;
        m_updated = true;
        Q_EMIT updated();
    });
}

} // namespace kassa
