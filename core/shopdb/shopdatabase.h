#pragma once

#include "core/catalog/catalog.h"
#include "core/common/result.h"
#include "core/money/vat.h"
#include "core/shopdb/shopdatabaseconfig.h"
#include "core/shopdb/shoptypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace kassa::shopdb {

// The shop's PostgreSQL database (QtSql's QPSQL driver), shared by all its
// terminals: the one catalog, and every terminal's sales, refunds and periods
// as copied from their journals. Each method is one transaction; a failure
// rolls it back and returns ConnectionProblem (the server cannot be reached
// or went away) or StorageFailed. The schema has a version and migrates
// forward only (under an advisory lock, so tills starting together do not
// race); a database from a newer Kassa is refused, not touched.
//
// Owns a named connection of its own: use it from the thread that opened it.
// Calls block while the server answers (or for at most the connect timeout
// when it does not), so a till uses it from ShopSync's worker thread only.
class ShopDatabase
{
public:
    static constexpr int schemaVersion = 4;

    static Result<std::unique_ptr<ShopDatabase>> open(const ShopDatabaseConfig &config);
    ~ShopDatabase();
    ShopDatabase(const ShopDatabase &) = delete;
    ShopDatabase &operator=(const ShopDatabase &) = delete;

    const ShopDatabaseConfig &config() const { return m_config; }
    int version() const;

    // --- terminals and their records ---------------------------------------
    // Records the till's contact (and what its journal holds up to
    // `recordedSeq`); returns the highest sequence number already delivered.
    Result<qint64> announce(const TillIdentity &till, qint64 recordedSeq);
    // Stores `records` (in sequence order) in one transaction. Idempotent: a
    // record the database already holds is left as it is, so a resend after a
    // lost connection, a restart or a kill is harmless. Returns the delivered
    // sequence number afterwards.
    Result<qint64> deliver(const TillIdentity &till, const QList<ShopRecord> &records,
                           qint64 recordedSeq);
    // Every terminal the shop has heard of, by name.
    Result<QList<TillProgress>> progress() const;

    // --- the catalog ---------------------------------------------------------
    // Adds or replaces products by EAN in one transaction; unchanged ones keep
    // their revision. Returns the number of products changed.
    Result<int> importProducts(const QList<catalog::Product> &products);
    Status removeProducts(const QStringList &eans);
    struct ProductChanges
    {
        QList<catalog::Product> changed;
        QStringList removed; // EANs
        qint64 revision = 0; // the catalog's revision these changes bring a copy to
    };
    // What changed after `revision` (everything for 0).
    Result<ProductChanges> productChanges(qint64 revision) const;
    Result<qint64> catalogRevision() const;

    // --- the shop as a whole ---------------------------------------------------
    // Completed sales of all terminals created in [since, until) (until
    // invalid: up to now), oldest first.
    // With `terminalId`: that till's only. Without `withRows` the sales'
    // rows are not read (totals, VAT and tenders are: a Z report's needs).
    Result<QList<ShopSale>> sales(const QDateTime &since, const QDateTime &until = {},
                                  const QString &terminalId = {}, bool withRows = true) const;
    // What a Z report needs of the sales completed in (after, upTo] (of
    // `terminalId` only, when given), added up by the database: count and
    // total per UTC hour, totals per tender kind and VAT per rate.
    struct SalesFigures
    {
        struct Hour
        {
            QDateTime start; // UTC
            int count = 0;
            qint64 totalMinor = 0;
        };
        QList<Hour> hours;
        qint64 cashMinor = 0;
        qint64 seqrMinor = 0;
        QList<VatLine> vat;
    };
    Result<SalesFigures> salesFigures(const QDateTime &after, const QDateTime &upTo,
                                      const Currency &currency,
                                      const QString &terminalId = {}) const;
    // Refunds of all terminals (or of `terminalId`) made in (after, upTo].
    Result<QList<journal::Refund>> refundsBetween(const QDateTime &after, const QDateTime &upTo,
                                                  const QString &terminalId = {}) const;
    Result<std::optional<ShopSale>> saleByErsReference(const QString &ersReference) const;
    // The refunds of a SEQR payment made at any till, with their rows and
    // cash parts (the terminal's refund ids, not this journal's).
    Result<QList<journal::Refund>> refunds(const QString &originalErsReference) const;
    // Paid minus refunded at any till (SEQR payments).
    Result<Money> refundable(const QString &ersReference) const;
    // SEQR payments and refunds of all terminals (or of `terminalId`) in
    // (after, upTo], for reconciliation.
    Result<QList<journal::SeqrMovement>> seqrMovements(const QDateTime &after,
                                                       const QDateTime &upTo,
                                                       const QString &terminalId = {}) const;
    // The tills' events (drawer openings, float changes, voided carts, price
    // changes, Z reports, receipt copies, training sales) in [from, to), of
    // every till but `exceptTillId` (or of `terminalId` alone), by time.
    Result<QList<ShopEvent>> events(const QDateTime &from, const QDateTime &to,
                                    const QString &terminalId = {},
                                    const QString &exceptTillId = {}) const;
    // The sale of any till that used the coupon `code` (case-insensitive),
    // or none: coupons are good once in the whole shop (shopcoupons.cpp).
    Result<std::optional<ShopCouponUse>> couponUse(const QString &code) const;
    // Claims the coupon `code` for `till` (handed over there, its sale not
    // delivered yet): none when it is this till's now (or was already, not
    // used by a delivered sale); else the use of another till (or of a
    // delivered sale) that holds it. Its sale's delivery completes the claim.
    Result<std::optional<ShopCouponUse>> claimCoupon(const QString &code, const TillIdentity &till);
    // Frees `till`'s claim of a coupon no delivered sale used (its sale was
    // voided); another till's claim or a used coupon is left as it is.
    Status releaseCoupon(const QString &code, const TillIdentity &till);
    // The latest shop period (terminalId empty) or the latest of `terminalId`.
    Result<std::optional<journal::Period>> lastPeriod(const QString &terminalId = {}) const;

    // --- the manager's journal browser (shopdatabasejournal.cpp) ----------------
    struct JournalQuery
    {
        QDateTime from; // sales completed, refunds made in [from, to)
        QDateTime to;
        // Empty: everything; else the receipt number, a SEQR reference (of the
        // payment or the refund), an item's description or EAN, or the
        // terminal's name or SEQR terminal id contains it (case-insensitive).
        QString text;
        QString exceptTillId; // leave this journal's records out (the browser has them)
        int limit = 500;      // at most this many sales, and as many refunds
    };
    struct JournalPage
    {
        QList<ShopSale> sales;     // with rows, VAT and tenders; oldest first
        QList<ShopRefund> refunds; // oldest first
        bool truncated = false;    // more matched than `limit`
    };
    Result<JournalPage> journal(const JournalQuery &query) const;

private:
    ShopDatabase(ShopDatabaseConfig config, QString connection);
    Status migrate();

    ShopDatabaseConfig m_config;
    QString m_connection;
};

} // namespace kassa::shopdb
