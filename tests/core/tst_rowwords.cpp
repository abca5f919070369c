// Issue 27 item 11: a discount row is kept in the journal as its kind, not
// as words in two languages ("Rabatt / Discount: Kaffe" before); the words
// are made when the row is shown — the receipt in the till's language (or
// both when bilingual is chosen), SEQR's invoice rows in the till's
// language — and a journal written before (schema 12) migrates its old
// bilingual rows to the kind. Real SQLite journal, real translations.
#include "core/journal/journal.h"
#include "core/payment/invoicerow.h"
#include "core/payment/paymentsession.h"
#include "core/receipt/receipttext.h"
#include "core/sale/cart.h"
#include "core/sale/rowtext.h"
#include "tests/support/sandboxfixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace kassa;

class TestRowWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void receiptSaysDiscountsInTheTillsLanguage();
    void bilingualReceiptSaysBoth();
    void journalKeepsTheKindNotTheWords();
    void seqrInvoiceRowsAreInTheTillsLanguage();
    void buyersAppShowsTheRowsInTheTillsLanguage();
    void oldBilingualJournalMigratesToKinds();

private:
    qint64 recordDiscountedSale();
    QString receipt(const QString &language, bool bilingual);
    QStringList raw(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<journal::Journal> m_journal;
    qint64 m_saleId = 0;
};

void TestRowWords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto journal = journal::Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal);
    m_journal = std::move(journal.value());
    m_saleId = recordDiscountedSale();
    QVERIFY(m_saleId > 0);
}

void TestRowWords::cleanup()
{
    m_journal.reset();
    if (QSqlDatabase::contains(u"raw"_s))
        QSqlDatabase::removeDatabase(u"raw"_s);
    m_dir.reset();
}

// Kaffe 100.00 with 10.00 off the row, Ost 50.00, and 5.00 off the receipt:
// all at 12 %, paid 135.00 in cash.
qint64 TestRowWords::recordDiscountedSale()
{
    Cart cart;
    const auto sek = [](qint64 minor) { return Money(minor, Currency::sek()); };
    catalog::Product coffee{
        u"7350000000011"_s, {}, u"Kaffe"_s, sek(10000), Decimal::fromInteger(12)};
    catalog::Product cheese{u"7350000000028"_s, {}, u"Ost"_s, sek(5000), Decimal::fromInteger(12)};
    if (!cart.addProduct(coffee) || !cart.setRowDiscount(0, sek(1000)) ||
        !cart.addProduct(cheese) || !cart.setReceiptDiscount(sek(500)))
        return 0;
    const auto id = m_journal->recordCashSale(u"anna"_s, cart.saleRows(), sek(13500));
    return id ? *id : 0;
}

QString TestRowWords::receipt(const QString &language, bool bilingual)
{
    const auto sale = m_journal->sale(m_saleId);
    if (!sale)
        return {};
    ReceiptSettings settings;
    settings.shopName = u"Lilla Livs"_s;
    settings.language = language;
    settings.bilingual = bilingual;
    return receiptText(*sale, settings);
}

QStringList TestRowWords::raw(const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::contains(u"raw"_s)
                          ? QSqlDatabase::database(u"raw"_s)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    db.setDatabaseName(m_dir->filePath(u"journal.sqlite"_s));
    if (!db.isOpen())
        db.open();
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(sql))
        return {u"error: "_s + sql};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        out.append(cells.join(u'|'));
    }
    return out;
}

void TestRowWords::receiptSaysDiscountsInTheTillsLanguage()
{
    const QString swedish = receipt(u"sv"_s, false);
    QVERIFY2(swedish.contains(u"Rabatt: Kaffe"_s), qPrintable(swedish));
    QVERIFY2(swedish.contains(u"Kvittorabatt 12 %"_s), qPrintable(swedish));
    QVERIFY2(swedish.contains(QLocale(QLocale::Swedish).negativeSign() + u"10,00"_s),
             qPrintable(swedish));
    QVERIFY2(!swedish.contains(u"Discount"_s), qPrintable(swedish));

    const QString english = receipt(u"en"_s, false);
    QVERIFY2(english.contains(u"Discount: Kaffe"_s), qPrintable(english));
    QVERIFY2(english.contains(u"Receipt discount 12 %"_s), qPrintable(english));
    QVERIFY2(english.contains(u"-10.00"_s), qPrintable(english));
    QVERIFY2(!english.contains(u"Rabatt"_s), qPrintable(english));
}

void TestRowWords::bilingualReceiptSaysBoth()
{
    const QString both = receipt(u"sv"_s, true);
    QVERIFY2(both.contains(u"Rabatt/Discount: Kaffe"_s), qPrintable(both));
    QVERIFY2(both.contains(u"Kvittorabatt/Receipt discount 12 %"_s), qPrintable(both));
}

void TestRowWords::journalKeepsTheKindNotTheWords()
{
    QCOMPARE(
        raw(u"SELECT description, row_kind FROM sale_rows ORDER BY position"_s),
        (QStringList{u"Kaffe|"_s, u"Kaffe|row-discount"_s, u"Ost|"_s, u"|receipt-discount"_s}));
    const auto sale = m_journal->sale(m_saleId);
    QVERIFY(sale);
    QCOMPARE(sale->rows.value(1).kind, RowKind::RowDiscount);
    QCOMPARE(sale->rows.value(3).kind, RowKind::ReceiptDiscount);
}

void TestRowWords::seqrInvoiceRowsAreInTheTillsLanguage()
{
    const auto sale = m_journal->sale(m_saleId);
    QVERIFY(sale);
    QTranslator swedish;
    QVERIFY(swedish.load(u"kassa_sv"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&swedish);
    QCOMPARE(toInvoiceRow(sale->rows.value(1)).itemDescription, u"Rabatt: Kaffe"_s);
    QCOMPARE(cashInvoiceRow(Money(1000, Currency::sek())).itemDescription, u"Betalt kontant"_s);
    QCoreApplication::removeTranslator(&swedish);
    QTranslator english;
    QVERIFY(english.load(u"kassa_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&english);
    QCOMPARE(toInvoiceRow(sale->rows.value(1)).itemDescription, u"Discount: Kaffe"_s);
    QCOMPARE(toInvoiceRow(sale->rows.value(3)).itemDescription, u"Receipt discount 12 %"_s);
    QCOMPARE(cashInvoiceRow(Money(1000, Currency::sek())).itemDescription, u"Paid in cash"_s);
    QCoreApplication::removeTranslator(&english);
}

// A journal of schema 12 held the words of both languages; opening it with
// this Kassa keeps what they named and the kind, and the receipt says them
// in one language.
void TestRowWords::oldBilingualJournalMigratesToKinds()
{
    m_journal.reset();
    for (const QString &sql :
         {u"UPDATE sale_rows SET description='Rabatt / Discount: Kaffe' WHERE position=1"_s,
          u"UPDATE sale_rows SET description='Kvittorabatt / Receipt discount 12 %'"
          " WHERE position=3"_s,
          u"ALTER TABLE sale_rows DROP COLUMN row_kind"_s,
          u"ALTER TABLE proforma_rows DROP COLUMN row_kind"_s,
          // schema 13's trigger (its copies table is made anew on the way up)
          u"DROP TRIGGER outbox_return_receipts"_s, u"PRAGMA user_version=12"_s})
        QVERIFY2(raw(sql) == QStringList(), qPrintable(sql));
    QCOMPARE(raw(u"SELECT description FROM sale_rows WHERE position=1"_s),
             QStringList{u"Rabatt / Discount: Kaffe"_s});
    QSqlDatabase::database(u"raw"_s).close();

    auto reopened = journal::Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().detail));
    m_journal = std::move(reopened.value());
    QCOMPARE(raw(u"PRAGMA user_version"_s),
             QStringList{QString::number(journal::Journal::schemaVersion)});
    QCOMPARE(
        raw(u"SELECT description, row_kind FROM sale_rows ORDER BY position"_s),
        (QStringList{u"Kaffe|"_s, u"Kaffe|row-discount"_s, u"Ost|"_s, u"|receipt-discount"_s}));
    const QString english = receipt(u"en"_s, false);
    QVERIFY2(english.contains(u"Discount: Kaffe"_s), qPrintable(english));
    QVERIFY2(!english.contains(u"Rabatt"_s), qPrintable(english));
    const QString swedish = receipt(u"sv"_s, false);
    QVERIFY2(swedish.contains(u"Kvittorabatt 12 %"_s), qPrintable(swedish));
    QVERIFY2(!swedish.contains(u"Receipt discount"_s), qPrintable(swedish));
}

// What SEQR holds, and the buyer's app shows: the sale's rows and the cash
// part of a split tender in the till's language (Swedish here).
void TestRowWords::buyersAppShowsTheRowsInTheTillsLanguage()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    auto client = sandbox.makeClient();
    QVERIFY(!sandbox.registerTill(*client, u"Till 1"_s, u"WORDS1"_s).isEmpty());
    const auto sale = m_journal->sale(m_saleId);
    QVERIFY(sale);
    QTranslator swedish;
    QVERIFY(swedish.load(u"kassa_sv"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&swedish);
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&swedish); });
    PaymentSession session(client.get(), m_journal.get(), u"Lilla Livs"_s,
                           PaymentTiming{100, 30000, 100, 3});
    PaymentRequest request;
    request.rows = sale->rows;
    request.cash = Money(2000, Currency::sek());
    request.cashTendered = request.cash;
    session.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(!session.invoiceReference().isEmpty(), 30000);
    const auto invoice = sandbox.service().invoice(session.invoiceReference());
    QVERIFY(invoice);
    QStringList shown;
    for (const QJsonValue &row : (*invoice)[u"rows"_s].toArray())
        shown.append(row[u"description"_s].toString());
    QCOMPARE(shown, (QStringList{u"Kaffe"_s, u"Rabatt: Kaffe"_s, u"Ost"_s, u"Kvittorabatt 12 %"_s,
                                 u"Betalt kontant"_s}));
    QCOMPARE((*invoice)[u"total"_s].toString(), u"115.00"_s);
}

QTEST_GUILESS_MAIN(TestRowWords)
#include "tst_rowwords.moc"
