#include "core/journal/journal.h"

#include "core/common/enumname.h"
#include "core/common/sqlitefile.h"
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <stdexcept>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "kassa.journal", QtInfoMsg)

namespace kassa::journal {

namespace {

// Thrown inside this file only: turns any failed statement into a rollback
// and a StorageFailed result.
struct SqlFailure : std::runtime_error
{
    explicit SqlFailure(const QString &what, const QSqlError &error = {})
        : std::runtime_error(what.toStdString())
        , nativeCode(error.nativeErrorCode().toInt())
    {}
    int nativeCode; // SQLite's (extended) result code, 0 when unknown
};

Error storageError(const QString &detail, int nativeCode)
{
    return makeError(
        isTransientSqlite(nativeCode) ? ErrorCode::StorageBusy : ErrorCode::StorageFailed, detail);
}

const char *const kSchemaV1[] = {
    "CREATE TABLE sales(id INTEGER PRIMARY KEY, receipt_number INTEGER UNIQUE,"
    " status TEXT NOT NULL CHECK(status IN ('open','completed','canceled')),"
    " created_at TEXT NOT NULL, completed_at TEXT, cashier_id TEXT NOT NULL DEFAULT '',"
    " currency TEXT NOT NULL, total_minor INTEGER NOT NULL)",
    "CREATE TABLE sale_rows(id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales(id),"
    " position INTEGER NOT NULL, description TEXT NOT NULL, ean TEXT NOT NULL DEFAULT '',"
    " sku TEXT NOT NULL DEFAULT '', quantity TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',"
    " unit_price_minor INTEGER NOT NULL, total_minor INTEGER NOT NULL, tax_rate TEXT NOT NULL)",
    "CREATE TABLE sale_vat(sale_id INTEGER NOT NULL REFERENCES sales(id), rate TEXT NOT NULL,"
    " gross_minor INTEGER NOT NULL, vat_minor INTEGER NOT NULL, net_minor INTEGER NOT NULL,"
    " PRIMARY KEY(sale_id, rate))",
    "CREATE TABLE tenders(id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales(id),"
    " kind TEXT NOT NULL CHECK(kind IN ('cash','seqr')), amount_minor INTEGER NOT NULL,"
    " currency TEXT NOT NULL, invoice_reference TEXT, ers_reference TEXT UNIQUE, payment_date "
    "TEXT)",
    "CREATE TABLE seqr_invoices(invoice_reference TEXT PRIMARY KEY,"
    " sale_id INTEGER NOT NULL REFERENCES sales(id),"
    " state TEXT NOT NULL CHECK(state IN ('open','paid','canceled','failed')),"
    " qr_code TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,"
    " ers_reference TEXT, receipt_submitted INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE refunds(id INTEGER PRIMARY KEY, original_ers_reference TEXT NOT NULL,"
    " refund_ers_reference TEXT NOT NULL UNIQUE, amount_minor INTEGER NOT NULL,"
    " currency TEXT NOT NULL, cashier_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)",
    "CREATE TABLE periods(id TEXT PRIMARY KEY, terminal_id TEXT NOT NULL DEFAULT '',"
    " closed_at TEXT NOT NULL)",
    "CREATE TABLE events(id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, kind TEXT NOT "
    "NULL,"
    " invoice_reference TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')",
    "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events"
    " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
    "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events"
    " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
    "CREATE INDEX seqr_invoices_state ON seqr_invoices(state)",
    "CREATE INDEX tenders_payment_date ON tenders(payment_date)",
    "CREATE INDEX refunds_original ON refunds(original_ers_reference)",
    "CREATE INDEX events_invoice ON events(invoice_reference)",
};

const char *const kSchemaV4[] = {
    "CREATE TABLE journal_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE outbox(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL CHECK(kind IN ('sale','refund','period')), record TEXT NOT NULL,"
    " at TEXT NOT NULL)",
    "INSERT INTO outbox(kind, record, at) SELECT kind, record, at FROM ("
    " SELECT 'sale' AS kind, CAST(id AS TEXT) AS record, completed_at AS at, 0 AS o"
    "  FROM sales WHERE status='completed'"
    " UNION ALL SELECT 'refund', CAST(id AS TEXT), created_at, 1 FROM refunds"
    " UNION ALL SELECT 'period', id, closed_at, 2 FROM periods) ORDER BY at, o, record",
    "CREATE TRIGGER outbox_sale AFTER UPDATE OF status ON sales"
    " WHEN NEW.status='completed' AND OLD.status<>'completed'"
    " BEGIN INSERT INTO outbox(kind, record, at)"
    " VALUES('sale', CAST(NEW.id AS TEXT), strftime('%Y-%m-%dT%H:%M:%fZ','now')); END",
    "CREATE TRIGGER outbox_refund AFTER INSERT ON refunds"
    " BEGIN INSERT INTO outbox(kind, record, at)"
    " VALUES('refund', CAST(NEW.id AS TEXT), strftime('%Y-%m-%dT%H:%M:%fZ','now')); END",
    "CREATE TRIGGER outbox_period AFTER INSERT ON periods"
    " BEGIN INSERT INTO outbox(kind, record, at)"
    " VALUES('period', NEW.id, strftime('%Y-%m-%dT%H:%M:%fZ','now')); END",
    "CREATE TRIGGER outbox_append_only_update BEFORE UPDATE ON outbox"
    " BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END",
    "CREATE TRIGGER outbox_append_only_delete BEFORE DELETE ON outbox"
    " BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END",
};

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

Money moneyFrom(const QVariant &minor, const QVariant &currency)
{
    const auto c = Currency::fromCode(currency.toString());
    return Money(minor.toLongLong(), c ? *c : Currency::sek());
}

Decimal decimalFrom(const QVariant &v)
{
    const auto d = Decimal::parse(v.toString());
    return d ? *d : Decimal();
}

// Stored in the journal (and in its event names, "invoice-paid"): the
// enum's key in lower case — open, paid, canceled, failed — as always.
QString stateText(InvoiceState s)
{
    return enumKey(s).toLower();
}

InvoiceState stateFrom(const QString &s)
{
    return enumFromText<InvoiceState>(s).value_or(InvoiceState::Open);
}

class Db
{
public:
    explicit Db(const QString &connection)
        : m_db(QSqlDatabase::database(connection, false))
    {}

    QSqlQuery run(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            throw SqlFailure(q.lastError().text() + u" in "_s + sql.left(60), q.lastError());
        for (const QVariant &b : binds) {
            // An absent text is stored as '', never NULL.
            if (b.typeId() == QMetaType::QString && b.toString().isNull())
                q.addBindValue(QString(u""_s));
            else
                q.addBindValue(b);
        }
        if (!q.exec())
            throw SqlFailure(q.lastError().text(), q.lastError());
        return q;
    }

    // Runs `work` in one transaction; any failure rolls everything back.
    template<class Work> auto transaction(Work work) const -> Result<decltype(work())>
    {
        if (!m_db.isOpen())
            return makeError(ErrorCode::StorageFailed, u"the journal is not open"_s);
        QSqlDatabase db = m_db;
        if (!db.transaction())
            return storageError(db.lastError().text(), db.lastError().nativeErrorCode().toInt());
        try {
            auto value = work();
            if (!db.commit())
                throw SqlFailure(db.lastError().text(), db.lastError());
            return value;
        } catch (const SqlFailure &e) {
            db.rollback();
            qCWarning(lcJournal) << "journal write failed:" << e.what();
            return storageError(QString::fromStdString(e.what()), e.nativeCode);
        }
    }

    // A read as a Result: a failed statement is an error, never an empty answer.
    template<class Work> auto read(Work work) const -> Result<decltype(work())>
    {
        if (!m_db.isOpen())
            return makeError(ErrorCode::StorageFailed, u"the journal is not open"_s);
        try {
            return work();
        } catch (const SqlFailure &e) {
            qCWarning(lcJournal) << "journal read failed:" << e.what();
            return storageError(QString::fromStdString(e.what()), e.nativeCode);
        }
    }

    // A read of one record: `work` answers std::nullopt when there is none,
    // which becomes NotFound — told apart from a journal that cannot be read.
    template<class Work>
    auto readOne(const QString &what, Work work) const
        -> Result<typename decltype(work())::value_type>
    {
        auto r = read(work);
        if (!r)
            return r.error();
        if (!r.value())
            return makeError(ErrorCode::NotFound, what + u" is not in the journal"_s);
        return std::move(*std::move(r).value());
    }

private:
    QSqlDatabase m_db;
};

void event(const Db &db, const QString &kind, const QString &ref, const QString &detail)
{
    db.run(u"INSERT INTO events(at, kind, invoice_reference, detail) VALUES(?,?,?,?)"_s,
           {nowText(), kind, ref, detail});
}

} // namespace

QString invoiceStateName(InvoiceState state)
{
    return stateText(state);
}

Journal::Journal(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{}

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot create the folder "_s + info.absolutePath());
    const QString connection = u"kassa-journal-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Journal> journal(new Journal(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return makeError(ErrorCode::StorageFailed, u"cannot open the journal "_s + path +
                                                           u": "_s + db.lastError().text());
    }
    if (auto migrated = journal->migrate(); !migrated)
        return migrated.error();
    return journal;
}

Status Journal::migrate()
{
    Db db(m_connection);
    try {
        db.run(u"PRAGMA journal_mode=WAL"_s);
        db.run(u"PRAGMA foreign_keys=ON"_s);
        db.run(u"PRAGMA synchronous=FULL"_s);
        QSqlQuery v = db.run(u"PRAGMA user_version"_s);
        const int version = v.next() ? v.value(0).toInt() : 0;
        if (version > schemaVersion)
            return makeError(ErrorCode::StorageFailed,
                             u"the journal was written by a newer Kassa (schema "_s +
                                 QString::number(version) + u"); this one knows "_s +
                                 QString::number(schemaVersion));
        if (version == schemaVersion)
            return Ok{};
    } catch (const SqlFailure &e) {
        return makeError(ErrorCode::StorageFailed, QString::fromStdString(e.what()));
    }
    // Forward-only migrations, each in its own transaction.
    auto applied = db.transaction([&] {
        QSqlQuery v = db.run(u"PRAGMA user_version"_s);
        const int version = v.next() ? v.value(0).toInt() : 0;
        if (version < 1) {
            for (const char *statement : kSchemaV1)
                db.run(QString::fromLatin1(statement));
            db.run(u"PRAGMA user_version=1"_s);
            event(db, u"journal-created"_s, {}, u"schema 1"_s);
        }
        if (version < 2) {
            // Cash handed over, so a receipt can show the change.
            db.run(u"ALTER TABLE tenders ADD COLUMN tendered_minor INTEGER"_s);
            db.run(u"PRAGMA user_version=2"_s);
            event(db, u"journal-migrated"_s, {}, u"schema 2"_s);
        }
        if (version < 3) {
            // Which rows a refund gave back, so a sale shows what is left per row.
            db.run(u"CREATE TABLE refund_rows(refund_id INTEGER NOT NULL REFERENCES refunds(id),"
                   " row_position INTEGER NOT NULL, quantity TEXT NOT NULL,"
                   " total_minor INTEGER NOT NULL)"_s);
            db.run(u"CREATE INDEX refund_rows_refund ON refund_rows(refund_id)"_s);
            db.run(u"PRAGMA user_version=3"_s);
            event(db, u"journal-migrated"_s, {}, u"schema 3"_s);
        }
        if (version < 4) {
            // The outbox to the shop database: every completed sale, refund
            // and period gets the next per-journal sequence number in the
            // same transaction that records it (triggers, so no write path
            // can forget it). Earlier records are queued in time order.
            for (const char *statement : kSchemaV4)
                db.run(QString::fromLatin1(statement));
            db.run(u"INSERT INTO journal_meta(key, value) VALUES('journal_id', ?)"_s,
                   {QUuid::createUuid().toString(QUuid::WithoutBraces)});
            db.run(u"PRAGMA user_version=4"_s);
            event(db, u"journal-migrated"_s, {}, u"schema 4"_s);
        }
        return true;
    });
    if (!applied)
        return applied.error();
    return Ok{};
}

namespace {

// Inserts an open sale with its rows and VAT inside the caller's transaction.
qint64 insertSale(const Db &db, const QString &cashierId, const QList<SaleRow> &rows,
                  const Money &total, const QList<VatLine> &vat)
{
    QSqlQuery q = db.run(u"INSERT INTO sales(status, created_at, cashier_id, currency, total_minor)"
                         " VALUES('open',?,?,?,?)"_s,
                         {nowText(), cashierId, total.currency().code(), total.minorUnits()});
    const qint64 saleId = q.lastInsertId().toLongLong();
    int position = 0;
    for (const SaleRow &row : rows) {
        db.run(u"INSERT INTO sale_rows(sale_id, position, description, ean, sku, quantity, unit,"
               " unit_price_minor, total_minor, tax_rate) VALUES(?,?,?,?,?,?,?,?,?,?)"_s,
               {saleId, position++, row.description, row.ean, row.sku, row.quantity.toString(),
                row.unit, row.unitPrice.minorUnits(), row.total.minorUnits(),
                row.taxRate.toString()});
    }
    for (const VatLine &line : vat) {
        db.run(
            u"INSERT INTO sale_vat(sale_id, rate, gross_minor, vat_minor, net_minor) VALUES(?,?,?,?,?)"_s,
            {saleId, line.ratePercent.toString(), line.gross.minorUnits(), line.vat.minorUnits(),
             line.net.minorUnits()});
    }
    event(db, u"sale-created"_s, {},
          u"sale "_s + QString::number(saleId) + u" total "_s + total.toDecimalString() + u' ' +
              total.currency().code());
    return saleId;
}

void insertCashTender(const Db &db, qint64 saleId, const Money &amount, const Money &tendered)
{
    db.run(
        u"INSERT INTO tenders(sale_id, kind, amount_minor, currency, payment_date,"
        " tendered_minor) VALUES(?,'cash',?,?,?,?)"_s,
        {saleId, amount.minorUnits(), amount.currency().code(), nowText(), tendered.minorUnits()});
}

qint64 completeSale(const Db &db, qint64 saleId)
{
    QSqlQuery next = db.run(u"SELECT COALESCE(MAX(receipt_number), 0) + 1 FROM sales"_s);
    next.next();
    const qint64 receiptNumber = next.value(0).toLongLong();
    db.run(u"UPDATE sales SET status='completed', receipt_number=?, completed_at=? WHERE id=?"_s,
           {receiptNumber, nowText(), saleId});
    return receiptNumber;
}

struct Totals
{
    Money total;
    QList<VatLine> vat;
};

Result<Totals> totalsOf(const QList<SaleRow> &rows)
{
    if (rows.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"a sale needs at least one row"_s);
    Money total(0, rows.first().total.currency());
    QList<GrossAtRate> gross;
    for (const SaleRow &row : rows) {
        auto sum = total.plus(row.total);
        if (!sum)
            return sum.error();
        total = *sum;
        gross.append({row.taxRate, row.total});
    }
    auto vat = vatBreakdown(gross);
    if (!vat)
        return vat.error();
    return Totals{total, *vat};
}

} // namespace

Result<qint64> Journal::createSale(const QString &cashierId, const QList<SaleRow> &rows)
{
    auto totals = totalsOf(rows);
    if (!totals)
        return totals.error();
    Db db(m_connection);
    return db.transaction(
        [&] { return insertSale(db, cashierId, rows, totals->total, totals->vat); });
}

Result<qint64> Journal::recordCashSale(const QString &cashierId, const QList<SaleRow> &rows,
                                       const Money &tendered)
{
    auto totals = totalsOf(rows);
    if (!totals)
        return totals.error();
    if (!totals->total.isPositive() && !totals->total.isZero())
        return makeError(ErrorCode::InvalidArgument, u"the total is negative"_s);
    if (!(tendered.currency() == totals->total.currency()))
        return makeError(ErrorCode::CurrencyMismatch, tendered.currency().code());
    if (tendered.minorUnits() < totals->total.minorUnits())
        return makeError(ErrorCode::InvalidArgument, u"less cash than the total"_s);
    Db db(m_connection);
    return db.transaction([&] {
        const qint64 saleId = insertSale(db, cashierId, rows, totals->total, totals->vat);
        insertCashTender(db, saleId, totals->total, tendered);
        const qint64 receipt = completeSale(db, saleId);
        event(db, u"sale-paid-cash"_s, {},
              u"sale "_s + QString::number(saleId) + u" receipt "_s + QString::number(receipt) +
                  u" tendered "_s + tendered.toDecimalString());
        return saleId;
    });
}

Status Journal::addCashTender(qint64 saleId, const Money &amount, const Money &tendered)
{
    Db db(m_connection);
    auto r = db.transaction([&] {
        insertCashTender(db, saleId, amount, tendered);
        event(db, u"cash-tendered"_s, {},
              u"sale "_s + QString::number(saleId) + u" cash "_s + amount.toDecimalString() +
                  u" tendered "_s + tendered.toDecimalString());
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Status Journal::recordSaleAbandoned(qint64 saleId, const QString &reason)
{
    Db db(m_connection);
    auto r = db.transaction([&] {
        db.run(u"UPDATE sales SET status='canceled' WHERE id=? AND status='open'"_s, {saleId});
        event(db, u"sale-abandoned"_s, {}, u"sale "_s + QString::number(saleId) + u": "_s + reason);
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Status Journal::recordInvoiceSent(qint64 saleId, const QString &invoiceReference,
                                  const QString &qrCode, const Money &amount)
{
    Db db(m_connection);
    auto r = db.transaction([&] {
        const QString now = nowText();
        db.run(u"INSERT INTO seqr_invoices(invoice_reference, sale_id, state, qr_code, "
               u"amount_minor, currency,"
               " created_at, updated_at) VALUES(?,?,'open',?,?,?,?,?)"_s,
               {invoiceReference, saleId, qrCode, amount.minorUnits(), amount.currency().code(),
                now, now});
        event(db, u"invoice-sent"_s, invoiceReference,
              u"sale "_s + QString::number(saleId) + u" amount "_s + amount.toDecimalString());
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Result<qint64> Journal::recordSeqrPaid(const QString &invoiceReference, const QString &ersReference,
                                       const QDateTime &paymentDate)
{
    Db db(m_connection);
    return db.transaction([&]() -> qint64 {
        QSqlQuery inv = db.run(u"SELECT sale_id, state, amount_minor, currency FROM seqr_invoices"
                               " WHERE invoice_reference=?"_s,
                               {invoiceReference});
        if (!inv.next())
            throw SqlFailure(u"unknown invoice "_s + invoiceReference);
        const qint64 saleId = inv.value(0).toLongLong();
        if (inv.value(1).toString() == u"paid") {
            QSqlQuery existing = db.run(u"SELECT receipt_number FROM sales WHERE id=?"_s, {saleId});
            return existing.next() ? existing.value(0).toLongLong() : 0;
        }
        const QString now = nowText();
        db.run(
            u"UPDATE seqr_invoices SET state='paid', ers_reference=?, updated_at=? WHERE invoice_reference=?"_s,
            {ersReference, now, invoiceReference});
        db.run(u"INSERT INTO tenders(sale_id, kind, amount_minor, currency, invoice_reference, "
               u"ers_reference,"
               " payment_date) VALUES(?,'seqr',?,?,?,?,?)"_s,
               {saleId, inv.value(2), inv.value(3), invoiceReference, ersReference,
                timeText(paymentDate.isValid() ? paymentDate : QDateTime::currentDateTimeUtc())});
        const qint64 receiptNumber = completeSale(db, saleId);
        event(db, u"invoice-paid"_s, invoiceReference,
              u"ersReference "_s + ersReference + u" receipt "_s + QString::number(receiptNumber));
        return receiptNumber;
    });
}

Status Journal::recordInvoiceEnded(const QString &invoiceReference, InvoiceState state,
                                   const QString &reason)
{
    Q_ASSERT(state == InvoiceState::Canceled || state == InvoiceState::Failed);
    Db db(m_connection);
    auto r = db.transaction([&] {
        QSqlQuery inv =
            db.run(u"SELECT sale_id, state FROM seqr_invoices WHERE invoice_reference=?"_s,
                   {invoiceReference});
        if (!inv.next())
            throw SqlFailure(u"unknown invoice "_s + invoiceReference);
        if (inv.value(1).toString() == u"paid")
            throw SqlFailure(u"invoice "_s + invoiceReference + u" is already recorded as paid"_s);
        db.run(u"UPDATE seqr_invoices SET state=?, updated_at=? WHERE invoice_reference=?"_s,
               {stateText(state), nowText(), invoiceReference});
        db.run(u"UPDATE sales SET status='canceled' WHERE id=? AND status='open'"_s,
               {inv.value(0)});
        event(db, u"invoice-"_s + stateText(state), invoiceReference, reason);
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Status Journal::recordReceiptSubmitted(const QString &invoiceReference)
{
    Db db(m_connection);
    auto r = db.transaction([&] {
        db.run(
            u"UPDATE seqr_invoices SET receipt_submitted=1, updated_at=? WHERE invoice_reference=?"_s,
            {nowText(), invoiceReference});
        event(db, u"receipt-submitted"_s, invoiceReference, {});
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

namespace {
SeqrInvoice invoiceFrom(const QSqlQuery &q)
{
    SeqrInvoice i;
    i.invoiceReference = q.value(0).toString();
    i.saleId = q.value(1).toLongLong();
    i.state = stateFrom(q.value(2).toString());
    i.qrCode = q.value(3).toString();
    i.amount = moneyFrom(q.value(4), q.value(5));
    i.ersReference = q.value(6).toString();
    i.receiptSubmitted = q.value(7).toBool();
    i.createdAt = timeFrom(q.value(8));
    return i;
}
constexpr auto kInvoiceColumns =
    "SELECT invoice_reference, sale_id, state, qr_code, amount_minor, currency,"
    " ers_reference, receipt_submitted, created_at FROM seqr_invoices ";
} // namespace

Result<QList<SeqrInvoice>> Journal::invoicesInFlight() const
{
    Db db(m_connection);
    return db.read([&] {
        QList<SeqrInvoice> list;
        // Open invoices, and paid ones whose receipt SEQR has not confirmed.
        QSqlQuery q = db.run(
            QString::fromLatin1(kInvoiceColumns) +
            u"WHERE state='open' OR (state='paid' AND receipt_submitted=0) ORDER BY created_at"_s);
        while (q.next())
            list.append(invoiceFrom(q));
        return list;
    });
}

Result<SeqrInvoice> Journal::invoice(const QString &invoiceReference) const
{
    Db db(m_connection);
    return db.readOne(u"invoice "_s + invoiceReference, [&]() -> std::optional<SeqrInvoice> {
        QSqlQuery q = db.run(QString::fromLatin1(kInvoiceColumns) + u"WHERE invoice_reference=?"_s,
                             {invoiceReference});
        if (!q.next())
            return std::nullopt;
        return invoiceFrom(q);
    });
}

Result<Sale> Journal::sale(qint64 saleId) const
{
    Db db(m_connection);
    return db.readOne(u"sale "_s + QString::number(saleId), [&]() -> std::optional<Sale> {
        QSqlQuery q = db.run(
            u"SELECT id, receipt_number, status, created_at, completed_at, cashier_id, currency,"
            " total_minor FROM sales WHERE id=?"_s,
            {saleId});
        if (!q.next())
            return std::nullopt;
        Sale s;
        s.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            s.receiptNumber = q.value(1).toLongLong();
        const QString status = q.value(2).toString();
        s.status = status == u"completed"  ? SaleStatus::Completed
                   : status == u"canceled" ? SaleStatus::Canceled
                                           : SaleStatus::Open;
        s.createdAt = timeFrom(q.value(3));
        s.completedAt = timeFrom(q.value(4));
        s.cashierId = q.value(5).toString();
        s.total = moneyFrom(q.value(7), q.value(6));
        const QVariant currency = q.value(6);
        QSqlQuery rows =
            db.run(u"SELECT description, ean, sku, quantity, unit, unit_price_minor, total_minor,"
                   " tax_rate FROM sale_rows WHERE sale_id=? ORDER BY position"_s,
                   {saleId});
        while (rows.next())
            s.rows.append(SaleRow{rows.value(0).toString(), rows.value(1).toString(),
                                  rows.value(2).toString(), decimalFrom(rows.value(3)),
                                  rows.value(4).toString(), moneyFrom(rows.value(5), currency),
                                  moneyFrom(rows.value(6), currency), decimalFrom(rows.value(7))});
        QSqlQuery vat = db.run(
            u"SELECT rate, gross_minor, vat_minor, net_minor FROM sale_vat WHERE sale_id=?"_s,
            {saleId});
        while (vat.next())
            s.vat.append(VatLine{decimalFrom(vat.value(0)), moneyFrom(vat.value(1), currency),
                                 moneyFrom(vat.value(2), currency),
                                 moneyFrom(vat.value(3), currency)});
        std::sort(s.vat.begin(), s.vat.end(),
                  [](const VatLine &a, const VatLine &b) { return b.ratePercent < a.ratePercent; });
        QSqlQuery tenders =
            db.run(u"SELECT kind, amount_minor, currency, invoice_reference, ers_reference,"
                   " payment_date, tendered_minor FROM tenders WHERE sale_id=? ORDER BY id"_s,
                   {saleId});
        while (tenders.next()) {
            const Money amount = moneyFrom(tenders.value(1), tenders.value(2));
            s.tenders.append(
                Tender{tenders.value(0).toString() == u"seqr" ? TenderKind::Seqr : TenderKind::Cash,
                       amount, tenders.value(3).toString(), tenders.value(4).toString(),
                       timeFrom(tenders.value(5)),
                       tenders.value(6).isNull() ? amount
                                                 : moneyFrom(tenders.value(6), tenders.value(2))});
        }
        return s;
    });
}

Result<Sale> Journal::saleByReceiptNumber(qint64 receiptNumber) const
{
    Db db(m_connection);
    const auto id =
        db.readOne(u"receipt "_s + QString::number(receiptNumber), [&]() -> std::optional<qint64> {
            QSqlQuery q = db.run(u"SELECT id FROM sales WHERE receipt_number=?"_s, {receiptNumber});
            if (!q.next())
                return std::nullopt;
            return q.value(0).toLongLong();
        });
    return id ? sale(*id) : Result<Sale>(id.error());
}

Result<Sale> Journal::saleByErsReference(const QString &ersReference) const
{
    Db db(m_connection);
    const auto id = db.readOne(u"SEQR payment "_s + ersReference, [&]() -> std::optional<qint64> {
        QSqlQuery q = db.run(u"SELECT sale_id FROM tenders WHERE kind='seqr' AND ers_reference=?"_s,
                             {ersReference});
        if (!q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    });
    return id ? sale(*id) : Result<Sale>(id.error());
}

Result<std::optional<qint64>> Journal::lastReceiptNumber() const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<qint64> {
        QSqlQuery q = db.run(u"SELECT MAX(receipt_number) FROM sales"_s);
        if (!q.next() || q.value(0).isNull())
            return std::nullopt;
        return q.value(0).toLongLong();
    });
}

Result<QList<Sale>> Journal::sales(const QDateTime &since) const
{
    Db db(m_connection);
    const auto ids = db.read([&] {
        QList<qint64> list;
        QSqlQuery q = db.run(u"SELECT id FROM sales WHERE created_at >= ? ORDER BY id"_s,
                             {since.isValid() ? timeText(since) : QString()});
        while (q.next())
            list.append(q.value(0).toLongLong());
        return list;
    });
    if (!ids)
        return ids.error();
    QList<Sale> list;
    for (qint64 id : *ids) {
        auto s = sale(id);
        if (!s)
            return s.error();
        list.append(std::move(s).value());
    }
    return list;
}

Result<Money> Journal::refundable(const QString &ersReference) const
{
    Db db(m_connection);
    std::optional<Money> paid;
    Money refunded;
    try {
        QSqlQuery t = db.run(
            u"SELECT amount_minor, currency FROM tenders WHERE kind='seqr' AND ers_reference=?"_s,
            {ersReference});
        if (t.next())
            paid = moneyFrom(t.value(0), t.value(1));
        if (!paid)
            return makeError(ErrorCode::NotFound,
                             u"no SEQR payment "_s + ersReference + u" in the journal"_s);
        QSqlQuery r = db.run(
            u"SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE original_ers_reference=?"_s,
            {ersReference});
        r.next();
        refunded = Money(r.value(0).toLongLong(), paid->currency());
    } catch (const SqlFailure &e) {
        return makeError(ErrorCode::StorageFailed, QString::fromStdString(e.what()));
    }
    return paid->minus(refunded);
}

Status Journal::recordRefund(const QString &originalErsReference, const QString &refundErsReference,
                             const Money &amount, const QString &cashierId,
                             const QList<RefundRow> &rows)
{
    Db db(m_connection);
    auto r = db.transaction([&] {
        QSqlQuery q = db.run(
            u"INSERT INTO refunds(original_ers_reference, refund_ers_reference, amount_minor, "
            u"currency,"
            " cashier_id, created_at) VALUES(?,?,?,?,?,?)"_s,
            {originalErsReference, refundErsReference, amount.minorUnits(),
             amount.currency().code(), cashierId, nowText()});
        const qint64 refundId = q.lastInsertId().toLongLong();
        for (const RefundRow &row : rows)
            db.run(u"INSERT INTO refund_rows(refund_id, row_position, quantity, total_minor)"
                   " VALUES(?,?,?,?)"_s,
                   {refundId, row.position, row.quantity.toString(), row.total.minorUnits()});
        event(db, u"refund"_s, {},
              u"refund "_s + refundErsReference + u" of "_s + originalErsReference + u" amount "_s +
                  amount.toDecimalString());
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Result<QList<RefundRow>> Journal::refundedRows(const QString &originalErsReference) const
{
    Db db(m_connection);
    return db.read([&] {
        QList<RefundRow> list;
        QSqlQuery q = db.run(
            u"SELECT rr.row_position, rr.quantity, rr.total_minor, r.currency FROM refund_rows rr"
            " JOIN refunds r ON r.id = rr.refund_id WHERE r.original_ers_reference=?"
            " ORDER BY r.id, rr.row_position"_s,
            {originalErsReference});
        while (q.next())
            list.append(RefundRow{q.value(0).toInt(), decimalFrom(q.value(1)),
                                  moneyFrom(q.value(2), q.value(3))});
        return list;
    });
}

Result<QList<Refund>> Journal::refunds(const QDateTime &since) const
{
    Db db(m_connection);
    return db.read([&] {
        QList<Refund> list;
        QSqlQuery q = db.run(
            u"SELECT id, original_ers_reference, refund_ers_reference, amount_minor, currency,"
            " cashier_id, created_at FROM refunds WHERE created_at >= ? ORDER BY id"_s,
            {since.isValid() ? timeText(since) : QString()});
        while (q.next())
            list.append(Refund{q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(), moneyFrom(q.value(3), q.value(4)),
                               q.value(5).toString(), timeFrom(q.value(6))});
        return list;
    });
}

Status Journal::recordPeriod(const Period &period)
{
    Db db(m_connection);
    auto r = db.transaction([&] {
        db.run(u"INSERT INTO periods(id, terminal_id, closed_at) VALUES(?,?,?)"_s,
               {period.id, period.terminalId, timeText(period.closedAt)});
        event(db, u"period-closed"_s, {}, u"transactionPeriodId "_s + period.id);
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Result<std::optional<Period>> Journal::lastPeriod(bool perTerminal) const
{
    Db db(m_connection);
    return db.read([&]() -> std::optional<Period> {
        QSqlQuery q = db.run(
            perTerminal ? u"SELECT id, terminal_id, closed_at FROM periods WHERE terminal_id <> ''"
                          " ORDER BY closed_at DESC LIMIT 1"_s
                        : u"SELECT id, terminal_id, closed_at FROM periods WHERE terminal_id = ''"
                          " ORDER BY closed_at DESC LIMIT 1"_s);
        if (!q.next())
            return std::nullopt;
        return Period{q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2))};
    });
}

Result<QList<SeqrMovement>> Journal::seqrMovements(const QDateTime &after,
                                                   const QDateTime &upTo) const
{
    Db db(m_connection);
    const QString from = after.isValid() ? timeText(after) : QString();
    const QString to = timeText(upTo);
    return db.read([&] {
        QList<SeqrMovement> list;
        QSqlQuery t = db.run(
            u"SELECT ers_reference, amount_minor, currency, payment_date FROM tenders"
            " WHERE kind='seqr' AND payment_date > ? AND payment_date <= ? ORDER BY payment_date"_s,
            {from, to});
        while (t.next())
            list.append(SeqrMovement{t.value(0).toString(), moneyFrom(t.value(1), t.value(2)),
                                     timeFrom(t.value(3)), false});
        QSqlQuery r =
            db.run(u"SELECT refund_ers_reference, amount_minor, currency, created_at FROM refunds"
                   " WHERE created_at > ? AND created_at <= ? ORDER BY created_at"_s,
                   {from, to});
        while (r.next())
            list.append(SeqrMovement{r.value(0).toString(),
                                     moneyFrom(-r.value(1).toLongLong(), r.value(2)),
                                     timeFrom(r.value(3)), true});
        return list;
    });
}

Status Journal::appendEvent(const QString &kind, const QString &invoiceReference,
                            const QString &detail)
{
    Db db(m_connection);
    auto r = db.transaction([&] {
        event(db, kind, invoiceReference, detail);
        return true;
    });
    return r ? Status(Ok{}) : Status(r.error());
}

Result<QStringList> Journal::events(const QString &invoiceReference) const
{
    Db db(m_connection);
    return db.read([&] {
        QStringList list;
        QSqlQuery q = db.run(u"SELECT kind FROM events WHERE invoice_reference=? ORDER BY id"_s,
                             {invoiceReference});
        while (q.next())
            list.append(q.value(0).toString());
        return list;
    });
}

Result<QString> Journal::journalId() const
{
    Db db(m_connection);
    return db.read([&] {
        QSqlQuery q = db.run(u"SELECT value FROM journal_meta WHERE key='journal_id'"_s);
        return q.next() ? q.value(0).toString() : QString();
    });
}

Result<QList<OutboxEntry>> Journal::outbox(qint64 afterSeq, int limit) const
{
    Db db(m_connection);
    try {
        QList<OutboxEntry> list;
        QSqlQuery q =
            db.run(u"SELECT seq, kind, record, at FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                   {afterSeq, limit});
        while (q.next()) {
            const QString kind = q.value(1).toString();
            list.append(OutboxEntry{q.value(0).toLongLong(),
                                    kind == u"sale"     ? OutboxEntry::Kind::Sale
                                    : kind == u"refund" ? OutboxEntry::Kind::Refund
                                                        : OutboxEntry::Kind::Period,
                                    q.value(2).toString(), timeFrom(q.value(3))});
        }
        return list;
    } catch (const SqlFailure &e) {
        return makeError(ErrorCode::StorageFailed, QString::fromStdString(e.what()));
    }
}

Result<qint64> Journal::lastOutboxSeq() const
{
    Db db(m_connection);
    try {
        QSqlQuery q = db.run(u"SELECT COALESCE(MAX(seq), 0) FROM outbox"_s);
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    } catch (const SqlFailure &e) {
        return makeError(ErrorCode::StorageFailed, QString::fromStdString(e.what()));
    }
}

Result<Refund> Journal::refund(qint64 refundId) const
{
    Db db(m_connection);
    return db.readOne(u"refund "_s + QString::number(refundId), [&]() -> std::optional<Refund> {
        QSqlQuery q = db.run(
            u"SELECT id, original_ers_reference, refund_ers_reference, amount_minor, currency,"
            " cashier_id, created_at FROM refunds WHERE id=?"_s,
            {refundId});
        if (!q.next())
            return std::nullopt;
        return Refund{q.value(0).toLongLong(), q.value(1).toString(),
                      q.value(2).toString(),   moneyFrom(q.value(3), q.value(4)),
                      q.value(5).toString(),   timeFrom(q.value(6))};
    });
}

Result<Period> Journal::period(const QString &periodId) const
{
    Db db(m_connection);
    return db.readOne(u"period "_s + periodId, [&]() -> std::optional<Period> {
        QSqlQuery q =
            db.run(u"SELECT id, terminal_id, closed_at FROM periods WHERE id=?"_s, {periodId});
        if (!q.next())
            return std::nullopt;
        return Period{q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2))};
    });
}

} // namespace kassa::journal
