#include "core/receipt/receiptbuilder.h"

#include "core/receipt/receiptloyalty.h"
#include "core/receipt/receiptwords.h"
#include "core/sale/rowtext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

void addHeader(ReceiptContent &doc, const ReceiptSettings &settings, const ReceiptWords &w)
{
    doc.addText(settings.shopName);
    for (const QString &part : settings.address.split(u'\n', Qt::SkipEmptyParts))
        doc.addText(part.trimmed());
    if (!settings.organisationNumber.isEmpty())
        doc.addPair(
            w(QT_TRANSLATE_NOOP("Receipt", "Org. no.")) + u' ' + settings.organisationNumber, {});
}

// A quantity or rate ("1.250") with the language's decimal sign.
QString decimalText(QString text, const ReceiptWords &w)
{
    return text.replace(u'.', w.locale().decimalPoint());
}

QString quantityText(const journal::SaleRow &row, const ReceiptWords &w)
{
    const bool byWeight = row.quantity.scale() > 0;
    // Pieces are the catalog's "st" (or no unit): said in the receipt's words.
    const QString unit =
        row.unit.isEmpty() || row.unit == u"st" ? w(QT_TRANSLATE_NOOP("Receipt", "pcs")) : row.unit;
    return u"  "_s + decimalText(row.quantity.toString(byWeight ? 3 : 0), w) + u' ' + unit + u' ' +
           w(QT_TRANSLATE_NOOP("Receipt", "@")) + u' ' + w.money(row.unitPrice);
}

// A refund receipt shows every row's quantity and unit price, one of one too.
void addRows(ReceiptContent &doc, const QList<journal::SaleRow> &rows, const ReceiptWords &w,
             bool refund)
{
    for (const journal::SaleRow &row : rows) {
        const Money total = refund ? row.total.negated().valueOr(row.total) : row.total;
        const QString text = rowText(
            row, [&w](const char *source) { return w(source); }, w.locale());
        doc.addPair(text, w.money(total), u"  "_s);
        // Every row's quantity, one of one too (SKVFS 2014:9 ch. 7 § 1).
        doc.addPair(quantityText(row, w), {});
    }
}

// Four columns: rate, net, VAT, gross — words only in the heading.
void addVatTable(ReceiptContent &doc, const QList<VatLine> &vat, const ReceiptWords &w)
{
    if (vat.isEmpty())
        return;
    // Bilingual receipts head the columns once per language (both would not fit one line).
    const QStringList rate = w.each(QT_TRANSLATE_NOOP("Receipt", "VAT %"));
    const QStringList net = w.each(QT_TRANSLATE_NOOP("Receipt", "Net"));
    const QStringList vatWord = w.each(QT_TRANSLATE_NOOP("Receipt", "VAT"));
    const QStringList gross = w.each(QT_TRANSLATE_NOOP("Receipt", "Gross"));
    QList<QStringList> rows;
    for (int i = 0; i < rate.size(); ++i) {
        const QStringList heading{rate[i], net[i], vatWord[i], gross[i]};
        if (!rows.contains(heading))
            rows.append(heading);
    }
    const int headings = int(rows.size());
    for (const VatLine &v : vat)
        rows.append({decimalText(v.ratePercent.toString(), w) + u" %"_s, w.money(v.net),
                     w.money(v.vat), w.money(v.gross)});
    doc.addTable(rows, headings);
}

void addTenders(ReceiptContent &doc, const QList<journal::Tender> &tenders, const ReceiptWords &w)
{
    for (const journal::Tender &t : tenders) {
        if (t.kind == journal::TenderKind::Cash) {
            doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Cash")), w.money(t.tendered));
            if (t.tendered.minorUnits() > t.amount.minorUnits())
                doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Change")),
                            w.money(Money(t.tendered.minorUnits() - t.amount.minorUnits(),
                                          t.amount.currency())));
        } else {
            doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "SEQR payment")), w.money(t.amount));
            doc.addPair(u"  "_s + w(QT_TRANSLATE_NOOP("Receipt", "Reference")), t.ersReference);
        }
    }
}

// The time, the receipt's number, the register's designation and the cashier.
void addWhenAndWho(ReceiptContent &doc, const QDateTime &when, const QString &number,
                   const QString &cashierId, const ReceiptSettings &settings, const ReceiptWords &w)
{
    doc.addPair(when.toString(u"yyyy-MM-dd HH:mm:ss"_s), number);
    if (!settings.registerId.isEmpty())
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Register")) + u": "_s + settings.registerId,
                    {});
    if (!cashierId.isEmpty())
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Cashier")) + u": "_s + cashierId, {});
}

// The VAT in the total, then VAT per rate.
void addVat(ReceiptContent &doc, const QList<VatLine> &vat, const ReceiptWords &w)
{
    if (vat.isEmpty())
        return;
    Money sum(0, vat.first().vat.currency());
    for (const VatLine &v : vat)
        sum = sum.plus(v.vat).valueOr(sum);
    doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "VAT included")), w.money(sum));
    addVatTable(doc, vat, w);
}

// The control unit's number and code; "Elektroniskt kassakvitto".
void addStamp(ReceiptContent &doc, const std::optional<ControlStamp> &stamp, bool electronic,
              const ReceiptSettings &settings, const ReceiptWords &w)
{
    if (stamp) {
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Control unit")), stamp->unitId);
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Control code")), stamp->controlCode);
    }
    if (electronic)
        doc.addText(statutoryWords(u"Elektroniskt kassakvitto"_s,
                                   QT_TRANSLATE_NOOP("Receipt", "Electronic cash receipt"),
                                   settings.languages()));
}

// KOPIA and ÖVNINGSKVITTO, each at the head and the foot.
QStringList saleMarks(bool training, bool copy, const QStringList &languages)
{
    QStringList marks;
    if (copy)
        marks.append(statutoryWords(u"KOPIA"_s, QT_TRANSLATE_NOOP("Receipt", "COPY"), languages));
    if (training)
        marks.append(statutoryWords(u"ÖVNINGSKVITTO"_s,
                                    QT_TRANSLATE_NOOP("Receipt", "TRAINING RECEIPT"), languages));
    return marks;
}

// Between rules: the rows, then the total and its VAT, as a sale's receipt
// and a pro forma show them.
void addRowsAndTotal(ReceiptContent &doc, const QList<journal::SaleRow> &rows, const Money &total,
                     const QList<VatLine> &vat, const ReceiptWords &w)
{
    doc.addRule();
    addRows(doc, rows, w, false);
    doc.addRule();
    doc.addTotal(w(QT_TRANSLATE_NOOP("Receipt", "TOTAL")) + u' ' + total.currency().code(),
                 w.money(total));
    addVat(doc, vat, w);
    doc.addRule();
}

} // namespace

ReceiptContent saleReceipt(const journal::Sale &sale, const ReceiptSettings &settings,
                           const ReceiptOptions &options)
{
    const ReceiptWords w(settings.languages());
    const QStringList marks = saleMarks(sale.training, options.copy, settings.languages());
    ReceiptContent doc;
    addHeader(doc, settings, w);
    for (const QString &mark : marks)
        doc.addMark(mark);
    const QDateTime when =
        (sale.completedAt.isValid() ? sale.completedAt : sale.createdAt).toLocalTime();
    addWhenAndWho(doc, when,
                  sale.receiptNumber ? w(QT_TRANSLATE_NOOP("Receipt", "Receipt")) + u' ' +
                                           QString::number(*sale.receiptNumber)
                                     : QString(),
                  sale.cashierId, settings, w);
    addRowsAndTotal(doc, sale.rows, sale.total, sale.vat, w);
    addTenders(doc, sale.tenders, w);
    addLoyalty(doc, sale.loyalty, w); // receiptloyalty.cpp
    addStamp(doc, options.stamp, options.electronic, settings, w);
    for (const QString &mark : marks)
        doc.addMark(mark);
    for (const journal::Tender &t : sale.tenders) {
        if (t.kind == journal::TenderKind::Seqr)
            doc.addBarcode(t.ersReference);
    }
    if (!settings.qrCode.isEmpty() && sale.receiptNumber && !sale.training)
        doc.addQr(
            QString(settings.qrCode).replace(u"{receipt}"_s, QString::number(*sale.receiptNumber)));
    return doc;
}

ReceiptContent proFormaReceipt(const journal::ProFormaReceipt &proForma,
                               const ReceiptSettings &settings,
                               const std::optional<ControlStamp> &stamp)
{
    const ReceiptWords w(settings.languages());
    QStringList marks{statutoryWords(u"EJ KVITTO"_s, QT_TRANSLATE_NOOP("Receipt", "NOT A RECEIPT"),
                                     settings.languages())};
    if (proForma.training)
        marks.append(statutoryWords(u"ÖVNINGSKVITTO"_s,
                                    QT_TRANSLATE_NOOP("Receipt", "TRAINING RECEIPT"),
                                    settings.languages()));
    ReceiptContent doc;
    addHeader(doc, settings, w);
    for (const QString &mark : marks)
        doc.addMark(mark);
    addWhenAndWho(doc, proForma.madeAt.toLocalTime(),
                  w(QT_TRANSLATE_NOOP("Receipt", "Pro forma")) + u' ' +
                      QString::number(proForma.number),
                  proForma.cashierId, settings, w);
    addRowsAndTotal(doc, proForma.rows, proForma.total, proForma.vat, w);
    addStamp(doc, stamp, false, settings, w);
    for (const QString &mark : marks)
        doc.addMark(mark);
    return doc;
}

QString statutoryWords(const QString &swedish, const char *source, const QStringList &languages)
{
    const ReceiptWords w(languages);
    QStringList words{swedish};
    for (const QString &word : w.each(source)) {
        if (!words.contains(word))
            words.append(word);
    }
    return words.join(u'/');
}

ReceiptContent refundReceipt(const RefundPlan &plan, const QString &refundErsReference,
                             const QDateTime &when, const QString &cashierId,
                             const ReceiptSettings &settings)
{
    const ReceiptWords w(settings.languages());
    ReceiptContent doc;
    addHeader(doc, settings, w);
    doc.addMark(w(QT_TRANSLATE_NOOP("Receipt", "REFUND")));
    doc.addPair(when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), {});
    if (plan.receiptNumber)
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Refund of receipt")),
                    QString::number(*plan.receiptNumber));
    doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "SEQR payment")), plan.ersReference);
    if (!settings.registerId.isEmpty())
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Register")) + u": "_s + settings.registerId,
                    {});
    if (!cashierId.isEmpty())
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Cashier")) + u": "_s + cashierId, {});
    doc.addRule();
    addRows(doc, plan.rows, w, true);
    // The rows add up to what is said refunded: what the shop keeps of them is a line.
    if (plan.kept.isPositive())
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Not refunded")), w.money(plan.kept), u"  "_s);
    if (!plan.rows.isEmpty())
        doc.addRule();
    const Money total = plan.total();
    doc.addTotal(w(QT_TRANSLATE_NOOP("Receipt", "REFUNDED")) + u' ' + total.currency().code(),
                 w.money(total.negated().valueOr(total)));
    addVat(doc, plan.vat, w);
    doc.addRule();
    // How it is given back: to the SEQR account, and the cash part in cash.
    doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "SEQR refund")),
                w.money(plan.amount.negated().valueOr(plan.amount)));
    doc.addPair(u"  "_s + w(QT_TRANSLATE_NOOP("Receipt", "Refund reference")), refundErsReference);
    if (plan.cash.isPositive())
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Refunded in cash")),
                    w.money(plan.cash.negated().valueOr(plan.cash)));
    doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Still refundable")), w.money(plan.remaining));
    doc.addBarcode(refundErsReference);
    return doc;
}

ReceiptContent returnReceipt(const ReturnReceipt &receipt, const ReceiptSettings &settings,
                             const ReceiptOptions &options)
{
    const ReceiptWords w(settings.languages());
    const journal::Refund &refund = receipt.record.refund;
    QStringList marks{w(QT_TRANSLATE_NOOP("Receipt", "REFUND"))};
    marks.append(saleMarks(receipt.record.training, options.copy, settings.languages()));
    ReceiptContent doc;
    addHeader(doc, settings, w);
    for (const QString &mark : marks)
        doc.addMark(mark);
    addWhenAndWho(doc, receipt.record.madeAt.toLocalTime(),
                  w(QT_TRANSLATE_NOOP("Receipt", "Receipt")) + u' ' +
                      QString::number(receipt.record.receiptNumber),
                  refund.cashierId, settings, w);
    if (receipt.originalReceiptNumber)
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Refund of receipt")),
                    QString::number(*receipt.originalReceiptNumber));
    doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "SEQR payment")), refund.originalErsReference);
    doc.addRule();
    addRows(doc, receipt.rows, w, true);
    // The rows add up to what is said refunded: what the shop keeps of them is a line.
    qint64 rowsWorth = 0;
    for (const journal::SaleRow &row : receipt.rows)
        rowsWorth += row.total.minorUnits();
    if (!receipt.rows.isEmpty() && rowsWorth > receipt.total.minorUnits())
        doc.addPair(
            w(QT_TRANSLATE_NOOP("Receipt", "Not refunded")),
            w.money(Money(rowsWorth - receipt.total.minorUnits(), receipt.total.currency())),
            u"  "_s);
    if (!receipt.rows.isEmpty())
        doc.addRule();
    doc.addTotal(w(QT_TRANSLATE_NOOP("Receipt", "REFUNDED")) + u' ' +
                     receipt.total.currency().code(),
                 w.money(receipt.total.negated().valueOr(receipt.total)));
    addVat(doc, receipt.vat, w);
    doc.addRule();
    // How it was given back (item 11): to the SEQR account, and in cash.
    doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "SEQR refund")),
                w.money(refund.amount.negated().valueOr(refund.amount)));
    doc.addPair(u"  "_s + w(QT_TRANSLATE_NOOP("Receipt", "Refund reference")),
                refund.refundErsReference);
    if (receipt.record.cash.isPositive())
        doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Cash back")),
                    w.money(receipt.record.cash.negated().valueOr(receipt.record.cash)));
    doc.addPair(w(QT_TRANSLATE_NOOP("Receipt", "Still refundable")), w.money(receipt.remaining));
    addStamp(doc, options.stamp, options.electronic, settings, w);
    for (const QString &mark : marks)
        doc.addMark(mark);
    doc.addBarcode(refund.refundErsReference);
    return doc;
}

} // namespace kassa
