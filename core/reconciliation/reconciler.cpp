#include "core/reconciliation/reconciler.h"

#include "core/seqr/resultcode.h"

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa {

Reconciler::Reconciler(SeqrClient *client, journal::Journal *journal, Currency currency,
                       ReconcilerTiming timing, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_currency(currency)
    , m_timing(timing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Reconciler::fetchReport);
}

void Reconciler::finish(Result<Reconciliation> result)
{
    m_result = std::move(result);
    m_finished = true;
    Q_EMIT finished();
}

Result<QDateTime> Reconciler::periodStart(const journal::Journal &journal)
{
    QDateTime start;
    for (bool perTerminal : {false, true}) {
        const auto p = journal.lastPeriod(perTerminal);
        if (!p)
            return p.error();
        if (p->has_value() && (!start.isValid() || (*p)->closedAt > start))
            start = (*p)->closedAt;
    }
    return start;
}

void Reconciler::run(bool perTerminal)
{
    m_perTerminal = perTerminal;
    const QString terminalId = m_client->terminalCredentials().principal.id;
    Parameters parameters;
    if (perTerminal)
        parameters.append({u"TERMINALID"_s, terminalId});
    // A period start the journal cannot tell would compare the wrong
    // movements: nothing is closed at SEQR then.
    const auto from = periodStart(*m_journal);
    if (!from) {
        m_from = {};
        QMetaObject::invokeMethod(
            this, [this, error = from.error()] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_from = *from;
    // A till's mark is journaled before SEQR is asked: refunds in doubt are
    // settled from the report of the period they lie in (RefundDoubtResolver).
    qint64 askedId = 0;
    if (perTerminal) {
        const auto asked = m_journal->recordMarkAsked(terminalId, u"close"_s);
        if (!asked) {
            QMetaObject::invokeMethod(
                this, [this, error = asked.error()] { finish(error); }, Qt::QueuedConnection);
            return;
        }
        askedId = *asked;
    }
    auto *call = m_client->markTransactionPeriod(m_client->terminalCredentials(), parameters);
    connect(call, &SeqrCall::finished, this, [this, call, terminalId, askedId] {
        call->deleteLater();
        if (!call->isSuccess())
            return finish(call->error());
        m_period = journal::Period{call->response().transactionPeriodId,
                                   m_perTerminal ? terminalId : QString(),
                                   QDateTime::currentDateTimeUtc()};
        if (askedId != 0)
            if (auto made = m_journal->recordMarkMade(askedId, terminalId, m_period.id); !made)
                return finish(made.error());
        if (auto recorded = m_journal->recordPeriod(m_period); !recorded)
            return finish(recorded.error());
        m_timer.start(m_timing.waitBeforeReportMs);
    });
}

void Reconciler::fetchReport()
{
    ++m_attempt;
    Q_EMIT progress(m_attempt, m_timing.maxAttempts);
    const QString terminalId = m_client->terminalCredentials().principal.id;
    Parameters parameters{{u"transactionPeriodId"_s, m_period.id}};
    if (m_perTerminal)
        parameters.append({u"TERMINALID"_s, terminalId});
    const QString reportId = m_perTerminal ? u"Reconciliation/STD_RECON_007.xml"_s
                                           : u"Reconciliation/STD_RECON_003.xml"_s;
    auto *call =
        m_client->executeReport(m_client->terminalCredentials(), reportId, u"en"_s, parameters);
    connect(call, &SeqrCall::finished, this, [this, call, terminalId] {
        call->deleteLater();
        ReportAnswer answer = readReportAnswer(*call);
        if (answer.retry) {
            if (m_attempt >= m_timing.maxAttempts)
                return finish(answer.notReady
                                  ? makeError(ErrorCode::ServiceRefused,
                                              u"SEQR's report was still not ready after "_s +
                                                  QString::number(m_attempt) + u" attempts"_s)
                                  : call->error());
            m_timer.start(m_timing.retryMs);
            return;
        }
        auto &report = answer.report;
        if (!report)
            return finish(report.error());
        m_report = *report;
        // This till's period at SEQR began at its last checkpoint (a period
        // marked only to settle refunds in doubt): their reports come too.
        const auto checkpoints = m_perTerminal
                                     ? m_journal->checkpoints(m_from)
                                     : Result<QList<journal::Period>>(QList<journal::Period>{});
        if (!checkpoints)
            return finish(checkpoints.error());
        m_checkpoints = *checkpoints;
        fetchCheckpoint();
    });
}

void Reconciler::fetchCheckpoint()
{
    if (m_checkpoints.isEmpty())
        return match();
    const journal::Period checkpoint = m_checkpoints.takeFirst();
    auto *call = m_client->executeReport(
        m_client->terminalCredentials(), u"Reconciliation/STD_RECON_007.xml"_s, u"en"_s,
        {{u"transactionPeriodId"_s, checkpoint.id}, {u"TERMINALID"_s, checkpoint.terminalId}});
    connect(call, &SeqrCall::finished, this, [this, call] {
        call->deleteLater();
        const auto report = readReportAnswer(*call).report;
        if (!report)
            return finish(report.error());
        m_report->rows = report->rows + m_report->rows;
        fetchCheckpoint();
    });
}

void Reconciler::match()
{
    QSet<QString> terminals{m_client->terminalCredentials().principal.id};
    QList<journal::SeqrMovement> movements;
    QSet<QString> closedEarlier;
    QList<ShopTill> tills{{m_client->terminalCredentials().principal.id, m_journal}};
    if (!m_perTerminal)
        tills += m_shopTills;
    for (const ShopTill &till : std::as_const(tills)) {
        terminals.insert(till.terminalId);
        const auto mine = till.journal->seqrMovements(m_from, m_period.closedAt);
        if (!mine)
            // Never "only at SEQR" for payments a journal could not list.
            return finish(mine.error());
        movements += *mine;
        if (m_from.isValid()) {
            const auto earlier = till.journal->seqrMovements({}, m_from);
            if (!earlier)
                return finish(earlier.error());
            for (const journal::SeqrMovement &m : *earlier)
                closedEarlier.insert(m.ersReference);
        }
    }
    Reconciliation r = reconcileTills(*m_report, movements, terminals, m_currency, closedEarlier);
    r.transactionPeriodId = m_period.id;
    r.perTerminal = m_perTerminal;
    r.from = m_from;
    r.to = m_period.closedAt;
    finish(r);
}

} // namespace kassa
