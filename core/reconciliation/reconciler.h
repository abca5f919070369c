#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/reconciliation/reconciliation.h"
#include "core/reconciliation/reconciliationreport.h"
#include "core/seqr/seqrclient.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace kassa {

struct ReconcilerTiming
{
    int waitBeforeReportMs = 3000; // SEQR needs a moment after markTransactionPeriod
    int retryMs = 3000;            // between REPORT_NOT_READY answers
    int maxAttempts = 10;
};

// "Close & reconcile": markTransactionPeriod (the shop's period, or this
// till's with TERMINALID), journal the period, wait, executeReport
// (STD_RECON_003 or 007) retrying while SEQR says REPORT_NOT_READY, then match
// the report against the journal's SEQR payments and refunds since the
// previous close of either kind. Reports progress while it waits; ends with finished().
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    Reconciler(seqr::SeqrClient *client, journal::Journal *journal, Currency currency,
               ReconcilerTiming timing = {}, QObject *parent = nullptr);

    // Other tills of the shop whose journals this machine holds (kassa
    // --demo's webshop and café: kassa-web's till). A shop close matches
    // their payments and refunds too, rather than counting their rows as
    // "the shop's other tills'". Set before run().
    struct ShopTill
    {
        QString terminalId;
        const journal::Journal *journal = nullptr;
    };
    void setShopTills(QList<ShopTill> tills) { m_shopTills = std::move(tills); }

    void run(bool perTerminal);
    // Where the next period begins: at the later of the shop's and this
    // till's last close (a shop close covers this till too), or invalid when
    // nothing was ever closed.
    // When the current period began (the last closed one's end); an error
    // when the journal cannot be read.
    static Result<QDateTime> periodStart(const journal::Journal &journal);
    bool isFinished() const { return m_finished; }
    const Result<Reconciliation> &result() const { return m_result; }
    // SEQR's report as fetched (once finished with a result), so that a shop
    // close can be matched against the shop database's movements as well.
    const std::optional<ReconciliationReport> &report() const { return m_report; }

Q_SIGNALS:
    // Attempt `attempt` of `of` to fetch the report is about to be made.
    void progress(int attempt, int of);
    void finished();

private:
    void fetchReport();
    void fetchCheckpoint();
    void match();
    void finish(Result<Reconciliation> result);

    seqr::SeqrClient *m_client;
    journal::Journal *m_journal;
    Currency m_currency;
    ReconcilerTiming m_timing;
    bool m_perTerminal = false;
    bool m_finished = false;
    int m_attempt = 0;
    journal::Period m_period;
    QList<ShopTill> m_shopTills;
    QDateTime m_from;
    QTimer m_timer;
    Result<Reconciliation> m_result = makeError(ErrorCode::None, {});
    std::optional<ReconciliationReport> m_report;
    QList<journal::Period> m_checkpoints;
};

} // namespace kassa
