#include "core/shopdb/shopdatabase.h"

#include "core/sale/rowtext.h"
#include "core/shopdb/shopsql.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcShopDb, "kassa.shopdb", QtInfoMsg)

namespace kassa::shopdb {

namespace {

// Forward-only migrations; schema n is kSchema[n - 1]. Times are timestamptz,
// money integer minor units with their currency, decimals (quantities, VAT
// rates) exact text as in the journal.
const QList<QList<const char *>> kSchema = {
    {
        "CREATE FUNCTION kassa_time(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS"
        " $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$",
        "CREATE TABLE tills(till_id text PRIMARY KEY, terminal_id text NOT NULL DEFAULT '',"
        " name text NOT NULL DEFAULT '', kind text NOT NULL DEFAULT 'till',"
        " last_seq bigint NOT NULL DEFAULT 0, local_seq bigint NOT NULL DEFAULT 0,"
        " last_contact timestamptz, last_delivery timestamptz)",
        "CREATE TABLE sales(till_id text NOT NULL REFERENCES tills, sale_id bigint NOT NULL,"
        " seq bigint NOT NULL, terminal_id text NOT NULL DEFAULT '', receipt_number bigint NOT "
        "NULL,"
        " created_at timestamptz NOT NULL, completed_at timestamptz NOT NULL,"
        " cashier_id text NOT NULL DEFAULT '', currency text NOT NULL, total_minor bigint NOT NULL,"
        " delivered_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY(till_id, sale_id),"
        " UNIQUE(till_id, receipt_number))",
        "CREATE INDEX sales_created ON sales(created_at)",
        "CREATE TABLE sale_rows(till_id text NOT NULL, sale_id bigint NOT NULL,"
        " position integer NOT NULL, description text NOT NULL, ean text NOT NULL DEFAULT '',"
        " sku text NOT NULL DEFAULT '', quantity text NOT NULL, unit text NOT NULL DEFAULT '',"
        " unit_price_minor bigint NOT NULL, total_minor bigint NOT NULL, tax_rate text NOT NULL,"
        " PRIMARY KEY(till_id, sale_id, position),"
        " FOREIGN KEY(till_id, sale_id) REFERENCES sales)",
        "CREATE TABLE sale_vat(till_id text NOT NULL, sale_id bigint NOT NULL, rate text NOT NULL,"
        " gross_minor bigint NOT NULL, vat_minor bigint NOT NULL, net_minor bigint NOT NULL,"
        " PRIMARY KEY(till_id, sale_id, rate), FOREIGN KEY(till_id, sale_id) REFERENCES sales)",
        "CREATE TABLE tenders(till_id text NOT NULL, sale_id bigint NOT NULL,"
        " position integer NOT NULL, kind text NOT NULL CHECK(kind IN ('cash','seqr')),"
        " amount_minor bigint NOT NULL, currency text NOT NULL,"
        " invoice_reference text NOT NULL DEFAULT '', ers_reference text NOT NULL DEFAULT '',"
        " payment_date timestamptz, tendered_minor bigint NOT NULL,"
        " PRIMARY KEY(till_id, sale_id, position), FOREIGN KEY(till_id, sale_id) REFERENCES sales)",
        "CREATE INDEX tenders_ers ON tenders(ers_reference) WHERE ers_reference <> ''",
        "CREATE INDEX tenders_payment_date ON tenders(payment_date) WHERE kind = 'seqr'",
        "CREATE TABLE refunds(till_id text NOT NULL REFERENCES tills, refund_id bigint NOT NULL,"
        " seq bigint NOT NULL, terminal_id text NOT NULL DEFAULT '',"
        " original_ers_reference text NOT NULL, refund_ers_reference text NOT NULL,"
        " amount_minor bigint NOT NULL, currency text NOT NULL, cashier_id text NOT NULL DEFAULT "
        "'',"
        " created_at timestamptz NOT NULL, PRIMARY KEY(till_id, refund_id))",
        "CREATE INDEX refunds_original ON refunds(original_ers_reference)",
        "CREATE INDEX refunds_created ON refunds(created_at)",
        "CREATE TABLE periods(till_id text NOT NULL REFERENCES tills, period_id text NOT NULL,"
        " seq bigint NOT NULL, terminal_id text NOT NULL DEFAULT '',"
        " closed_at timestamptz NOT NULL, PRIMARY KEY(till_id, period_id))",
        "CREATE SEQUENCE catalog_revision",
        "CREATE TABLE products(ean text PRIMARY KEY, sku text NOT NULL DEFAULT '',"
        " name text NOT NULL, price_minor bigint NOT NULL, currency text NOT NULL,"
        " tax_rate text NOT NULL, by_weight boolean NOT NULL DEFAULT false,"
        " deleted boolean NOT NULL DEFAULT false, revision bigint NOT NULL,"
        " updated_at timestamptz NOT NULL DEFAULT now())",
        "CREATE INDEX products_revision ON products(revision)",
    },
    {
        // 2: what each refund gave back of each row and in cash, so a row
        // refunded at one till is not refunded again at another.
        "ALTER TABLE refunds ADD COLUMN cash_minor bigint NOT NULL DEFAULT 0",
        "CREATE TABLE refund_rows(till_id text NOT NULL, refund_id bigint NOT NULL,"
        " row_position integer NOT NULL, quantity text NOT NULL, total_minor bigint NOT NULL,"
        " PRIMARY KEY(till_id, refund_id, row_position),"
        " FOREIGN KEY(till_id, refund_id) REFERENCES refunds)",
        // The events an inspector reads besides sales and refunds (a till's
        // journal schema 12): drawer openings, float changes, voided carts,
        // price changes, Z reports, receipt copies, training sales.
        "CREATE TABLE till_events(till_id text NOT NULL REFERENCES tills, record text NOT NULL,"
        " seq bigint NOT NULL, terminal_id text NOT NULL DEFAULT '', kind text NOT NULL,"
        " at timestamptz NOT NULL, cashier_id text NOT NULL DEFAULT '', amount_minor bigint,"
        " currency text, reference text NOT NULL DEFAULT '', detail text NOT NULL DEFAULT '',"
        " PRIMARY KEY(till_id, record))",
        "CREATE INDEX till_events_at ON till_events(at)",
    },
    {
        // 3: rows keep their kind, not words (journal schema 15); the old
        // bilingual discount texts become the kind and what they named.
        "ALTER TABLE sale_rows ADD COLUMN row_kind text NOT NULL DEFAULT ''",
        "UPDATE sale_rows SET row_kind='row-discount', description=substr(description, 20)"
        " WHERE description LIKE 'Rabatt / Discount: %'",
        "UPDATE sale_rows SET row_kind='receipt-discount', description=''"
        " WHERE description LIKE 'Kvittorabatt / Receipt discount %'",
    },
    {
        // 4: coupons are good once in the whole shop: each code with the
        // till that took it (upper case, as the journals keep them) and the
        // sale that used it — 0 while that till's sale is not delivered
        // (a till claims a coupon when it is handed over, before its sale).
        "CREATE TABLE used_coupons(code text PRIMARY KEY, till_id text NOT NULL REFERENCES tills,"
        " terminal_id text NOT NULL DEFAULT '', sale_id bigint NOT NULL,"
        " used_at timestamptz NOT NULL)",
    },
};

// Serialises migrations of tills that start at the same moment.
constexpr qint64 kMigrationLock = 0x4b61737361; // "Kassa"

} // namespace

ShopDatabase::ShopDatabase(ShopDatabaseConfig config, QString connection)
    : m_config(std::move(config))
    , m_connection(std::move(connection))
{}

ShopDatabase::~ShopDatabase()
{
    closeConnection(m_connection);
}

Result<std::unique_ptr<ShopDatabase>> ShopDatabase::open(const ShopDatabaseConfig &config)
{
    if (!config.isEnabled())
        return makeError(ErrorCode::InvalidArgument, u"no shop database is configured"_s);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return makeError(ErrorCode::StorageFailed,
                         u"Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is "
                         "not installed"_s);
    auto password = config.password();
    if (!password)
        return password.error();
    const QString connection = u"kassa-shop-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<ShopDatabase> shop(new ShopDatabase(config, connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.name);
        db.setUserName(config.user);
        db.setPassword(*password);
        QString options = u"connect_timeout="_s + QString::number(config.connectTimeoutSeconds) +
                          u";application_name=kassa"_s;
        if (!config.sslMode.isEmpty())
            options += u";sslmode="_s + config.sslMode;
        db.setConnectOptions(options);
        if (!db.open()) {
            // libpq's message names the host and the reason, never the password.
            const QString why = db.lastError().text();
            qCInfo(lcShopDb) << "cannot reach the shop database" << config.displayName() << why;
            return makeError(ErrorCode::ConnectionProblem, u"cannot reach the shop database "_s +
                                                               config.displayName() + u": "_s +
                                                               why);
        }
        db.setPassword(QString());
    }
    if (auto migrated = shop->migrate(); !migrated)
        return migrated.error();
    return shop;
}

Status ShopDatabase::migrate()
{
    Sql sql(m_connection);
    int from = 0;
    auto applied = sql.transaction([&] {
        sql.run(u"SELECT pg_advisory_xact_lock(?)"_s, {kMigrationLock});
        QSqlQuery exists = sql.run(u"SELECT to_regclass('kassa_schema') IS NOT NULL"_s);
        if (!exists.next() || !exists.value(0).toBool())
            sql.run(u"CREATE TABLE kassa_schema(version integer NOT NULL)"_s);
        QSqlQuery v = sql.run(u"SELECT version FROM kassa_schema"_s);
        from = v.next() ? v.value(0).toInt() : 0;
        if (from > schemaVersion)
            return false;
        if (from == 0)
            sql.run(u"INSERT INTO kassa_schema(version) VALUES(0)"_s);
        for (int version = from + 1; version <= schemaVersion; ++version) {
            for (const char *statement : kSchema[version - 1])
                sql.run(QString::fromLatin1(statement));
            sql.run(u"UPDATE kassa_schema SET version=?"_s, {version});
        }
        return true;
    });
    if (!applied)
        return applied.error();
    if (!*applied)
        return makeError(ErrorCode::StorageFailed,
                         u"the shop database was set up by a newer Kassa (schema "_s +
                             QString::number(from) + u"); this one knows "_s +
                             QString::number(schemaVersion));
    if (from < schemaVersion)
        qCInfo(lcShopDb) << "shop database" << m_config.displayName() << "migrated from schema"
                         << from << "to" << schemaVersion;
    return Ok{};
}

int ShopDatabase::version() const
{
    Sql sql(m_connection);
    auto v = sql.read([&] {
        QSqlQuery q = sql.run(u"SELECT version FROM kassa_schema"_s);
        return q.next() ? q.value(0).toInt() : 0;
    });
    return v.valueOr(0);
}

namespace {

void touchTill(const Sql &sql, const TillIdentity &till, qint64 recordedSeq)
{
    sql.run(u"INSERT INTO tills(till_id, terminal_id, name, kind, local_seq, last_contact)"
            " VALUES(?,?,?,?,?,now()) ON CONFLICT(till_id) DO UPDATE SET"
            " terminal_id=EXCLUDED.terminal_id, name=EXCLUDED.name, kind=EXCLUDED.kind,"
            " local_seq=GREATEST(tills.local_seq, EXCLUDED.local_seq), last_contact=now()"_s,
            {till.tillId, till.terminalId, till.name, till.kind, recordedSeq});
}

void insertSale(const Sql &sql, const TillIdentity &till, qint64 seq, const journal::Sale &s)
{
    QSqlQuery inserted = sql.run(
        u"INSERT INTO sales(till_id, sale_id, seq, terminal_id, receipt_number, created_at,"
        " completed_at, cashier_id, currency, total_minor)"
        " VALUES(?,?,?,?,?,?::timestamptz,?::timestamptz,?,?,?)"
        " ON CONFLICT(till_id, sale_id) DO NOTHING RETURNING sale_id"_s,
        {till.tillId, s.id, seq, till.terminalId, s.receiptNumber.value_or(0),
         timeText(s.createdAt), timeText(s.completedAt.isValid() ? s.completedAt : s.createdAt),
         s.cashierId, s.total.currency().code(), s.total.minorUnits()});
    if (!inserted.next())
        return; // already there: a resend
    int position = 0;
    for (const journal::SaleRow &r : s.rows)
        sql.run(u"INSERT INTO sale_rows(till_id, sale_id, position, description, ean, sku,"
                " quantity, unit, unit_price_minor, total_minor, tax_rate, row_kind)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"_s,
                {till.tillId, s.id, position++, r.description, r.ean, r.sku, r.quantity.toString(),
                 r.unit, r.unitPrice.minorUnits(), r.total.minorUnits(), r.taxRate.toString(),
                 rowKindName(r.kind)});
    for (const VatLine &v : s.vat)
        sql.run(u"INSERT INTO sale_vat(till_id, sale_id, rate, gross_minor, vat_minor, net_minor)"
                " VALUES(?,?,?,?,?,?)"_s,
                {till.tillId, s.id, v.ratePercent.toString(), v.gross.minorUnits(),
                 v.vat.minorUnits(), v.net.minorUnits()});
    position = 0;
    for (const journal::LoyaltyDiscount &d : s.loyalty) {
        if (d.isCoupon)
            sql.run(u"INSERT INTO used_coupons(code, till_id, terminal_id, sale_id, used_at)"
                    " VALUES(?,?,?,?,?::timestamptz) ON CONFLICT(code) DO UPDATE SET"
                    " sale_id=EXCLUDED.sale_id, used_at=EXCLUDED.used_at"
                    " WHERE used_coupons.till_id=EXCLUDED.till_id AND used_coupons.sale_id=0"_s,
                    {d.value.toUpper(), till.tillId, till.terminalId, s.id,
                     timeText(s.completedAt.isValid() ? s.completedAt : s.createdAt)});
    }
    for (const journal::Tender &t : s.tenders)
        sql.run(u"INSERT INTO tenders(till_id, sale_id, position, kind, amount_minor, currency,"
                " invoice_reference, ers_reference, payment_date, tendered_minor)"
                " VALUES(?,?,?,?,?,?,?,?,?::timestamptz,?)"_s,
                {till.tillId, s.id, position++,
                 t.kind == journal::TenderKind::Seqr ? u"seqr"_s : u"cash"_s, t.amount.minorUnits(),
                 t.amount.currency().code(), t.invoiceReference, t.ersReference,
                 t.paymentDate.isValid() ? QVariant(timeText(t.paymentDate)) : QVariant(),
                 (t.kind == journal::TenderKind::Cash ? t.tendered : t.amount).minorUnits()});
}

void insertRefund(const Sql &sql, const TillIdentity &till, qint64 seq, const journal::Refund &f)
{
    QSqlQuery inserted =
        sql.run(u"INSERT INTO refunds(till_id, refund_id, seq, terminal_id, original_ers_reference,"
                " refund_ers_reference, amount_minor, currency, cashier_id, created_at, cash_minor)"
                " VALUES(?,?,?,?,?,?,?,?,?,?::timestamptz,?)"
                " ON CONFLICT(till_id, refund_id) DO NOTHING RETURNING refund_id"_s,
                {till.tillId, f.id, seq, till.terminalId, f.originalErsReference,
                 f.refundErsReference, f.amount.minorUnits(), f.amount.currency().code(),
                 f.cashierId, timeText(f.createdAt), f.cash.minorUnits()});
    if (!inserted.next())
        return; // already there: a resend
    for (const journal::RefundRow &row : f.rows)
        sql.run(u"INSERT INTO refund_rows(till_id, refund_id, row_position, quantity, total_minor)"
                " VALUES(?,?,?,?,?)"_s,
                {till.tillId, f.id, row.position, row.quantity.toString(), row.total.minorUnits()});
}

// A coupon the till gave back (journal schema 16): frees its claim, unless
// the till claimed the coupon again after it gave it back.
void releaseClaim(const Sql &sql, const TillIdentity &till, const journal::TillEvent &e)
{
    sql.run(u"DELETE FROM used_coupons WHERE code=? AND till_id=? AND sale_id=0"
            " AND used_at<=?::timestamptz"_s,
            {e.reference.trimmed().toUpper(), till.tillId, timeText(e.at)});
}

} // namespace

Result<qint64> ShopDatabase::announce(const TillIdentity &till, qint64 recordedSeq)
{
    return deliver(till, {}, recordedSeq);
}

Result<qint64> ShopDatabase::deliver(const TillIdentity &till, const QList<ShopRecord> &records,
                                     qint64 recordedSeq)
{
    Sql sql(m_connection);
    return sql.transaction([&]() -> qint64 {
        touchTill(sql, till, recordedSeq);
        // Locks this till's row: a second sender for the same journal (a
        // restarted till while the killed one's transaction still lingers)
        // waits here and then skips what the first delivered.
        QSqlQuery last =
            sql.run(u"SELECT last_seq FROM tills WHERE till_id=? FOR UPDATE"_s, {till.tillId});
        qint64 delivered = last.next() ? last.value(0).toLongLong() : 0;
        if (records.isEmpty())
            return delivered;
        qint64 highest = delivered;
        for (const ShopRecord &r : records) {
            if (r.seq <= delivered)
                continue;
            if (r.sale) {
                insertSale(sql, till, r.seq, *r.sale);
            } else if (r.refund) {
                insertRefund(sql, till, r.seq, *r.refund);
            } else if (r.event) {
                const journal::TillEvent &e = *r.event;
                sql.run(u"INSERT INTO till_events(till_id, record, seq, terminal_id, kind, at,"
                        " cashier_id, amount_minor, currency, reference, detail)"
                        " VALUES(?,?,?,?,?,?::timestamptz,?,?,?,?,?)"
                        " ON CONFLICT(till_id, record) DO NOTHING"_s,
                        {till.tillId, e.record, r.seq, till.terminalId, e.kind, timeText(e.at),
                         e.cashierId, e.amount ? QVariant(e.amount->minorUnits()) : QVariant(),
                         e.amount ? QVariant(e.amount->currency().code()) : QVariant(), e.reference,
                         e.detail});
                if (e.kind == u"coupon-release")
                    releaseClaim(sql, till, e);
            } else if (r.period) {
                sql.run(
                    u"INSERT INTO periods(till_id, period_id, seq, terminal_id, closed_at)"
                    " VALUES(?,?,?,?,?::timestamptz) ON CONFLICT(till_id, period_id) DO NOTHING"_s,
                    {till.tillId, r.period->id, r.seq, r.period->terminalId,
                     timeText(r.period->closedAt)});
            }
            highest = std::max(highest, r.seq);
        }
        sql.run(u"UPDATE tills SET last_seq=?, last_delivery=now(),"
                " local_seq=GREATEST(local_seq, ?) WHERE till_id=?"_s,
                {highest, highest, till.tillId});
        return highest;
    });
}

Result<QList<TillProgress>> ShopDatabase::progress() const
{
    Sql sql(m_connection);
    return sql.read([&] {
        QList<TillProgress> list;
        QSqlQuery q = sql.run(u"SELECT till_id, terminal_id, name, kind, last_seq, local_seq, "
                              u"kassa_time(last_contact),"
                              " kassa_time(last_delivery) FROM tills ORDER BY name, till_id"_s);
        while (q.next()) {
            TillProgress p;
            p.till = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString()};
            p.delivered = q.value(4).toLongLong();
            p.recorded = q.value(5).toLongLong();
            p.lastContact = timeFrom(q.value(6));
            p.lastDelivery = timeFrom(q.value(7));
            list.append(p);
        }
        return list;
    });
}

} // namespace kassa::shopdb
