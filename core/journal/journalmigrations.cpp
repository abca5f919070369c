#include "core/journal/journal.h"

#include "core/journal/journaldb.h"
#include "core/journal/journalschemasql.h"
#include "core/sale/rowtext.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kassa::journal {

using namespace detail;
using namespace schema;

namespace {

// One run of the migrations, inside their transaction: the schema the
// journal had, a block's statements, and the schema a block reached (the
// journal says so: "journal-created" at 1, "journal-migrated" after).
struct Migration
{
    explicit Migration(const Db &database)
        : db(database)
    {
        QSqlQuery v = db.run(u"PRAGMA user_version"_s);
        version = v.next() ? v.value(0).toInt() : 0;
        v.finish(); // no statement may be active while a table is dropped (schema 11)
    }
    template<typename Statements> void runAll(const Statements &statements) const
    {
        for (const char *statement : statements)
            db.run(QString::fromLatin1(statement));
    }
    void reached(int to) const
    {
        db.run(u"PRAGMA user_version="_s + QString::number(to));
        event(db, to == 1 ? u"journal-created"_s : u"journal-migrated"_s, {},
              u"schema "_s + QString::number(to));
    }

    const Db &db;
    int version = 0;
};

// Schemas 1 to 6.
void migrateToSix(const Migration &m)
{
    if (m.version < 1) {
        m.runAll(kSchemaV1);
        m.reached(1);
    }
    if (m.version < 2) {
        // Cash handed over, so a receipt can show the change.
        m.db.run(u"ALTER TABLE tenders ADD COLUMN tendered_minor INTEGER"_s);
        m.reached(2);
    }
    if (m.version < 3) {
        // Which rows a refund gave back, so a sale shows what is left per row.
        m.db.run(u"CREATE TABLE refund_rows(refund_id INTEGER NOT NULL REFERENCES refunds(id),"
                 " row_position INTEGER NOT NULL, quantity TEXT NOT NULL,"
                 " total_minor INTEGER NOT NULL)"_s);
        m.db.run(u"CREATE INDEX refund_rows_refund ON refund_rows(refund_id)"_s);
        m.reached(3);
    }
    if (m.version < 4) {
        // The outbox to the shop database: every completed sale, refund
        // and period gets the next per-journal sequence number in the
        // same transaction that records it (triggers, so no write path
        // can forget it). Earlier records are queued in time order.
        m.runAll(kSchemaV4);
        m.db.run(u"INSERT INTO journal_meta(key, value) VALUES('journal_id', ?)"_s,
                 {QUuid::createUuid().toString(QUuid::WithoutBraces)});
        m.reached(4);
    }
    if (m.version < 6) {
        m.runAll(kSchemaV6);
        m.reached(6);
    }
}

// Schemas 7 to 11.
void migrateToEleven(const Migration &m)
{
    if (m.version < 7) {
        // A refund's intent, journaled before SEQR is asked (issue 27).
        m.runAll(kSchemaV7);
        m.reached(7);
    }
    if (m.version < 8) {
        m.runAll(kSchemaV8);
        m.reached(8);
    }
    if (m.version < 9) {
        m.runAll(kSchemaV9);
        m.reached(9);
    }
    if (m.version < 10) {
        m.runAll(kSchemaV10);
        for (const char *table : kAppendOnlyV10) {
            const QString t = QString::fromLatin1(table);
            m.db.run(u"CREATE TRIGGER "_s + t + u"_kept BEFORE DELETE ON "_s + t +
                     u" BEGIN SELECT RAISE(ABORT, 'the journal keeps "_s + t + u"'); END"_s);
            m.db.run(u"CREATE TRIGGER "_s + t + u"_unchanged BEFORE UPDATE ON "_s + t +
                     u" BEGIN SELECT RAISE(ABORT, 'the journal keeps "_s + t + u"'); END"_s);
        }
        m.reached(10);
    }
    if (m.version < 11) {
        m.runAll(kSchemaV11);
        m.reached(11);
    }
}

// Rows keep their kind, not words (issue 27 item 11): the old bilingual
// discount texts ("Rabatt / Discount: Kaffe") become the kind and what they
// named.
void addRowKindsV15(const Db &db)
{
    for (const char *table : {"sale_rows", "proforma_rows"}) {
        const QString t = QString::fromLatin1(table);
        db.run(u"ALTER TABLE "_s + t + u" ADD COLUMN row_kind TEXT NOT NULL DEFAULT ''"_s);
        QSqlQuery old = db.run(u"SELECT rowid, description FROM "_s + t);
        QList<std::pair<QVariant, OldRowWords>> found;
        while (old.next()) {
            if (const auto words = oldRowWords(old.value(1).toString()))
                found.append({old.value(0), *words});
        }
        old.finish();
        for (const auto &[rowid, words] : found)
            db.run(u"UPDATE "_s + t + u" SET row_kind=?, description=? WHERE rowid=?"_s,
                   {rowKindName(words.kind), words.description, rowid});
    }
}

// Return receipts as events (13), row kinds (15), coupons given back (16).
void migrateToSixteen(const Migration &m)
{
    if (m.version < 13) {
        // Return receipts reach the shop database as events too (the
        // refund itself goes as before), so the shop's end of day and
        // the journal browser count them.
        m.db.run(u"CREATE TRIGGER outbox_return_receipts AFTER INSERT ON return_receipts BEGIN"
                 " INSERT INTO outbox(kind, record, at) VALUES('event', 'return_receipts:' ||"
                 " NEW.receipt_number, strftime('%Y-%m-%dT%H:%M:%fZ','now')); END"_s);
        // A return receipt gets its one copy too: a copy's sale may be
        // none (the table is made anew; SQLite cannot drop a NOT NULL).
        m.runAll(kReceiptCopiesV13);
        m.reached(13);
    }
    if (m.version < 15) {
        addRowKindsV15(m.db);
        m.reached(15);
    }
    if (m.version < 16) {
        m.runAll(kCouponReleasesV16);
        m.reached(16);
    }
}

// True when the journal's schema is this Kassa's, false when it must be
// migrated; an error when it cannot be used (a newer Kassa's, unreadable).
Result<bool> isCurrent(const Db &db, int schemaVersion)
{
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
        return version == schemaVersion;
    } catch (const SqlFailure &e) {
        return makeError(e.code, QString::fromStdString(e.what()));
    }
}

} // namespace

Status Journal::migrate()
{
    Db db(m_connection);
    const auto current = isCurrent(db, schemaVersion);
    if (!current)
        return current.error();
    if (*current)
        return Ok{};
    // Forward-only migrations, each in its own transaction.
    auto applied = db.transaction([&] {
        const Migration migration(db);
        const int version = migration.version;
        const auto runAll = [&](const auto &statements) { migration.runAll(statements); };
        const auto reached = [&](int to) { migration.reached(to); };
        migrateToSix(migration);
        migrateToEleven(migration);
        if (version < 12) {
            // The outbox's kinds gain 'event': SQLite cannot change a CHECK,
            // so the table is made anew with the same rows and sequence
            // (legacy renaming leaves the triggers that write to it alone).
            runAll(kOutboxV12);
            const QString now = u"strftime('%Y-%m-%dT%H:%M:%fZ','now')"_s;
            for (const char *table : kEventTablesV12) {
                const QString t = QString::fromLatin1(table);
                db.run(u"CREATE TRIGGER outbox_"_s + t + u" AFTER INSERT ON "_s + t +
                       u" BEGIN INSERT INTO outbox(kind, record, at) VALUES('event', '"_s + t +
                       u":' || NEW.rowid, "_s + now + u"); END"_s);
            }
            db.run(u"CREATE TRIGGER outbox_z_reports AFTER INSERT ON z_reports BEGIN INSERT INTO"
                   " outbox(kind, record, at) VALUES('event', 'z_reports:' || NEW.number, "_s +
                   now + u"); END"_s);
            db.run(u"CREATE TRIGGER outbox_training_sale AFTER UPDATE OF status ON sales"
                   " WHEN NEW.status='completed' AND OLD.status<>'completed' AND NEW.training"
                   " BEGIN INSERT INTO outbox(kind, record, at) VALUES('event',"
                   " 'training_sales:' || NEW.id, "_s +
                   now + u"); END"_s);
            reached(12);
        }
        migrateToSixteen(migration);
        return true;
    });
    if (!applied)
        return applied.error();
    return Ok{};
}

} // namespace kassa::journal
