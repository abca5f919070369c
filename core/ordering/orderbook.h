#pragma once

#include "core/common/result.h"
#include "core/journal/journaltypes.h"
#include "core/money/money.h"
#include "core/storage/sqlitefile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace kassa::journal {
class Journal;
}

namespace kassa::ordering {

// One scan-to-order order as the till hands it over.
struct ServiceOrder
{
    enum class State
    {
        Open,       // the invoice is out; not paid (yet)
        Paid,       // journaled as paid: to hand over
        HandedOver, // done
        Dropped,    // never paid (declined, canceled, timed out)
    };
    struct Row
    {
        QString description;
        QString quantity; // "2"
        Money total;
    };

    qint64 seq = 0; // bumped at every change, across all orders
    qint64 saleId = 0;
    QString invoiceReference;
    QString place; // "Table 7"
    State state = State::Open;
    qint64 orderNumber = 0; // the sale's receipt number
    QList<Row> rows;
    Money total;
    QDateTime paidAt;
    QDateTime handedOverAt;

    QJsonObject toJson() const;
    static std::optional<ServiceOrder> fromJson(const QJsonObject &o);
};

QString serviceOrderStateName(ServiceOrder::State state);

// kassa-web's book of scan-to-order orders (SQLite beside its journal,
// serviceorders.sqlite): written when the invoice goes out (so a restart knows the
// order's place), marked paid after the journal has the payment, handed over
// from a till. Every change takes the next sequence number, so a till that
// was away asks for what changed since the last one it saw. After a
// restart, reconcile() brings open orders in line with the journal (a
// payment finished by recovery becomes an order to hand over).
class OrderBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBook)

public:
    static Result<std::unique_ptr<OrderBook>> open(const QString &path);
    ~OrderBook() override;

    Status recordOpen(qint64 saleId, const QString &invoiceReference, const QString &place);
    // From the journal's completed sale: number, rows, total. Idempotent.
    Result<ServiceOrder> recordPaid(const journal::Sale &sale);
    Status recordDropped(qint64 saleId);
    // False when the order is not one to hand over (unknown, done already).
    Result<bool> recordHandedOver(qint64 saleId);
    // Open orders the journal has finished: paid or dropped. How many changed.
    int reconcile(const journal::Journal &journal);

    std::optional<ServiceOrder> order(qint64 saleId) const;
    QList<ServiceOrder> toHandOver() const;      // paid, oldest first
    QList<ServiceOrder> since(qint64 seq) const; // changed after seq (not Open)
    qint64 lastSeq() const;
    // The sales of every order the book holds, in any state and of any age
    // (one read of the key: quick for years of orders).
    QSet<qint64> saleIds() const;

Q_SIGNALS:
    void changed(qint64 saleId, qint64 seq);

private:
    explicit OrderBook(SqliteFile file);
    Status setState(qint64 saleId, ServiceOrder::State state, const QString &extraSql = {},
                    const QVariantList &extra = {});
    QList<ServiceOrder> select(const QString &where, const QVariantList &values) const;

    SqliteFile m_file;
};

} // namespace kassa::ordering
