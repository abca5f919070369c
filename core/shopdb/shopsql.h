#pragma once

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/storage/sqlrunner.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

// Internal to core/shop: statements against the shop database with one
// transaction per call, failures turned into Result errors.
namespace kassa::shopdb {

class Sql : public SqlRunner
{
public:
    explicit Sql(const QString &connection)
        : SqlRunner(connection, SqlRunner::postgres)
    {}
};

struct ShopSale;

// Loads the sales `filter` (a condition on sales s) picks, with their rows
// (unless !withRows), VAT and tenders, oldest first: four statements however
// many sales. Throws SqlFailure; call inside Sql::transaction.
QList<ShopSale> loadSales(const Sql &sql, const QString &filter, const QVariantList &binds,
                          bool withRows = true);

using namespace kassa::sqlvalues; // timeText, timeFrom, moneyFrom, decimalFrom

} // namespace kassa::shopdb
