#pragma once

#include "core/common/result.h"
#include "core/money/decimal.h"
#include "core/money/money.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <stdexcept>

// Internal to core/shop: statements against the shop database with one
// transaction per call, failures turned into Result errors.
namespace kassa::shop {

struct SqlFailure : std::runtime_error
{
    SqlFailure(const QString &what, bool lost)
        : std::runtime_error(what.toStdString())
        , connectionLost(lost)
    {}
    bool connectionLost;
};

class Sql
{
public:
    explicit Sql(const QString &connection);

    // Prepares, binds (a null QString is bound as '') and runs; throws
    // SqlFailure.
    QSqlQuery run(const QString &statement, const QVariantList &binds = {}) const;

    template<class Work> auto transaction(Work work) const -> Result<decltype(work())>
    {
        if (!m_db.isOpen())
            return makeError(ErrorCode::ConnectionProblem, QStringLiteral("not connected"));
        QSqlDatabase db = m_db;
        if (!db.transaction())
            return failure(SqlFailure(db.lastError().text(), true));
        try {
            auto value = work();
            if (!db.commit())
                throw SqlFailure(db.lastError().text(), isConnectionLoss(db.lastError().text()));
            return value;
        } catch (const SqlFailure &e) {
            db.rollback();
            return failure(e);
        }
    }

    template<class Work> auto read(Work work) const -> Result<decltype(work())>
    {
        if (!m_db.isOpen())
            return makeError(ErrorCode::ConnectionProblem, QStringLiteral("not connected"));
        try {
            return work();
        } catch (const SqlFailure &e) {
            return failure(e);
        }
    }

    static bool isConnectionLoss(const QString &message);

private:
    static Error failure(const SqlFailure &e);
    QSqlDatabase m_db;
};

struct ShopSale;

// Loads the sales `filter` (a condition on sales s) picks, with their rows
// (unless !withRows), VAT and tenders, oldest first: four statements however
// many sales. Throws SqlFailure; call inside Sql::transaction.
QList<ShopSale> loadSales(const Sql &sql, const QString &filter, const QVariantList &binds,
                          bool withRows = true);

QString timeText(const QDateTime &t);
QDateTime timeFrom(const QVariant &v);
Money moneyFrom(const QVariant &minor, const QVariant &currency);
Decimal decimalFrom(const QVariant &v);

} // namespace kassa::shop
