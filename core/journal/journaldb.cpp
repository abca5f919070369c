#include "core/journal/journaldb.h"

#include "core/common/enumname.h"
#include "core/money/vat.h"
#include "core/sale/rowtext.h"

using namespace Qt::StringLiterals;

namespace kassa::journal::detail {

void event(const Db &db, const QString &kind, const QString &ref, const QString &detail)
{
    db.run(u"INSERT INTO events(at, kind, invoice_reference, detail) VALUES(?,?,?,?)"_s,
           {nowText(), kind, ref, detail});
}

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QString stateText(InvoiceState s)
{
    return enumKey(s).toLower();
}

InvoiceState stateFrom(const QString &s)
{
    return enumFromText<InvoiceState>(s).value_or(InvoiceState::Open);
}

Result<Totals> totalsOf(const QList<SaleRow> &rows)
{
    if (rows.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"a sale needs at least one row"_s);
    Money total(0, rows.first().total.currency());
    QList<GrossAtRate> gross;
    for (const SaleRow &row : rows) {
        auto sum = total.plus(row.total);
        if (!sum)
            return sum.error();
        total = *sum;
        gross.append({row.taxRate, row.total});
    }
    auto vat = vatBreakdown(gross);
    if (!vat)
        return vat.error();
    return Totals{total, *vat};
}

QVariantList rowColumns(const SaleRow &row)
{
    return QVariantList{row.description,
                        row.ean,
                        row.sku,
                        row.quantity.toString(),
                        row.unit,
                        row.unitPrice.minorUnits(),
                        row.total.minorUnits(),
                        row.taxRate.toString()};
}

void insertSaleRows(const Db &db, qint64 saleId, const QList<SaleRow> &rows, int firstPosition)
{
    int position = firstPosition;
    for (const SaleRow &row : rows)
        db.run(u"INSERT INTO sale_rows(sale_id, position, description, ean, sku, quantity, unit,"
               " unit_price_minor, total_minor, tax_rate, product_group, service, discount,"
               " row_kind) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
               QVariantList{saleId, position++} + rowColumns(row) +
                   QVariantList{row.group, int(row.service), int(row.discount),
                                rowKindName(row.kind)});
}

} // namespace kassa::journal::detail
