// SEQR's money after the payment as the sandbox keeps it: refunds, transaction
// periods and the reconciliation reports it writes.
#include "core/reconciliation/reconciliationreport.h"
#include "core/seqr/resultcode.h"
#include "sandbox/sandboxreplies.h"
#include "sandbox/sandboxservice.h"

#include <QMap>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa::sandbox {

namespace {

// Reports write amounts with five decimals, as SEQR's did ("93.31000").
QString reportAmount(const Money &m)
{
    return m.toDecimal().toString(5);
}

struct Totals
{
    int salesCount = 0;
    qint64 salesMinor = 0;
    int refundCount = 0;
    qint64 refundMinor = 0;
};

ReconciliationReport::Row totalsRow(const QList<ReconciliationReport::Field> &keys, const Totals &t,
                                    const Currency &currency)
{
    ReconciliationReport::Row row;
    row.fields = keys;
    row.fields.append({u"SalesCount"_s, QString::number(t.salesCount)});
    row.fields.append({u"SalesTotal"_s, reportAmount(Money(t.salesMinor, currency))});
    row.fields.append({u"RefundCount"_s, QString::number(t.refundCount)});
    row.fields.append({u"RefundTotal"_s, reportAmount(Money(t.refundMinor, currency))});
    row.fields.append({u"Currency"_s, currency.code()});
    return row;
}

void add(Totals &t, const InvoiceRecord *sale)
{
    ++t.salesCount;
    t.salesMinor += sale->total.minorUnits();
}

void add(Totals &t, const RefundRecord *refund)
{
    ++t.refundCount;
    t.refundMinor += refund->amount.minorUnits();
}

// Shop.xml: the reseller's terminals.
QList<ReconciliationReport::Row> shopRows(const SandboxState &state, const QString &resellerId)
{
    QList<ReconciliationReport::Row> rows;
    for (const Terminal &t : state.terminals) {
        if (t.resellerId != resellerId)
            continue;
        rows.append({{{u"TerminalId"_s, t.terminalId},
                      {u"ExternalTerminalId"_s, t.externalTerminalId},
                      {u"Name"_s, t.name},
                      {u"SeqrId"_s, t.seqrId},
                      {u"Status"_s, t.registered ? u"REGISTERED"_s : u"UNREGISTERED"_s}}});
    }
    return rows;
}

// What a report of a period covers: its payments (reversed ones are no
// sale) and refunds, of the period's terminal (or all the reseller's) and
// of `terminalId` when one is asked for.
struct Movements
{
    QList<const InvoiceRecord *> sales;
    QList<const RefundRecord *> refunds;
    Currency currency = Currency::sek();
};

Movements movementsOf(const SandboxState &state, const Period &period, const QString &terminalId)
{
    auto inScope = [&](const QString &tid, qint64 sequence) {
        if (state.terminals.value(tid).resellerId != period.resellerId)
            return false;
        if (!period.terminalId.isEmpty() && tid != period.terminalId)
            return false;
        if (!terminalId.isEmpty() && tid != terminalId)
            return false;
        return sequence > period.fromSequence && sequence <= period.toSequence;
    };
    Movements m;
    for (const InvoiceRecord &r : state.invoices) {
        if (r.status == InvoiceStatus::Paid && inScope(r.terminalId, r.sequence))
            m.sales.append(&r);
    }
    std::sort(m.sales.begin(), m.sales.end(),
              [](auto a, auto b) { return a->sequence < b->sequence; });
    for (const RefundRecord &r : state.refunds) {
        if (inScope(r.terminalId, r.sequence))
            m.refunds.append(&r);
    }
    if (!m.sales.isEmpty())
        m.currency = m.sales.first()->total.currency();
    return m;
}

// One totals row per key (`field`: TerminalId, CashierId), or one row for
// all when `field` is empty.
QList<ReconciliationReport::Row> totalsRows(const Movements &m, const QString &field)
{
    auto keyOf = [&field](const QString &terminalId, const QString &cashierId) {
        return field == u"TerminalId" ? terminalId : field == u"CashierId" ? cashierId : QString();
    };
    QMap<QString, Totals> totals;
    for (auto *s : m.sales)
        add(totals[keyOf(s->terminalId, s->invoice.cashierId)], s);
    for (auto *r : m.refunds)
        add(totals[keyOf(r->terminalId, r->cashierId)], r);
    if (field.isEmpty())
        return {totalsRow({}, totals.value(QString()), m.currency)};
    QList<ReconciliationReport::Row> rows;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        rows.append(totalsRow({{field, it.key()}}, *it, m.currency));
    return rows;
}

ReconciliationReport::Row paymentRow(const InvoiceRecord *s)
{
    return {{{u"Type"_s, u"PAYMENT"_s},
             {u"TerminalId"_s, s->terminalId},
             {u"CashierId"_s, s->invoice.cashierId},
             {u"SalesAmount"_s, reportAmount(s->total)},
             {u"Currency"_s, s->total.currency().code()},
             {u"ErsReference"_s, s->ersReference},
             {u"InvoiceReference"_s, s->invoiceReference},
             {u"ClientInvoiceId"_s, s->invoice.clientInvoiceId},
             {u"PaymentDate"_s, s->paidAt.toString(Qt::ISODate)}}};
}

ReconciliationReport::Row refundRow(const RefundRecord *r)
{
    auto negative = r->amount.negated();
    return {{{u"Type"_s, u"REFUND"_s},
             {u"TerminalId"_s, r->terminalId},
             {u"CashierId"_s, r->cashierId},
             {u"SalesAmount"_s, reportAmount(negative ? *negative : r->amount)},
             {u"Currency"_s, r->amount.currency().code()},
             {u"ErsReference"_s, r->ersReference},
             {u"OriginalErsReference"_s, r->originalErsReference},
             {u"PaymentDate"_s, r->at.toString(Qt::ISODate)}}};
}

// Every payment and refund (003, 007), or the refunds only (005).
QList<ReconciliationReport::Row> movementRows(const Movements &m, bool payments)
{
    QList<ReconciliationReport::Row> rows;
    if (payments) {
        for (auto *s : m.sales)
            rows.append(paymentRow(s));
    }
    for (auto *r : m.refunds)
        rows.append(refundRow(r));
    return rows;
}

} // namespace

QString SandboxService::buildReport(const Period &period, const QString &reportId,
                                    const QString &terminalId, int *code) const
{
    *code = 0;
    const QString name = reportId.section(u'/', -1).section(u'.', 0, 0);
    ReconciliationReport report;
    report.resellerId = period.resellerId;
    report.terminalId = terminalId;
    report.transactionPeriodId = period.id;
    report.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (reportId == u"Shop.xml") {
        report.rows = shopRows(m_state, period.resellerId);
        return report.toXml();
    }
    const bool needsTerminal = name == u"STD_RECON_006" || name == u"STD_RECON_007";
    if (needsTerminal && terminalId.isEmpty()) {
        *code = int(ResultCode::InvalidInvoiceData);
        return {};
    }
    const Movements movements = movementsOf(m_state, period, terminalId);
    if (name == u"STD_RECON_001" || name == u"STD_RECON_006")
        report.rows = totalsRows(movements, {});
    else if (name == u"STD_RECON_002")
        report.rows = totalsRows(movements, u"TerminalId"_s);
    else if (name == u"STD_RECON_004")
        report.rows = totalsRows(movements, u"CashierId"_s);
    else if (name == u"STD_RECON_003" || name == u"STD_RECON_007" || name == u"STD_RECON_005")
        report.rows = movementRows(movements, name != u"STD_RECON_005");
    else {
        *code = int(ResultCode::UnsupportedOperation);
        return {};
    }
    return report.toXml();
}

RefundPaymentResponse SandboxService::handleRequest(const RefundPaymentRequest &r)
{
    KASSA_AUTHENTICATE(RefundPaymentResponse, Who::Terminal)
    const InvoiceRecord *original = nullptr;
    for (const InvoiceRecord &record : std::as_const(m_state.invoices)) {
        if (!r.ersReference.isEmpty() && record.ersReference == r.ersReference &&
            record.status == InvoiceStatus::Paid &&
            m_state.terminals.value(record.terminalId).resellerId == auth.reseller->id)
            original = &record;
    }
    if (!original)
        return failure<RefundPaymentResponse>(ResultCode::InvalidErsReference);
    if (!r.invoice.totalAmount)
        return failure<RefundPaymentResponse>(ResultCode::InvalidInvoiceData,
                                              u"totalAmount missing"_s);
    const auto amount = r.invoice.totalAmount->toMoney();
    if (!amount || !amount->isPositive() || !(amount->currency() == original->total.currency()))
        return failure<RefundPaymentResponse>(ResultCode::InvalidInvoiceData,
                                              u"refund amount must be positive, in "_s +
                                                  original->total.currency().code());
    Money refunded(0, original->total.currency());
    for (const RefundRecord &refund : std::as_const(m_state.refunds)) {
        if (refund.originalErsReference == r.ersReference)
            refunded = refunded.plus(refund.amount).value();
    }
    const auto after = refunded.plus(*amount);
    if (!after || after->minorUnits() > original->total.minorUnits())
        return failure<RefundPaymentResponse>(
            ResultCode::SumOfRefundsCanNotBeMoreThanOriginalTransaction);
    RefundRecord refund;
    refund.ersReference = nextReference();
    refund.originalErsReference = r.ersReference;
    refund.terminalId = auth.terminal->terminalId;
    refund.cashierId = r.invoice.cashierId;
    refund.amount = *amount;
    refund.at = now();
    refund.sequence = ++m_state.sequence;
    m_state.refunds.append(refund);
    changed();
    auto response = success<RefundPaymentResponse>();
    response.ersReference = refund.ersReference;
    return response;
}

bool SandboxService::maySpeakFor(const Auth &auth, const QString &terminalId) const
{
    if (terminalId.isEmpty())
        return true;
    return m_state.terminals.value(terminalId).resellerId == auth.reseller->id &&
           (!auth.terminal || auth.terminal->terminalId == terminalId);
}

MarkTransactionPeriodResponse SandboxService::handleRequest(const MarkTransactionPeriodRequest &r)
{
    KASSA_AUTHENTICATE(MarkTransactionPeriodResponse, Who::Either)
    // Without a TERMINALID parameter the period is the shop's, whoever asks.
    KASSA_TERMINAL_PARAMETER(MarkTransactionPeriodResponse)
    Period period;
    period.id = nextReference();
    period.resellerId = auth.reseller->id;
    period.terminalId = terminalId;
    for (const Period &p : std::as_const(m_state.periods)) {
        if (p.resellerId == period.resellerId && p.terminalId == period.terminalId)
            period.fromSequence = qMax(period.fromSequence, p.toSequence);
    }
    period.toSequence = m_state.sequence;
    period.closedAt = now();
    m_state.periods.insert(period.id, period);
    changed();
    auto response = success<MarkTransactionPeriodResponse>();
    response.transactionPeriodId = period.id;
    return response;
}

ExecuteReportResponse SandboxService::handleRequest(const ExecuteReportRequest &r)
{
    KASSA_AUTHENTICATE(ExecuteReportResponse, Who::Either)
    KASSA_TERMINAL_PARAMETER(ExecuteReportResponse)
    Period period;
    if (r.reportId.startsWith(u"Reconciliation/")) {
        const QString periodId = parameterValue(r.parameters, u"transactionPeriodId");
        auto it = m_state.periods.find(periodId);
        if (it == m_state.periods.end() || it->resellerId != auth.reseller->id)
            return failure<ExecuteReportResponse>(ResultCode::InvalidInvoiceData,
                                                  u"unknown transactionPeriodId"_s);
        if (it->reportCalls < m_options.notReadyCount) {
            ++it->reportCalls;
            changed();
            return failure<ExecuteReportResponse>(ResultCode::ReportNotReady);
        }
        period = *it;
    } else {
        period.resellerId = auth.reseller->id;
    }
    int code = 0;
    const QString xml = buildReport(period, r.reportId, terminalId, &code);
    if (code != 0)
        return failure<ExecuteReportResponse>(ResultCode(code), u"report "_s + r.reportId);
    auto response = success<ExecuteReportResponse>();
    Report report;
    report.title = r.reportId.section(u'/', -1).section(u'.', 0, 0);
    report.mimeType = u"text/xml"_s;
    report.contentString = xml;
    report.content = xml.toUtf8();
    response.report = report;
    return response;
}

} // namespace kassa::sandbox
