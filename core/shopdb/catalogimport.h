#pragma once

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/money/money.h"
#include "core/shopdb/shopdatabaseconfig.h"

#include <QString>

namespace kassa::shopdb {

// `--import-catalog FILE.csv` of the till (kassa) and of the webshop
// (kassa-web), written once for both. One catalog for the shop: with a shop
// database configured the CSV is checked here (Catalog::parseCsv) and written
// into the shop's catalog there, in one transaction; every terminal's local
// copy (this one's too) follows through its ShopSync. Without one, it goes
// into `local` as it always did. The summary counts the products added or
// changed and lists the lines left out.
//
// Blocking (the shop database is opened for the import and closed again):
// call at start-up, before the event loop serves anyone.
Result<catalog::ImportSummary> importCatalogCsv(const QString &csvPath, const Currency &currency,
                                                const ShopDatabaseConfig &shopDatabase,
                                                catalog::Catalog &local);

// The shop database's half alone.
Result<catalog::ImportSummary> importCatalogIntoShop(const QString &csvPath,
                                                     const Currency &currency,
                                                     const ShopDatabaseConfig &shopDatabase);

} // namespace kassa::shopdb
