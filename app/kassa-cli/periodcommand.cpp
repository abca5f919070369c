#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/checkout/checkout.h"
#include "core/common/enumname.h"

#include "core/journal/journalschema.h"
#include "core/payment/invoicecommand.h"
#include "core/payment/paymentrecovery.h"
#include "core/payment/paymentsession.h"
#include "core/payment/refunder.h"
#include "core/receipt/receipttext.h"
#include "core/reconciliation/reconciler.h"
#include "core/reconciliation/tilleventtext.h"
#include "core/sale/salerow.h"
#include "core/seqr/resultcode.h"
#include "core/shopdb/dayclose.h"
#include "core/terminal/errortext.h"
#include "core/terminal/terminalservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::seqr;

void CliApp::closePeriod()
{
    const bool perTerminal = m_parser.isSet(u"per-terminal"_s);
    const auto currency = Currency::fromCode(m_config.currency);
    auto *reconciler = new Reconciler(m_host->client(), m_host->journal(),
                                      currency ? *currency : Currency::sek(), {}, this);
    connect(reconciler, &Reconciler::progress, this, [this](int attempt, int of) {
        say(tr("Waiting for SEQR's report (attempt %1 of %2)…").arg(attempt).arg(of));
    });
    connect(reconciler, &Reconciler::finished, this, [this, reconciler] {
        const auto &result = reconciler->result();
        if (!result)
            return fail(ServiceError, describe(result.error()));
        // As the window: the shop's close over the shop database, with the
        // shop's Z report and every till's events (core decides).
        const auto code = Currency::fromCode(m_config.currency);
        const auto day = shopdb::closeDay(
            {m_host->journal(), code ? *code : Currency::sek(),
             m_config.name.isEmpty() ? m_config.terminalId : m_config.name, m_config.shopDatabase},
            *result, reconciler->report());
        if (!day)
            return fail(Failed, tr("The period was closed, but the journal could not be read for "
                                   "the Z report: %1")
                                    .arg(describe(day.error())));
        reportDayClose(*day);
    });
    say(tr("Closing the period at SEQR…"));
    reconciler->run(perTerminal);
}

void CliApp::reportDayClose(const shopdb::DayClose &day)
{
    const Reconciliation &r = day.reconciliation;
    say(r.perTerminal ? tr("Transaction period %1 (this till)").arg(r.transactionPeriodId)
                      : tr("Transaction period %1 (shop)").arg(r.transactionPeriodId));
    const QJsonArray lines = sayReconciliationLines(r);
    using K = ReconciliationLine::Kind;
    say(tr("Matched %1, only at SEQR %2, only in Kassa %3, amount differs %4. SEQR total %5, "
           "Kassa total %6.")
            .arg(r.count(K::Matched))
            .arg(r.count(K::OnlyAtSeqr))
            .arg(r.count(K::OnlyInKassa))
            .arg(r.count(K::AmountDiffers))
            .arg(money(r.seqrTotal), money(r.kassaTotal)));
    if (r.otherTillsCount > 0)
        say(tr("%n row(s) belong to other tills of the shop.", nullptr, int(r.otherTillsCount)));
    say(r.isClean() ? tr("Reconciled: SEQR and the journal agree.")
                    : tr("DIFFERENCES FOUND — see above."));
    if (day.shopProblem)
        say(tr("The shop database could not be read (%1): only this till's payments were matched.")
                .arg(describe(*day.shopProblem)));
    if (!day.notFinal.isEmpty())
        say(tr("Not final: %1 had not sent everything to the shop database yet.")
                .arg(day.notFinal.join(u", "_s)));
    say(day.z.toText(ReceiptSettings::forTill(m_config, QLocale())));
    QJsonArray events;
    for (const ZReportEventLine &e : day.z.events)
        events.append(QJsonObject{
            {u"kind"_s, e.kind},
            {u"name"_s, tillEventKindName(e.kind)},
            {u"till"_s, e.till},
            {u"count"_s, e.count},
            {u"amount"_s, e.amount ? QJsonValue(e.amount->toDecimalString()) : QJsonValue()}});
    finish(Done, QJsonObject{{u"transactionPeriodId"_s, r.transactionPeriodId},
                             {u"perTerminal"_s, r.perTerminal},
                             {u"shopWide"_s, day.shopWide},
                             {u"final"_s, day.notFinal.isEmpty()},
                             {u"notFinal"_s, QJsonArray::fromStringList(day.notFinal)},
                             {u"matched"_s, r.count(K::Matched)},
                             {u"onlyAtSeqr"_s, r.count(K::OnlyAtSeqr)},
                             {u"onlyInKassa"_s, r.count(K::OnlyInKassa)},
                             {u"amountDiffers"_s, r.count(K::AmountDiffers)},
                             {u"clean"_s, r.isClean()},
                             {u"seqrTotal"_s, r.seqrTotal.toDecimalString()},
                             {u"kassaTotal"_s, r.kassaTotal.toDecimalString()},
                             {u"salesCount"_s, day.z.salesCount},
                             {u"total"_s, day.z.total.toDecimalString()},
                             {u"net"_s, day.z.net.toDecimalString()},
                             {u"events"_s, events},
                             {u"lines"_s, lines}});
}

QJsonArray CliApp::sayReconciliationLines(const Reconciliation &r)
{
    QJsonArray lines;
    for (const ReconciliationLine &line : r.lines) {
        const QString seqr = line.seqrAmount ? line.seqrAmount->toDecimalString() : u"-"_s;
        const QString kassa = line.kassaAmount ? line.kassaAmount->toDecimalString() : u"-"_s;
        say(u"  %1  %2  SEQR %3  Kassa %4%5"_s.arg(lineKindName(line.kind), -15)
                .arg(line.ersReference, -12)
                .arg(seqr, 10)
                .arg(kassa, 10)
                .arg(line.isRefund ? tr("  (refund)") : QString()));
        lines.append(QJsonObject{{u"kind"_s, lineKindName(line.kind)},
                                 {u"ersReference"_s, line.ersReference},
                                 {u"seqrAmount"_s, seqr},
                                 {u"kassaAmount"_s, kassa},
                                 {u"refund"_s, line.isRefund}});
    }
    return lines;
}
