#include "core/receipt/receipttext.h"

#include "core/receipt/receiptwords.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr int kWidth = 42;

// `left` and `right` on one line; a `left` too long for the line is wrapped
// and `right` goes at the end of its last line.
QString line(const QString &left, const QString &right, const QString &indent = {})
{
    // Leading spaces are part of the layout ("  Reference"): kept on every line.
    qsizetype lead = 0;
    while (lead < left.size() && left[lead] == u' ')
        ++lead;
    const QString margin = left.left(lead);
    const QString more = margin + indent;
    QStringList lines = wrapText(left.mid(lead), kWidth - int(more.size()));
    if (lines.isEmpty())
        lines.append(QString());
    QString out;
    for (int i = 0; i + 1 < lines.size(); ++i)
        out += (i == 0 ? margin : more) + lines[i] + u'\n';
    QString last = (lines.size() > 1 ? more : margin) + lines.last();
    if (!right.isEmpty() && int(last.size()) + 1 + int(right.size()) > kWidth) {
        out += last + u'\n';
        last = more;
    }
    if (right.isEmpty())
        return out + last + u'\n';
    const int gap = qMax(1, kWidth - int(last.size()) - int(right.size()));
    return out + last + QString(gap, u' ') + right + u'\n';
}

QString rule()
{
    return QString(kWidth, u'-') + u'\n';
}

QString header(const ReceiptSettings &settings, const ReceiptWords &w)
{
    QString out;
    for (const QString &l : wrapText(settings.shopName, kWidth))
        out += l + u'\n';
    for (const QString &part : settings.address.split(u'\n', Qt::SkipEmptyParts)) {
        for (const QString &l : wrapText(part.trimmed(), kWidth))
            out += l + u'\n';
    }
    if (!settings.organisationNumber.isEmpty())
        out += line(
            w(QT_TRANSLATE_NOOP("Receipt", "Org. no.")) + u' ' + settings.organisationNumber, {});
    return out;
}

// A quantity or rate ("1.250") with the language's decimal sign.
QString decimalText(QString text, const ReceiptWords &w)
{
    return text.replace(u'.', w.locale().decimalPoint());
}

QString quantityLine(const journal::SaleRow &row, const ReceiptWords &w)
{
    const bool byWeight = row.quantity.scale() > 0;
    return u"  "_s + decimalText(row.quantity.toString(byWeight ? 3 : 0), w) + u' ' +
           (row.unit.isEmpty() ? u"x"_s : row.unit) + u" à "_s + w.money(row.unitPrice) + u'\n';
}

// A refund receipt shows every row's quantity and unit price, one of one too.
QString rowsText(const QList<journal::SaleRow> &rows, const ReceiptWords &w, bool refund)
{
    QString out;
    for (const journal::SaleRow &row : rows) {
        const Money total = refund ? row.total.negated().valueOr(row.total) : row.total;
        out += line(row.description, w.money(total), u"  "_s);
        if (refund || row.quantity != Decimal::fromInteger(1))
            out += quantityLine(row, w);
    }
    return out;
}

QString vatTable(const QList<VatLine> &vat, const ReceiptWords &w)
{
    if (vat.isEmpty())
        return {};
    // Four columns: rate, net, VAT, gross — words only in the heading.
    auto row = [](const QString &a, const QString &b, const QString &c, const QString &d) {
        QString out = a.leftJustified(9);
        out.append(b.rightJustified(11));
        out.append(c.rightJustified(11));
        out.append(d.rightJustified(11));
        out.append(QLatin1Char('\n'));
        return out;
    };
    // Bilingual receipts head the columns once per language (both would not fit one line).
    const QStringList rate = w.each(QT_TRANSLATE_NOOP("Receipt", "VAT %"));
    const QStringList net = w.each(QT_TRANSLATE_NOOP("Receipt", "Net"));
    const QStringList vatWord = w.each(QT_TRANSLATE_NOOP("Receipt", "VAT"));
    const QStringList gross = w.each(QT_TRANSLATE_NOOP("Receipt", "Gross"));
    QStringList headings;
    for (int i = 0; i < rate.size(); ++i) {
        const QString heading = row(rate[i], net[i], vatWord[i], gross[i]);
        if (!headings.contains(heading))
            headings.append(heading);
    }
    QString out = headings.join(QString());
    for (const VatLine &v : vat)
        out += row(decimalText(v.ratePercent.toString(), w) + u" %"_s, w.money(v.net),
                   w.money(v.vat), w.money(v.gross));
    return out;
}

} // namespace

QStringList wrapText(const QString &text, int width)
{
    QStringList lines;
    QString current;
    for (QString word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        while (word.size() > width) {
            if (!current.isEmpty()) {
                lines.append(current);
                current.clear();
            }
            lines.append(word.left(width));
            word.remove(0, width);
        }
        if (current.isEmpty())
            current = word;
        else if (current.size() + 1 + word.size() <= width)
            current += u' ' + word;
        else {
            lines.append(current);
            current = word;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

QString receiptText(const journal::Sale &sale, const ReceiptSettings &settings, bool copy)
{
    const ReceiptWords w(settings.languages());
    QString out = header(settings, w);
    if (copy)
        out += u"*** "_s + w(QT_TRANSLATE_NOOP("Receipt", "COPY")) + u" ***\n"_s;
    const QDateTime when =
        (sale.completedAt.isValid() ? sale.completedAt : sale.createdAt).toLocalTime();
    out += line(when.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                sale.receiptNumber ? w(QT_TRANSLATE_NOOP("Receipt", "Receipt")) + u' ' +
                                         QString::number(*sale.receiptNumber)
                                   : QString());
    if (!sale.cashierId.isEmpty())
        out += line(w(QT_TRANSLATE_NOOP("Receipt", "Cashier")) + u": "_s + sale.cashierId, {});
    out += rule();
    out += rowsText(sale.rows, w, false);
    out += rule();
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "TOTAL")) + u' ' + sale.total.currency().code(),
                w.money(sale.total));
    out += vatTable(sale.vat, w);
    out += rule();
    for (const journal::Tender &t : sale.tenders) {
        if (t.kind == journal::TenderKind::Cash) {
            out += line(w(QT_TRANSLATE_NOOP("Receipt", "Cash")), w.money(t.tendered));
            if (t.tendered.minorUnits() > t.amount.minorUnits())
                out += line(w(QT_TRANSLATE_NOOP("Receipt", "Change")),
                            w.money(Money(t.tendered.minorUnits() - t.amount.minorUnits(),
                                          t.amount.currency())));
        } else {
            out += line(w(QT_TRANSLATE_NOOP("Receipt", "SEQR payment")), w.money(t.amount));
            out += line(u"  "_s + w(QT_TRANSLATE_NOOP("Receipt", "Reference")), t.ersReference);
        }
    }
    return out;
}

QString receiptText(const journal::Sale &sale, const QString &shopName, bool copy)
{
    ReceiptSettings settings;
    settings.shopName = shopName;
    settings.language = ReceiptSettings::languageOf(QLocale());
    return receiptText(sale, settings, copy);
}

QString refundReceiptText(const RefundPlan &plan, const QString &refundErsReference,
                          const QDateTime &when, const QString &cashierId,
                          const ReceiptSettings &settings)
{
    const ReceiptWords w(settings.languages());
    QString out = header(settings, w);
    out += u"*** "_s + w(QT_TRANSLATE_NOOP("Receipt", "REFUND")) + u" ***\n"_s;
    out += line(when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), {});
    if (plan.receiptNumber)
        out += line(w(QT_TRANSLATE_NOOP("Receipt", "Refund of receipt")),
                    QString::number(*plan.receiptNumber));
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "SEQR payment")), plan.ersReference);
    if (!cashierId.isEmpty())
        out += line(w(QT_TRANSLATE_NOOP("Receipt", "Cashier")) + u": "_s + cashierId, {});
    out += rule();
    out += rowsText(plan.rows, w, true);
    if (!plan.rows.isEmpty())
        out += rule();
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "REFUNDED")) + u' ' + plan.amount.currency().code(),
                w.money(plan.amount.negated().valueOr(plan.amount)));
    out += vatTable(plan.vat, w);
    out += rule();
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Refund reference")), refundErsReference);
    out += line(w(QT_TRANSLATE_NOOP("Receipt", "Still refundable")), w.money(plan.remaining));
    return out;
}

} // namespace kassa
