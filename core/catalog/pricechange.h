#pragma once

#include "core/money/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kassa::catalog {

// A product's price changed (an import or an edit): what the journal keeps
// (journal::PriceChange) for an inspector (SKVFS 2014:9 ch. 4).
struct PriceChange
{
    qint64 id = 0;
    QDateTime at;
    QString ean;
    QString name;
    std::optional<Money> oldPrice; // none: a new product
    Money newPrice;
    QString source; // "import", "edit"
    QString who;    // who changed it (the manager's or cashier's id; schema 11)
};

} // namespace kassa::catalog
