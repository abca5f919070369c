#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/checkout/checkout.h"
#include "core/common/enumname.h"

#include "core/controlunit/signaturewait.h"
#include "core/journal/journalschema.h"
#include "core/payment/invoicecommand.h"
#include "core/payment/paymentrecovery.h"
#include "core/payment/paymentsession.h"
#include "core/payment/refunddoubts.h"
#include "core/payment/refunder.h"
#include "core/payment/returnreceipts.h"
#include "core/receipt/receiptlayout.h"
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

void CliApp::refund()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() != 2 || !m_parser.isSet(u"amount"_s))
        return fail(Usage, tr("usage: kassa-cli refund ERS_REFERENCE --amount X [--currency SEK]"));
    const QString ers = args[1];
    const QString currencyCode =
        m_parser.isSet(u"currency"_s) ? m_parser.value(u"currency"_s) : m_config.currency;
    auto amount = Money::parse(m_parser.value(u"amount"_s), currencyCode.toUpper());
    if (!amount)
        return fail(Usage, tr("amount: %1; nothing was sent").arg(amount.error().detail));
    if (!amount->isPositive())
        return fail(Usage, tr("the refund amount must be more than zero; nothing was sent"));
    const auto remaining = m_host->journal()->refundable(ers);
    if (!remaining)
        return fail(Usage,
                    tr("no SEQR payment %1 in this till's journal; nothing was sent").arg(ers));
    if (!(remaining->currency() == amount->currency()))
        return fail(
            Usage, tr("the payment was in %1; nothing was sent").arg(remaining->currency().code()));
    if (amount->minorUnits() > remaining->minorUnits())
        return fail(Usage, tr("at most %1 of this payment can still be refunded; nothing was sent")
                               .arg(money(*remaining)));
    auto *refunder = new Refunder(m_host->client(), m_host->journal(), this);
    refunder->setDrawer(m_host->drawer());
    connect(refunder, &Refunder::finished, this, [this, refunder, ers] {
        refunder->deleteLater();
        const auto &result = refunder->result();
        if (!result) {
            if (result.error().code == ErrorCode::StorageFailed)
                printErr(tr("kassa-cli: the refund was made at SEQR but could not be journaled: "
                            "%1")
                             .arg(result.error().detail) +
                         u'\n');
            return fail(ServiceError, describe(result.error()));
        }
        say(tr("Refunded %1 of payment %2 — refund reference %3; %4 remains refundable.")
                .arg(money(result->amount), ers, result->refundErsReference,
                     money(result->remaining)));
        whenReturnSigned(*result,
                         QJsonObject{{u"ersReference"_s, ers},
                                     {u"refundErsReference"_s, result->refundErsReference},
                                     {u"amount"_s, result->amount.toDecimalString()},
                                     {u"currency"_s, result->amount.currency().code()},
                                     {u"remaining"_s, result->remaining.toDecimalString()}});
    });
    // The checks above give the command line its own words; Refunder checks
    // again against the journal, then asks SEQR and journals the refund.
    refunder->refund(ers, *amount, m_parser.value(u"cashier"_s));
}

void CliApp::refundDoubts()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() == 1) {
        const auto doubts = m_host->journal()->refundsInDoubt();
        if (!doubts)
            return fail(ServiceError, describe(doubts.error()));
        QJsonArray list;
        if (doubts->isEmpty())
            say(tr("No refund is in doubt."));
        for (const journal::RefundIntent &d : *doubts) {
            say(tr("%1: %2 of payment %3, request %4, sent %5 by %6 — %7")
                    .arg(d.id)
                    .arg(money(d.amount), d.originalErsReference, d.clientReference,
                         d.createdAt.toLocalTime().toString(Qt::ISODate), d.cashierId,
                         d.detail.isEmpty() ? tr("no answer yet") : d.detail));
            list.append(QJsonObject{{u"id"_s, d.id},
                                    {u"ersReference"_s, d.originalErsReference},
                                    {u"clientReference"_s, d.clientReference},
                                    {u"amount"_s, d.amount.toDecimalString()},
                                    {u"currency"_s, d.amount.currency().code()},
                                    {u"detail"_s, d.detail}});
        }
        return finish(Done, QJsonObject{{u"inDoubt"_s, list}});
    }
    const bool made = m_parser.isSet(u"made"_s);
    const QString note = m_parser.value(u"note"_s).trimmed();
    bool okId = false;
    const qint64 id = args.value(2).toLongLong(&okId);
    if (args.size() != 3 || args[1] != u"settle" || !okId ||
        made == m_parser.isSet(u"not-made"_s) || note.isEmpty())
        return fail(Usage,
                    tr("usage: kassa-cli refund-doubts settle ID --made REFUND_ERS_REFERENCE|"
                       "--not-made --note TEXT"));
    const QString refundErs = made ? m_parser.value(u"made"_s).trimmed() : QString();
    if (auto settled = settleRefundByManager(*m_host->journal(), id, refundErs, note); !settled)
        return fail(ServiceError, describe(settled.error()));
    say(made ? tr("Refund %1 settled as made at SEQR (refund %2).").arg(id).arg(refundErs)
             : tr("Refund %1 settled as not made; the payment may be refunded again.").arg(id));
    finish(Done,
           QJsonObject{{u"id"_s, id}, {u"made"_s, made}, {u"refundErsReference"_s, refundErs}});
}

void CliApp::whenReturnSigned(const Refunder::Outcome &outcome, QJsonObject json)
{
    journal::Journal *journal = m_host->journal();
    const auto number = journal->returnReceiptNumber(outcome.refundErsReference);
    const auto record = number && *number ? journal->returnReceipt(**number)
                                          : Result<journal::ReturnReceiptRecord>(makeError(
                                                ErrorCode::NotFound, outcome.refundErsReference));
    if (!record) {
        printErr(tr("kassa-cli: the refund is journaled, but its return receipt cannot be made: "
                    "%1")
                     .arg(describe(record.error(), false)) +
                 u'\n');
        return finish(ServiceError, json);
    }
    json.insert(u"receiptNumber"_s, record->receiptNumber);
    const QString type = record->signatureType();
    auto *wait = new controlunit::SignatureWait(journal, m_host->controlUnit(),
                                                record->receiptNumber, type, this);
    connect(wait, &controlunit::SignatureWait::ready, this, [this, wait, json, type]() mutable {
        const qint64 serial = wait->serialNumber();
        const auto signature = m_host->journal()->receiptSignature(serial, type);
        if (signature && *signature && (*signature)->isSigned) {
            json.insert(u"controlCode"_s, (*signature)->controlCode);
            json.insert(u"controlUnit"_s, (*signature)->unitId);
        }
        const auto receipt = journaledReturnReceipt(*m_host->journal(), serial,
                                                    ReceiptSettings::forTill(m_config, QLocale()));
        if (!m_json)
            printOut(u"\n"_s + (receipt ? plainText(*receipt) : describe(receipt.error())));
        // On paper too, when the till has a receipt printer (the refund stands whatever it does).
        QString why;
        printing::TillPrinter *till = receipt ? printer(&why) : nullptr;
        if (!till)
            return finish(Done, json);
        whenPrinted(till->printReceipt(*receipt, tr("Receipt %1").arg(serial), serial),
                    [this, serial, json](const printing::PrintOutcome &printed) {
                        if (printed.printed)
                            say(tr("Receipt %1 printed.").arg(serial));
                        else
                            say(tr("%1 — the refund is recorded; its return receipt is shown "
                                   "with kassa-cli receipt %2.")
                                    .arg(printing::describeProblem(printed.problem))
                                    .arg(serial));
                        finish(Done, json);
                    });
    });
    connect(wait, &controlunit::SignatureWait::waiting, this,
            [this, json](const Error &why) mutable {
                json.insert(u"receiptWaiting"_s, true);
                json.insert(u"error"_s, describe(why, false));
                printErr(
                    tr("kassa-cli: the refund is made and journaled, but its return receipt waits "
                       "for the control unit: %1 It is signed the moment the unit answers (also at "
                       "the next start).")
                        .arg(describe(why, false)) +
                    u'\n');
                finish(ServiceError, json);
            });
    wait->start();
}
