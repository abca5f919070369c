// How a day report reads: the words in the shop's receipt language(s), for
// the screen, the PDF and the printer alike, and its figures as JSON.
#include "core/reconciliation/dayreport.h"

#include "core/receipt/receiptlayout.h"
#include "core/receipt/receiptwords.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString count(const Decimal &d, const ReceiptWords &w)
{
    QString text = d.toString();
    return text.replace(u'.', w.locale().decimalPoint());
}

void addCounted(ReceiptContent &c, const ReceiptWords &w, const char *words,
                const CountedAmount &counted)
{
    c.addPair(w(words) + u' ' + QString::number(counted.count), w.money(counted.amount));
}

void addHeader(ReceiptContent &c, const DayReport &r, const ReceiptWords &w)
{
    c.addMark(r.kind == DayReport::Kind::X
                  ? w(QT_TRANSLATE_NOOP("Receipt", "X report"))
                  : w(QT_TRANSLATE_NOOP("Receipt", "Z report no. %1")).arg(r.zNumber));
    if (!r.shop.shopName.isEmpty())
        c.addText(r.shop.shopName);
    for (const QString &line : r.shop.address.split(u'\n', Qt::SkipEmptyParts))
        c.addText(line.trimmed());
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Org. no.")), r.shop.organisationNumber);
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Register")), r.tillDesignation);
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Taken")), localTime(r.takenAt));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Day from")),
              r.from.isValid() ? localTime(r.from) : w(QT_TRANSLATE_NOOP("Receipt", "the start")));
    c.addRule();
}

void addSales(ReceiptContent &c, const DayReport &r, const ReceiptWords &w)
{
    c.addTotal(w(QT_TRANSLATE_NOOP("Receipt", "Total sales")), w.money(r.totalSales));
    if (!r.groups.isEmpty()) {
        c.addText(w(QT_TRANSLATE_NOOP("Receipt", "Sales per main group")));
        for (const DayReport::GroupTotal &g : r.groups)
            c.addPair(g.group.isEmpty() ? w(QT_TRANSLATE_NOOP("Receipt", "Without group"))
                                        : g.group,
                      w.money(g.amount), u"  "_s);
    }
    QList<QStringList> vat{
        {w(QT_TRANSLATE_NOOP("Receipt", "VAT %")), w(QT_TRANSLATE_NOOP("Receipt", "VAT")),
         w(QT_TRANSLATE_NOOP("Receipt", "Net")), w(QT_TRANSLATE_NOOP("Receipt", "Gross"))}};
    for (const VatLine &v : r.vat)
        vat.append({v.ratePercent.toString(), w.money(v.vat), w.money(v.net), w.money(v.gross)});
    c.addTable(vat, 1);
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Cash float")), w.money(r.cashFloat));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Cash in")), w.money(r.cashIn), u"  "_s);
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Cash out")), w.money(r.cashOut), u"  "_s);
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Items sold")), count(r.itemsSold, w));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Services sold")), count(r.servicesSold, w));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Receipts")), QString::number(r.receipts));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Drawer openings")),
              QString::number(r.drawerOpenings));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "of which No sale")), QString::number(r.noSales),
              u"  "_s);
}

void addCounters(ReceiptContent &c, const DayReport &r, const ReceiptWords &w)
{
    addCounted(c, w, QT_TRANSLATE_NOOP("Receipt", "Receipt copies"), r.copies);
    addCounted(c, w, QT_TRANSLATE_NOOP("Receipt", "Training receipts"), r.training);
    c.addText(w(QT_TRANSLATE_NOOP("Receipt", "Sales per payment method")));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Cash")), w.money(r.cash), u"  "_s);
    c.addPair(u"SEQR"_s, w.money(r.seqr), u"  "_s);
    addCounted(c, w, QT_TRANSLATE_NOOP("Receipt", "Returns"), r.returns);
    addCounted(c, w, QT_TRANSLATE_NOOP("Receipt", "Discounts"), r.discounts);
    addCounted(c, w, QT_TRANSLATE_NOOP("Receipt", "Other reductions"), r.otherReductions);
    addCounted(c, w, QT_TRANSLATE_NOOP("Receipt", "Unfinished sales"), r.unfinished);
    c.addRule();
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Grand total sales")), w.money(r.grand.sales));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Grand total returns")), w.money(r.grand.returns));
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Grand total net")), w.money(r.grand.net));
    c.addRule();
    c.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Expected cash in the drawer")),
              w.money(r.expectedCash));
}

QJsonObject counted(const CountedAmount &c)
{
    return QJsonObject{{u"count"_s, c.count}, {u"amount"_s, c.amount.toDecimalString()}};
}

} // namespace

ReceiptContent DayReport::content() const
{
    const ReceiptWords words(shop.languages());
    ReceiptContent c;
    addHeader(c, *this, words);
    addSales(c, *this, words);
    addCounters(c, *this, words);
    return c;
}

QString DayReport::toText(int columns) const
{
    return plainText(content(), columns);
}

QJsonObject DayReport::toJson() const
{
    QJsonArray groupList;
    for (const GroupTotal &g : groups)
        groupList.append(
            QJsonObject{{u"group"_s, g.group}, {u"amount"_s, g.amount.toDecimalString()}});
    QJsonArray vatList;
    for (const VatLine &v : vat)
        vatList.append(QJsonObject{{u"rate"_s, v.ratePercent.toString()},
                                   {u"vat"_s, v.vat.toDecimalString()},
                                   {u"net"_s, v.net.toDecimalString()},
                                   {u"gross"_s, v.gross.toDecimalString()}});
    QJsonObject json{
        {u"kind"_s, kind == Kind::X ? u"X"_s : u"Z"_s},
        {u"companyName"_s, shop.shopName},
        {u"organisationNumber"_s, shop.organisationNumber},
        {u"takenAt"_s, takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"from"_s, from.isValid() ? from.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {u"register"_s, tillDesignation},
        {u"currency"_s, currency.code()},
        {u"totalSales"_s, totalSales.toDecimalString()},
        {u"groups"_s, groupList},
        {u"vat"_s, vatList},
        {u"cashFloat"_s, cashFloat.toDecimalString()},
        {u"cashIn"_s, cashIn.toDecimalString()},
        {u"cashOut"_s, cashOut.toDecimalString()},
        {u"floatChanges"_s, floatChanges},
        {u"itemsSold"_s, itemsSold.toString()},
        {u"servicesSold"_s, servicesSold.toString()},
        {u"receipts"_s, receipts},
        {u"drawerOpenings"_s, drawerOpenings},
        {u"noSales"_s, noSales},
        {u"copies"_s, counted(copies)},
        {u"training"_s, counted(training)},
        {u"paymentMethods"_s,
         QJsonObject{{u"cash"_s, cash.toDecimalString()}, {u"seqr"_s, seqr.toDecimalString()}}},
        {u"returns"_s, counted(returns)},
        {u"discounts"_s, counted(discounts)},
        {u"otherReductions"_s, counted(otherReductions)},
        {u"unfinished"_s, counted(unfinished)},
        {u"grandTotalSales"_s, grand.sales.toDecimalString()},
        {u"grandTotalReturns"_s, grand.returns.toDecimalString()},
        {u"grandTotalNet"_s, grand.net.toDecimalString()},
        {u"expectedCash"_s, expectedCash.toDecimalString()}};
    if (kind == Kind::Z)
        json.insert(u"zNumber"_s, zNumber);
    return json;
}

} // namespace kassa
