#include "core/catalog/catalog.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::catalog;
using namespace Qt::StringLiterals;

// The product catalog on a real SQLite file, and the demo catalog Kassa ships.
class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void eanCheckDigits_data();
    void eanCheckDigits();
    void importsCsvAndFindsByBarcode();
    void badLinesAreListedAndLeftOut();
    void semicolonCsvWithDecimalComma();
    void reimportReplacesProducts();
    void searchesByNameSkuAndEan();
    void refusesCsvWithoutRequiredColumns();
    void demoCatalogIsRealistic();

private:
    std::unique_ptr<Catalog> open();
    // Imports `csv` (prices in kronor) into m_catalog: what came in and the
    // lines left out; an import refused as a whole brings nothing in (its
    // error is warned).
    ImportSummary import(const QByteArray &csv);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalog = open();
    QVERIFY(m_catalog);
}

std::unique_ptr<Catalog> TestCatalog::open()
{
    auto catalog = Catalog::open(m_dir->filePath(u"catalog.sqlite"_s));
    if (!catalog)
        qWarning() << catalog.error().detail;
    return catalog ? std::move(catalog).value() : nullptr;
}

ImportSummary TestCatalog::import(const QByteArray &csv)
{
    const auto summary = m_catalog->importCsv(csv, Currency::sek());
    if (!summary) {
        qWarning() << summary.error().detail;
        return {};
    }
    return *summary;
}

void TestCatalog::eanCheckDigits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EAN-13") << u"7310865004703"_s << true;
    QTest::newRow("EAN-13 wrong check digit") << u"7310865004704"_s << false;
    QTest::newRow("EAN-13 check digit 1") << u"4006381333931"_s << true;
    QTest::newRow("EAN-8") << u"73513537"_s << true;
    QTest::newRow("EAN-8 wrong") << u"73513538"_s << false;
    QTest::newRow("12 digits") << u"731086500470"_s << false;
    QTest::newRow("letters") << u"73108650047A3"_s << false;
    QTest::newRow("Arabic-Indic digits")
        << u"\u0667\u0663\u0661\u0660\u0668\u0666\u0665\u0660\u0660\u0664\u0667\u0660\u0663"_s
        << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCatalog::eanCheckDigits()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidEan(code), valid);
}

void TestCatalog::importsCsvAndFindsByBarcode()
{
    const QByteArray csv = "ean,sku,name,price,vat,unit\n"
                           "7310865004703,K1,Mjölk 3 % 1 l,15.90,12,\n"
                           "4006381333931,K2,\"Tvål, lavendel\",24.50,25,st\n"
                           "2000000000008,K3,Bananer,24.90,12,kg\n";
    const ImportSummary summary = import(csv);
    QCOMPARE(summary.imported, 3);
    QVERIFY(summary.problems.isEmpty());
    QCOMPARE(m_catalog->count(), 3);

    const auto milk = m_catalog->findByEan(u"7310865004703"_s);
    QVERIFY(milk);
    QCOMPARE(milk->name, u"Mjölk 3 % 1 l"_s);
    QCOMPARE(milk->unitPrice, Money(1590, Currency::sek()));
    QCOMPARE(milk->taxRate, Decimal::fromInteger(12));
    QVERIFY(!milk->soldByWeight);
    QCOMPARE(m_catalog->findByEan(u"4006381333931"_s)->name, u"Tvål, lavendel"_s);
    const auto bananas = m_catalog->findByEan(u"2000000000008"_s);
    QVERIFY(bananas->soldByWeight);
    QCOMPARE(bananas->unit(), u"kg"_s);
    QVERIFY(!m_catalog->findByEan(u"7310865004704"_s));
}

void TestCatalog::badLinesAreListedAndLeftOut()
{
    const QByteArray csv = "ean,sku,name,price,vat\n"
                           "7310865004703,K1,Mjölk,15.90,12\n"
                           "7310865004704,K2,Bad check digit,10.00,25\n"
                           "4006381333931,K3,,10.00,25\n"
                           "73513537,K4,Too precise,1.005,25\n"
                           "2000000000008,K5,Wrong VAT,10.00,18\n"
                           "2000000000015,K6,Negative,-5.00,25\n";
    const ImportSummary summary = import(csv);
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.problems.size(), 5);
    QVERIFY(summary.problems[0].startsWith(u"line 3: "_s));
    QVERIFY(summary.problems[0].contains(u"7310865004704"_s));
    QVERIFY(summary.problems[1].contains(u"name"_s));
    QVERIFY(summary.problems[2].contains(u"1.005"_s));
    QVERIFY(summary.problems[3].contains(u"18"_s));
    QVERIFY(summary.problems[4].contains(u"negative"_s));
    QCOMPARE(m_catalog->count(), 1);
}

void TestCatalog::semicolonCsvWithDecimalComma()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "EAN;Name;Price;VAT;Unit\r\n"
                           "7310865004703;Ost;109,00;12;\r\n"
                           "2000000000008;Lösgodis;99,50;12;kg\r\n";
    QCOMPARE(import(csv).imported, 2);
    QCOMPARE(m_catalog->findByEan(u"7310865004703"_s)->unitPrice, Money(10900, Currency::sek()));
    QCOMPARE(m_catalog->findByEan(u"2000000000008"_s)->unitPrice, Money(9950, Currency::sek()));
}

void TestCatalog::reimportReplacesProducts()
{
    QVERIFY(m_catalog->importCsv("ean,name,price,vat\n7310865004703,Mjölk,15.90,12\n",
                                 Currency::sek()));
    QVERIFY(m_catalog->importCsv("ean,name,price,vat\n7310865004703,Mjölk,16.90,12\n",
                                 Currency::sek()));
    QCOMPARE(m_catalog->count(), 1);
    QCOMPARE(m_catalog->findByEan(u"7310865004703"_s)->unitPrice, Money(1690, Currency::sek()));
}

void TestCatalog::searchesByNameSkuAndEan()
{
    QVERIFY(m_catalog->importCsv("ean,sku,name,price,vat\n"
                                 "7310865004703,K100,Mjölk 3 %,15.90,12\n"
                                 "4006381333931,K200,Lättmjölk,14.90,12\n"
                                 "73513537,K300,Tvål 100% ren,24.50,25\n",
                                 Currency::sek()));
    QCOMPARE(m_catalog->search(u"mjölk"_s).size(), 2);
    QCOMPARE(m_catalog->search(u"K30"_s).size(), 1);
    QCOMPARE(m_catalog->search(u"K30"_s).first().name, u"Tvål 100% ren"_s);
    QCOMPARE(m_catalog->search(u"40063"_s).first().sku, u"K200"_s);
    // '%' is a character to find, not a wildcard.
    QCOMPARE(m_catalog->search(u"100%"_s).size(), 1);
    QCOMPARE(m_catalog->search(u"3 %"_s).size(), 1);
    QVERIFY(m_catalog->search(u"  "_s).isEmpty());
    QCOMPARE(m_catalog->search(u"m"_s, 1).size(), 1);
}

void TestCatalog::refusesCsvWithoutRequiredColumns()
{
    const auto summary =
        m_catalog->importCsv("ean,name,price\n7310865004703,Mjölk,15.90\n", Currency::sek());
    QVERIFY(!summary);
    QVERIFY(summary.error().detail.contains(u"vat"_s));
    QVERIFY(!m_catalog->importCsv("", Currency::sek()));
    QCOMPARE(m_catalog->count(), 0);
}

void TestCatalog::demoCatalogIsRealistic()
{
    QFile file(u":/catalog/demo-catalog.csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    const ImportSummary summary = import(csv);
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));
    QVERIFY(summary.imported >= 200);
    QCOMPARE(m_catalog->count(), summary.imported);
    QSet<QString> rates;
    QSet<QString> eans;
    int byWeight = 0;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString ean = QString::fromUtf8(lines[i].left(lines[i].indexOf(',')));
        const auto p = m_catalog->findByEan(ean);
        QVERIFY2(p, qPrintable(ean));
        QVERIFY(p->ean.startsWith(u"73"_s)); // Swedish GS1 prefix
        QVERIFY(p->unitPrice.isPositive());
        eans.insert(ean);
        rates.insert(p->taxRate.toString());
        byWeight += p->soldByWeight ? 1 : 0;
    }
    QCOMPARE(eans.size(), summary.imported); // every barcode is unique
    QCOMPARE(rates, (QSet<QString>{u"25"_s, u"12"_s, u"6"_s}));
    QVERIFY(byWeight >= 5);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
