#include "core/reconciliation/zreport.h"

#include "core/receipt/receiptwords.h"
#include "core/reconciliation/saletotals.h"
#include "core/reconciliation/tilleventtext.h"

#include <map>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

// "+01:00": what the local times of the CSV are ahead of UTC.
QString utcOffset(const QDateTime &t)
{
    const int seconds = t.toLocalTime().offsetFromUtc();
    const int minutes = qAbs(seconds) / 60;
    return (seconds < 0 ? u"-"_s : u"+"_s) + u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString line(const QString &left, const QString &right)
{
    const int width = 48;
    if (int(left.size()) + 1 + int(right.size()) > width)
        return left + u'\n' + QString(width - int(right.size()), u' ') + right + u'\n';
    const int gap = qMax(1, width - int(left.size()) - int(right.size()));
    return left + QString(gap, u' ') + right + u'\n';
}

} // namespace

Result<ZReport> makeZReport(const journal::Journal &journal, const QDateTime &from,
                            const QDateTime &to, const Currency &currency,
                            const Reconciliation *reconciliation)
{
    const auto sales = journal.sales(from.isValid() ? from.addDays(-1) : from);
    if (!sales)
        return sales.error();
    const auto refunds = journal.refunds(from);
    if (!refunds)
        return refunds.error();
    return makeZReport(*sales, *refunds, from, to, currency, reconciliation);
}

Result<ZReport> makeZReport(const QList<const journal::Journal *> &journals, const QDateTime &from,
                            const QDateTime &to, const Currency &currency,
                            const Reconciliation *reconciliation)
{
    QList<journal::Sale> sales;
    QList<journal::Refund> refunds;
    for (const journal::Journal *journal : journals) {
        const auto theirSales = journal->sales(from.isValid() ? from.addDays(-1) : from);
        if (!theirSales)
            return theirSales.error();
        const auto theirRefunds = journal->refunds(from);
        if (!theirRefunds)
            return theirRefunds.error();
        sales += *theirSales;
        refunds += *theirRefunds;
    }
    return makeZReport(sales, refunds, from, to, currency, reconciliation);
}

ZReport makeZReport(const QList<journal::Sale> &sales, const QList<journal::Refund> &refundList,
                    const QDateTime &from, const QDateTime &to, const Currency &currency,
                    const Reconciliation *reconciliation)
{
    ZReport z;
    z.from = from;
    z.to = to;
    z.currency = currency;
    SaleTotals sums;
    qint64 refunds = 0;
    for (const journal::Sale &sale : sales) {
        // Training sales are not sales: out of the totals, VAT and tenders.
        if (sale.status != journal::SaleStatus::Completed || !sale.completedAt.isValid() ||
            sale.training)
            continue;
        if ((from.isValid() && sale.completedAt <= from) || sale.completedAt > to)
            continue;
        ++z.salesCount;
        sums.add(sale);
        const int hour = sale.completedAt.toLocalTime().time().hour();
        z.salesPerHour[hour] += sale.total.minorUnits();
        ++z.countPerHour[hour];
    }
    for (const journal::Refund &r : refundList) {
        if ((from.isValid() && r.createdAt <= from) || r.createdAt > to)
            continue;
        ++z.refundsCount;
        refunds += r.amount.minorUnits();
    }
    z.total = Money(sums.total, currency);
    z.cash = Money(sums.cash, currency);
    z.seqr = Money(sums.seqr, currency);
    z.refunds = Money(refunds, currency);
    z.net = Money(sums.total - refunds, currency);
    z.vat = sums.vatLines(currency);
    if (reconciliation) {
        z.transactionPeriodId = reconciliation->transactionPeriodId;
        z.perTerminal = reconciliation->perTerminal;
        z.seqrAtSeqr = reconciliation->seqrTotal;
        z.seqrInJournal = reconciliation->kassaTotal;
        z.differences = int(reconciliation->lines.size()) -
                        reconciliation->count(ReconciliationLine::Kind::Matched);
    }
    return z;
}

std::pair<int, int> ZReport::hourRange() const
{
    int first = -1, last = -1;
    for (int h = 0; h < 24; ++h) {
        if (countPerHour[h] == 0)
            continue;
        if (first < 0)
            first = h;
        last = h;
    }
    if (first < 0) {
        first = last =
            (to.isValid() ? to : QDateTime::currentDateTime()).toLocalTime().time().hour();
    }
    // At least six hours, so one busy hour reads as part of a day, not a slab.
    while (last - first + 1 < 6) {
        if (first > 0)
            --first;
        if (last - first + 1 < 6 && last < 23)
            ++last;
    }
    return {first, last};
}

QString ZReport::toText(const ReceiptSettings &settings) const
{
    const ReceiptWords w(settings.languages());
    auto m = [&w](const Money &money) { return w.money(money); };
    QString out;
    const QString rule(48, u'-');
    out += settings.shopName + u'\n';
    out += w(QT_TRANSLATE_NOOP("Receipt", "Z report")) + u'\n';
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Period")),
                transactionPeriodId.isEmpty() ? u"-"_s : transactionPeriodId);
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Closed for")),
                perTerminal ? w(QT_TRANSLATE_NOOP("Receipt", "This till")) + u' ' + tillName
                            : w(QT_TRANSLATE_NOOP("Receipt", "The whole shop")));
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "From")),
                from.isValid() ? localTime(from)
                               : w(QT_TRANSLATE_NOOP("Receipt", "the journal's start")));
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "To")), localTime(to));
    out += rule + u'\n';
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Sales")), QString::number(salesCount));
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Sales total")) + u' ' + currency.code(), m(total));
    out += line(u"  "_s + w(QT_TRANSLATE_NOOP("Receipt", "Cash")), m(cash));
    out += line(u"  SEQR"_s, m(seqr));
    for (const VatLine &v : vat)
        out += line(w(QT_TRANSLATE_NOOP("Receipt", "VAT")) + u' ' +
                        v.ratePercent.toString().replace(u'.', w.locale().decimalPoint()) +
                        u" % ("_s + w(QT_TRANSLATE_NOOP("Receipt", "Net")) + u' ' + m(v.net) + u')',
                    m(v.vat));
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Refunds")) + u" ("_s +
                    QString::number(refundsCount) + u')',
                m(refunds.negated().valueOr(refunds)));
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "TOTAL net of refunds")) + u' ' + currency.code(),
                m(net));
    if (seqrAtSeqr && seqrInJournal) {
        out += rule + u'\n';
        out += line(w(QT_TRANSLATE_NOOP("Receipt", "SEQR at SEQR")), m(*seqrAtSeqr));
        out += line(w(QT_TRANSLATE_NOOP("Receipt", "SEQR in Kassa")), m(*seqrInJournal));
        out += line(w(QT_TRANSLATE_NOOP("Receipt", "Differences")), QString::number(differences));
    }
    out += eventsText(w);
    out += rule + u'\n';
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Sales per hour")), {});
    const auto [first, last] = hourRange();
    for (int h = first; h <= last; ++h)
        out += line(u"%1:00\u2013%2:00  %3"_s.arg(h, 2, 10, QLatin1Char('0'))
                        .arg((h + 1) % 24, 2, 10, QLatin1Char('0'))
                        .arg(countPerHour[h]),
                    m(Money(salesPerHour[h], currency)));
    return out;
}

QString ZReport::eventsText(const ReceiptWords &w) const
{
    if (!eventsCounted)
        return {};
    QString out = QString(48, u'-') + u'\n';
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Events of every till")), {});
    if (events.isEmpty())
        out += line(u"  "_s + w(QT_TRANSLATE_NOOP("Receipt", "None")), {});
    for (const ZReportEventLine &e : events) {
        const char *word = tillEventKindWord(e.kind);
        const QString name = e.till.isEmpty() ? (word ? w(word) : e.kind) : u"    "_s + e.till;
        out += e.amount ? line(name + u" ("_s + QString::number(e.count) + u')', w.money(*e.amount))
                        : line(name, QString::number(e.count));
    }
    return out;
}

void addZReportEvents(ZReport &z, const QList<std::pair<QString, journal::TillEvent>> &events)
{
    z.eventsCounted = true;
    z.events.clear();
    QStringList kinds = tillEventKinds();
    for (const auto &[till, e] : events) {
        if (!kinds.contains(e.kind))
            kinds.append(e.kind);
    }
    for (const QString &kind : kinds) {
        ZReportEventLine shop{kind, {}, 0, std::nullopt};
        std::map<QString, ZReportEventLine> tills;
        for (const auto &[till, e] : events) {
            if (e.kind != kind)
                continue;
            ZReportEventLine &t =
                tills.try_emplace(till, ZReportEventLine{kind, till}).first->second;
            for (ZReportEventLine *l : {&shop, &t}) {
                ++l->count;
                if (tillEventAmountsAdd(kind) && e.amount)
                    l->amount = Money(l->amount.value_or(Money(0, z.currency)).minorUnits() +
                                          e.amount->minorUnits(),
                                      z.currency);
            }
        }
        if (shop.count == 0)
            continue;
        z.events.append(shop);
        for (const auto &[name, t] : tills)
            z.events.append(t);
    }
}

QByteArray ZReport::toCsv() const
{
    QByteArray csv = "key;value\n";
    auto add = [&csv](const char *key, const QString &value) {
        csv += key;
        csv += ';';
        csv += value.toUtf8();
        csv += '\n';
    };
    add("period", transactionPeriodId);
    add("closed_for", perTerminal ? u"till "_s + tillName : u"shop"_s);
    add("from", localTime(from));
    add("to", localTime(to));
    add("utc_offset", utcOffset(to.isValid() ? to : QDateTime::currentDateTime()));
    add("currency", currency.code());
    add("sales_count", QString::number(salesCount));
    add("total", total.toDecimalString());
    add("cash", cash.toDecimalString());
    add("seqr", seqr.toDecimalString());
    for (const VatLine &v : vat) {
        csv += "vat_" + v.ratePercent.toString().toUtf8() + ";" + v.vat.toDecimalString().toUtf8() +
               "\n";
        csv += "net_" + v.ratePercent.toString().toUtf8() + ";" + v.net.toDecimalString().toUtf8() +
               "\n";
    }
    add("refunds_count", QString::number(refundsCount));
    add("refunds", refunds.toDecimalString());
    add("net", net.toDecimalString());
    if (seqrAtSeqr)
        add("seqr_at_seqr", seqrAtSeqr->toDecimalString());
    if (seqrInJournal)
        add("seqr_in_kassa", seqrInJournal->toDecimalString());
    add("differences", QString::number(differences));
    for (const ZReportEventLine &e : events) {
        // "event;drawer-opening;;3;" for the shop, then the tills' lines.
        csv += "event;" + e.kind.toUtf8() + ';' + e.till.toUtf8() + ';' +
               QByteArray::number(e.count) + ';' +
               (e.amount ? e.amount->toDecimalString().toUtf8() : QByteArray()) + '\n';
    }
    csv += "hour;count;amount\n";
    for (int h = 0; h < 24; ++h)
        csv += QByteArray::number(h) + ';' + QByteArray::number(countPerHour[h]) + ';' +
               Money(salesPerHour[h], currency).toDecimalString().toUtf8() + '\n';
    return csv;
}

} // namespace kassa
