#include "core/payment/refunddoubts.h"

#include "core/seqr/resultcode.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa {

QString refundInReport(const journal::RefundIntent &intent, const ReconciliationReport &report,
                       const QSet<QString> &known)
{
    for (const ReconciliationReport::Row &row : report.rows) {
        if (row.value(u"Type") != u"REFUND" ||
            row.value(u"OriginalErsReference") != intent.originalErsReference)
            continue;
        const QString ers = row.value(u"ErsReference");
        if (ers.isEmpty() || known.contains(ers))
            continue;
        const auto amount = Money::parse(row.value(u"SalesAmount"), row.value(u"Currency"));
        if (amount && amount->negated() && *amount->negated() == intent.amount)
            return ers;
    }
    return {};
}

Status settleRefundByManager(journal::Journal &journal, qint64 intentId,
                             const QString &refundErsReference, const QString &managerNote)
{
    if (managerNote.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         u"say what was seen (a note) to settle a refund in doubt"_s);
    const auto intent = journal.refundIntent(intentId);
    if (!intent)
        return intent.error();
    if (!intent->isUnresolved())
        return makeError(ErrorCode::InvalidArgument,
                         u"refund "_s + QString::number(intentId) + u" is not in doubt"_s);
    if (!refundErsReference.isEmpty()) {
        const auto refunds = journal.refunds({});
        if (!refunds)
            return refunds.error();
        for (const journal::Refund &r : *refunds) {
            if (r.refundErsReference == refundErsReference)
                return makeError(ErrorCode::InvalidArgument,
                                 u"refund "_s + refundErsReference +
                                     u" is already in the journal (of payment "_s +
                                     r.originalErsReference + u')');
        }
    }
    const QString how = u"settled by the manager: "_s + managerNote.trimmed();
    return refundErsReference.isEmpty()
               ? journal.recordRefundNotMade(intentId, how)
               : journal.recordRefundMade(intentId, refundErsReference, how);
}

RefundDoubtResolver::RefundDoubtResolver(SeqrClient *client, journal::Journal *journal,
                                         ReconcilerTiming timing, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_timing(timing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefundDoubtResolver::fetchReport);
}

QString describeEvidence(const RefundEvidence &evidence, const journal::RefundIntent &intent,
                         const QString &whyUnreadable)
{
    const QString amount = intent.amount.toDecimalString() + u' ' + intent.amount.currency().code();
    switch (evidence.kind) {
    case RefundEvidence::Kind::Listed:
        return QCoreApplication::translate(
                   "RefundDoubts",
                   "SEQR's report (period %1) lists refund %2 of %3 for payment %4: SEQR made it.")
            .arg(evidence.periodId, evidence.refundErsReference, amount,
                 intent.originalErsReference);
    case RefundEvidence::Kind::NotListed:
        return QCoreApplication::translate("RefundDoubts",
                                           "SEQR's report (period %1) lists no refund of %2 for "
                                           "payment %3: SEQR did not make it.")
            .arg(evidence.periodId, amount, intent.originalErsReference);
    case RefundEvidence::Kind::Unreadable:
        break;
    }
    return QCoreApplication::translate("RefundDoubts",
                                       "SEQR's report cannot be read (%1); check SEQR's back "
                                       "office or the customer's account before settling.")
        .arg(whyUnreadable);
}

void RefundDoubtResolver::finish(std::optional<Error> error)
{
    if (error)
        m_failures.append(*error);
    if (m_evidenceOnly && !m_failures.isEmpty()) {
        // A refund no report could speak of: why, for the manager.
        for (const journal::RefundIntent &intent : std::as_const(m_doubts)) {
            const bool known = std::any_of(m_evidence.begin(), m_evidence.end(),
                                           [&](const auto &e) { return e.intentId == intent.id; });
            if (!known)
                m_evidence.append(RefundEvidence{
                    intent.id, RefundEvidence::Kind::Unreadable, {}, {}, m_failures.last()});
        }
    }
    m_finished = true;
    QMetaObject::invokeMethod(this, &RefundDoubtResolver::finished, Qt::QueuedConnection);
}

void RefundDoubtResolver::run()
{
    const auto doubts = m_journal->refundsInDoubt();
    if (!doubts)
        return finish(doubts.error());
    m_doubts = *doubts;
    if (m_doubts.isEmpty())
        return finish();
    for (const journal::RefundIntent &intent : std::as_const(m_doubts)) {
        if (intent.state == journal::RefundIntent::State::Pending && !m_evidenceOnly)
            static_cast<void>(m_journal->recordRefundInDoubt(
                intent.id, u"the till stopped while SEQR was asked"_s));
    }
    const QString terminalId = m_client->terminalCredentials().principal.id;
    // Journaled before SEQR is asked: should the answer be lost, the journal
    // still knows a period may have closed there.
    const auto asked = m_journal->recordMarkAsked(terminalId, u"refunds in doubt"_s);
    if (!asked)
        return finish(asked.error());
    auto *call = m_client->markTransactionPeriod(m_client->terminalCredentials(),
                                                 {{u"TERMINALID"_s, terminalId}});
    connect(call, &SeqrCall::finished, this, [this, call, terminalId, askedId = *asked] {
        call->deleteLater();
        if (!call->isSuccess())
            return finish(call->error());
        const QString periodId = call->response().transactionPeriodId;
        const journal::Period checkpoint{periodId, terminalId, QDateTime::currentDateTimeUtc()};
        if (auto made = m_journal->recordMarkMade(askedId, terminalId, periodId); !made)
            return finish(made.error());
        if (auto recorded = m_journal->recordCheckpoint(checkpoint); !recorded)
            return finish(recorded.error());
        sortByPeriod(terminalId, periodId);
        if (m_periods.isEmpty())
            return finish();
        m_timer.start(m_timing.waitBeforeReportMs);
    });
}

void RefundDoubtResolver::sortByPeriod(const QString &terminalId, const QString &ownPeriodId)
{
    // A refund SEQR made lies in the period of the first mark after its
    // request: this run's, or a close or checkpoint in between. Only that
    // period's report can say it was not made.
    for (const journal::RefundIntent &intent : std::as_const(m_doubts)) {
        const auto mark = m_journal->firstMarkAfter(intent, terminalId);
        if (!mark) {
            m_failures.append(mark.error());
            continue;
        }
        const QString periodId = mark->has_value() ? (*mark)->periodId : ownPeriodId;
        if (periodId.isEmpty()) {
            m_failures.append(makeError(
                ErrorCode::RefundInDoubt,
                u"a period mark at SEQR after refund request "_s + intent.clientReference +
                    u" got no answer, so no report can say whether SEQR made the "
                    u"refund; the manager settles it from SEQR's back office"_s));
            continue;
        }
        if (!m_periods.contains(periodId))
            m_periods.append(periodId);
        m_doubtsOf[periodId].append(intent);
    }
}

void RefundDoubtResolver::fetchReport()
{
    ++m_attempt;
    const QString terminalId = m_client->terminalCredentials().principal.id;
    auto *call = m_client->executeReport(
        m_client->terminalCredentials(), u"Reconciliation/STD_RECON_007.xml"_s, u"en"_s,
        {{u"transactionPeriodId"_s, m_periods.first()}, {u"TERMINALID"_s, terminalId}});
    connect(call, &SeqrCall::finished, this, [this, call] {
        call->deleteLater();
        const ReportAnswer answer = readReportAnswer(*call);
        if (answer.retry && m_attempt < m_timing.maxAttempts) {
            m_timer.start(m_timing.retryMs);
            return;
        }
        const auto &report = answer.report;
        if (!report)
            return finish(report.error());
        settle(m_periods.takeFirst(), *report);
        if (m_periods.isEmpty())
            return finish();
        m_attempt = 0;
        m_timer.start(0);
    });
}

void RefundDoubtResolver::settle(const QString &periodId, const ReconciliationReport &report)
{
    const auto refunds = m_journal->refunds({});
    if (!refunds)
        return m_failures.append(refunds.error());
    QSet<QString> known;
    for (const journal::Refund &r : *refunds)
        known.insert(r.refundErsReference);
    const QString source = u"SEQR's report for period "_s + periodId;
    for (const journal::RefundIntent &intent : m_doubtsOf.value(periodId)) {
        const QString ers = refundInReport(intent, report, known);
        if (m_evidenceOnly) {
            m_evidence.append(RefundEvidence{intent.id,
                                             ers.isEmpty() ? RefundEvidence::Kind::NotListed
                                                           : RefundEvidence::Kind::Listed,
                                             ers,
                                             periodId,
                                             {}});
            known.insert(ers);
            continue;
        }
        const Status recorded =
            ers.isEmpty()
                ? m_journal->recordRefundNotMade(intent.id, source + u" lists no such refund"_s)
                : m_journal->recordRefundMade(intent.id, ers, source + u" lists it"_s);
        if (!recorded) {
            m_failures.append(recorded.error());
            continue;
        }
        known.insert(ers);
        m_settled.append(Settled{intent, ers});
    }
}

} // namespace kassa
