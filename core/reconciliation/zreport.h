#pragma once

#include "core/journal/journal.h"
#include "core/receipt/receiptsettings.h"
#include "core/reconciliation/reconciliation.h"

#include <QDateTime>

#include <array>
#include <optional>

namespace kassa {

class ReceiptWords;

// The inspector's events of the shop's day (SKVFS 2014:9: drawer openings,
// copies, training, unfinished sales…) as the shop's Z report counts them:
// one line per kind for the whole shop (`till` empty) followed by that
// kind's lines per till. `amount` where the kind's amounts add up.
struct ZReportEventLine
{
    QString kind; // drawer-opening, receipt-copy… (core/reconciliation/tilleventtext.h)
    QString till; // the till's name; empty: the whole shop
    int count = 0;
    std::optional<Money> amount;
};

// The day's Z report from the journal: which period, whose (the shop's or
// one till's) and its time range; completed sales in (from, to], their
// totals per tender and VAT per rate, refunds, the total net of refunds,
// sales per hour, and — after a reconciliation — SEQR's total for the period
// against the journal's.
struct ZReport
{
    QDateTime from; // invalid: since the journal began
    QDateTime to;
    QString transactionPeriodId; // SEQR's, after a close
    bool perTerminal = false;    // this till's period, not the whole shop's
    QString tillName;            // this till (name, else its terminalId)
    Currency currency = Currency::sek();
    int salesCount = 0;
    Money total;
    Money cash;
    Money seqr;
    QList<VatLine> vat;
    int refundsCount = 0;
    Money refunds;
    Money net;                             // total − refunds
    std::array<qint64, 24> salesPerHour{}; // minor units, by local hour of completion
    std::array<int, 24> countPerHour{};
    std::optional<Money> seqrAtSeqr; // from the reconciliation, when there was one
    std::optional<Money> seqrInJournal;
    int differences = 0;
    // The shop's end of day: every till's events from the shop database
    // (eventsCounted false: not counted, as in a till's own report).
    bool eventsCounted = false;
    QList<ZReportEventLine> events;

    // The hours of the day the chart shows, local time: from the first hour
    // with a sale to the last (the hour of `to` when there were none),
    // widened to at least six hours.
    std::pair<int, int> hourRange() const;

    // For people and printers, worded like the shop's receipts.
    QString toText(const ReceiptSettings &settings) const;
    QString eventsText(const ReceiptWords &words) const;
    // One "key;value" line per figure, then "hour;count;amount" lines; times
    // local, as in toText() ("2026-12-02 18:00"), decimal points, UTF-8, for
    // spreadsheets.
    QByteArray toCsv() const;
};

// An error when the journal cannot be read (never a report of nothing).
Result<ZReport> makeZReport(const journal::Journal &journal, const QDateTime &from,
                            const QDateTime &to, const Currency &currency,
                            const Reconciliation *reconciliation = nullptr);
// The same over several journals on this machine: the whole shop's Z report
// where the shop's other tills keep their journals beside this one's (kassa
// --demo's kassa-web till) rather than in a shop database. An error when any
// of them cannot be read.
Result<ZReport> makeZReport(const QList<const journal::Journal *> &journals, const QDateTime &from,
                            const QDateTime &to, const Currency &currency,
                            const Reconciliation *reconciliation = nullptr);
// The same from sales and refunds gathered elsewhere (the shop database's,
// for a Z report per shop or per till); only those in (from, to] count.
ZReport makeZReport(const QList<journal::Sale> &sales, const QList<journal::Refund> &refunds,
                    const QDateTime &from, const QDateTime &to, const Currency &currency,
                    const Reconciliation *reconciliation = nullptr);

// Counts `events` into z.events: per kind (in tillEventKinds() order, then
// any other), the shop's line and each till's, by till name.
void addZReportEvents(ZReport &z, const QList<std::pair<QString, journal::TillEvent>> &events);

} // namespace kassa
