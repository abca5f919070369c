#include "core/payment/refunder.h"

#include "core/payment/invoicerow.h"

using namespace Qt::StringLiterals;

namespace kassa {

using namespace seqr;

Refunder::Refunder(SeqrClient *client, journal::Journal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

void Refunder::finish(Result<Outcome> result)
{
    m_result = std::move(result);
    m_finished = true;
    // Never from inside refund(): the caller connects first.
    QMetaObject::invokeMethod(this, &Refunder::finished, Qt::QueuedConnection);
}

void Refunder::refund(const QString &ersReference, const Money &amount, const QString &cashierId,
                      const QList<journal::SaleRow> &rows)
{
    send(ersReference, amount, cashierId, rows, {});
}

void Refunder::refund(const RefundPlan &plan, const QString &cashierId)
{
    if (!plan.isValid())
        return finish(
            makeError(ErrorCode::InvalidArgument, u"the refund was not checked: problem "_s +
                                                      QString::number(int(plan.problem))));
    send(plan.ersReference, plan.amount, cashierId, plan.rows, plan.refundRows());
}

void Refunder::send(const QString &ersReference, const Money &amount, const QString &cashierId,
                    const QList<journal::SaleRow> &rows,
                    const QList<journal::RefundRow> &refundRows)
{
    if (!amount.isPositive())
        return finish(
            makeError(ErrorCode::InvalidArgument, u"the refund amount must be more than zero"_s));
    const auto remaining =
        m_refundable ? m_refundable(ersReference) : m_journal->refundable(ersReference);
    if (!remaining)
        return finish(remaining.error().code == ErrorCode::NotFound || !m_refundable
                          ? makeError(ErrorCode::NotFound,
                                      u"no SEQR payment "_s + ersReference + u" in this journal"_s)
                          : remaining.error());
    if (!(remaining->currency() == amount.currency()))
        return finish(makeError(ErrorCode::CurrencyMismatch,
                                u"the payment was in "_s + remaining->currency().code()));
    if (amount.minorUnits() > remaining->minorUnits())
        return finish(
            makeError(ErrorCode::InvalidArgument, u"at most "_s + remaining->toDecimalString() +
                                                      u" of this payment can still be refunded"_s));
    Invoice invoice;
    invoice.title = u"Återbetalning / Refund"_s;
    invoice.cashierId = cashierId;
    invoice.totalAmount = Amount::fromMoney(amount);
    for (const journal::SaleRow &row : rows)
        invoice.invoiceRows.append(toInvoiceRow(row));
    auto *call = m_client->refundPayment(ersReference, invoice);
    connect(
        call, &SeqrCall::finished, this, [this, call, ersReference, amount, cashierId, refundRows] {
            call->deleteLater();
            if (!call->isSuccess()) {
                m_result = call->error();
                m_finished = true;
                Q_EMIT finished();
                return;
            }
            const QString refundErs = call->response().ersReference;
            if (auto recorded =
                    m_journal->recordRefund(ersReference, refundErs, amount, cashierId, refundRows);
                !recorded) {
                m_result = makeError(ErrorCode::StorageFailed,
                                     u"SEQR made refund "_s + refundErs + u" of "_s +
                                         amount.toDecimalString() + u" but the journal failed: "_s +
                                         recorded.error().detail);
            } else {
                const auto left =
                    m_refundable ? m_refundable(ersReference) : m_journal->refundable(ersReference);
                m_result = Outcome{refundErs, amount, left.valueOr(Money(0, amount.currency()))};
            }
            m_finished = true;
            Q_EMIT finished();
        });
}

} // namespace kassa
