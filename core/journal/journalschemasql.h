#pragma once

// The SQL of the journal's schema steps, one array per step (see
// Journal::migrate() in journalmigrations.cpp, the only reader): the data
// of the migrations apart from their order and logic.

namespace kassa::journal::schema {

inline constexpr const char *kSchemaV1[] = {
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

inline constexpr const char *kSchemaV4[] = {
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

// The control unit's signature of each receipt (SKVFS 2014:9): a row waits
// from the moment a sale completes (a trigger, so no write path can forget
// it) while the till has a control unit, and is signed once with the code
// and the unit's number before the receipt is printed. A signed row stays.
inline constexpr const char *kSchemaV6[] = {
    "CREATE TABLE receipt_signatures(id INTEGER PRIMARY KEY,"
    " sale_id INTEGER REFERENCES sales(id), serial_number INTEGER NOT NULL,"
    " type TEXT NOT NULL CHECK(type IN ('normal','kopia','ovning','profo')),"
    " state TEXT NOT NULL CHECK(state IN ('waiting','signed')),"
    " figures TEXT NOT NULL DEFAULT '', control_code TEXT NOT NULL DEFAULT '',"
    " unit_id TEXT NOT NULL DEFAULT '', requested_at TEXT NOT NULL, signed_at TEXT,"
    " UNIQUE(serial_number, type))",
    "CREATE INDEX receipt_signatures_state ON receipt_signatures(state)",
    "CREATE TRIGGER receipt_signature_of_sale AFTER UPDATE OF status ON sales"
    " WHEN NEW.status='completed' AND OLD.status<>'completed' AND EXISTS(SELECT 1 FROM"
    " journal_meta WHERE key='control_unit' AND value='required')"
    " BEGIN INSERT OR IGNORE INTO receipt_signatures(sale_id, serial_number, type, state,"
    " requested_at) VALUES(NEW.id, NEW.receipt_number, 'normal', 'waiting',"
    " strftime('%Y-%m-%dT%H:%M:%fZ','now')); END",
    "CREATE TRIGGER receipt_signatures_signed_stays BEFORE UPDATE ON receipt_signatures"
    " WHEN OLD.state='signed' BEGIN SELECT RAISE(ABORT, 'a signed receipt stays signed'); END",
    "CREATE TRIGGER receipt_signatures_kept BEFORE DELETE ON receipt_signatures"
    " BEGIN SELECT RAISE(ABORT, 'receipt signatures are kept'); END",
};

inline constexpr const char *kSchemaV7[] = {
    "CREATE TABLE refund_intents(id INTEGER PRIMARY KEY,"
    " original_ers_reference TEXT NOT NULL, client_reference TEXT NOT NULL UNIQUE,"
    " amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, cashier_id TEXT NOT NULL DEFAULT '',"
    " rows TEXT NOT NULL DEFAULT '', cash_minor INTEGER NOT NULL DEFAULT 0,"
    " state TEXT NOT NULL CHECK(state IN ('pending','done','in-doubt','failed')),"
    " refund_ers_reference TEXT, detail TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX refund_intents_original ON refund_intents(original_ers_reference, state)",
    // A resolved intent stays as it was resolved.
    "CREATE TRIGGER refund_intents_resolved_stays BEFORE UPDATE ON refund_intents"
    " WHEN OLD.state IN ('done','failed')"
    " BEGIN SELECT RAISE(ABORT, 'a resolved refund stays resolved'); END",
    "CREATE TRIGGER refund_intents_kept BEFORE DELETE ON refund_intents"
    " BEGIN SELECT RAISE(ABORT, 'refund intents are kept'); END",
    // SEQR periods marked only to read its report (refunds in doubt), not
    // closes: a till's next close reads their reports too.
    "CREATE TABLE seqr_checkpoints(period_id TEXT PRIMARY KEY, terminal_id TEXT NOT NULL,"
    " marked_at TEXT NOT NULL)",
};

// A completed sale's signature request, its type from the sale's training
// flag (schema 8). Schema 11 drops it to rebuild receipt_signatures and
// makes it again as it was.
inline constexpr const char *kReceiptSignatureOfSaleV8 =
    "CREATE TRIGGER receipt_signature_of_sale AFTER UPDATE OF status ON sales"
    " WHEN NEW.status='completed' AND OLD.status<>'completed' AND EXISTS(SELECT 1 FROM"
    " journal_meta WHERE key='control_unit' AND value='required')"
    " BEGIN INSERT OR IGNORE INTO receipt_signatures(sale_id, serial_number, type, state,"
    " requested_at) VALUES(NEW.id, NEW.receipt_number,"
    " CASE WHEN NEW.training THEN 'ovning' ELSE 'normal' END, 'waiting',"
    " strftime('%Y-%m-%dT%H:%M:%fZ','now')); END";

// Copies, training and pro forma receipts (issue 29): a sale's training
// flag, one copy per receipt, pro forma receipts numbered in a series of
// their own with their rows. A training sale's receipt is signed as
// "ovning"; copies and pro forma receipts wait for their signature in the
// transaction that records them (Journal::recordCopy, recordProForma).
inline constexpr const char *kSchemaV8[] = {
    "ALTER TABLE sales ADD COLUMN training INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE receipt_copies(id INTEGER PRIMARY KEY,"
    " receipt_number INTEGER NOT NULL UNIQUE, sale_id INTEGER NOT NULL REFERENCES sales(id),"
    " cashier_id TEXT NOT NULL DEFAULT '', made_at TEXT NOT NULL)",
    "CREATE TRIGGER receipt_copies_kept BEFORE DELETE ON receipt_copies"
    " BEGIN SELECT RAISE(ABORT, 'receipt copies are kept'); END",
    "CREATE TRIGGER receipt_copies_unchanged BEFORE UPDATE ON receipt_copies"
    " BEGIN SELECT RAISE(ABORT, 'receipt copies are kept'); END",
    "CREATE TABLE proforma_receipts(number INTEGER PRIMARY KEY, made_at TEXT NOT NULL,"
    " cashier_id TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL, total_minor INTEGER NOT NULL,"
    " training INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE proforma_rows(number INTEGER NOT NULL REFERENCES proforma_receipts(number),"
    " position INTEGER NOT NULL, description TEXT NOT NULL, ean TEXT, sku TEXT,"
    " quantity TEXT NOT NULL, unit TEXT, unit_price_minor INTEGER NOT NULL,"
    " total_minor INTEGER NOT NULL, tax_rate TEXT NOT NULL)",
    "CREATE TABLE proforma_vat(number INTEGER NOT NULL REFERENCES proforma_receipts(number),"
    " rate TEXT NOT NULL, gross_minor INTEGER NOT NULL, vat_minor INTEGER NOT NULL,"
    " net_minor INTEGER NOT NULL)",
    "CREATE TRIGGER proforma_receipts_kept BEFORE DELETE ON proforma_receipts"
    " BEGIN SELECT RAISE(ABORT, 'pro forma receipts are kept'); END",
    // Training sales stay on the till: the shop database's sales are real ones.
    "DROP TRIGGER outbox_sale",
    "CREATE TRIGGER outbox_sale AFTER UPDATE OF status ON sales"
    " WHEN NEW.status='completed' AND OLD.status<>'completed' AND NOT NEW.training"
    " BEGIN INSERT INTO outbox(kind, record, at)"
    " VALUES('sale', CAST(NEW.id AS TEXT), strftime('%Y-%m-%dT%H:%M:%fZ','now')); END",
    "DROP TRIGGER receipt_signature_of_sale",
    kReceiptSignatureOfSaleV8,
};

// Loyalty cards and coupons: what each gave a sale (once per sale and
// token), the coupons used (each once), and the invoice as the till changed
// it for the tokens SEQR brought, until SEQR accepts the change.
inline constexpr const char *kSchemaV9[] = {
    "CREATE TABLE loyalty_discounts(id INTEGER PRIMARY KEY,"
    " sale_id INTEGER NOT NULL REFERENCES sales(id), invoice_reference TEXT NOT NULL DEFAULT '',"
    " token_type TEXT NOT NULL, token_value TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL CHECK(kind IN ('card','coupon')),"
    " source TEXT NOT NULL CHECK(source IN ('app','till')), amount_minor INTEGER NOT NULL,"
    " currency TEXT NOT NULL, points INTEGER NOT NULL DEFAULT 0, applied_at TEXT NOT NULL,"
    " UNIQUE(sale_id, token_type, token_value))",
    "CREATE TABLE used_coupons(code TEXT PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES"
    " sales(id), used_at TEXT NOT NULL)",
    "CREATE TABLE invoice_updates(invoice_reference TEXT PRIMARY KEY REFERENCES"
    " seqr_invoices(invoice_reference), sale_id INTEGER NOT NULL REFERENCES sales(id),"
    " tokens TEXT NOT NULL, state TEXT NOT NULL CHECK(state IN ('pending','acknowledged')),"
    " updated_at TEXT NOT NULL)",
    "CREATE INDEX loyalty_discounts_sale ON loyalty_discounts(sale_id)",
};

// The Swedish day reports and the inspector's journal (SKVFS 2014:9):
// drawer openings with their cause, the cash float and its changes, carts
// voided with rows (unfinished sales), price changes, the Z reports with
// their running number and grand totals; each row's main group, service
// flag and discount flag. All append-only.
inline constexpr const char *kSchemaV10[] = {
    "CREATE TABLE drawer_openings(id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
    " cause TEXT NOT NULL CHECK(cause IN ('cash-sale','cash-refund','float','no-sale')),"
    " reference TEXT NOT NULL DEFAULT '', cashier_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE float_changes(id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
    " float_minor INTEGER NOT NULL, change_minor INTEGER NOT NULL, currency TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '', cashier_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE voided_carts(id INTEGER PRIMARY KEY, at TEXT NOT NULL, rows INTEGER NOT NULL,"
    " amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, cashier_id TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE price_changes(id INTEGER PRIMARY KEY, at TEXT NOT NULL, ean TEXT NOT NULL,"
    " name TEXT NOT NULL, old_price_minor INTEGER, new_price_minor INTEGER NOT NULL,"
    " currency TEXT NOT NULL, source TEXT NOT NULL)",
    "CREATE TABLE z_reports(number INTEGER PRIMARY KEY, taken_at TEXT NOT NULL, from_at TEXT,"
    " currency TEXT NOT NULL, sales_minor INTEGER NOT NULL, returns_minor INTEGER NOT NULL,"
    " grand_sales_minor INTEGER NOT NULL, grand_returns_minor INTEGER NOT NULL,"
    " grand_net_minor INTEGER NOT NULL, report TEXT NOT NULL)",
    "ALTER TABLE sale_rows ADD COLUMN product_group TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sale_rows ADD COLUMN service INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sale_rows ADD COLUMN discount INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX drawer_openings_at ON drawer_openings(at)",
    "CREATE INDEX float_changes_at ON float_changes(at)",
};

// Return receipts (SKVFS 2014:9 ch. 7 § 1): every refund gets a receipt of
// its own whose serial number comes from the till's one unbroken series,
// the sales' series (a trigger, so no write path can forget it); with a
// control unit it waits for its signature (type retur; a training sale's
// return: ovning) in the same transaction. Refunds made before this schema
// keep no number (their receipts were printed without one). The signatures'
// types gain 'retur': the table is rebuilt (SQLite cannot change a CHECK).
inline constexpr const char *kSchemaV11[] = {
    "CREATE TABLE return_receipts(receipt_number INTEGER PRIMARY KEY,"
    " refund_id INTEGER NOT NULL UNIQUE REFERENCES refunds(id), made_at TEXT NOT NULL,"
    " training INTEGER NOT NULL DEFAULT 0)",
    "CREATE TRIGGER return_receipts_kept BEFORE DELETE ON return_receipts"
    " BEGIN SELECT RAISE(ABORT, 'the journal keeps return_receipts'); END",
    "CREATE TRIGGER return_receipts_unchanged BEFORE UPDATE ON return_receipts"
    " BEGIN SELECT RAISE(ABORT, 'the journal keeps return_receipts'); END",
    "DROP TRIGGER receipt_signature_of_sale",
    "CREATE TABLE receipt_signatures_v11(id INTEGER PRIMARY KEY,"
    " sale_id INTEGER REFERENCES sales(id), serial_number INTEGER NOT NULL,"
    " type TEXT NOT NULL CHECK(type IN ('normal','kopia','ovning','profo','retur')),"
    " state TEXT NOT NULL CHECK(state IN ('waiting','signed')),"
    " figures TEXT NOT NULL DEFAULT '', control_code TEXT NOT NULL DEFAULT '',"
    " unit_id TEXT NOT NULL DEFAULT '', requested_at TEXT NOT NULL, signed_at TEXT,"
    " UNIQUE(serial_number, type))",
    "INSERT INTO receipt_signatures_v11(id, sale_id, serial_number, type, state, figures,"
    " control_code, unit_id, requested_at, signed_at) SELECT id, sale_id, serial_number, type,"
    " state, figures, control_code, unit_id, requested_at, signed_at FROM receipt_signatures",
    "DROP TABLE receipt_signatures",
    "ALTER TABLE receipt_signatures_v11 RENAME TO receipt_signatures",
    "CREATE INDEX receipt_signatures_state ON receipt_signatures(state)",
    "CREATE TRIGGER receipt_signatures_signed_stays BEFORE UPDATE ON receipt_signatures"
    " WHEN OLD.state='signed' BEGIN SELECT RAISE(ABORT, 'a signed receipt stays signed'); END",
    "CREATE TRIGGER receipt_signatures_kept BEFORE DELETE ON receipt_signatures"
    " BEGIN SELECT RAISE(ABORT, 'receipt signatures are kept'); END",
    kReceiptSignatureOfSaleV8,
    // Who changed a price (an edit in the manager's tools; empty for an import).
    "ALTER TABLE price_changes ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "CREATE TRIGGER return_receipt_of_refund AFTER INSERT ON refunds"
    " BEGIN INSERT INTO return_receipts(receipt_number, refund_id, made_at, training)"
    " VALUES(MAX((SELECT COALESCE(MAX(receipt_number), 0) FROM sales),"
    " (SELECT COALESCE(MAX(receipt_number), 0) FROM return_receipts)) + 1, NEW.id,"
    " NEW.created_at, COALESCE((SELECT s.training FROM tenders t JOIN sales s"
    " ON s.id = t.sale_id WHERE t.ers_reference = NEW.original_ers_reference), 0));"
    " INSERT OR IGNORE INTO receipt_signatures(sale_id, serial_number, type, state,"
    " requested_at) SELECT NULL, r.receipt_number,"
    " CASE WHEN r.training THEN 'ovning' ELSE 'retur' END, 'waiting',"
    " strftime('%Y-%m-%dT%H:%M:%fZ','now') FROM return_receipts r WHERE r.refund_id = NEW.id"
    " AND EXISTS(SELECT 1 FROM journal_meta WHERE key='control_unit' AND value='required');"
    " END",
};

// The shop database carries what an inspector reads besides sales and
// refunds (issue 29 item 6): every drawer opening, float change, voided
// cart, price change, Z report, receipt copy and training sale goes into the
// outbox as an event "<table>:<id>" in the transaction that records it.
inline constexpr const char *kEventTablesV12[] = {
    "drawer_openings", "float_changes", "voided_carts", "price_changes", "receipt_copies"};

inline constexpr const char *kOutboxV12[] = {
    "PRAGMA legacy_alter_table=ON",
    "CREATE TABLE outbox_v12(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL CHECK(kind IN ('sale','refund','period','event')),"
    " record TEXT NOT NULL, at TEXT NOT NULL)",
    "INSERT INTO outbox_v12(seq, kind, record, at) SELECT seq, kind, record, at FROM outbox",
    "DROP TABLE outbox",
    "ALTER TABLE outbox_v12 RENAME TO outbox",
    "PRAGMA legacy_alter_table=OFF",
    "CREATE TRIGGER outbox_append_only_update BEFORE UPDATE ON outbox"
    " BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END",
    "CREATE TRIGGER outbox_append_only_delete BEFORE DELETE ON outbox"
    " BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END",
};

inline constexpr const char *kReceiptCopiesV13[] = {
    "CREATE TABLE receipt_copies_v13(id INTEGER PRIMARY KEY,"
    " receipt_number INTEGER NOT NULL UNIQUE, sale_id INTEGER REFERENCES sales(id),"
    " cashier_id TEXT NOT NULL DEFAULT '', made_at TEXT NOT NULL)",
    "INSERT INTO receipt_copies_v13(id, receipt_number, sale_id, cashier_id, made_at)"
    " SELECT id, receipt_number, sale_id, cashier_id, made_at FROM receipt_copies",
    "DROP TABLE receipt_copies",
    "ALTER TABLE receipt_copies_v13 RENAME TO receipt_copies",
    "CREATE TRIGGER receipt_copies_kept BEFORE DELETE ON receipt_copies"
    " BEGIN SELECT RAISE(ABORT, 'receipt copies are kept'); END",
    "CREATE TRIGGER receipt_copies_unchanged BEFORE UPDATE ON receipt_copies"
    " BEGIN SELECT RAISE(ABORT, 'receipt copies are kept'); END",
    "CREATE TRIGGER outbox_receipt_copies AFTER INSERT ON receipt_copies BEGIN INSERT INTO"
    " outbox(kind, record, at) VALUES('event', 'receipt_copies:' || NEW.rowid,"
    " strftime('%Y-%m-%dT%H:%M:%fZ','now')); END",
};

inline constexpr const char *kAppendOnlyV10[] = {"drawer_openings", "float_changes", "voided_carts",
                                                 "price_changes", "z_reports"};

// A coupon given back (schema 16): taken off a sale that was voided, a web
// cart that expired or an order that was not paid. It reaches the shop
// database as an event, which frees this till's claim there even when the
// database was away at the moment (the outbox keeps it across restarts). A
// sale that ends unpaid no longer counts its coupons as used.
inline constexpr const char *kCouponReleasesV16[] = {
    "CREATE TABLE IF NOT EXISTS coupon_releases(id INTEGER PRIMARY KEY, code TEXT NOT NULL,"
    " cashier_id TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL, released_at TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS coupon_releases_kept BEFORE DELETE ON coupon_releases"
    " BEGIN SELECT RAISE(ABORT, 'coupon releases are kept'); END",
    "CREATE TRIGGER IF NOT EXISTS outbox_coupon_releases AFTER INSERT ON coupon_releases BEGIN "
    "INSERT INTO"
    " outbox(kind, record, at) VALUES('event', 'coupon_releases:' || NEW.id,"
    " strftime('%Y-%m-%dT%H:%M:%fZ','now')); END",
    "CREATE TRIGGER IF NOT EXISTS used_coupons_unpaid AFTER UPDATE OF status ON sales"
    " WHEN NEW.status='canceled' AND OLD.status<>'canceled'"
    " BEGIN DELETE FROM used_coupons WHERE sale_id=NEW.id; END",
};

} // namespace kassa::journal::schema
