#include "core/payment/refunder.h"

#include "core/drawer/cashdrawer.h"
#include "core/payment/invoicerow.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRefunder, "kassa.payment.refund", QtInfoMsg)

namespace kassa {

using namespace seqr;

namespace {

// The invoice SEQR is sent for a refund: its rows add up to its total, as the
// payment's do, so a row balances what is given back in cash (or not at all).
Invoice refundInvoice(const Money &amount, const QString &cashierId,
                      const QList<journal::SaleRow> &rows, const Money &cash)
{
    Invoice invoice;
    invoice.title = QCoreApplication::translate("Receipt", "Refund");
    invoice.cashierId = cashierId;
    invoice.totalAmount = Amount::fromMoney(amount);
    qint64 rowsWorth = 0;
    for (const journal::SaleRow &row : rows) {
        invoice.invoiceRows.append(toInvoiceRow(row));
        rowsWorth += row.total.minorUnits();
    }
    if (!rows.isEmpty() && rowsWorth != amount.minorUnits()) {
        InvoiceRow balance;
        balance.itemDescription = cash.isPositive()
                                      ? QCoreApplication::translate("Receipt", "Given back in cash")
                                      : QCoreApplication::translate("Receipt", "Not refunded");
        balance.itemQuantity = Decimal::fromInteger(1);
        balance.itemTaxRate = Decimal::fromInteger(0);
        balance.itemTotalAmount =
            Amount::fromMoney(Money(amount.minorUnits() - rowsWorth, amount.currency()));
        balance.itemUnitPrice = balance.itemTotalAmount;
        invoice.invoiceRows.append(balance);
    }
    return invoice;
}

} // namespace

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
    send(plan.ersReference, plan.amount, cashierId, plan.rows, plan.refundRows(), plan.cash);
}

void Refunder::send(const QString &ersReference, const Money &amount, const QString &cashierId,
                    const QList<journal::SaleRow> &rows,
                    const QList<journal::RefundRow> &refundRows, const Money &cash)
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
    if (const auto doubt = m_journal->refundInDoubt(ersReference); !doubt)
        return finish(doubt.error());
    else if (doubt->has_value())
        return finish(inDoubtError(**doubt));
    const Invoice invoice = refundInvoice(amount, cashierId, rows, cash);
    journal::RefundIntent intent;
    intent.cash = cash.isPositive() ? cash : Money(0, amount.currency());
    intent.originalErsReference = ersReference;
    intent.clientReference = QUuid::createUuid().toString(QUuid::Id128);
    intent.amount = amount;
    intent.cashierId = cashierId;
    intent.rows = refundRows;
    // Nothing is sent before the journal knows what is asked.
    const auto intentId = m_journal->recordRefundIntent(intent);
    if (!intentId)
        return finish(intentId.error());
    auto *call = m_client->refundPayment(ersReference, invoice, intent.clientReference);
    connect(call, &SeqrCall::finished, this, [this, call, ersReference, id = *intentId] {
        call->deleteLater();
        handleAnswer(call, ersReference, id);
    });
}

void Refunder::handleAnswer(TypedSeqrCall<RefundPaymentResponse> *call, const QString &ersReference,
                            qint64 intentId)
{
    const auto intent = m_journal->refundIntent(intentId);
    if (call->isSuccess()) {
        const QString refundErs = call->response().ersReference;
        if (auto recorded = m_journal->recordRefundMade(intentId, refundErs, u"SEQR answered"_s);
            !recorded) {
            m_result = makeError(ErrorCode::StorageFailed,
                                 u"SEQR made refund "_s + refundErs + u" of "_s +
                                     intent.valueOr({}).amount.toDecimalString() +
                                     u" but the journal failed: "_s + recorded.error().detail);
        } else {
            const auto left =
                m_refundable ? m_refundable(ersReference) : m_journal->refundable(ersReference);
            const Money amount = intent ? intent->amount : Money();
            m_result = Outcome{refundErs, amount, left.valueOr(Money(0, amount.currency())),
                               intent ? intent->cash : Money(0, amount.currency())};
            if (m_drawer && intent && intent->cash.isPositive())
                if (auto opened = m_drawer->open(journal::DrawerCause::CashRefund, refundErs);
                    !opened)
                    qCWarning(lcRefunder) << "the drawer stays shut after refund" << refundErs
                                          << opened.error().detail;
        }
    } else if (surelyNotMade(call->status())) {
        // SEQR refused it, or it never reached SEQR: nothing was refunded.
        // Should the journal fail here, the intent stays pending: in doubt
        // until resolved, which is the safe side.
        static_cast<void>(m_journal->recordRefundNotMade(intentId, call->error().detail));
        m_result = call->error();
    } else {
        static_cast<void>(m_journal->recordRefundInDoubt(
            intentId, callStatusName(call->status()) + u": "_s + call->error().detail));
        const auto now = m_journal->refundIntent(intentId);
        m_result =
            now ? inDoubtError(*now) : makeError(ErrorCode::RefundInDoubt, call->error().detail);
    }
    m_finished = true;
    Q_EMIT finished();
}

bool Refunder::surelyNotMade(CallStatus status)
{
    return status == CallStatus::ServiceError || status == CallStatus::CannotConnect ||
           status == CallStatus::TlsFailure;
}

Error Refunder::inDoubtError(const journal::RefundIntent &intent)
{
    return makeError(ErrorCode::RefundInDoubt,
                     u"refund of "_s + intent.amount.toDecimalString() + u' ' +
                         intent.amount.currency().code() + u" of payment "_s +
                         intent.originalErsReference + u", request "_s + intent.clientReference +
                         u", sent "_s + intent.createdAt.toString(Qt::ISODate) +
                         (intent.detail.isEmpty() ? QString() : u"; "_s + intent.detail));
}

} // namespace kassa
