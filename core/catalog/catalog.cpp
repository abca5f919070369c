#include "core/catalog/catalog.h"

#include "core/money/vat.h"
#include "core/storage/sqlrunner.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace kassa::catalog {

namespace {

// One CSV record split into fields: quotes may wrap a field and "" is a quote.
QStringList splitCsvLine(QStringView line, QChar separator)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.ean = q.value(0).toString();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    const auto currency = Currency::fromCode(q.value(4).toString());
    p.unitPrice = Money(q.value(3).toLongLong(), currency ? *currency : Currency::sek());
    const auto rate = Decimal::parse(q.value(5).toString());
    p.taxRate = rate ? *rate : Decimal::fromInteger(25);
    p.soldByWeight = q.value(6).toInt() != 0;
    p.group = q.value(7).toString();
    p.service = q.value(8).toInt() != 0;
    return p;
}

// The products a prepared query finds; none when it fails.
QList<Product> productsOf(QSqlQuery &q)
{
    QList<Product> found;
    if (!q.exec())
        return found;
    while (q.next())
        found.append(productFrom(q));
    return found;
}

constexpr auto kColumns =
    "ean, sku, name, price_minor, currency, tax_rate, by_weight, product_group, service";

// A catalog from before main groups and services gains their columns.
bool addGroupColumns(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA table_info(products)"_s))
        return false;
    while (q.next())
        if (q.value(1).toString() == u"product_group")
            return true;
    return q.exec(u"ALTER TABLE products ADD COLUMN product_group TEXT NOT NULL DEFAULT ''"_s) &&
           q.exec(u"ALTER TABLE products ADD COLUMN service INTEGER NOT NULL DEFAULT 0"_s);
}

bool isYes(const QString &text)
{
    static const QStringList yes{u"1"_s, u"yes"_s, u"ja"_s, u"true"_s, u"x"_s, u"y"_s, u"j"_s};
    return yes.contains(text.trimmed().toLower());
}

} // namespace

QString Product::unit() const
{
    return soldByWeight ? u"kg"_s : u"st"_s;
}

bool isValidEan(QStringView code)
{
    if (code.size() != 13 && code.size() != 8)
        return false;
    int sum = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!code[i].isDigit() || code[i].unicode() > u'9')
            return false;
        const int digit = code[i].unicode() - u'0';
        if (i == code.size() - 1)
            return (10 - sum % 10) % 10 == digit;
        // GS1: weights 3 and 1 alternate from the digit next to the check digit.
        const bool timesThree = (code.size() - 1 - i) % 2 == 1;
        sum += timesThree ? 3 * digit : digit;
    }
    return false;
}

struct Catalog::Private
{
    QSqlQuery byEan;
};

Catalog::Catalog(SqliteFile file)
    : d(std::make_unique<Private>())
    , m_file(std::move(file))
{}

Catalog::~Catalog()
{
    d.reset(); // its prepared query before the connection
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path)
{
    auto file = SqliteFile::open(
        path,
        {u"kassa-catalog-"_s,
         u"the catalog"_s,
         {u"CREATE TABLE IF NOT EXISTS products(ean TEXT PRIMARY KEY, sku TEXT NOT NULL DEFAULT '',"
          " name TEXT NOT NULL, price_minor INTEGER NOT NULL, currency TEXT NOT NULL,"
          " tax_rate TEXT NOT NULL, by_weight INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE INDEX IF NOT EXISTS products_sku ON products(sku)"_s,
          u"CREATE TABLE IF NOT EXISTS catalog_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
          u"CREATE INDEX IF NOT EXISTS products_name ON products(name COLLATE NOCASE)"_s}});
    if (!file)
        return file.error();
    std::unique_ptr<Catalog> catalog(new Catalog(std::move(file).value()));
    if (!addGroupColumns(catalog->m_file.database()))
        return makeError(ErrorCode::StorageFailed,
                         u"the catalog "_s + path + u" cannot gain its group columns"_s);
    catalog->d->byEan = QSqlQuery(catalog->m_file.database());
    if (!catalog->d->byEan.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
                                   u" FROM products WHERE ean=?"_s))
        return makeError(ErrorCode::StorageFailed, catalog->d->byEan.lastError().text());
    return catalog;
}

Result<ImportSummary> Catalog::importCsvFile(const QString &path, const Currency &currency)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot read "_s + path + u": "_s + file.errorString());
    return importCsv(file.readAll(), currency);
}

namespace {

// One CSV record as a product, or the words that say what is wrong with it.
Result<Product> productFromCsv(const QStringList &f, const QHash<QString, qsizetype> &column,
                               QChar separator, const Currency &currency)
{
    auto field = [&](const char *name) {
        const qsizetype i = column.value(QString::fromLatin1(name), -1);
        return i >= 0 && i < f.size() ? f[i] : QString();
    };
    auto problem = [](const QString &words) {
        return makeError(ErrorCode::InvalidArgument, words);
    };
    Product p;
    p.ean = field("ean");
    p.sku = field("sku");
    p.name = field("name");
    p.soldByWeight = field("unit").compare(u"kg"_s, Qt::CaseInsensitive) == 0;
    p.group = field("group");
    p.service = isYes(field("service"));
    QString price = field("price");
    if (separator == u';')
        price.replace(u',', u'.');
    if (!isValidEan(p.ean))
        return problem(u"\u201c"_s + p.ean + u"\u201d is not a valid EAN-13 or EAN-8"_s);
    if (p.name.isEmpty())
        return problem(u"the name is empty"_s);
    auto money = Money::parse(price, currency);
    if (!money || money->isNegative())
        return problem(u"price \u201c"_s + price + u"\u201d: "_s +
                       (money ? u"negative"_s : money.error().detail));
    auto rate = Decimal::parse(field("vat").remove(u'%'));
    if (!rate || !isSwedishVatRate(*rate))
        return problem(u"VAT rate \u201c"_s + field("vat") + u"\u201d is not 25, 12, 6 or 0"_s);
    p.unitPrice = *money;
    p.taxRate = *rate;
    return p;
}

} // namespace

Result<Catalog::Parsed> Catalog::parseCsv(const QByteArray &csv, const Currency &currency)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(u'\uFEFF'))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    qsizetype first = 0;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    if (first == lines.size())
        return makeError(ErrorCode::InvalidArgument, u"the file is empty"_s);
    const QString header = lines[first].trimmed();
    const QChar separator = header.count(u';') > header.count(u',') ? u';' : u',';
    QHash<QString, qsizetype> column;
    const QStringList names = splitCsvLine(header, separator);
    for (qsizetype i = 0; i < names.size(); ++i)
        column.insert(names[i].toLower(), i);
    for (const auto *required : {"ean", "name", "price", "vat"}) {
        if (!column.contains(QString::fromLatin1(required)))
            return makeError(
                ErrorCode::InvalidArgument,
                u"the header has no column \u201c"_s + QString::fromLatin1(required) +
                    u"\u201d (it needs ean, name, price, vat; sku, unit, group, service optional)"_s);
    }

    Parsed summary;
    QList<Product> &products = summary.products;
    for (qsizetype n = first + 1; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty())
            continue;
        auto p = productFromCsv(splitCsvLine(line, separator), column, separator, currency);
        if (!p) {
            summary.problems.append(u"line "_s + QString::number(n + 1) + u": "_s +
                                    p.error().detail);
            continue;
        }
        products.append(*p);
    }
    return summary;
}

namespace {
bool insertProduct(QSqlQuery &q, const Product &p)
{
    q.addBindValue(p.ean);
    q.addBindValue(p.sku);
    q.addBindValue(p.name);
    q.addBindValue(p.unitPrice.minorUnits());
    q.addBindValue(p.unitPrice.currency().code());
    q.addBindValue(p.taxRate.toString());
    q.addBindValue(p.soldByWeight ? 1 : 0);
    q.addBindValue(p.group);
    q.addBindValue(p.service ? 1 : 0);
    return q.exec();
}
} // namespace

Status Catalog::applyShopChanges(const QList<Product> &changed, const QStringList &removed,
                                 qint64 revision)
{
    QSqlDatabase db = m_file.database();
    if (!db.transaction())
        return makeError(ErrorCode::StorageFailed, db.lastError().text());
    QSqlQuery q(db);
    bool ok = true;
    if (shopRevision() == 0)
        ok = q.exec(u"DELETE FROM products"_s);
    ok = ok && q.prepare(u"INSERT OR REPLACE INTO products("_s + QString::fromLatin1(kColumns) +
                         u") VALUES(?,?,?,?,?,?,?,?,?)"_s);
    for (qsizetype i = 0; ok && i < changed.size(); ++i)
        ok = insertProduct(q, changed[i]);
    QSqlQuery del(db);
    ok = ok && del.prepare(u"DELETE FROM products WHERE ean=?"_s);
    for (qsizetype i = 0; ok && i < removed.size(); ++i) {
        del.addBindValue(removed[i]);
        ok = del.exec();
    }
    QSqlQuery meta(db);
    ok = ok && meta.prepare(u"INSERT OR REPLACE INTO catalog_meta(key, value)"
                            " VALUES('shop_revision', ?)"_s);
    if (ok) {
        meta.addBindValue(QString::number(revision));
        ok = meta.exec();
    }
    if (!ok || !db.commit()) {
        const QString why = !q.lastError().text().isEmpty()      ? q.lastError().text()
                            : !del.lastError().text().isEmpty()  ? del.lastError().text()
                            : !meta.lastError().text().isEmpty() ? meta.lastError().text()
                                                                 : db.lastError().text();
        db.rollback();
        return makeError(ErrorCode::StorageFailed, u"the catalog copy was not changed: "_s + why);
    }
    return Ok{};
}

qint64 Catalog::shopRevision() const
{
    QSqlQuery q(m_file.database());
    if (!q.exec(u"SELECT value FROM catalog_meta WHERE key='shop_revision'"_s) || !q.next())
        return 0;
    return q.value(0).toString().toLongLong();
}

Result<ImportSummary> Catalog::importCsv(const QByteArray &csv, const Currency &currency)
{
    auto parsed = parseCsv(csv, currency);
    if (!parsed)
        return parsed.error();
    ImportSummary summary;
    summary.problems = parsed->problems;
    const QList<Product> &products = parsed->products;

    QSqlDatabase db = m_file.database();
    if (!db.transaction())
        return makeError(ErrorCode::StorageFailed, db.lastError().text());
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO products("_s + QString::fromLatin1(kColumns) +
              u") VALUES(?,?,?,?,?,?,?,?,?)"_s);
    for (const Product &p : products) {
        const std::optional<Product> before = findByEan(p.ean);
        if (!before || before->unitPrice != p.unitPrice)
            summary.priceChanges.append(
                PriceChange{0, QDateTime::currentDateTimeUtc(), p.ean, p.name,
                            before ? std::optional<Money>(before->unitPrice) : std::nullopt,
                            p.unitPrice, u"import"_s});
        if (!insertProduct(q, p)) {
            const QString why = q.lastError().text();
            db.rollback();
            return makeError(ErrorCode::StorageFailed, u"the catalog was not changed: "_s + why);
        }
        ++summary.imported;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return makeError(ErrorCode::StorageFailed, u"the catalog was not changed: "_s + why);
    }
    return summary;
}

std::optional<Product> Catalog::findByEan(const QString &ean) const
{
    QSqlQuery &q = d->byEan;
    q.addBindValue(ean);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Product p = productFrom(q);
    q.finish();
    return p;
}

Status Catalog::setPrice(const QString &ean, const Money &price)
{
    const std::optional<Product> product = findByEan(ean);
    if (!product)
        return makeError(ErrorCode::NotFound, u"no product with the barcode "_s + ean);
    if (price.isNegative() || !(price.currency() == product->unitPrice.currency()))
        return makeError(ErrorCode::InvalidArgument, u"a price must be zero or more, in "_s +
                                                         product->unitPrice.currency().code());
    QSqlQuery q(m_file.database());
    q.prepare(u"UPDATE products SET price_minor=? WHERE ean=?"_s);
    q.addBindValue(price.minorUnits());
    q.addBindValue(ean);
    if (!q.exec())
        return makeError(ErrorCode::StorageFailed,
                         u"the price was not changed: "_s + q.lastError().text());
    return Ok{};
}

QList<Product> Catalog::search(const QString &text, int limit) const
{
    QList<Product> found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    QSqlQuery q(m_file.database());
    q.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
              u" FROM products WHERE name LIKE ? ESCAPE '\\' OR sku LIKE ? ESCAPE '\\'"
              u" OR ean LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE LIMIT ?"_s);
    const QString escaped = sqlvalues::likeEscaped(needle);
    const QString contains = u'%' + escaped + u'%';
    const QString startsWith = escaped + u'%';
    q.addBindValue(contains);
    q.addBindValue(startsWith);
    q.addBindValue(startsWith);
    q.addBindValue(limit);
    return productsOf(q);
}

QList<Product> Catalog::byName(int limit) const
{
    QSqlQuery q(m_file.database());
    q.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
              u" FROM products ORDER BY name COLLATE NOCASE LIMIT ?"_s);
    q.addBindValue(limit);
    return productsOf(q);
}

int Catalog::count() const
{
    QSqlQuery q(m_file.database());
    if (!q.exec(u"SELECT COUNT(*) FROM products"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace kassa::catalog
