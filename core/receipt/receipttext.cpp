#include "core/receipt/receipttext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr int kWidth = 42;

QString line(const QString &left, const QString &right)
{
    const int gap = qMax(1, kWidth - int(left.size()) - int(right.size()));
    return left + QString(gap, u' ') + right + u'\n';
}

QString money(const Money &m)
{
    return m.toDecimalString();
}

} // namespace

QString receiptText(const journal::Sale &sale, const QString &shopName, bool copy)
{
    QString out;
    const QString rule(kWidth, u'-');
    out += shopName + u'\n';
    if (copy)
        out += u"*** KOPIA / COPY ***\n"_s;
    const QDateTime when =
        (sale.completedAt.isValid() ? sale.completedAt : sale.createdAt).toLocalTime();
    out += line(when.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                sale.receiptNumber ? u"Kvitto/Receipt "_s + QString::number(*sale.receiptNumber)
                                   : QString());
    if (!sale.cashierId.isEmpty())
        out += u"Kassör/Cashier: "_s + sale.cashierId + u'\n';
    out += rule + u'\n';
    for (const journal::SaleRow &row : sale.rows) {
        out += line(row.description.left(kWidth - 12), money(row.total));
        if (row.quantity != Decimal::fromInteger(1))
            out += u"  "_s + row.quantity.toString(row.quantity.scale() > 0 ? 3 : 0) + u' ' +
                   (row.unit.isEmpty() ? u"x"_s : row.unit) + u" à "_s + money(row.unitPrice) +
                   u'\n';
    }
    out += rule + u'\n';
    out += line(u"TOTAL "_s + sale.total.currency().code(), money(sale.total));
    for (const VatLine &vat : sale.vat)
        out += line(u"Moms/VAT "_s + vat.ratePercent.toString() + u"% (netto "_s + money(vat.net) +
                        u')',
                    money(vat.vat));
    out += rule + u'\n';
    for (const journal::Tender &t : sale.tenders) {
        if (t.kind == journal::TenderKind::Cash) {
            out += line(u"Kontant/Cash"_s, money(t.tendered));
            if (t.tendered.minorUnits() > t.amount.minorUnits())
                out += line(u"Växel/Change"_s,
                            money(Money(t.tendered.minorUnits() - t.amount.minorUnits(),
                                        t.amount.currency())));
        } else {
            out += line(u"SEQR-betalning/SEQR payment"_s, money(t.amount));
            out += line(u"  Referens/Reference"_s, t.ersReference);
        }
    }
    return out;
}

} // namespace kassa
