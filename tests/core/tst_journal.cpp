#include "core/journal/journal.h"
#include "core/journal/journalworker.h"

#include "core/receipt/receipttext.h"
#include "core/reconciliation/zreport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kassa;
using namespace kassa::journal;
using namespace Qt::StringLiterals;

// The journal on real SQLite files.
namespace {

// What each schema after three added, undone in an order that never drops
// what something left still names (a trigger goes before its table): after
// all of it, a journal is back at schema 3.
const char *const kUndoSchemasAfterThree[] = {
    // Schema 16 (loyalty): coupons given back.
    "DROP TRIGGER used_coupons_unpaid",
    "DROP TABLE coupon_releases",
    // Schema 15 (words): rows keep their kind.
    "ALTER TABLE sale_rows DROP COLUMN row_kind",
    "ALTER TABLE proforma_rows DROP COLUMN row_kind",
    // Schema 12 (refunds): the outbox's event triggers (the outbox itself
    // goes with schema 4).
    "DROP TRIGGER outbox_drawer_openings",
    "DROP TRIGGER outbox_float_changes",
    "DROP TRIGGER outbox_voided_carts",
    "DROP TRIGGER outbox_price_changes",
    "DROP TRIGGER outbox_receipt_copies",
    "DROP TRIGGER outbox_z_reports",
    "DROP TRIGGER outbox_training_sale",
    // Schema 11 (swedish): the return receipts.
    "DROP TRIGGER return_receipt_of_refund",
    "DROP TRIGGER return_receipts_kept",
    "DROP TRIGGER return_receipts_unchanged",
    "DROP TABLE return_receipts",
    // Schema 9.
    "DROP TABLE invoice_updates",
    "DROP TABLE used_coupons",
    "DROP TABLE loyalty_discounts",
    // Schema 10 (reports29): the day reports.
    "DROP TABLE drawer_openings",
    "DROP TABLE float_changes",
    "DROP TABLE voided_carts",
    "DROP TABLE price_changes",
    "DROP TABLE z_reports",
    "ALTER TABLE sale_rows DROP COLUMN product_group",
    "ALTER TABLE sale_rows DROP COLUMN service",
    "ALTER TABLE sale_rows DROP COLUMN discount",
    // Schema 7 (issue 27): refund intents and SEQR checkpoints.
    "DROP TABLE refund_intents",
    "DROP TABLE seqr_checkpoints",
    // Schema 8.
    "DROP TRIGGER receipt_signature_of_sale",
    "DROP TRIGGER outbox_sale",
    "DROP TABLE proforma_vat",
    "DROP TABLE proforma_rows",
    "DROP TABLE proforma_receipts",
    "DROP TABLE receipt_copies",
    "ALTER TABLE sales DROP COLUMN training",
    // Schema 6: the receipt signatures.
    "DROP TRIGGER IF EXISTS receipt_signature_of_sale",
    "DROP TRIGGER receipt_signatures_kept",
    "DROP TRIGGER receipt_signatures_signed_stays",
    "DROP TABLE receipt_signatures",
    // Schema 4: the outbox for the shop database.
    "DROP TRIGGER IF EXISTS outbox_sale",
    "DROP TRIGGER outbox_refund",
    "DROP TRIGGER outbox_period",
    "DROP TRIGGER outbox_append_only_update",
    "DROP TRIGGER outbox_append_only_delete",
    "DROP TABLE outbox",
    "DROP TABLE journal_meta",
};

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unknownCurrencyOrUnreadableAmountIsAnError();
    void createsVersionedWalSchema();
    void keepsSaleRowsVatAndTenders();
    void receiptNumbersAreGapFree();
    void paidIsJournaledOnce();
    void listsInvoicesInFlight();
    void refundableIsWhatRemains();
    void eventsAreAppendOnly();
    void failedWriteRollsBackWholly();
    void failedReadIsAnErrorNotNothing();
    void everyReadReportsAnUnreadableJournal();
    void busyJournalIsTransientConstraintIsNot();
    void refusesJournalFromNewerKassa();
    void survivesReopening();
    void cashSaleKeepsTenderedAndChange();
    void migratesSchemaOneForward();
    void migratesSchemaThreeForwardQueuingEarlierRecords();
    void workerWritesOnItsOwnThreadAndAnswersAfterTheCommit();

private:
    // Back to schema 3: what every later step added goes, newest first.
    void dropSchemasAfterThree();
    QList<SaleRow> rows() const;
    std::unique_ptr<Journal> openJournal();
    // Journals invoice `reference` for `amountMinor` öre as sent for sale
    // `saleId`, its QR code SEQR's for the reference.
    static Status sendInvoice(Journal &journal, qint64 saleId, const QString &reference,
                              qint64 amountMinor = 100);
    // A second, raw connection to the same file, as another tool would have.
    QSqlQuery raw(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"till/journal.sqlite"_s);
}

void TestJournal::cleanup()
{
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QList<SaleRow> TestJournal::rows() const
{
    const Currency sek = Currency::sek();
    return {SaleRow{u"Kaffe"_s, u"7310865004703"_s, u"K1"_s, Decimal::fromInteger(2), u"st"_s,
                    Money(3490, sek), Money(6980, sek), Decimal::fromInteger(12)},
            SaleRow{u"Tidning"_s,
                    {},
                    {},
                    Decimal::fromInteger(1),
                    u"st"_s,
                    Money(4900, sek),
                    Money(4900, sek),
                    Decimal::fromInteger(6)},
            SaleRow{u"Batteri"_s,
                    {},
                    {},
                    Decimal::fromInteger(1),
                    u"st"_s,
                    Money(14999, sek),
                    Money(14999, sek),
                    Decimal::fromInteger(25)}};
}

Status TestJournal::sendInvoice(Journal &journal, qint64 saleId, const QString &reference,
                                qint64 amountMinor)
{
    return journal.recordInvoiceSent(saleId, reference, u"HTTP://SEQR.SE/R"_s + reference,
                                     Money(amountMinor, Currency::sek()));
}

std::unique_ptr<Journal> TestJournal::openJournal()
{
    auto j = Journal::open(m_path);
    if (!j)
        qWarning() << j.error().detail;
    return j ? std::move(j.value()) : nullptr;
}

void TestJournal::unknownCurrencyOrUnreadableAmountIsAnError()
{
    // Issue 27 item 6: what the journal cannot read is never SEK or 0.
    qint64 saleId = 0;
    {
        auto journal = openJournal();
        const auto id = journal->recordCashSale(u"anna"_s, rows(), Money(100000, Currency::sek()));
        QVERIFY(id);
        saleId = *id;
        QVERIFY(journal->sale(saleId));
    }
    raw(u"UPDATE tenders SET currency='XYZ'"_s);
    {
        auto journal = openJournal();
        const auto sale = journal->sale(saleId);
        QVERIFY(!sale);
        QCOMPARE(sale.error().code, ErrorCode::UnknownCurrency);
        QVERIFY2(sale.error().detail.contains(u"XYZ"_s), qPrintable(sale.error().detail));
    }
    raw(u"UPDATE tenders SET currency='SEK'"_s);
    raw(u"UPDATE sale_rows SET total_minor='12,50'"_s);
    auto journal = openJournal();
    const auto sale = journal->sale(saleId);
    QVERIFY(!sale);
    QVERIFY2(sale.error().detail.contains(u"12,50"_s), qPrintable(sale.error().detail));
    QVERIFY(!journal->sales({}));
}

QSqlQuery TestJournal::raw(const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::contains(u"raw"_s)
                          ? QSqlDatabase::database(u"raw"_s)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    // Opening again would close it first, and end its transaction.
    if (!db.isOpen()) {
        db.setDatabaseName(m_path);
        db.open();
    }
    QSqlQuery q(db);
    q.exec(sql);
    return q;
}

void TestJournal::createsVersionedWalSchema()
{
    auto journal = openJournal();
    QVERIFY(journal);
    QSqlQuery mode = raw(u"PRAGMA journal_mode"_s);
    QVERIFY(mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s);
    QSqlQuery version = raw(u"PRAGMA user_version"_s);
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), Journal::schemaVersion);
    // Foreign keys are enforced: no tender for a sale that does not exist.
    const auto orphan =
        journal->addCashTender(999, Money(100, Currency::sek()), Money(100, Currency::sek()));
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().code, ErrorCode::StorageFailed);
}

void TestJournal::keepsSaleRowsVatAndTenders()
{
    auto journal = openJournal();
    const auto saleId = journal->createSale(u"anna"_s, rows());
    QVERIFY(saleId);
    QVERIFY(journal->addCashTender(*saleId, Money(10000, Currency::sek()),
                                   Money(10000, Currency::sek())));
    QVERIFY(sendInvoice(*journal, *saleId, u"1000001"_s, 16879));
    const QDateTime paidAt(QDate(2026, 11, 22), QTime(14, 5, 31), QTimeZone::utc());
    const auto receipt = journal->recordSeqrPaid(u"1000001"_s, u"555001"_s, paidAt);
    QVERIFY(receipt);
    QCOMPARE(*receipt, 1);

    const auto sale = journal->sale(*saleId);
    QVERIFY(sale);
    QCOMPARE(sale->status, SaleStatus::Completed);
    QCOMPARE(sale->receiptNumber, 1);
    QCOMPARE(sale->cashierId, u"anna"_s);
    QCOMPARE(sale->total.toDecimalString(), u"268.79"_s);
    QCOMPARE(sale->rows, rows());
    QCOMPARE(sale->vat.size(), 3);
    QCOMPARE(sale->vat[0].ratePercent, Decimal::fromInteger(25));
    QCOMPARE(sale->vat[0].vat.toDecimalString(), u"30.00"_s);
    QCOMPARE(sale->vat[1].vat.toDecimalString(), u"7.48"_s); // 69.80 × 12/112
    QCOMPARE(sale->vat[2].vat.toDecimalString(), u"2.77"_s); // 49.00 × 6/106
    QCOMPARE(sale->tenders.size(), 2);
    QCOMPARE(sale->tenders[0].kind, TenderKind::Cash);
    QCOMPARE(sale->tenders[1].kind, TenderKind::Seqr);
    QCOMPARE(sale->tenders[1].ersReference, u"555001"_s);
    QCOMPARE(sale->tenders[1].invoiceReference, u"1000001"_s);
    QCOMPARE(sale->tenders[1].amount.toDecimalString(), u"168.79"_s);
    QCOMPARE(sale->tenders[1].paymentDate, paidAt);
}

void TestJournal::receiptNumbersAreGapFree()
{
    auto journal = openJournal();
    QList<qint64> receipts;
    for (int i = 0; i < 4; ++i) {
        const qint64 saleId = *journal->createSale(u"bo"_s, rows());
        const QString ref = QString::number(2000 + i);
        QVERIFY(sendInvoice(*journal, saleId, ref));
        if (i == 1) {
            QVERIFY(
                journal->recordInvoiceEnded(ref, InvoiceState::Canceled, u"cashier canceled"_s));
            QVERIFY(!journal->sale(saleId)->receiptNumber);
            QCOMPARE(journal->sale(saleId)->status, SaleStatus::Canceled);
            continue;
        }
        receipts.append(
            *journal->recordSeqrPaid(ref, u"ers"_s + ref, QDateTime::currentDateTimeUtc()));
    }
    QCOMPARE(receipts, QList<qint64>({1, 2, 3}));
}

void TestJournal::paidIsJournaledOnce()
{
    auto journal = openJournal();
    const qint64 saleId = *journal->createSale(u"anna"_s, rows());
    QVERIFY(sendInvoice(*journal, saleId, u"42"_s, 26879));
    QCOMPARE(*journal->recordSeqrPaid(u"42"_s, u"900"_s, QDateTime::currentDateTimeUtc()), 1);
    QCOMPARE(*journal->recordSeqrPaid(u"42"_s, u"900"_s, QDateTime::currentDateTimeUtc()), 1);
    QCOMPARE(journal->sale(saleId)->tenders.size(), 1);
    QCOMPARE(journal->events(u"42"_s).value(), QStringList({u"invoice-sent"_s, u"invoice-paid"_s}));
    // A paid invoice cannot later be recorded as canceled.
    QVERIFY(!journal->recordInvoiceEnded(u"42"_s, InvoiceState::Canceled, {}));
    QCOMPARE(journal->sale(saleId)->status, SaleStatus::Completed);
}

void TestJournal::listsInvoicesInFlight()
{
    auto journal = openJournal();
    const qint64 a = *journal->createSale({}, rows());
    const qint64 b = *journal->createSale({}, rows());
    QVERIFY(sendInvoice(*journal, a, u"1"_s));
    QVERIFY(sendInvoice(*journal, b, u"2"_s, 200));
    QCOMPARE(journal->invoicesInFlight()->size(), 2);
    QVERIFY(journal->recordSeqrPaid(u"1"_s, u"e1"_s, {}));
    // Paid but the receipt not yet confirmed to SEQR: still in flight.
    QCOMPARE(journal->invoicesInFlight()->size(), 2);
    QVERIFY(journal->recordReceiptSubmitted(u"1"_s));
    const auto read = journal->invoicesInFlight();
    QVERIFY(read);
    const QList<SeqrInvoice> left = *read;
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().invoiceReference, u"2"_s);
    QCOMPARE(left.first().amount.toDecimalString(), u"2.00"_s);
    QCOMPARE(left.first().state, InvoiceState::Open);
}

void TestJournal::refundableIsWhatRemains()
{
    auto journal = openJournal();
    const qint64 saleId = *journal->createSale({}, rows());
    QVERIFY(sendInvoice(*journal, saleId, u"7"_s, 10000));
    QVERIFY(journal->recordSeqrPaid(u"7"_s, u"ers7"_s, {}));
    QCOMPARE(journal->refundable(u"ers7"_s)->toDecimalString(), u"100.00"_s);
    QVERIFY(journal->recordRefund(u"ers7"_s, u"r1"_s, Money(6000, Currency::sek()), u"anna"_s));
    QCOMPARE(journal->refundable(u"ers7"_s)->toDecimalString(), u"40.00"_s);
    QCOMPARE(journal->refundable(u"nope"_s).error().code, ErrorCode::NotFound);
    QCOMPARE(journal->refunds({})->size(), 1);
}

void TestJournal::eventsAreAppendOnly()
{
    auto journal = openJournal();
    QVERIFY(journal->appendEvent(u"note"_s, u"9"_s, u"hello"_s));
    QSqlQuery update = raw(u"UPDATE events SET detail='changed'"_s);
    QVERIFY(update.lastError().isValid());
    QVERIFY(update.lastError().text().contains(u"append-only"));
    QSqlQuery del = raw(u"DELETE FROM events"_s);
    QVERIFY(del.lastError().isValid());
    QCOMPARE(journal->events(u"9"_s).value(), QStringList({u"note"_s}));
}

void TestJournal::failedWriteRollsBackWholly()
{
    auto journal = openJournal();
    const qint64 saleId = *journal->createSale({}, rows());
    QVERIFY(sendInvoice(*journal, saleId, u"5"_s));
    const auto again = sendInvoice(*journal, saleId, u"5"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::StorageFailed);
    // The failed transaction left no event behind.
    QCOMPARE(journal->events(u"5"_s).value(), QStringList({u"invoice-sent"_s}));
    QCOMPARE(journal->recordSeqrPaid(u"unknown"_s, u"x"_s, {}).error().code,
             ErrorCode::StorageFailed);
}

void TestJournal::failedReadIsAnErrorNotNothing()
{
    auto journal = openJournal();
    const qint64 saleId = *journal->createSale({}, rows());
    QVERIFY(sendInvoice(*journal, saleId, u"8"_s));
    // Another tool breaks the table for a moment: the read says so, and
    // never answers "nothing in flight".
    QVERIFY(raw(u"ALTER TABLE seqr_invoices RENAME TO seqr_invoices_moved"_s).isActive());
    const auto broken = journal->invoicesInFlight();
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, ErrorCode::StorageFailed);
    QVERIFY(broken.error().detail.contains(u"seqr_invoices"_s));
    QVERIFY(raw(u"ALTER TABLE seqr_invoices_moved RENAME TO seqr_invoices"_s).isActive());
    const auto back = journal->invoicesInFlight();
    QVERIFY(back);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().invoiceReference, u"8"_s);
}

void TestJournal::everyReadReportsAnUnreadableJournal()
{
    auto journal = openJournal();
    const auto cash = journal->recordCashSale(u"c1"_s, rows(), Money(30000, Currency::sek()));
    QVERIFY(cash);
    const qint64 saleId = *cash;
    QVERIFY(sendInvoice(*journal, *journal->createSale({}, rows()), u"9"_s));
    // Absent is NotFound, told apart from unreadable.
    QCOMPARE(journal->sale(99999).error().code, ErrorCode::NotFound);
    QCOMPARE(journal->invoice(u"nope"_s).error().code, ErrorCode::NotFound);
    QCOMPARE(journal->saleByReceiptNumber(99999).error().code, ErrorCode::NotFound);

    const QStringList tables{u"sales"_s,   u"tenders"_s,       u"refunds"_s,     u"events"_s,
                             u"periods"_s, u"seqr_invoices"_s, u"journal_meta"_s};
    for (const QString &t : tables)
        QVERIFY2(raw(u"ALTER TABLE %1 RENAME TO %1_moved"_s.arg(t)).isActive(), qPrintable(t));
    auto isUnreadable = [](const auto &r) {
        return !r && r.error().code == ErrorCode::StorageFailed;
    };
    QVERIFY(isUnreadable(journal->sale(saleId)));
    QVERIFY(isUnreadable(journal->saleByReceiptNumber(1)));
    QVERIFY(isUnreadable(journal->saleByErsReference(u"E1"_s)));
    QVERIFY(isUnreadable(journal->lastReceiptNumber()));
    QVERIFY(isUnreadable(journal->sales({})));
    QVERIFY(isUnreadable(journal->refunds({})));
    QVERIFY(isUnreadable(journal->events(u"9"_s)));
    QVERIFY(isUnreadable(journal->invoice(u"9"_s)));
    QVERIFY(isUnreadable(journal->lastPeriod(false)));
    QVERIFY(isUnreadable(journal->period(u"P1"_s)));
    QVERIFY(isUnreadable(journal->refund(1)));
    QVERIFY(isUnreadable(journal->journalId()));
    // What reads the journal for people says so too, rather than "nothing".
    QVERIFY(
        isUnreadable(makeZReport(*journal, {}, QDateTime::currentDateTimeUtc(), Currency::sek())));

    for (const QString &t : tables)
        QVERIFY(raw(u"ALTER TABLE %1_moved RENAME TO %1"_s.arg(t)).isActive());
    const auto sales = journal->sales({});
    QVERIFY(sales);
    QCOMPARE(sales->size(), 2);
    const auto last = journal->lastReceiptNumber();
    QVERIFY(last && last->has_value());
    QCOMPARE(**last, 1);
    QVERIFY(journal->sale(saleId));
    QVERIFY(journal->journalId());
}

void TestJournal::busyJournalIsTransientConstraintIsNot()
{
    auto journal = openJournal();
    const qint64 saleId = *journal->createSale({}, rows());
    // Another process holds the write lock past the journal's busy timeout.
    QVERIFY(raw(u"SELECT 1"_s).isActive()); // opens the second connection
    QSqlDatabase other = QSqlDatabase::database(u"raw"_s);
    QVERIFY(other.transaction());
    QVERIFY(
        raw(u"INSERT INTO events(at, kind) VALUES('now', 'holding the write lock')"_s).isActive());
    const auto busy = sendInvoice(*journal, saleId, u"6"_s);
    QVERIFY(!busy);
    QCOMPARE(busy.error().code, ErrorCode::StorageBusy);
    QVERIFY(other.rollback());
    QVERIFY(sendInvoice(*journal, saleId, u"6"_s));
    // The same invoice twice breaks a constraint: that does not pass.
    const auto twice = sendInvoice(*journal, saleId, u"6"_s);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::StorageFailed);
}

void TestJournal::refusesJournalFromNewerKassa()
{
    {
        auto journal = openJournal();
    }
    raw(u"PRAGMA user_version=99"_s);
    QSqlDatabase::database(u"raw"_s).close();
    const auto journal = Journal::open(m_path);
    QVERIFY(!journal);
    QVERIFY(journal.error().detail.contains(u"newer Kassa"));
}

void TestJournal::survivesReopening()
{
    qint64 saleId = 0;
    {
        auto journal = openJournal();
        saleId = *journal->createSale(u"anna"_s, rows());
        QVERIFY(sendInvoice(*journal, saleId, u"77"_s));
    }
    auto journal = openJournal();
    QVERIFY(journal);
    QCOMPARE(journal->invoicesInFlight()->size(), 1);
    QCOMPARE(journal->invoice(u"77"_s)->saleId, saleId);
    QCOMPARE(journal->sale(saleId)->rows.size(), 3);
}

void TestJournal::cashSaleKeepsTenderedAndChange()
{
    auto journal = openJournal();
    const Money total(26879, Currency::sek());
    // Less cash than the total is refused and writes nothing.
    const auto short_ = journal->recordCashSale(u"anna"_s, rows(), Money(20000, Currency::sek()));
    QVERIFY(!short_);
    QVERIFY(!journal->lastReceiptNumber().value());

    const auto saleId = journal->recordCashSale(u"anna"_s, rows(), Money(30000, Currency::sek()));
    QVERIFY2(saleId, saleId ? "" : qPrintable(saleId.error().detail));
    const auto sale = journal->sale(*saleId);
    QVERIFY(sale);
    QCOMPARE(sale->status, SaleStatus::Completed);
    QCOMPARE(sale->receiptNumber, 1);
    QCOMPARE(sale->total, total);
    QCOMPARE(sale->tenders.size(), 1);
    QCOMPARE(sale->tenders[0].kind, TenderKind::Cash);
    QCOMPARE(sale->tenders[0].amount, total);
    QCOMPARE(sale->tenders[0].tendered, Money(30000, Currency::sek()));
    QCOMPARE(journal->lastReceiptNumber().value(), std::optional<qint64>(1));
    QCOMPARE(journal->saleByReceiptNumber(1)->id, *saleId);
    QVERIFY(!journal->saleByReceiptNumber(2));

    ReceiptSettings english;
    english.shopName = u"Shop"_s;
    english.language = u"en"_s;
    const QString text = receiptText(*sale, english);
    QVERIFY2(text.contains(u"Cash"_s) && text.contains(u"300.00"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Change"_s) && text.contains(u"31.21"_s), qPrintable(text));
}

void TestJournal::migratesSchemaOneForward()
{
    // A journal as Kassa 0.1 wrote it (schema 1, no tendered column) with a sale in it.
    {
        auto journal = openJournal();
        const auto saleId = journal->createSale(u"anna"_s, rows());
        QVERIFY(journal->addCashTender(*saleId, Money(500, Currency::sek()),
                                       Money(500, Currency::sek())));
    }
    raw(u"ALTER TABLE tenders DROP COLUMN tendered_minor"_s);
    dropSchemasAfterThree();
    raw(u"DROP TABLE refund_rows"_s); // schema 3
    raw(u"PRAGMA user_version=1"_s);
    auto journal = openJournal();
    QVERIFY(journal);
    QSqlQuery version = raw(u"PRAGMA user_version"_s);
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), Journal::schemaVersion);
    // Old cash tenders read back with what was handed over equal to the amount.
    const auto sale = journal->sale(1);
    QVERIFY(sale);
    QCOMPARE(sale->tenders.size(), 1);
    QCOMPARE(sale->tenders[0].tendered, Money(500, Currency::sek()));
    QVERIFY(journal->events({})->contains(u"journal-migrated"_s));
    // Schema 3: a refund keeps the rows it gave back.
    const RefundRow given{0, Decimal::fromInteger(1), Money(500, Currency::sek())};
    QVERIFY(
        journal->recordRefund(u"E1"_s, u"R1"_s, Money(500, Currency::sek()), u"boss"_s, {given}));
    QCOMPARE(*journal->refundedRows(u"E1"_s), QList<RefundRow>({given}));
}

void TestJournal::dropSchemasAfterThree()
{
    for (const char *sql : kUndoSchemasAfterThree)
        raw(QString::fromLatin1(sql));
}

void TestJournal::migratesSchemaThreeForwardQueuingEarlierRecords()
{
    // A journal of schema 3 with two completed sales, an open one, a refund
    // and a period: schema 4 queues what was completed for the shop database,
    // in time order, and what follows after it.
    {
        auto journal = openJournal();
        QVERIFY(journal->recordCashSale(u"anna"_s, rows(), Money(100000, Currency::sek())));
        QVERIFY(journal->createSale(u"anna"_s, rows()));
        QVERIFY(journal->recordCashSale(u"anna"_s, rows(), Money(100000, Currency::sek())));
        QVERIFY(journal->recordRefund(u"E1"_s, u"R1"_s, Money(100, Currency::sek()), u"anna"_s));
        QVERIFY(journal->recordPeriod({u"P1"_s, {}, QDateTime::currentDateTimeUtc()}));
    }
    dropSchemasAfterThree();
    raw(u"PRAGMA user_version=3"_s);
    auto journal = openJournal();
    QVERIFY(journal);
    QVERIFY(!journal->journalId()->isEmpty());
    const auto queued = journal->outbox(0, 10);
    QVERIFY(queued);
    QCOMPARE(queued->size(), 4);
    QCOMPARE(queued->at(0).record, u"1"_s);
    QCOMPARE(queued->at(1).record, u"3"_s);
    QCOMPARE(queued->at(2).kind, OutboxEntry::Kind::Refund);
    QCOMPARE(queued->at(3).kind, OutboxEntry::Kind::Period);
    // Completing the open sale queues it next; the outbox cannot be edited.
    QVERIFY(journal->addCashTender(2, Money(100, Currency::sek()), Money(100, Currency::sek())));
    QVERIFY(journal->recordCashSale(u"bo"_s, rows(), Money(100000, Currency::sek())));
    QCOMPARE(journal->lastOutboxSeq().value(), 5);
    QCOMPARE(journal->outbox(4, 10)->first().record, u"4"_s);
    QVERIFY(raw(u"DELETE FROM outbox"_s).lastError().isValid());
    QCOMPARE(journal->lastOutboxSeq().value(), 5);
}

// The control code's commit (an fsync) must not hold the window's thread: a
// JournalWorker writes on its own thread and connection, answers on the
// caller's thread once committed, and finishes what it was given when it goes.
void TestJournal::workerWritesOnItsOwnThreadAndAnswersAfterTheCommit()
{
    auto journal = openJournal();
    QVERIFY(journal->setControlUnitRequired(true));
    auto saleId = journal->recordCashSale(u"anna"_s, rows(), Money(100000, Currency::sek()));
    QVERIFY2(saleId, qPrintable(saleId ? QString() : saleId.error().detail));
    const auto waiting = journal->waitingSignatures().value();
    QCOMPARE(waiting.size(), 1);

    QThread *writer = nullptr;
    QThread *answeredOn = nullptr;
    std::optional<bool> kept;
    bool signedWhenAnswered = false;
    {
        JournalWorker worker(journal->path());
        worker.run(
            [&, id = waiting.first().id](Journal &own) {
                writer = QThread::currentThread();
                return own.recordSignature(id, u"fields"_s, u"CODE-1"_s, u"UNIT-1"_s);
            },
            [&](const Status &status) {
                answeredOn = QThread::currentThread();
                kept = bool(status);
                // Committed before the answer: the till's own connection sees it.
                signedWhenAnswered = journal->waitingSignatures()->isEmpty();
            });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 10000);
        QVERIFY(*kept);
        QVERIFY(signedWhenAnswered);
        QVERIFY(writer != nullptr);
        QVERIFY(writer != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());

        // Given just before the worker goes: written all the same.
        worker.run([](Journal &own) { return own.appendEvent(u"worker-last"_s, u"INV-W"_s, {}); },
                   [](const Status &) {});
    }
    const auto signature = journal->receiptSignature(1, u"normal"_s).value();
    QVERIFY(signature.has_value());
    QCOMPARE(signature->controlCode, u"CODE-1"_s);
    QCOMPARE(signature->unitId, u"UNIT-1"_s);
    QCOMPARE(journal->events(u"INV-W"_s).value(), QStringList{u"worker-last"_s});

    // A write that fails says so on the caller's thread.
    std::optional<bool> refused;
    JournalWorker worker(journal->path());
    worker.run([](Journal &own) { return own.recordSignature(999, u"f"_s, u"C"_s, u"U"_s); },
               [&](const Status &status) { refused = bool(status); });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 10000);
    QVERIFY(!*refused);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
