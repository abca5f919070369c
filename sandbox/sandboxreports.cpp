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

    auto inScope = [&](const QString &tid, qint64 sequence) {
        if (m_state.terminals.value(tid).resellerId != period.resellerId)
            return false;
        if (!period.terminalId.isEmpty() && tid != period.terminalId)
            return false;
        if (!terminalId.isEmpty() && tid != terminalId)
            return false;
        return sequence > period.fromSequence && sequence <= period.toSequence;
    };

    if (reportId == u"Shop.xml") {
        for (const Terminal &t : m_state.terminals) {
            if (t.resellerId != period.resellerId)
                continue;
            report.rows.append(
                {{{u"TerminalId"_s, t.terminalId},
                  {u"ExternalTerminalId"_s, t.externalTerminalId},
                  {u"Name"_s, t.name},
                  {u"SeqrId"_s, t.seqrId},
                  {u"Status"_s, t.registered ? u"REGISTERED"_s : u"UNREGISTERED"_s}}});
        }
        return report.toXml();
    }

    const bool needsTerminal = name == u"STD_RECON_006" || name == u"STD_RECON_007";
    if (needsTerminal && terminalId.isEmpty()) {
        *code = int(ResultCode::InvalidInvoiceData);
        return {};
    }

    // Payments (reversed ones are no sale) and refunds of the period.
    QList<const InvoiceRecord *> sales;
    for (const InvoiceRecord &r : m_state.invoices) {
        if (r.status == InvoiceStatus::Paid && inScope(r.terminalId, r.sequence))
            sales.append(&r);
    }
    std::sort(sales.begin(), sales.end(), [](auto a, auto b) { return a->sequence < b->sequence; });
    QList<const RefundRecord *> refunds;
    for (const RefundRecord &r : m_state.refunds) {
        if (inScope(r.terminalId, r.sequence))
            refunds.append(&r);
    }
    Currency currency = Currency::sek();
    if (!sales.isEmpty())
        currency = sales.first()->total.currency();

    auto add = [](Totals &t, const InvoiceRecord *sale) {
        ++t.salesCount;
        t.salesMinor += sale->total.minorUnits();
    };
    auto addRefund = [](Totals &t, const RefundRecord *refund) {
        ++t.refundCount;
        t.refundMinor += refund->amount.minorUnits();
    };

    if (name == u"STD_RECON_001" || name == u"STD_RECON_006") {
        Totals t;
        for (auto *s : sales)
            add(t, s);
        for (auto *r : refunds)
            addRefund(t, r);
        report.rows.append(totalsRow({}, t, currency));
    } else if (name == u"STD_RECON_002") {
        QMap<QString, Totals> perTerminal;
        for (auto *s : sales)
            add(perTerminal[s->terminalId], s);
        for (auto *r : refunds)
            addRefund(perTerminal[r->terminalId], r);
        for (auto it = perTerminal.cbegin(); it != perTerminal.cend(); ++it)
            report.rows.append(totalsRow({{u"TerminalId"_s, it.key()}}, *it, currency));
    } else if (name == u"STD_RECON_004") {
        QMap<QString, Totals> perCashier;
        for (auto *s : sales)
            add(perCashier[s->invoice.cashierId], s);
        for (auto *r : refunds)
            addRefund(perCashier[r->cashierId], r);
        for (auto it = perCashier.cbegin(); it != perCashier.cend(); ++it)
            report.rows.append(totalsRow({{u"CashierId"_s, it.key()}}, *it, currency));
    } else if (name == u"STD_RECON_003" || name == u"STD_RECON_007" || name == u"STD_RECON_005") {
        // 003/007: every payment and refund; 005: refunds only.
        if (name != u"STD_RECON_005") {
            for (auto *s : sales)
                report.rows.append({{{u"Type"_s, u"PAYMENT"_s},
                                     {u"TerminalId"_s, s->terminalId},
                                     {u"CashierId"_s, s->invoice.cashierId},
                                     {u"SalesAmount"_s, reportAmount(s->total)},
                                     {u"Currency"_s, s->total.currency().code()},
                                     {u"ErsReference"_s, s->ersReference},
                                     {u"InvoiceReference"_s, s->invoiceReference},
                                     {u"ClientInvoiceId"_s, s->invoice.clientInvoiceId},
                                     {u"PaymentDate"_s, s->paidAt.toString(Qt::ISODate)}}});
        }
        for (auto *r : refunds) {
            auto negative = r->amount.negated();
            report.rows.append({{{u"Type"_s, u"REFUND"_s},
                                 {u"TerminalId"_s, r->terminalId},
                                 {u"CashierId"_s, r->cashierId},
                                 {u"SalesAmount"_s, reportAmount(negative ? *negative : r->amount)},
                                 {u"Currency"_s, r->amount.currency().code()},
                                 {u"ErsReference"_s, r->ersReference},
                                 {u"OriginalErsReference"_s, r->originalErsReference},
                                 {u"PaymentDate"_s, r->at.toString(Qt::ISODate)}}});
        }
    } else {
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

MarkTransactionPeriodResponse SandboxService::handleRequest(const MarkTransactionPeriodRequest &r)
{
    KASSA_AUTHENTICATE(MarkTransactionPeriodResponse, Who::Either)
    // Without a TERMINALID parameter the period is the shop's, whoever asks.
    const QString terminalId = parameterValue(r.parameters, u"TERMINALID");
    if (!terminalId.isEmpty()) {
        const Terminal t = m_state.terminals.value(terminalId);
        if (t.resellerId != auth.reseller->id ||
            (auth.terminal && auth.terminal->terminalId != terminalId))
            return failure<MarkTransactionPeriodResponse>(ResultCode::InvalidInitiatorPrincipalId,
                                                          u"unknown TERMINALID"_s);
    }
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
    const QString terminalId = parameterValue(r.parameters, u"TERMINALID");
    if (auth.terminal && !terminalId.isEmpty() && terminalId != auth.terminal->terminalId)
        return failure<ExecuteReportResponse>(ResultCode::InvalidInitiatorPrincipalId,
                                              u"another terminal"_s);
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
