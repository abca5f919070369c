#pragma once

#include "core/catalog/pricechange.h"

#include "core/common/result.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/storage/sqlitefile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kassa::catalog {

// One thing a shop sells. A product sold by weight has its price per kilo and
// is entered with a weight (up to 3 decimals); the others by whole units.
struct Product
{
    QString ean; // EAN-13 (or EAN-8), digits only
    QString sku;
    QString name;
    Money unitPrice;
    Decimal taxRate = Decimal::fromInteger(25);
    bool soldByWeight = false;
    QString group;        // the main group (optional; the day reports total per group)
    bool service = false; // a service, not an item (the day reports count them apart)

    QString unit() const;
    friend bool operator==(const Product &, const Product &) = default;
};

struct ImportSummary
{
    int imported = 0;     // new or updated products
    QStringList problems; // "line 7: …" for each line left out
    // New products and changed prices, for the journal (source "import").
    QList<PriceChange> priceChanges;
};

// True for 8 or 13 digits whose last digit is the GS1 check digit.
bool isValidEan(QStringView code);

// The products of one shop in SQLite (its own named connection): look-up by
// barcode, search by name/SKU/EAN, import from CSV. Not thread-safe.
class Catalog
{
public:
    static Result<std::unique_ptr<Catalog>> open(const QString &path);
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    // CSV with a header naming the columns ean, sku, name, price, vat and
    // optionally unit ("kg" for products sold by weight); separated by ',' or
    // ';' (then a decimal comma is allowed), fields may be quoted. Good lines
    // are added or replace the product with the same EAN, in one transaction;
    // bad lines are listed in the summary and left out.
    Result<ImportSummary> importCsv(const QByteArray &csv, const Currency &currency);
    Result<ImportSummary> importCsvFile(const QString &path, const Currency &currency);
    // The checking half of an import, writing nothing: the good products and
    // the problems of the others (for an import into the shop database).
    struct Parsed
    {
        QList<Product> products;
        QStringList problems;
    };
    static Result<Parsed> parseCsv(const QByteArray &csv, const Currency &currency);

    // This catalog as the local copy of the shop database's: applies what
    // changed there up to `revision`, in one transaction. The first copy
    // (from revision 0) replaces whatever was here before.
    Status applyShopChanges(const QList<Product> &changed, const QStringList &removed,
                            qint64 revision);
    // The shop catalog's revision this copy has (0: never copied).
    qint64 shopRevision() const;

    std::optional<Product> findByEan(const QString &ean) const;
    // The product's price is now `price` (of the catalog's currency, not
    // negative): NotFound for no such product, InvalidArgument for a price
    // it cannot take. core/terminal/priceedit.h journals it first.
    Status setPrice(const QString &ean, const Money &price);
    // Products whose name contains `text`, or whose SKU or EAN starts with
    // it, by name; at most `limit`.
    QList<Product> search(const QString &text, int limit = 50) const;
    // All products by name (a shop's list), at most `limit`.
    QList<Product> byName(int limit = 500) const;
    int count() const;

private:
    explicit Catalog(SqliteFile file);
    struct Private;
    std::unique_ptr<Private> d;
    SqliteFile m_file;
};

} // namespace kassa::catalog
