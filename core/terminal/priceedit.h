#pragma once

#include "core/catalog/pricechange.h"
#include "core/common/result.h"

namespace kassa::catalog {
class Catalog;
}
namespace kassa::journal {
class Journal;
}

namespace kassa {

struct TillConfig;

// Why this till's prices cannot be edited here, as a sentence; empty when
// they can. A till with a shop database keeps a copy of the shop's catalog,
// where prices are set (an edit here would be undone by the next sync).
QString priceEditRefusal(const TillConfig &till);

// A manager's edit of one product's price (SKVFS 2014:9 ch. 4: price
// changes are journaled): the journal knows it first — old price, new
// price, when and who (source "edit") — then the catalog takes it. Should
// the catalog then fail, the journal gets the way back ("edit undone") and
// the error says the price stays. Every error's detail is a sentence for
// the manager: no such product, the same price, a negative price.
Result<catalog::PriceChange> changePrice(catalog::Catalog &catalog, journal::Journal &journal,
                                         const QString &ean, const Money &newPrice,
                                         const QString &who);

} // namespace kassa
