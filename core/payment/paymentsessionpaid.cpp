#include "core/payment/paymentsession.h"

#include "core/payment/trackedcall.h"
#include "core/receipt/receipttext.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

Q_DECLARE_LOGGING_CATEGORY(lcPayment)

namespace kassa {

// After SEQR said PAID: the journal first, then SEQR's copy of the receipt.

void PaymentSession::recordPaid()
{
    // SEQR has reported PAID to this till, so the payment stands; now it
    // must reach the journal before anything else happens. What may pass
    // (busy, an I/O error, a full disk) is retried as long as it takes; a
    // permanent refusal ends the session as Paid but unrecorded, said
    // plainly: the payment is safe at SEQR and reconciliation lists it.
    auto receipt = m_journal->recordSeqrPaid(m_invoiceReference, m_ersReference, m_paymentDate);
    if (!receipt) {
        m_lastError = receipt.error();
        if (receipt.error().code == ErrorCode::StorageBusy) {
            qCWarning(lcPayment).noquote() << "cannot journal PAID" << m_invoiceReference
                                           << receipt.error().detail << "- retrying";
            m_retryTimer.callOnTimeout(this, &PaymentSession::recordPaid, Qt::SingleShotConnection);
            m_retryTimer.start(m_timing.journalRetryMs);
            return;
        }
        qCCritical(lcPayment).noquote()
            << "the journal refuses PAID of" << m_invoiceReference << "ersReference"
            << m_ersReference << "-" << receipt.error().detail
            << "; the payment stands at SEQR and is left to reconciliation";
        m_unrecorded = true;
        setState(State::Paid);
        return;
    }
    m_lastError = {};
    m_receiptNumber = *receipt;
    setState(State::ConfirmingReceipt);
    submitReceipt();
}

void PaymentSession::submitReceipt()
{
    if (m_receiptCall)
        return; // already on its way
    const auto sale = m_journal->sale(m_saleId);
    if (!sale) {
        // The payment is journaled; only the receipt's text cannot be read
        // now. SEQR is never sent an empty receipt: read again, then leave
        // it to recovery (the invoice stays without its receipt confirmed).
        qCWarning(lcPayment).noquote()
            << "cannot read sale" << m_saleId << "for SEQR's copy of the receipt of"
            << m_invoiceReference << "-" << sale.error().detail;
        return retryReceipt(sale.error());
    }
    if (sale->receiptNumber)
        m_receiptNumber = *sale->receiptNumber;
    ReceiptDocument document;
    document.mimeType = u"text/plain"_s;
    document.receiptType = u"SALE"_s;
    document.receiptData = receiptText(*sale, m_shopName).toUtf8();
    auto *call = m_client->submitPaymentReceipt(m_ersReference, document);
    trackCall(this, call, m_timing.callTimeoutMs, m_receiptCall, [this, call] {
        if (m_state != State::ConfirmingReceipt)
            return;
        if (call->isSuccess()) {
            if (auto noted = m_journal->recordReceiptSubmitted(m_invoiceReference); !noted)
                // Harmless: recovery sends SEQR's copy again at the next start.
                qCWarning(lcPayment).noquote()
                    << "cannot journal the receipt of" << m_invoiceReference << noted.error().detail
                    << "- it is sent again at the next start";
            setState(State::Paid);
            return;
        }
        retryReceipt(call->error());
    });
}

void PaymentSession::retryReceipt(const Error &error)
{
    if (++m_receiptAttempts < m_timing.receiptAttempts) {
        m_retryTimer.callOnTimeout(this, &PaymentSession::submitReceipt, Qt::SingleShotConnection);
        m_retryTimer.start(m_timing.journalRetryMs);
        return;
    }
    // The sale is paid and journaled; SEQR's copy of the receipt is left
    // for recovery to send at the next start.
    qCWarning(lcPayment).noquote() << "SEQR's copy of the receipt of" << m_invoiceReference
                                   << "is left for the next start:" << error.detail;
    m_lastError = error;
    setState(State::Paid);
}

} // namespace kassa
