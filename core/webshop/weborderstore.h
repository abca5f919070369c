#pragma once

#include "core/common/result.h"
#include "core/storage/sqlitefile.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace kassa::webshop {

// Which journaled sale each web order is, kept on disk (SQLite, beside the
// webshop's journal) so that the receipt link a phone got as backURL still
// opens after kassa-web restarts or forgot the order: the order's id (the
// unguessable part of the link) names the sale; everything shown is read
// from the journal. Written before the invoice is sent. Not thread-safe.
// A scan-to-order order also keeps its place (the table or shelf), so that
// after a restart the order still names it and an order whose invoice went
// out just before a crash can be put back in the order book.
class WebOrderStore final
{
public:
    struct Entry
    {
        QString orderId;
        qint64 saleId = 0;
        QString place;
        QDateTime createdAt;
    };

    static Result<std::unique_ptr<WebOrderStore>> open(const QString &path);
    ~WebOrderStore();
    Q_DISABLE_COPY_MOVE(WebOrderStore)

    Status remember(const QString &orderId, qint64 saleId, const QDateTime &createdAt,
                    const QString &place = {});
    // The order `orderId`: NotFound for an unknown id; StorageFailed or
    // StorageBusy when the file cannot be read now (the order may well be
    // there: say "try again", not "no such order").
    Result<Entry> entry(const QString &orderId) const;
    // The journal's sale of `orderId`; nullopt for an unknown id and when
    // the file cannot be read (entry() says which).
    std::optional<qint64> saleOf(const QString &orderId) const;
    // The order whose sale is `saleId`: NotFound when no order is;
    // StorageFailed or StorageBusy when the file cannot be read now.
    Result<QString> orderOf(qint64 saleId) const;
    // Orders with a place (scan to order) created at or after `since`, oldest first.
    QList<Entry> placedSince(const QDateTime &since) const;
    // Orders with a place, of any age, whose sale is not in `known`, oldest
    // first. Of the known ones only the sale id is read: years of orders
    // cost one pass over the table, and what is returned is normally none.
    QList<Entry> placedExcept(const QSet<qint64> &known) const;

private:
    explicit WebOrderStore(SqliteFile file);
    SqliteFile m_file;
};

} // namespace kassa::webshop
