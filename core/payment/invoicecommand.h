#pragma once

#include "core/common/error.h"
#include "core/journal/journal.h"
#include "core/payment/paymentsession.h"
#include "core/seqr/seqrclient.h"

#include <QObject>

#include <memory>

namespace kassa {

// One SEQR invoice asked about or canceled by its reference, from outside the
// payment that sent it (kassa-cli's `status` and `cancel`). Neither ever
// changes an invoice other than what it is asked to do: `status` only asks;
// `cancel` asks SEQR to cancel (a paid invoice is kept, never reversed).
//
// With a journal — this process holds the till — what SEQR answers is
// journaled as crash recovery would: a PAID invoice the journal still has in
// flight completes its sale (receipt number, tender) and SEQR gets the
// receipt; a canceled one is ended as canceled; each once. Without one
// (nullptr: another process holds the till and is working the payment), SEQR
// alone is asked and that process journals what it sees on its next poll.
//
// Collaborators must outlive the command. finished() fires once, from the
// event loop.
class InvoiceCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceCommand)

public:
    struct Outcome
    {
        seqr::InvoiceStatus status = seqr::InvoiceStatus::Unknown;
        int version = 0;
        QString ersReference;
        // This command journaled a PAID the journal did not have yet, or the
        // end of an invoice it still had open.
        bool journaled = false;
        qint64 receiptNumber = 0; // when paid and journaled by this till
        Error error;              // code None when SEQR answered
    };

    InvoiceCommand(seqr::SeqrClient *client, journal::Journal *journal, QString shopName,
                   PaymentTiming timing = {}, QObject *parent = nullptr);
    ~InvoiceCommand() override;

    void queryStatus(const QString &invoiceReference);
    void cancel(const QString &invoiceReference);

    const Outcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();

private:
    void handleStatus(const seqr::GetPaymentStatusResponse &response);
    void journalPaid();
    void done();

    seqr::SeqrClient *m_client;
    journal::Journal *m_journal;
    // What finishes a PAID the journal still has in flight, as recovery
    // would (used only then), and how long it is given.
    std::unique_ptr<PaymentSession> m_session;
    int m_giveUpMs;
    QString m_reference;
    Outcome m_outcome;
    bool m_finished = false;
};

} // namespace kassa
