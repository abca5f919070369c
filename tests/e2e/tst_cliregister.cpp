// kassa-cli as a Swedish cash register (issue 29): `shop set`, `identity`,
// `training on|off` and `receipt N [--text] [--pdf FILE] [--copy]`, against
// a real till: seqr-sandbox on loopback, the control-unit sandbox on TCP, a
// real journal. The receipt's text and its PDF (pdftotext) hold the 13
// items with the control code the unit gave; one copy per receipt.
#include "core/catalog/catalog.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "tests/support/clidevices.h"
#include "tests/support/pdftext.h"
#include "tests/support/unitsandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace kassa::sandbox;
using namespace Qt::StringLiterals;
using kassa::test::pdfText;

class TestCliRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shopSetAndIdentity();
    void receiptTextPdfAndOneCopy();
    void trainingSaleSaysOvningskvitto();
    void proFormaIsSignedAndSaysEjKvitto();
    void priceSetIsJournaledAndExported();

private:
    using Run = CliFixture::Run;
    void setUpTill();

    std::unique_ptr<CliUnitFixture> m_cli;
};

void TestCliRegister::init()
{
    m_cli = std::make_unique<CliUnitFixture>(u"SBX-CLI-29"_s);
    QVERIFY2(m_cli->problem().isEmpty(), qPrintable(m_cli->problem()));
}

void TestCliRegister::cleanup()
{
    m_cli.reset();
}

void TestCliRegister::setUpTill()
{
    const QString registered = m_cli->registerTill(u"CLIREG1"_s, u"KASSA-3"_s);
    QVERIFY2(registered.isEmpty(), qPrintable(registered));
    const Run shop =
        m_cli->run({u"shop"_s, u"set"_s, u"--name"_s, u"Lilla Livs AB"_s, u"--address"_s,
                    u"Storgatan 1\\n123 45 Lilla By"_s, u"--org-number"_s, u"5566778899"_s});
    QVERIFY2(shop.exitCode == 0, qPrintable(shop.err));
    const Run unit = m_cli->run({u"control-unit"_s, u"set"_s, m_cli->ports().tcpDevice()});
    QVERIFY2(unit.exitCode == 0, qPrintable(unit.out + unit.err));
}

void TestCliRegister::shopSetAndIdentity()
{
    const Run bad = m_cli->run({u"shop"_s, u"set"_s, u"--org-number"_s, u"55-66"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"är inget organisationsnummer"_s) ||
                 bad.err.contains(u"is not an organisation number"_s),
             qPrintable(bad.err));
    const Run empty = m_cli->run({u"shop"_s, u"set"_s, u"--name"_s, u" "_s});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(u"Butiken behöver ett namn"_s) ||
                 empty.err.contains(u"The shop needs a name"_s),
             qPrintable(empty.err));
    const Run set = m_cli->run({u"shop"_s, u"set"_s, u"--name"_s, u"Lilla Livs AB"_s,
                                u"--org-number"_s, u"5566778899"_s, u"--json"_s});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(set.out.toUtf8())[u"organisationNumber"_s].toString(),
             u"556677-8899"_s);

    const Run first = m_cli->run({u"identity"_s, u"--json"_s});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject id = QJsonDocument::fromJson(first.out.toUtf8()).object();
    QVERIFY(id[u"model"_s].toString().contains(u"SE"_s));
    QVERIFY(!id[u"manufacturer"_s].toString().isEmpty());
    QVERIFY(!id[u"version"_s].toString().isEmpty());
    const QString number = id[u"manufacturingNumber"_s].toString();
    QVERIFY2(number.startsWith(u"KSE-"_s) && number.size() == 16, qPrintable(number));
    // Made at the first start and kept in till.json: the same on every run.
    const Run again = m_cli->run({u"identity"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"Manufacturing number: "_s + number) ||
                 again.out.contains(u"Tillverkningsnummer: "_s + number),
             qPrintable(again.out));
    QFile till(m_cli->path(u"till.json"_s));
    QVERIFY(till.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(till.readAll())[u"manufacturingNumber"_s].toString(), number);
}

void TestCliRegister::receiptTextPdfAndOneCopy()
{
    setUpTill();
    const Run sale = m_cli->run({u"sell"_s, u"--row"_s, u"Kaffe;1;49.90;12"_s, u"--row"_s,
                                 u"Tvål;2;19.50;25"_s, u"--cash"_s, u"100"_s, u"--json"_s});
    QVERIFY2(sale.exitCode == 0, qPrintable(sale.out + sale.err));
    const QJsonObject sold = QJsonDocument::fromJson(sale.out.toUtf8()).object();
    const QString code = sold[u"controlCode"_s].toString();
    QVERIFY(!code.isEmpty());
    QCOMPARE(sold[u"controlUnit"_s].toString(), u"SBX-CLI-29"_s);

    const QString pdf = m_cli->path(u"receipt-1.pdf"_s);
    const Run shown = m_cli->run({u"receipt"_s, u"1"_s, u"--text"_s, u"--pdf"_s, pdf});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the PDF receipt");
    const QString fromPdf = pdfText(pdf);
    for (const QString &text : {shown.out, fromPdf}) {
        const QString flat = text.simplified();
        for (const QString &item :
             {u"Lilla Livs AB"_s, u"Org.nr 556677-8899"_s, u"Storgatan 1"_s, u"123 45 Lilla By"_s,
              QDate::currentDate().toString(u"yyyy-MM-dd"_s), u"Kvitto 1"_s, u"Kassa: KASSA-3"_s,
              u"Kaffe 49,90"_s, u"1 st à 49,90"_s, u"Tvål 39,00"_s, u"2 st à 19,50"_s,
              u"TOTALT SEK 88,90"_s, u"Varav moms 13,15"_s, u"12 % 44,55 5,35 49,90"_s,
              u"25 % 31,20 7,80 39,00"_s, u"Kontant 100,00"_s, u"Växel 11,10"_s,
              u"Kontrollenhet SBX-CLI-29"_s, code})
            QVERIFY2(flat.contains(item), qPrintable(item + u" missing in:\n"_s + text));
    }
    QVERIFY2(fromPdf.contains(u"Elektroniskt kassakvitto"_s), qPrintable(fromPdf));
    QVERIFY(!shown.out.contains(u"Elektroniskt kassakvitto"_s));

    const Run copy = m_cli->run({u"receipt"_s, u"1"_s, u"--copy"_s, u"--json"_s});
    QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
    const QJsonObject copied = QJsonDocument::fromJson(copy.out.toUtf8()).object();
    QVERIFY(copied[u"copy"_s].toBool());
    QCOMPARE(copied[u"text"_s].toString().count(u"*** KOPIA ***"_s), 2);
    const QString copyCode = copied[u"controlCode"_s].toString();
    QVERIFY(!copyCode.isEmpty() && copyCode != code);
    const Run second = m_cli->run({u"receipt"_s, u"1"_s, u"--copy"_s});
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(u"Kvitto 1 har redan sin kopia"_s) ||
                 second.err.contains(u"Receipt 1 already has its copy"_s),
             qPrintable(second.err));
    QCOMPARE(test::signedTypes(m_cli->unit()), (QStringList{u"normal"_s, u"kopia"_s}));
}

void TestCliRegister::trainingSaleSaysOvningskvitto()
{
    setUpTill();
    const Run on = m_cli->run({u"training"_s, u"on"_s, u"--json"_s});
    QVERIFY2(on.exitCode == 0, qPrintable(on.err));
    QVERIFY(QJsonDocument::fromJson(on.out.toUtf8())[u"training"_s].toBool());
    const Run sale =
        m_cli->run({u"sell"_s, u"--row"_s, u"Kaffe;1;20.00;12"_s, u"--cash"_s, u"20"_s});
    QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
    QCOMPARE(sale.out.count(u"*** ÖVNINGSKVITTO ***"_s), 2);
    QCOMPARE(m_cli->run({u"training"_s, u"off"_s}).exitCode, 0);
    const Run real =
        m_cli->run({u"sell"_s, u"--row"_s, u"Kaffe;1;20.00;12"_s, u"--cash"_s, u"20"_s});
    QVERIFY(real.exitCode == 0 && !real.out.contains(u"ÖVNINGSKVITTO"_s));
    QCOMPARE(m_cli->run({u"training"_s, u"maybe"_s}).exitCode, 2);
    QCOMPARE(test::signedTypes(m_cli->unit()), (QStringList{u"ovning"_s, u"normal"_s}));
}

// `kassa-cli proforma --row …`: the cart before payment as EJ KVITTO (twice,
// large), numbered in its own series, signed by the unit as pro forma
// before it is shown; it takes no number from the receipt series.
void TestCliRegister::proFormaIsSignedAndSaysEjKvitto()
{
    setUpTill();
    const Run none = m_cli->run({u"proforma"_s});
    QCOMPARE(none.exitCode, 2);
    const Run made = m_cli->run({u"proforma"_s, u"--row"_s, u"Tårta;1;250.00;12"_s, u"--row"_s,
                                 u"Kaffe;2;25.00;12"_s, u"--json"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
    const QJsonObject json = QJsonDocument::fromJson(made.out.toUtf8()).object();
    QCOMPARE(json[u"proForma"_s].toInt(), 1);
    QCOMPARE(json[u"total"_s].toString(), u"300.00"_s);
    QCOMPARE(json[u"controlUnit"_s].toString(), u"SBX-CLI-29"_s);
    const QList<SignedReceipt> atUnit = m_cli->unit().signedReceipts().value();
    QCOMPARE(atUnit.size(), 1);
    QCOMPARE(atUnit.first().type, u"profo"_s);
    QVERIFY2(atUnit.first().fields.contains(u"#1#KASSA-3#556677-8899#profo#300,00#0,00#"_s),
             qPrintable(atUnit.first().fields));
    QCOMPARE(json[u"controlCode"_s].toString(), atUnit.first().controlCode);
    const QString text = json[u"text"_s].toString();
    QCOMPARE(text.count(u"*** EJ KVITTO ***"_s), 2);
    const QString flat = text.simplified();
    for (const QString &item :
         {u"Lilla Livs AB"_s, u"Tårta 250,00"_s, u"Kaffe 50,00"_s, u"TOTALT SEK 300,00"_s,
          u"Kontrollenhet SBX-CLI-29"_s, QString(u"Kontrollkod "_s + atUnit.first().controlCode)})
        QVERIFY2(flat.contains(item), qPrintable(item + u" missing in:\n"_s + text));
    QVERIFY(!flat.contains(u"Kontant"_s));
    // No sale: the next sale is receipt 1.
    const Run sale = m_cli->run(
        {u"sell"_s, u"--row"_s, u"Tårta;1;250.00;12"_s, u"--cash"_s, u"250"_s, u"--json"_s});
    QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
    QCOMPARE(QJsonDocument::fromJson(sale.out.toUtf8())[u"receiptNumber"_s].toInt(), 1);
}

// `kassa-cli price set BARCODE PRICE`: journaled with the old and the new
// price, when and who, then in the catalog; the journal export lists it.
void TestCliRegister::priceSetIsJournaledAndExported()
{
    setUpTill();
    {
        auto catalog = catalog::Catalog::open(m_cli->path(u"catalog.sqlite"_s));
        QVERIFY(catalog);
        QVERIFY((*catalog)->importCsv("ean,name,price,vat\n7310865004703,Kaffe,25.00,12\n",
                                      Currency::sek()));
    }
    const Run set = m_cli->run({u"price"_s, u"set"_s, u"7310865004703"_s, u"27.50"_s,
                                u"--cashier"_s, u"boss"_s, u"--json"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
    const QJsonObject json = QJsonDocument::fromJson(set.out.toUtf8()).object();
    QCOMPARE(json[u"oldPrice"_s].toString(), u"25.00"_s);
    QCOMPARE(json[u"newPrice"_s].toString(), u"27.50"_s);
    QCOMPARE(json[u"changedBy"_s].toString(), u"boss"_s);
    {
        auto catalog = catalog::Catalog::open(m_cli->path(u"catalog.sqlite"_s));
        QVERIFY(catalog);
        QCOMPARE((*catalog)->findByEan(u"7310865004703"_s)->unitPrice.toDecimalString(),
                 u"27.50"_s);
    }
    const Run unknown = m_cli->run({u"price"_s, u"set"_s, u"123"_s, u"1.00"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"123"_s), qPrintable(unknown.err));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString out = m_cli->path(u"export.csv"_s);
    const Run exported = m_cli->run({u"journal"_s, u"export"_s, u"--from"_s, today, u"--to"_s,
                                     today, u"--format"_s, u"csv"_s, u"--out"_s, out});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"\nprice change,"_s) &&
                 text.contains(u",7310865004703,27.50,SEK,Kaffe; was 25.00; edit by boss"_s),
             qPrintable(text));
}

QTEST_MAIN(TestCliRegister)
#include "tst_cliregister.moc"
