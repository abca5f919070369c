#include "core/shopdb/catalogimport.h"

#include "core/shopdb/shopdatabase.h"

#include <QFile>

namespace kassa::shopdb {

Result<catalog::ImportSummary> importCatalogIntoShop(const QString &csvPath,
                                                     const Currency &currency,
                                                     const ShopDatabaseConfig &shopDatabase)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailed, QStringLiteral("cannot read ") + csvPath +
                                                       QStringLiteral(": ") + file.errorString());
    auto parsed = catalog::Catalog::parseCsv(file.readAll(), currency);
    if (!parsed)
        return parsed.error();
    auto shop = ShopDatabase::open(shopDatabase);
    if (!shop)
        return shop.error();
    auto imported = (*shop)->importProducts(parsed->products);
    if (!imported)
        return imported.error();
    return catalog::ImportSummary{*imported, parsed->problems};
}

Result<catalog::ImportSummary> importCatalogCsv(const QString &csvPath, const Currency &currency,
                                                const ShopDatabaseConfig &shopDatabase,
                                                catalog::Catalog &local)
{
    if (shopDatabase.isEnabled())
        return importCatalogIntoShop(csvPath, currency, shopDatabase);
    return local.importCsvFile(csvPath, currency);
}

} // namespace kassa::shopdb
