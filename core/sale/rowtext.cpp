#include "core/sale/rowtext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

const QString kOldRowDiscount = u"Rabatt / Discount: "_s;
const QString kOldReceiptDiscount = u"Kvittorabatt / Receipt discount "_s;

} // namespace

QString rowText(const SaleRow &row, const RowWord &word, const QLocale &locale)
{
    switch (row.kind) {
    case RowKind::Item:
        break;
    case RowKind::RowDiscount:
        return word(QT_TRANSLATE_NOOP("Receipt", "Discount")) + u": "_s + row.description;
    case RowKind::ReceiptDiscount:
        return word(QT_TRANSLATE_NOOP("Receipt", "Receipt discount")) + u' ' +
               row.taxRate.toString().replace(u'.', locale.decimalPoint()) + u" %"_s;
    }
    return row.description;
}

QString rowText(const SaleRow &row)
{
    return rowText(
        row, [](const char *source) { return QCoreApplication::translate("Receipt", source); },
        QLocale());
}

QString rowKindName(RowKind kind)
{
    switch (kind) {
    case RowKind::Item:
        break;
    case RowKind::RowDiscount:
        return u"row-discount"_s;
    case RowKind::ReceiptDiscount:
        return u"receipt-discount"_s;
    }
    return {};
}

RowKind rowKindFrom(const QString &name)
{
    if (name == u"row-discount")
        return RowKind::RowDiscount;
    if (name == u"receipt-discount")
        return RowKind::ReceiptDiscount;
    return RowKind::Item;
}

std::optional<OldRowWords> oldRowWords(const QString &description)
{
    if (description.startsWith(kOldRowDiscount))
        return OldRowWords{RowKind::RowDiscount, description.mid(kOldRowDiscount.size())};
    if (description.startsWith(kOldReceiptDiscount))
        return OldRowWords{RowKind::ReceiptDiscount, {}};
    return std::nullopt;
}

} // namespace kassa
