#include "core/reconciliation/zreport.h"

#include <map>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

QString line(const QString &left, const QString &right)
{
    const int width = 48;
    const int gap = qMax(1, width - int(left.size()) - int(right.size()));
    return left + QString(gap, u' ') + right + u'\n';
}

} // namespace

ZReport makeZReport(const journal::Journal &journal, const QDateTime &from, const QDateTime &to,
                    const Currency &currency, const Reconciliation *reconciliation)
{
    return makeZReport(journal.sales(from.isValid() ? from.addDays(-1) : from),
                       journal.refunds(from), from, to, currency, reconciliation);
}

ZReport makeZReport(const QList<journal::Sale> &sales, const QList<journal::Refund> &refundList,
                    const QDateTime &from, const QDateTime &to, const Currency &currency,
                    const Reconciliation *reconciliation)
{
    ZReport z;
    z.from = from;
    z.to = to;
    z.currency = currency;
    qint64 total = 0, cash = 0, seqr = 0, refunds = 0;
    std::map<Decimal, std::array<qint64, 3>> vat; // gross, vat, net
    for (const journal::Sale &sale : sales) {
        if (sale.status != journal::SaleStatus::Completed || !sale.completedAt.isValid())
            continue;
        if ((from.isValid() && sale.completedAt <= from) || sale.completedAt > to)
            continue;
        ++z.salesCount;
        total += sale.total.minorUnits();
        for (const journal::Tender &t : sale.tenders)
            (t.kind == journal::TenderKind::Cash ? cash : seqr) += t.amount.minorUnits();
        for (const VatLine &v : sale.vat) {
            auto &sums = vat[v.ratePercent];
            sums[0] += v.gross.minorUnits();
            sums[1] += v.vat.minorUnits();
            sums[2] += v.net.minorUnits();
        }
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
    z.total = Money(total, currency);
    z.cash = Money(cash, currency);
    z.seqr = Money(seqr, currency);
    z.refunds = Money(refunds, currency);
    for (auto it = vat.rbegin(); it != vat.rend(); ++it)
        z.vat.append(VatLine{it->first, Money(it->second[0], currency),
                             Money(it->second[1], currency), Money(it->second[2], currency)});
    if (reconciliation) {
        z.seqrAtSeqr = reconciliation->seqrTotal;
        z.seqrInJournal = reconciliation->kassaTotal;
        z.differences = int(reconciliation->lines.size()) -
                        reconciliation->count(ReconciliationLine::Kind::Matched);
    }
    return z;
}

QString ZReport::toText(const QString &shopName) const
{
    QString out;
    const QString rule(48, u'-');
    out += shopName + u'\n';
    out += u"Z-rapport / Z report\n"_s;
    out += line(u"Från/From"_s,
                from.isValid() ? from.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s);
    out += line(u"Till/To"_s, to.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    out += rule + u'\n';
    out += line(u"Försäljningar/Sales"_s, QString::number(salesCount));
    out += line(u"Totalt/Total "_s + currency.code(), total.toDecimalString());
    out += line(u"  Kontant/Cash"_s, cash.toDecimalString());
    out += line(u"  SEQR"_s, seqr.toDecimalString());
    for (const VatLine &v : vat)
        out += line(u"Moms/VAT "_s + v.ratePercent.toString() + u"% (netto "_s +
                        v.net.toDecimalString() + u')',
                    v.vat.toDecimalString());
    out += line(u"Återbetalningar/Refunds ("_s + QString::number(refundsCount) + u')',
                refunds.toDecimalString());
    if (seqrAtSeqr && seqrInJournal) {
        out += rule + u'\n';
        out += line(u"SEQR enligt SEQR/at SEQR"_s, seqrAtSeqr->toDecimalString());
        out += line(u"SEQR enligt journalen/in Kassa"_s, seqrInJournal->toDecimalString());
        out += line(u"Avvikelser/Differences"_s, QString::number(differences));
    }
    out += rule + u'\n';
    for (int h = 0; h < 24; ++h) {
        if (countPerHour[h] == 0)
            continue;
        out += line(u"%1:00  %2 st"_s.arg(h, 2, 10, QLatin1Char('0')).arg(countPerHour[h]),
                    Money(salesPerHour[h], currency).toDecimalString());
    }
    return out;
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
    add("from", from.isValid() ? from.toUTC().toString(Qt::ISODate) : QString());
    add("to", to.toUTC().toString(Qt::ISODate));
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
    if (seqrAtSeqr)
        add("seqr_at_seqr", seqrAtSeqr->toDecimalString());
    if (seqrInJournal)
        add("seqr_in_kassa", seqrInJournal->toDecimalString());
    add("differences", QString::number(differences));
    csv += "hour;count;amount\n";
    for (int h = 0; h < 24; ++h)
        csv += QByteArray::number(h) + ';' + QByteArray::number(countPerHour[h]) + ';' +
               Money(salesPerHour[h], currency).toDecimalString().toUtf8() + '\n';
    return csv;
}

} // namespace kassa
