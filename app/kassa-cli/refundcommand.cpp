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
#include "core/receipt/receiptbuilder.h"
#include "core/receipt/receiptlayout.h"
#include "core/receipt/receipttext.h"
#include "core/reconciliation/reconciler.h"
#include "core/sale/rowtext.h"
#include "core/sale/salerow.h"
#include "core/seqr/resultcode.h"
#include "core/shopdb/refundlookup.h"
#include "core/terminal/errortext.h"
#include "core/terminal/terminalservice.h"
#include "ui/print/receiptsheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::seqr;

namespace {

// "N:QTY" (the receipt's row N, from 1) as (position, quantity).
std::optional<std::pair<int, Decimal>> rowArgument(const QString &text)
{
    const QStringList parts = text.split(u':');
    bool ok = false;
    const int n = parts.value(0).toInt(&ok);
    const auto quantity = Decimal::parse(parts.value(1).trimmed());
    if (parts.size() != 2 || !ok || n < 1 || !quantity)
        return std::nullopt;
    return std::pair{n - 1, *quantity};
}

} // namespace

void CliApp::refund()
{
    const QStringList args = m_parser.positionalArguments();
    const bool byRows = m_parser.isSet(u"row"_s) || m_parser.isSet(u"all"_s);
    if (args.size() != 2 || (!m_parser.isSet(u"amount"_s) && !byRows))
        return fail(Usage, tr("usage: kassa-cli refund ERS_REFERENCE|#RECEIPT (--amount X | --row "
                              "N:QTY... | --all) [--text] [--pdf FILE]"));
    const QString currencyCode =
        m_parser.isSet(u"currency"_s) ? m_parser.value(u"currency"_s) : m_config.currency;
    std::optional<Money> amount;
    if (m_parser.isSet(u"amount"_s)) {
        auto parsed = Money::parse(m_parser.value(u"amount"_s), currencyCode.toUpper());
        if (!parsed)
            return fail(Usage, tr("amount: %1; nothing was sent").arg(parsed.error().detail));
        if (!parsed->isPositive())
            return fail(Usage, tr("the refund amount must be more than zero; nothing was sent"));
        amount = *parsed;
    }
    const shopdb::ShopAccess access = refundShopAccess();
    const auto subject = shopdb::findRefundSubject(*m_host->journal(), access, args[1]);
    if (!subject && subject.error().code == ErrorCode::NotFound)
        return fail(Usage,
                    tr("no SEQR payment %1 in this till's journal; nothing was sent").arg(args[1]));
    if (!subject)
        return fail(subject.error().code == ErrorCode::ConnectionProblem ? ServiceError : Failed,
                    subject.error().code == ErrorCode::ConnectionProblem
                        ? tr("%1; nothing was sent").arg(subject.error().detail)
                        : describe(subject.error()));
    // What earlier refunds took, at any till of the shop (core's rule).
    const auto limits = shopdb::refundLimitsFor(*m_host->journal(), access, *subject);
    const QList<RefundableRow> rows =
        refundableRows(subject->sale, limits ? std::optional(limits->refunded) : std::nullopt);
    auto quantities = refundQuantities(rows);
    if (!quantities)
        return fail(Usage, quantities.error().detail);
    const RefundPlan plan =
        RefundPlan::make(subject->sale, subject->ersReference, *quantities, amount, limits);
    if (!plan.isValid())
        return fail(plan.limitsError.code == ErrorCode::ConnectionProblem ? ServiceError : Usage,
                    refundProblem(plan, subject->sale, rows));
    carryOutRefund(plan, *subject);
}

shopdb::ShopAccess CliApp::refundShopAccess()
{
    if (!m_config.shopDatabase.isEnabled())
        return {};
    if (!m_refundShop) {
        auto opened = shopdb::ShopDatabase::open(m_config.shopDatabase);
        if (!opened)
            return {nullptr, opened.error()};
        m_refundShop = std::move(opened).value();
    }
    return {m_refundShop.get(), std::nullopt};
}

Result<QList<Decimal>> CliApp::refundQuantities(const QList<RefundableRow> &rows)
{
    QList<Decimal> quantities(rows.size());
    if (m_parser.isSet(u"all"_s)) {
        for (int i = 0; i < rows.size(); ++i)
            quantities[i] = rows[i].remaining;
        return quantities;
    }
    for (const QString &text : m_parser.values(u"row"_s)) {
        const auto row = rowArgument(text);
        if (!row || row->first >= rows.size())
            return makeError(ErrorCode::InvalidArgument,
                             tr("--row %1: give a row of the receipt (1 to %2) and a quantity, "
                                "like 2:0.250; nothing was sent")
                                 .arg(text)
                                 .arg(rows.size()));
        quantities[row->first] = row->second;
    }
    return quantities;
}

QString CliApp::refundProblem(const RefundPlan &plan, const journal::Sale &sale,
                              const QList<RefundableRow> &rows)
{
    switch (plan.problem) {
    case RefundPlan::Problem::None:
        return {};
    case RefundPlan::Problem::NotSeqr:
        if (plan.limitsError.code == ErrorCode::ConnectionProblem)
            return tr("%1; nothing was sent").arg(plan.limitsError.detail);
        if (plan.limitsError.code != ErrorCode::None && !plan.ersReference.isEmpty())
            return tr("%1; nothing was sent").arg(describe(plan.limitsError));
        return tr("receipt %1 was not paid with SEQR; refund it in cash; nothing was sent")
            .arg(sale.receiptNumber.value_or(0));
    case RefundPlan::Problem::RowQuantity: {
        return tr("row %1: at most %2 can still be refunded; nothing was sent")
            .arg(plan.problemRow + 1)
            .arg(rows.value(plan.problemRow).remaining.toString());
    }
    case RefundPlan::Problem::NothingChosen:
    case RefundPlan::Problem::AmountNotPositive:
        if (!(plan.amount.currency() == sale.total.currency()))
            return tr("the payment was in %1; nothing was sent").arg(sale.total.currency().code());
        return tr("nothing to refund: choose rows or an amount; nothing was sent");
    case RefundPlan::Problem::MoreThanRows:
        return tr("the amount is more than the chosen rows are worth; nothing was sent");
    case RefundPlan::Problem::MoreThanRefundable:
        return tr("at most %1 of this payment can still be refunded; nothing was sent")
            .arg(money(plan.refundable));
    case RefundPlan::Problem::MoreCashThanPaid:
        return tr("at most %1 can still be given back in cash (what was paid in cash); nothing "
                  "was sent")
            .arg(money(plan.cashLeft));
    }
    return {};
}

void CliApp::carryOutRefund(const RefundPlan &plan, const shopdb::RefundSubject &subject)
{
    auto *refunder = new Refunder(m_host->client(), m_host->journal(), this);
    refunder->setDrawer(tillDrawer());
    if (m_config.shopDatabase.isEnabled())
        refunder->setRefundable([this, subject](const QString &) -> Result<Money> {
            const auto limits =
                shopdb::refundLimitsFor(*m_host->journal(), refundShopAccess(), subject);
            if (!limits)
                return limits.error();
            return limits->refundable;
        });
    connect(refunder, &Refunder::finished, this, [this, refunder, plan] {
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
        RefundPlan done = plan;
        done.remaining = result->remaining;
        reportRefund(done, *result);
    });
    // Refunder checks again against the journal, then asks SEQR and
    // journals the refund (its intent first).
    refunder->refund(plan, m_parser.value(u"cashier"_s));
}

void CliApp::reportRefund(const RefundPlan &plan, const Refunder::Outcome &outcome)
{
    QJsonObject json{{u"ersReference"_s, plan.ersReference},
                     {u"refundErsReference"_s, outcome.refundErsReference},
                     {u"amount"_s, outcome.amount.toDecimalString()},
                     {u"cash"_s, outcome.cash.toDecimalString()},
                     {u"total"_s, plan.total().toDecimalString()},
                     {u"currency"_s, outcome.amount.currency().code()},
                     {u"remaining"_s, outcome.remaining.toDecimalString()}};
    QJsonArray rows;
    for (int i = 0; i < plan.rows.size(); ++i)
        rows.append(QJsonObject{{u"row"_s, plan.positions.value(i) + 1},
                                {u"description"_s, rowText(plan.rows[i])},
                                {u"quantity"_s, plan.rows[i].quantity.toString(
                                                    plan.rows[i].quantity.scale() > 0 ? 3 : 0)},
                                {u"amount"_s, plan.rows[i].total.toDecimalString()}});
    json.insert(u"rows"_s, rows);
    say(tr("Refunded %1 of payment %2 — refund reference %3; %4 remains refundable.")
            .arg(money(outcome.amount), plan.ersReference, outcome.refundErsReference,
                 money(outcome.remaining)));
    if (outcome.cash.isPositive())
        say(tr("Give %1 back in cash (paid in cash).").arg(money(outcome.cash)));
    // The return receipt, numbered and signed, then printed (and in --json).
    whenReturnSigned(outcome, json);
}

void CliApp::writeReturnPdf(qint64 serial, const ReceiptSettings &settings, const Money &remaining,
                            QJsonObject &json)
{
    if (!m_parser.isSet(u"pdf"_s))
        return;
    // The PDF given to a customer is an electronic receipt.
    const QString path = m_parser.value(u"pdf"_s);
    const auto receipt =
        journaledReturnReceipt(*m_host->journal(), serial, settings, true, remaining);
    if (auto written =
            receipt ? print::ReceiptSheet::writePdf(*receipt, path) : Status(receipt.error());
        !written)
        printErr(tr("kassa-cli: the refund receipt %1 cannot be written: %2")
                     .arg(path, written.error().detail) +
                 u'\n');
    else
        json.insert(u"pdf"_s, path);
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
    if (args.size() == 2 && args[1] == u"check")
        return checkRefundDoubts();
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

void CliApp::checkRefundDoubts()
{
    // What SEQR's report says of each refund in doubt; nothing is settled.
    auto *reader = new RefundDoubtResolver(m_host->client(), m_host->journal(), {}, this);
    reader->setEvidenceOnly(true);
    connect(reader, &RefundDoubtResolver::finished, this, [this, reader] {
        reader->deleteLater();
        QJsonArray list;
        for (const RefundEvidence &e : reader->evidence()) {
            const auto intent = m_host->journal()->refundIntent(e.intentId);
            if (!intent)
                continue;
            say(tr("%1: %2")
                    .arg(e.intentId)
                    .arg(describeEvidence(e, *intent, describe(e.error, false))));
            list.append(QJsonObject{
                {u"id"_s, e.intentId},
                {u"report"_s, e.kind == RefundEvidence::Kind::Listed      ? u"listed"_s
                              : e.kind == RefundEvidence::Kind::NotListed ? u"not-listed"_s
                                                                          : u"unreadable"_s},
                {u"refundErsReference"_s, e.refundErsReference},
                {u"periodId"_s, e.periodId}});
        }
        if (reader->evidence().isEmpty())
            say(tr("No refund is in doubt."));
        finish(Done, QJsonObject{{u"evidence"_s, list}});
    });
    reader->run();
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
    connect(wait, &controlunit::SignatureWait::ready, this,
            [this, wait, json, type] { showReturnReceipt(wait->serialNumber(), type, json); });
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

void CliApp::showReturnReceipt(qint64 serial, const QString &type, QJsonObject json)
{
    const auto signature = m_host->journal()->receiptSignature(serial, type);
    if (signature && *signature && (*signature)->isSigned) {
        json.insert(u"controlCode"_s, (*signature)->controlCode);
        json.insert(u"controlUnit"_s, (*signature)->unitId);
    }
    const ReceiptSettings settings = ReceiptSettings::forTill(m_config, QLocale());
    const Money remaining =
        *Money::parse(json[u"remaining"_s].toString(), json[u"currency"_s].toString());
    const auto receipt =
        journaledReturnReceipt(*m_host->journal(), serial, settings, false, remaining);
    if (receipt)
        json.insert(u"receipt"_s, plainText(*receipt));
    if (!m_json)
        printOut(u"\n"_s + (receipt ? plainText(*receipt) : describe(receipt.error())));
    writeReturnPdf(serial, settings, remaining, json);
    // On paper too, when the till has a receipt printer (the refund stands whatever it does).
    QString why;
    printing::TillPrinter *till = receipt ? printer(&why) : nullptr;
    if (!till)
        return finishAfterPrinting(Done, json); // the drawer's kick for a cash part
    whenPrinted(till->printReceipt(*receipt, tr("Receipt %1").arg(serial), serial),
                [this, serial, json](const printing::PrintOutcome &printed) {
                    if (printed.printed)
                        say(tr("Receipt %1 printed.").arg(serial));
                    else
                        say(tr("%1 — the refund is recorded; its return receipt is shown "
                               "with kassa-cli receipt %2.")
                                .arg(printing::describeProblem(printed.problem))
                                .arg(serial));
                    finishAfterPrinting(Done, json);
                });
}
