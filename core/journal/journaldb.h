#pragma once

#include "core/journal/journaltypes.h"
#include "core/journal/loyaltytypes.h"
#include "core/storage/sqlrunner.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Internal to core/journal: what the journal's .cpp files share — the
// statement runner on the journal's connection, the event log line, and how
// times, money and invoice states are stored.
namespace kassa::journal::detail {

class Db : public SqlRunner
{
public:
    explicit Db(const QString &connection)
        : SqlRunner(connection, SqlRunner::sqlite)
    {}
};

// Runs `work` in one transaction: Ok, or why it failed (and was rolled back).
template<class Work> Status transact(const Db &db, Work work)
{
    auto done = db.transaction([&] {
        work();
        return true;
    });
    return done ? Status(Ok{}) : Status(done.error());
}

// The rows `select` finds, each made a T by `make(query)`, in one read.
template<class T, class Make>
Result<QList<T>> readList(const Db &db, const QString &select, const QVariantList &binds, Make make)
{
    return db.read([&] {
        QList<T> list;
        QSqlQuery q = db.run(select, binds);
        while (q.next())
            list.append(make(q));
        return list;
    });
}

// Each key `select` finds (its first column, in one read), made a T by
// `load(key)`, which reads on its own: the first failure is the answer.
template<class T, class Key, class Load>
Result<QList<T>> loadEach(const Db &db, const QString &select, const QVariantList &binds, Load load)
{
    const auto keys = readList<Key>(db, select, binds,
                                    [](const QSqlQuery &q) { return q.value(0).value<Key>(); });
    if (!keys)
        return keys.error();
    QList<T> list;
    for (const Key &key : *keys) {
        auto item = load(key);
        if (!item)
            return item.error();
        list.append(std::move(item).value());
    }
    return list;
}

// Appends to the append-only event log inside the caller's transaction.
void event(const Db &db, const QString &kind, const QString &ref, const QString &detail);

QString nowText();

// What a sale's row and a pro forma receipt's row store alike: description,
// ean, sku, quantity, unit, unit_price_minor, total_minor, tax_rate.
QVariantList rowColumns(const SaleRow &row);

// Inserts a sale's rows at positions firstPosition, firstPosition + 1, …
void insertSaleRows(const Db &db, qint64 saleId, const QList<SaleRow> &rows, int firstPosition);
using namespace kassa::sqlvalues; // timeText, timeFrom, moneyFrom, decimalFrom

// Stored in the journal (and in its event names, "invoice-paid"): the
// enum's key in lower case — open, paid, canceled, failed — as always.
QString stateText(InvoiceState s);
InvoiceState stateFrom(const QString &s);

// A sale's (or a pro forma receipt's) total and VAT per rate from its rows.
struct Totals
{
    Money total;
    QList<VatLine> vat;
};
Result<Totals> totalsOf(const QList<SaleRow> &rows);

// What a loyalty card or coupon gave a sale (and the coupon used), inside
// the caller's transaction (journalloyalty.cpp).
void insertLoyaltyDiscount(const Db &db, qint64 saleId, const QString &invoiceReference,
                           const LoyaltyDiscount &d);
QList<LoyaltyDiscount> loyaltyDiscountsOf(const Db &db, qint64 saleId);

} // namespace kassa::journal::detail
