#pragma once

#include "core/sale/salerow.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <optional>

namespace kassa {

// The words a sale row is shown with: an item's description; "Discount:
// <item>" for a row discount; "Receipt discount 12 %" for a receipt
// discount's share at one VAT rate. The words are QT_TRANSLATE_NOOP("Receipt",
// …) so a receipt says them in its languages (ReceiptWords) and everything
// else in the till's language.
using RowWord = std::function<QString(const char *source)>;
QString rowText(const SaleRow &row, const RowWord &word, const QLocale &locale);

// rowText() in the application's language (its installed translator) and
// the default locale: the journal view, kassa-cli, SEQR's invoice rows.
QString rowText(const SaleRow &row);

// The kind as the journal and the shop database keep it ('' for an item,
// 'row-discount', 'receipt-discount'), and back (anything else: an item).
QString rowKindName(RowKind kind);
RowKind rowKindFrom(const QString &name);

// The bilingual words Kassa stored before it kept the kind (journal schema
// 15, shop database schema 3): the kind and the description the words stand
// for, or nothing when `description` is not one of them.
struct OldRowWords
{
    RowKind kind;
    QString description;
};
std::optional<OldRowWords> oldRowWords(const QString &description);

} // namespace kassa
