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
#include "core/sale/salerow.h"
#include "core/seqr/resultcode.h"
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
        const Reconciliation &r = *result;
        QJsonArray lines;
        say(r.perTerminal ? tr("Transaction period %1 (this till)").arg(r.transactionPeriodId)
                          : tr("Transaction period %1 (shop)").arg(r.transactionPeriodId));
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
        using K = ReconciliationLine::Kind;
        say(tr("Matched %1, only at SEQR %2, only in Kassa %3, amount differs %4. SEQR total %5, "
               "Kassa total %6.")
                .arg(r.count(K::Matched))
                .arg(r.count(K::OnlyAtSeqr))
                .arg(r.count(K::OnlyInKassa))
                .arg(r.count(K::AmountDiffers))
                .arg(money(r.seqrTotal), money(r.kassaTotal)));
        if (r.otherTillsCount > 0)
            say(tr("%n row(s) belong to other tills of the shop.", nullptr,
                   int(r.otherTillsCount)));
        say(r.isClean() ? tr("Reconciled: SEQR and the journal agree.")
                        : tr("DIFFERENCES FOUND — see above."));
        finish(Done, QJsonObject{{u"transactionPeriodId"_s, r.transactionPeriodId},
                                 {u"perTerminal"_s, r.perTerminal},
                                 {u"matched"_s, r.count(K::Matched)},
                                 {u"onlyAtSeqr"_s, r.count(K::OnlyAtSeqr)},
                                 {u"onlyInKassa"_s, r.count(K::OnlyInKassa)},
                                 {u"amountDiffers"_s, r.count(K::AmountDiffers)},
                                 {u"clean"_s, r.isClean()},
                                 {u"seqrTotal"_s, r.seqrTotal.toDecimalString()},
                                 {u"kassaTotal"_s, r.kassaTotal.toDecimalString()},
                                 {u"lines"_s, lines}});
    });
    say(tr("Closing the period at SEQR…"));
    reconciler->run(perTerminal);
}
