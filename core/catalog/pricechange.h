#pragma once

#include "core/money/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kassa::catalog {

// A product's price as it changed (an import or an edit), for the journal
// an inspector reads: old and new price, when, and from where.
struct PriceChange
{
    qint64 id = 0;
    QDateTime at;
    QString ean;
    QString name;
    std::optional<Money> oldPrice; // none: a new product
    Money newPrice;
    QString source; // "import", "edit"
};

} // namespace kassa::catalog
