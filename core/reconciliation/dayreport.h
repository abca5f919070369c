#pragma once

#include "core/common/result.h"
#include "core/journal/journaltypes.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/money/vat.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptsettings.h"

#include <QDateTime>
#include <QJsonObject>

namespace kassa {

namespace journal {
class Journal;
}

// A count and the amount it adds up to (copies, returns, discounts…).
struct CountedAmount
{
    int count = 0;
    Money amount;
};

// The Swedish X and Z day reports (X-dagrapport, Z-dagrapport; SKVFS
// 2014:9 ch. 7 §§ 2–3) with all 22 items, computed from the journal alone:
// the day runs from the last Z report (or the journal's beginning) to the
// moment the report is taken. An X report changes nothing; a Z report
// closes the day under the next running Z number. The grand totals (items
// 20–22) are summed from every sale and return ever journaled — never a
// counter that could drift — so a rebuild from the journal gives the same.
struct DayReport
{
    enum class Kind
    {
        X,
        Z
    };
    struct GroupTotal
    {
        QString group; // empty: products without a main group
        Money amount;
    };

    Kind kind = Kind::X;
    qint64 zNumber = 0;      // Z only: the running number
    ReceiptSettings shop;    // 1: company name and organisation number
    QDateTime takenAt;       // 2
    QString tillDesignation; // 4: kassabeteckning
    QDateTime from;          // the day began (invalid: with the journal)
    Currency currency = Currency::sek();
    Money totalSales;         // 5
    QList<GroupTotal> groups; // 6 (only when the catalog has groups)
    QList<VatLine> vat;       // 7
    Money cashFloat;          // 8: the float now
    Money cashIn;             //    changes to it during the day
    Money cashOut;
    int floatChanges = 0;
    Decimal itemsSold;      // 9 (a row by weight counts as one)
    Decimal servicesSold;   // 10
    int receipts = 0;       // 11: sales and return receipts (one series)
    int drawerOpenings = 0; // 12
    int noSales = 0;        //    of which without a sale
    CountedAmount copies;   // 13
    CountedAmount training; // 14
    Money cash;             // 15: per payment method
    Money seqr;
    CountedAmount returns;         // 16
    CountedAmount discounts;       // 17
    CountedAmount otherReductions; // 18: typed rows with a negative price
    CountedAmount unfinished;      // 19: carts voided with rows, payments canceled
    journal::GrandTotals grand;    // 20–22
    Money expectedCash;            // the float and the day's cash sales

    // "X-dagrapport" / "Z-dagrapport 12" and every item, in the shop's
    // receipt language(s): for the screen (plainText), the PDF and the printer.
    ReceiptContent content() const;
    QString toText(int columns = 48) const;
    // Every figure; money as decimal strings.
    QJsonObject toJson() const;
};

// What heads a report: the shop (ReceiptSettings::forTill) and the till's designation.
struct DayReportHeader
{
    ReceiptSettings shop;
    QString tillDesignation;
};

// The X report now (changes nothing but an "x-report" line in the event log).
Result<DayReport> takeXReport(journal::Journal &journal, const DayReportHeader &header,
                              const Currency &currency);
// The Z report: the day's figures journaled under the next Z number; the
// next day begins now.
Result<DayReport> takeZReport(journal::Journal &journal, const DayReportHeader &header,
                              const Currency &currency);
// The report of the day so far without journaling anything (for a screen
// that refreshes); `kind` only names it.
Result<DayReport> makeDayReport(const journal::Journal &journal, DayReport::Kind kind,
                                const DayReportHeader &header, const Currency &currency,
                                const QDateTime &at);
// Where the current day began: the last Z report, or invalid (the journal's beginning).
Result<QDateTime> dayStart(const journal::Journal &journal);

} // namespace kassa
