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
#include "core/sale/rowtext.h"
#include "core/sale/salerow.h"
#include "core/seqr/resultcode.h"
#include "core/shopdb/shopdatabase.h"
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

void CliApp::showJournal()
{
    QDateTime since;
    if (m_parser.isSet(u"since"_s)) {
        const QDate date = QDate::fromString(m_parser.value(u"since"_s), Qt::ISODate);
        if (!date.isValid())
            return fail(Usage, tr("--since wants a date like 2026-11-22"));
        since = date.startOfDay();
    }
    const auto journalSales = m_host->journal()->sales(since);
    const auto journalRefunds = m_host->journal()->refunds(since);
    if (!journalSales || !journalRefunds)
        return fail(Failed, tr("cannot read the journal: %1")
                                .arg(describe(!journalSales ? journalSales.error()
                                                            : journalRefunds.error())));
    QJsonArray sales;
    for (const journal::Sale &sale : *journalSales)
        sales.append(saySale(sale));
    QJsonArray refunds;
    for (const journal::Refund &r : *journalRefunds) {
        refunds.append(QJsonObject{{u"ersReference"_s, r.originalErsReference},
                                   {u"refundErsReference"_s, r.refundErsReference},
                                   {u"amount"_s, r.amount.toDecimalString()},
                                   {u"createdAt"_s, r.createdAt.toString(Qt::ISODate)}});
        say(tr("refund %1 of %2 (%3)")
                .arg(money(r.amount), r.originalErsReference, r.refundErsReference));
    }
    const auto events = journalEvents(since);
    if (!events)
        return fail(Failed, tr("cannot read the journal: %1").arg(describe(events.error())));
    finish(Done, QJsonObject{{u"sales"_s, sales}, {u"refunds"_s, refunds}, {u"events"_s, *events}});
}

QJsonObject CliApp::saySale(const journal::Sale &sale)
{
    QJsonArray tenders;
    QString tenderText;
    for (const journal::Tender &t : sale.tenders) {
        const bool seqr = t.kind == journal::TenderKind::Seqr;
        tenders.append(QJsonObject{{u"kind"_s, seqr ? u"seqr"_s : u"cash"_s},
                                   {u"amount"_s, t.amount.toDecimalString()},
                                   {u"invoiceReference"_s, t.invoiceReference},
                                   {u"ersReference"_s, t.ersReference}});
        tenderText += u' ' + (seqr ? tr("SEQR %1").arg(t.ersReference) : tr("cash"));
    }
    QJsonArray rows;
    for (const journal::SaleRow &row : sale.rows)
        rows.append(
            QJsonObject{{u"description"_s, rowText(row)},
                        {u"kind"_s, row.kind == RowKind::Item ? u"item"_s : rowKindName(row.kind)},
                        {u"quantity"_s, row.quantity.toString()},
                        {u"total"_s, row.total.toDecimalString()}});
    const QString status = sale.status == journal::SaleStatus::Completed  ? u"completed"_s
                           : sale.status == journal::SaleStatus::Canceled ? u"canceled"_s
                                                                          : u"open"_s;
    const QJsonObject json{
        {u"receiptNumber"_s, sale.receiptNumber ? QJsonValue(*sale.receiptNumber) : QJsonValue()},
        {u"createdAt"_s, sale.createdAt.toString(Qt::ISODate)},
        {u"status"_s, status},
        {u"total"_s, sale.total.toDecimalString()},
        {u"currency"_s, sale.total.currency().code()},
        {u"cashierId"_s, sale.cashierId},
        {u"tenders"_s, tenders},
        {u"rows"_s, rows}};
    say(u"%1  %2  %3  %4%5"_s
            .arg(sale.receiptNumber ? u"#"_s + QString::number(*sale.receiptNumber) : u"-"_s, 6)
            .arg(sale.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
            .arg(status, -9)
            .arg(money(sale.total), 14)
            .arg(tenderText));
    for (const journal::SaleRow &row : sale.rows)
        say(u"        %1  %2"_s.arg(rowText(row), -30).arg(money(row.total), 14));
    return json;
}

Result<QJsonArray> CliApp::journalEvents(const QDateTime &since)
{
    // As the manager's journal browser: this till's events, then (with a
    // shop database) the other tills' — said in words an inspector reads.
    const auto own = m_host->journal()->tillEvents(since, {});
    if (!own)
        return own.error();
    QList<shopdb::ShopEvent> all;
    for (const journal::TillEvent &e : *own)
        all.append(shopdb::ShopEvent{{}, m_config.terminalId, m_config.name, e});
    if (m_config.shopDatabase.isEnabled()) {
        const auto id = m_host->journal()->journalId();
        auto shop = shopdb::ShopDatabase::open(m_config.shopDatabase);
        auto others = shop && id
                          ? (*shop)->events(since, {}, {}, *id)
                          : Result<QList<shopdb::ShopEvent>>(shop ? id.error() : shop.error());
        if (others)
            all += *others;
        else
            say(tr("The shop database could not be read, so only this till's events are shown: %1")
                    .arg(describe(others.error())));
    }
    QJsonArray list;
    const QLocale l;
    for (const shopdb::ShopEvent &entry : all) {
        const journal::TillEvent &e = entry.event;
        const QString till = entry.tillName.isEmpty() ? entry.terminalId : entry.tillName;
        say(u"%1  %2  %3  %4"_s.arg(e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                .arg(till, -10)
                .arg(tillEventKindName(e.kind), -20)
                .arg(describeTillEvent(e, l)));
        list.append(QJsonObject{
            {u"kind"_s, e.kind},
            {u"at"_s, e.at.toString(Qt::ISODateWithMs)},
            {u"till"_s, till},
            {u"cashierId"_s, e.cashierId},
            {u"amount"_s, e.amount ? QJsonValue(e.amount->toDecimalString()) : QJsonValue()},
            {u"reference"_s, e.reference},
            {u"text"_s, describeTillEvent(e, l)}});
    }
    return list;
}
