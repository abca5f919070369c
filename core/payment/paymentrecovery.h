#pragma once

#include "core/payment/paymentsession.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace kassa {

// At start: every SEQR invoice the journal still has in flight (the process
// died, the machine lost power) is polled at once — inside SEQR's 20 s window
// — and brought to a final state: paid ones are journaled and their receipts
// confirmed, ones still waiting for a buyer are canceled (nobody is at the
// till for them), and what happened is reported. After `limitMs` it says it
// has finished (the till may take new payments) but never gives up on a
// payment it took over: it goes on polling until SEQR says the invoice is
// final or canceled (a buyer who pays late is journaled, not reversed), and
// says completed() then. A journal it cannot read is left for the next start.
class PaymentRecovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentRecovery)

public:
    struct Outcome
    {
        QString invoiceReference;
        PaymentSession::State state;
        Money amount;
        QString ersReference;
        qint64 receiptNumber = 0;
    };

    PaymentRecovery(seqr::SeqrClient *client, journal::Journal *journal, QString shopName,
                    PaymentTiming timing = {}, int limitMs = 60000, QObject *parent = nullptr);
    ~PaymentRecovery() override;

    // The shop's loyalty programmes: a buyer's token still waiting for the
    // shop is answered (from the journal when it was already applied).
    void setLoyalty(const loyalty::LoyaltyConfig &config) { m_loyalty = config; }
    // Starts; finished() follows (also when there was nothing to recover).
    void run();
    bool isFinished() const { return m_finished; }
    // False while a payment it took over is undecided (also past the limit),
    // or the journal was never read.
    bool isComplete() const;
    // A payment it took over is still undecided.
    bool hasPaymentsLeft() const;
    QList<Outcome> outcomes() const;
    // The last failure to read the journal (code None when it was read).
    const Error &journalError() const { return m_journalError; }

Q_SIGNALS:
    void journalUnreadable(const kassa::Error &error);
    // A payment it finishes has its outcome in the journal: PAID (before
    // SEQR's copy of the receipt is sent), or ended unpaid (canceled,
    // failed). Emitted after the journal write (when that write failed, the
    // journal still says what it said: readers go by the journal), once per
    // payment, so that whoever shows the sale can say that it changed.
    void paymentSettled(qint64 saleId, const QString &invoiceReference);
    void finished();
    // Every payment it took over has reached a final state (after finished()).
    void completed();

private:
    void readJournal();
    loyalty::LoyaltyConfig m_loyalty;
    void checkDone();

    seqr::SeqrClient *m_client;
    journal::Journal *m_journal;
    QString m_shopName;
    PaymentTiming m_timing;
    std::vector<std::unique_ptr<PaymentSession>> m_sessions;
    QTimer m_limit;
    QTimer m_retry;
    Error m_journalError;
    bool m_read = false;
    bool m_finished = false;
    bool m_completed = false;
};

} // namespace kassa
