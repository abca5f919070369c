#include "core/catalog/catalog.h"
#include "core/checkout/checkout.h"
#include "core/drawer/cashdrawer.h"
#include "core/journal/journalexport.h"
#include "core/printing/tillprinter.h"
#include "core/reconciliation/dayreport.h"
#include "core/terminal/priceedit.h"
#include "core/terminal/tillconfig.h"
#include "sandbox/virtualprinter.h"
#include "tests/support/tillfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;
using State = PaymentSession::State;
using journal::DrawerCause;

// The Swedish day (SKVFS 2014:9): the drawer opened through the till's
// printer (the virtual ESC/POS printer over TCP) after each cash sale and
// never after a SEQR-only one, journaled before the kick; a scripted day
// against the real sandbox and a real journal, whose X and Z reports give
// exact figures for all 22 items in Swedish and English; the running Z
// number; grand totals equal to a rebuild; the export with every event.
class TestDayReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void drawerOpensAfterCashNeverAfterSeqrOnly();
    void drawerStaysShutWhenTheJournalRefuses();
    void scriptedDayGivesEveryItem();
    void reportsReadInSwedishAndEnglish();
    void zNumberRunsOnAndGrandTotalsSurviveARebuild();
    void exportHoldsEveryEventOfTheDay();
    void catalogImportJournalsPriceChangesAndGroups();
    void priceEditIsJournaledWithWhoAndExported();

private:
    std::unique_ptr<Checkout> makeCheckout();
    catalog::Product product(const QString &name, const QString &price, int vat,
                             const QString &group, bool service = false) const;
    Money sek(const char *amount) const
    {
        return *Money::parse(QString::fromLatin1(amount), u"SEK");
    }
    void paySeqr(Checkout &checkout);
    void playScriptedDay();
    // Plays the scripted day; false when a step of it failed (the failure
    // is already told: the test stops).
    bool scriptDay();
    DayReportHeader header(const QString &language) const;
    // Checks that `text` holds each of `lines` (what is missing, with the
    // text, in the failure).
    void expectLines(const QString &text, const QStringList &lines);
    // The X and Z reports of the journal so far, in `language`.
    Result<DayReport> xReport(const QString &language = QStringLiteral("en"));
    Result<DayReport> zReport(const QString &language = QStringLiteral("en"));

    std::unique_ptr<TillFixture> m_till;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<sandbox::VirtualPrinter> m_printer;
    std::unique_ptr<printing::TillPrinter> m_tillPrinter;
    std::unique_ptr<CashDrawer> m_drawer;
    QString m_seqrErs; // the SEQR-only sale's payment, returned in the scripted day
};

void TestDayReport::init()
{
    m_till = TillFixture::withTillOne();
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
    m_cart = std::make_unique<Cart>();
    m_printer = std::make_unique<sandbox::VirtualPrinter>();
    QVERIFY(m_printer->start());
    TillConfig config;
    config.printer = m_printer->tcpSpec();
    config.printerProfile.drawerPin = 2;
    config.printerProfile.drawerPulseMs = 100;
    auto printer = config.openPrinter();
    QVERIFY(printer && *printer);
    m_tillPrinter = std::move(printer).value();
    m_drawer = std::make_unique<CashDrawer>(m_till->journal());
    m_drawer->setCashierId(u"anna"_s);
    m_drawer->setKick(m_tillPrinter->drawerKickFunction());
}

void TestDayReport::cleanup()
{
    m_drawer.reset();
    m_tillPrinter.reset();
    m_printer.reset();
    m_cart.reset();
    m_till.reset();
}

std::unique_ptr<Checkout> TestDayReport::makeCheckout()
{
    auto checkout = m_till->makeCheckout(m_cart.get(), u"Lilla Livs"_s);
    checkout->setDrawer(m_drawer.get());
    return checkout;
}

catalog::Product TestDayReport::product(const QString &name, const QString &price, int vat,
                                        const QString &group, bool service) const
{
    catalog::Product p = ::product(name, price, vat);
    p.group = group;
    p.service = service;
    return p;
}

void TestDayReport::paySeqr(Checkout &checkout)
{
    QCOMPARE(checkout.payWithSeqr(), SeqrRefusal::None);
    PaymentSession *session = checkout.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Waiting, 15000);
    QVERIFY(m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Paid, 15000);
}

void TestDayReport::drawerOpensAfterCashNeverAfterSeqrOnly()
{
    auto checkout = makeCheckout();
    // At the kick, the opening must already be in the journal.
    int journaledAtKick = -1;
    const auto kick = m_tillPrinter->drawerKickFunction();
    m_drawer->setKick([&, kick] {
        journaledAtKick =
            int(m_till->journal()->drawerOpenings({}, QDateTime::currentDateTimeUtc())->size());
        kick();
    });
    QVERIFY(m_cart->addProduct(product(u"Mjölk"_s, u"15.90"_s, 12, u"Mejeri"_s)));
    paySeqr(*checkout);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_till->journal()->drawerOpenings({}, QDateTime::currentDateTimeUtc())->isEmpty());
    QCOMPARE(journaledAtKick, -1);

    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"25.00"_s, 25, u"Dryck"_s)));
    auto cash = checkout->takeCash(sek("30.00"));
    QVERIFY(cash && cash->saleCompleted);
    QCOMPARE(journaledAtKick, 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->drawerKicks().size(), 1, 10000);
    QCOMPARE(m_printer->drawerKicks().first().pin, 2);
    QCOMPARE(m_printer->drawerKicks().first().onMs, 100);

    // A split tender: the cash part opens it too.
    QVERIFY(m_cart->addProduct(product(u"Ost"_s, u"120.00"_s, 12, u"Mejeri"_s)));
    QVERIFY(checkout->takeCash(sek("50.00")));
    QCOMPARE(m_printer->drawerKicks().size(), 1);
    paySeqr(*checkout);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(journaledAtKick, 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_printer->drawerKicks().size(), 2, 10000);

    const auto openings = m_till->journal()->drawerOpenings({}, QDateTime::currentDateTimeUtc());
    QCOMPARE(openings->size(), 2);
    QCOMPARE(openings->at(0).cause, DrawerCause::CashSale);
    QCOMPARE(openings->at(0).reference, QString::number(cash->saleId));
    QCOMPARE(openings->at(0).cashierId, u"anna"_s);
    QCOMPARE(openings->at(1).cause, DrawerCause::CashSale);
    // The SEQR-only sale left no kick behind: the printer saw exactly two.
    QVERIFY(m_printer->receipts().isEmpty());
    QCOMPARE(m_printer->transcript(), u"[drawer: pin 2, 100 ms]\n[drawer: pin 2, 100 ms]\n"_s);
}

void TestDayReport::drawerStaysShutWhenTheJournalRefuses()
{
    CashDrawer orphan(nullptr);
    bool kicked = false;
    orphan.setKick([&] { kicked = true; });
    QVERIFY(!orphan.open(DrawerCause::NoSale, u"change"_s));
    QVERIFY(!kicked);
}

bool TestDayReport::scriptDay()
{
    playScriptedDay();
    return !QTest::currentTestFailed();
}

void TestDayReport::playScriptedDay()
{
    auto checkout = makeCheckout();
    // The float at the start of the day.
    const auto from = dayStart(*m_till->journal());
    QVERIFY(from);
    QVERIFY(m_till->journal()->recordFloat(sek("1000.00"), *from, u"morning"_s, u"anna"_s));
    QVERIFY(m_drawer->open(DrawerCause::Float, u"morning"_s));
    // 1: cash — 2 coffee, a bun and a typed reduction (another reduction).
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"25.00"_s, 25, u"Dryck"_s),
                               Decimal::fromInteger(2)));
    QVERIFY(m_cart->addProduct(product(u"Bulle"_s, u"15.00"_s, 12, u"Bröd"_s)));
    QVERIFY(
        m_cart->addTypedRow(*makeSaleRow(u"Returglas"_s, u"1", u"-2.00", u"25", Currency::sek())));
    auto one = checkout->takeCash(sek("100.00"));
    QVERIFY(one && one->saleCompleted);
    QCOMPARE(one->change.toDecimalString(), u"37.00"_s);
    // 2: SEQR only — milk.
    QVERIFY(m_cart->addProduct(product(u"Mjölk"_s, u"15.90"_s, 12, u"Mejeri"_s)));
    paySeqr(*checkout);
    m_seqrErs = checkout->session()->ersReference();
    // 3: split — a service and a coffee with 5.00 off; 10.00 cash, SEQR the rest.
    QVERIFY(
        m_cart->addProduct(product(u"Presentinslagning"_s, u"20.00"_s, 25, u"Tjänster"_s, true)));
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"25.00"_s, 25, u"Dryck"_s)));
    QVERIFY(m_cart->setRowDiscount(1, sek("5.00")));
    QVERIFY(checkout->takeCash(sek("10.00")));
    paySeqr(*checkout);
    // A voided cart with a row.
    QVERIFY(m_cart->addProduct(product(u"Bulle"_s, u"15.00"_s, 12, u"Bröd"_s)));
    QVERIFY(checkout->voidSale());
    // A canceled SEQR payment, then the same cart paid in cash (4).
    QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"25.00"_s, 25, u"Dryck"_s)));
    QCOMPARE(checkout->payWithSeqr(), SeqrRefusal::None);
    QTRY_COMPARE_WITH_TIMEOUT(checkout->session()->state(), State::Waiting, 15000);
    checkout->session()->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(checkout->session()->state(), State::Canceled, 15000);
    auto four = checkout->takeCash(sek("25.00"));
    QVERIFY(four && four->saleCompleted);
    // Two no-sales, a float change (cash out to the bank) and a return of the milk.
    QVERIFY(m_drawer->open(DrawerCause::NoSale, u"change for a 500"_s));
    QVERIFY(m_drawer->open(DrawerCause::NoSale, {}));
    QVERIFY(m_till->journal()->recordFloat(sek("800.00"), *from, u"to the bank"_s, u"anna"_s));
    QVERIFY(m_drawer->open(DrawerCause::Float, u"to the bank"_s));
    QVERIFY(m_till->journal()->recordRefund(m_seqrErs, u"REFUND-1"_s, sek("15.90"), u"anna"_s));
    // A copy of the first receipt, and a training sale (a bun for 15.00):
    // both only in their own items.
    QVERIFY(m_till->journal()->recordCopy(
        m_till->journal()->sale(one->saleId)->receiptNumber.value_or(0), u"anna"_s));
    QVERIFY(m_till->journal()->setTraining(true, u"manager"_s));
    QVERIFY(m_cart->addProduct(product(u"Bulle"_s, u"15.00"_s, 12, u"Bröd"_s)));
    auto training = checkout->takeCash(sek("15.00"));
    QVERIFY(training && training->saleCompleted);
    QVERIFY(m_till->journal()->setTraining(false, u"manager"_s));
}

DayReportHeader TestDayReport::header(const QString &language) const
{
    ReceiptSettings shop;
    shop.shopName = u"Lilla Livs AB"_s;
    shop.address = u"Storgatan 1\n111 22 Stockholm"_s;
    shop.organisationNumber = u"556677-8899"_s;
    shop.language = language;
    return DayReportHeader{shop, u"KASSA1"_s};
}

void TestDayReport::expectLines(const QString &text, const QStringList &lines)
{
    for (const QString &line : lines)
        QVERIFY2(text.contains(line), qPrintable(line + u"\n"_s + text));
}

Result<DayReport> TestDayReport::xReport(const QString &language)
{
    return takeXReport(*m_till->journal(), header(language), Currency::sek());
}

Result<DayReport> TestDayReport::zReport(const QString &language)
{
    return takeZReport(*m_till->journal(), header(language), Currency::sek());
}

void TestDayReport::scriptedDayGivesEveryItem()
{
    if (!scriptDay())
        return;
    const auto x = xReport();
    QVERIFY(x);
    const QJsonObject j = x->toJson();
    QCOMPARE(j[u"kind"_s].toString(), u"X"_s);                    // 3
    QCOMPARE(j[u"companyName"_s].toString(), u"Lilla Livs AB"_s); // 1
    QCOMPARE(j[u"organisationNumber"_s].toString(), u"556677-8899"_s);
    QVERIFY(x->takenAt.isValid());                        // 2
    QCOMPARE(j[u"register"_s].toString(), u"KASSA1"_s);   // 4
    QCOMPARE(j[u"totalSales"_s].toString(), u"143.90"_s); // 5
    const QJsonArray groups = j[u"groups"_s].toArray();   // 6
    QCOMPARE(groups.size(), 5);
    QCOMPARE(groups[0].toObject()[u"group"_s].toString(), QString()); // the typed row
    QCOMPARE(groups[0].toObject()[u"amount"_s].toString(), u"-2.00"_s);
    QCOMPARE(groups[1].toObject()[u"group"_s].toString(), u"Bröd"_s);
    QCOMPARE(groups[1].toObject()[u"amount"_s].toString(), u"15.00"_s);
    QCOMPARE(groups[2].toObject()[u"group"_s].toString(), u"Dryck"_s);
    QCOMPARE(groups[2].toObject()[u"amount"_s].toString(), u"95.00"_s);
    QCOMPARE(groups[3].toObject()[u"amount"_s].toString(), u"15.90"_s); // Mejeri
    QCOMPARE(groups[4].toObject()[u"amount"_s].toString(), u"20.00"_s); // Tjänster
    const QJsonArray vat = j[u"vat"_s].toArray();                       // 7
    QCOMPARE(vat.size(), 2);
    QCOMPARE(vat[0].toObject()[u"rate"_s].toString(), u"25"_s);
    QCOMPARE(vat[0].toObject()[u"gross"_s].toString(), u"113.00"_s);
    QCOMPARE(vat[0].toObject()[u"vat"_s].toString(), u"22.60"_s);
    QCOMPARE(vat[1].toObject()[u"rate"_s].toString(), u"12"_s);
    QCOMPARE(vat[1].toObject()[u"gross"_s].toString(), u"30.90"_s);
    QCOMPARE(vat[1].toObject()[u"vat"_s].toString(), u"3.31"_s);
    QCOMPARE(j[u"cashFloat"_s].toString(), u"800.00"_s); // 8
    QCOMPARE(j[u"cashIn"_s].toString(), u"1000.00"_s);
    QCOMPARE(j[u"cashOut"_s].toString(), u"200.00"_s);
    QCOMPARE(j[u"itemsSold"_s].toString(), u"6"_s);    // 9
    QCOMPARE(j[u"servicesSold"_s].toString(), u"1"_s); // 10
    QCOMPARE(j[u"receipts"_s].toInt(), 5);             // 11: four sales and the return
    QCOMPARE(j[u"drawerOpenings"_s].toInt(), 8);       // 12 (the training sale too)
    QCOMPARE(j[u"noSales"_s].toInt(), 2);
    QCOMPARE(j[u"copies"_s].toObject()[u"count"_s].toInt(), 1); // 13
    QCOMPARE(j[u"copies"_s].toObject()[u"amount"_s].toString(), u"63.00"_s);
    QCOMPARE(j[u"training"_s].toObject()[u"count"_s].toInt(), 1); // 14
    QCOMPARE(j[u"training"_s].toObject()[u"amount"_s].toString(), u"15.00"_s);
    const QJsonObject methods = j[u"paymentMethods"_s].toObject(); // 15
    QCOMPARE(methods[u"cash"_s].toString(), u"98.00"_s);
    QCOMPARE(methods[u"seqr"_s].toString(), u"45.90"_s);
    QCOMPARE(j[u"returns"_s].toObject()[u"count"_s].toInt(), 1); // 16
    QCOMPARE(j[u"returns"_s].toObject()[u"amount"_s].toString(), u"15.90"_s);
    QCOMPARE(j[u"discounts"_s].toObject()[u"count"_s].toInt(), 1); // 17
    QCOMPARE(j[u"discounts"_s].toObject()[u"amount"_s].toString(), u"5.00"_s);
    QCOMPARE(j[u"otherReductions"_s].toObject()[u"count"_s].toInt(), 1); // 18
    QCOMPARE(j[u"otherReductions"_s].toObject()[u"amount"_s].toString(), u"2.00"_s);
    QCOMPARE(j[u"unfinished"_s].toObject()[u"count"_s].toInt(), 2); // 19
    QCOMPARE(j[u"unfinished"_s].toObject()[u"amount"_s].toString(), u"40.00"_s);
    QCOMPARE(j[u"grandTotalSales"_s].toString(), u"143.90"_s);  // 20
    QCOMPARE(j[u"grandTotalReturns"_s].toString(), u"15.90"_s); // 21
    QCOMPARE(j[u"grandTotalNet"_s].toString(), u"128.00"_s);    // 22
    QCOMPARE(j[u"expectedCash"_s].toString(), u"898.00"_s);
    // An X report changes nothing: the next one says the same.
    const auto again = xReport();
    QCOMPARE(again->toJson()[u"totalSales"_s], j[u"totalSales"_s]);
    QVERIFY(!m_till->journal()->lastZReport().value());
    QCOMPARE(m_till->journal()->events({})->count(u"x-report"_s), 2);
}

void TestDayReport::reportsReadInSwedishAndEnglish()
{
    if (!scriptDay())
        return;
    const auto en = xReport();
    const QString english = en->toText();
    expectLines(english,
                {// The head: the report, the shop, the register.
                 u"X report"_s, u"Lilla Livs AB"_s, u"Storgatan 1"_s, u"556677-8899"_s, u"KASSA1"_s,
                 // Sales, per group, and the float.
                 u"Total sales"_s, u"143.90"_s, u"Dryck"_s, u"95.00"_s, u"Without group"_s,
                 u"Cash float"_s, u"800.00"_s,
                 // What was sold, the receipts, the drawer.
                 u"Items sold"_s, u"Services sold"_s, u"Receipts"_s, u"Drawer openings"_s,
                 u"of which No sale"_s, u"Receipt copies 1"_s, u"Training receipts 1"_s,
                 // How it was paid, and what took from it.
                 u"Sales per payment method"_s, u"45.90"_s, u"Returns 1"_s, u"Discounts 1"_s,
                 u"Other reductions 1"_s, u"Unfinished sales 2"_s, u"40.00"_s,
                 // The grand totals.
                 u"Grand total sales"_s, u"Grand total returns"_s, u"Grand total net"_s,
                 u"128.00"_s});
    const auto z = zReport(u"sv"_s);
    QVERIFY(z);
    const QString swedish = z->toText();
    expectLines(swedish,
                {// The head.
                 u"Z-dagrapport nr 1"_s, u"Org.nr"_s, u"Kassa"_s,
                 // Sales, per main group, and their VAT.
                 u"Total försäljning"_s, u"143,90"_s, u"Försäljning per huvudgrupp"_s,
                 u"Utan grupp"_s, u"Moms"_s, u"22,60"_s,
                 // The float and what was put in.
                 u"Växelkassa"_s, u"800,00"_s, u"Insättning"_s, u"1000,00"_s,
                 // What was taken out.
                 u"Uttag"_s, u"200,00"_s,
                 // What was sold, the receipts, the drawer.
                 u"Sålda varor"_s, u"Sålda tjänster"_s, u"Kvitton"_s, u"Lådöppningar"_s,
                 u"varav ingen försäljning"_s, u"Kvittokopior 1"_s, u"Övningskvitton 1"_s,
                 // How it was paid, and what took from it.
                 u"Försäljning per betalningsmedel"_s, u"Kontant"_s, u"98,00"_s, u"45,90"_s,
                 u"Returer 1"_s, u"15,90"_s, u"Rabatter 1"_s, u"5,00"_s, u"Andra minskningar 1"_s,
                 u"Oavslutade försäljningar 2"_s, u"40,00"_s,
                 // The grand totals.
                 u"Grand total försäljning"_s, u"Grand total returer"_s, u"Grand total netto"_s,
                 u"128,00"_s});
    // Each figure on the line with its words.
    QVERIFY2(swedish.contains(QRegularExpression(u"Lådöppningar +8\\n"_s)), qPrintable(swedish));
    QVERIFY2(swedish.contains(QRegularExpression(u"Sålda varor +6\\n"_s)), qPrintable(swedish));
    QVERIFY2(english.contains(QRegularExpression(u"Receipts +5\\n"_s)), qPrintable(english));
}

void TestDayReport::zNumberRunsOnAndGrandTotalsSurviveARebuild()
{
    if (!scriptDay())
        return;
    const auto z1 = zReport();
    QVERIFY(z1);
    QCOMPARE(z1->zNumber, 1);
    // The next day: one cash sale. Its Z has number 2, the day's figures
    // alone, and grand totals that went on.
    {
        auto checkout = makeCheckout();
        QVERIFY(m_cart->addProduct(product(u"Kaffe"_s, u"25.00"_s, 25, u"Dryck"_s)));
        QVERIFY(checkout->takeCash(sek("25.00")));
    }
    const auto z2 = zReport();
    QVERIFY(z2);
    QCOMPARE(z2->zNumber, 2);
    QCOMPARE(z2->from, z1->takenAt);
    QCOMPARE(z2->totalSales.toDecimalString(), u"25.00"_s);
    QCOMPARE(z2->receipts, 1);
    QCOMPARE(z2->drawerOpenings, 1);
    QCOMPARE(z2->returns.count, 0);
    QCOMPARE(z2->unfinished.count, 0);
    QCOMPARE(z2->grand.sales.toDecimalString(), u"168.90"_s);
    QCOMPARE(z2->grand.returns.toDecimalString(), u"15.90"_s);
    QCOMPARE(z2->grand.net.toDecimalString(), u"153.00"_s);
    // A rebuild: the journal reopened from its file; the grand totals summed
    // again from every sale and return equal those kept with each Z.
    const QString path = m_till->journal()->path();
    m_drawer.reset();
    m_till->closeJournal();
    auto reopened = journal::Journal::open(path);
    QVERIFY(reopened);
    const auto kept = (*reopened)->zReports({}, QDateTime::currentDateTimeUtc());
    QCOMPARE(kept->size(), 2);
    for (const journal::ZRecord &z : *kept) {
        const auto rebuilt = (*reopened)->grandTotals(z.takenAt, Currency::sek());
        QCOMPARE(rebuilt->sales, z.grand.sales);
        QCOMPARE(rebuilt->returns, z.grand.returns);
        QCOMPARE(rebuilt->net, z.grand.net);
        const QJsonObject figures = QJsonDocument::fromJson(z.report).object();
        QCOMPARE(figures[u"zNumber"_s].toInteger(), z.number);
        QCOMPARE(figures[u"grandTotalNet"_s].toString(), z.grand.net.toDecimalString());
    }
    qint64 sum = 0;
    const auto everySale = (*reopened)->sales({});
    QVERIFY(everySale);
    for (const journal::Sale &s : *everySale)
        sum += s.status == journal::SaleStatus::Completed && !s.training ? s.total.minorUnits() : 0;
    QCOMPARE(sum, kept->last().grand.sales.minorUnits());
}

void TestDayReport::exportHoldsEveryEventOfTheDay()
{
    if (!scriptDay())
        return;
    QVERIFY(xReport());
    QVERIFY(zReport());
    QVERIFY(m_till->journal()->recordPriceChanges({journal::PriceChange{
        0, {}, u"7310865004703"_s, u"Kaffe"_s, sek("25.00"), sek("27.00"), u"edit"_s}}));
    const QDate today = QDate::currentDate();
    const QString csvPath = m_till->path(u"day.csv"_s);
    const auto csv = journal::exportJournal(*m_till->journal(), today, today,
                                            journal::ExportFormat::Csv, csvPath);
    QVERIFY2(csv, qPrintable(csv ? QString() : csv.error().detail));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.startsWith(u"kind,at,reference,amount,currency,detail\n"_s));
    for (const QString &kind : {u"\nsale,"_s,
                                u"\nsale canceled,"_s,
                                u"\nreturn,"_s,
                                u",REFUND-1,15.90,SEK,of "_s,
                                u"\ndrawer opening,"_s,
                                u"no sale"_s,
                                u"cash sale"_s,
                                u"\nfloat change,"_s,
                                u"\ncart voided,"_s,
                                u"\nprice change,"_s,
                                u",7310865004703,27.00,SEK,Kaffe; was 25.00; edit"_s,
                                u"\nZ report,"_s,
                                u"Z,1,143.90,SEK,"_s,
                                u"event x-report"_s,
                                u"event z-report"_s,
                                u"event drawer-opened"_s,
                                u"event float-changed"_s,
                                u"event cart-voided"_s,
                                u"event invoice-paid"_s,
                                u"event prices-changed"_s})
        QVERIFY2(text.contains(kind), qPrintable(kind));
    QCOMPARE(text.count(u"\ndrawer opening,"_s), 8);
    QCOMPARE(text.count(u"\nsale,"_s), 4);
    QCOMPARE(text.count(u"\ntraining sale,"_s), 1);
    // The SHA-256 beside it, in sha256sum's format.
    QFile sum(csv->checksumPath);
    QVERIFY(sum.open(QIODevice::ReadOnly));
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(sum.readAll(), digest + "  day.csv\n");
    // JSON: the same records.
    const auto json = journal::exportJournal(
        *m_till->journal(), today, today, journal::ExportFormat::Json, m_till->path(u"day.json"_s));
    QVERIFY(json);
    QCOMPARE(json->records, csv->records);
    QFile jsonFile(json->path);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(jsonFile.readAll())[u"records"_s].toArray();
    QCOMPARE(records.size(), csv->records);
    // Yesterday holds nothing of today.
    const auto before =
        journal::exportJournal(*m_till->journal(), today.addDays(-1), today.addDays(-1),
                               journal::ExportFormat::Json, m_till->path(u"yesterday.json"_s));
    QCOMPARE(before->records, 0);
}

void TestDayReport::catalogImportJournalsPriceChangesAndGroups()
{
    auto catalog = catalog::Catalog::open(m_till->path(u"catalog.sqlite"_s));
    QVERIFY(catalog);
    const QByteArray first = "ean,name,price,vat,group,service\n"
                             "7310865004703,Kaffe,25.00,25,Dryck,\n"
                             "4006381333931,Presentinslagning,20.00,25,Tjänster,ja\n";
    auto imported = (*catalog)->importCsv(first, Currency::sek());
    QVERIFY(imported);
    QCOMPARE(imported->priceChanges.size(), 2);
    QVERIFY(!imported->priceChanges.first().oldPrice);
    const auto wrap = (*catalog)->findByEan(u"4006381333931"_s);
    QVERIFY(wrap && wrap->service && wrap->group == u"Tjänster"_s);
    const QByteArray second = "ean,name,price,vat,group,service\n"
                              "7310865004703,Kaffe,27.00,25,Dryck,\n"
                              "4006381333931,Presentinslagning,20.00,25,Tjänster,ja\n";
    imported = (*catalog)->importCsv(second, Currency::sek());
    QVERIFY(imported);
    QCOMPARE(imported->priceChanges.size(), 1); // the unchanged price is no change
    QCOMPARE(imported->priceChanges.first().oldPrice->toDecimalString(), u"25.00"_s);
    QCOMPARE(imported->priceChanges.first().newPrice.toDecimalString(), u"27.00"_s);
    QVERIFY(m_till->journal()->recordPriceChanges(imported->priceChanges));
    const auto kept = m_till->journal()->priceChanges({}, QDateTime::currentDateTimeUtc());
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().ean, u"7310865004703"_s);
    QCOMPARE(kept->first().source, u"import"_s);
    // A sold service keeps its group and flag in the journal.
    auto checkout = makeCheckout();
    QVERIFY(m_cart->addProduct(*wrap));
    auto sold = checkout->takeCash(sek("20.00"));
    QVERIFY(sold && sold->saleCompleted);
    const auto sale = m_till->journal()->sale(sold->saleId);
    QVERIFY(sale->rows.first().service);
    QCOMPARE(sale->rows.first().group, u"Tjänster"_s);
}

// A manager's price edit (the manager window's Prices tab and `kassa-cli
// price set` call core's changePrice): journaled first with the old and the
// new price, when and who, then in the catalog; in the journal export;
// the same price, a negative one and an unknown barcode are refused with a
// sentence and change nothing.
void TestDayReport::priceEditIsJournaledWithWhoAndExported()
{
    auto catalog = catalog::Catalog::open(m_till->path(u"catalog.sqlite"_s));
    QVERIFY(catalog);
    QVERIFY((*catalog)->importCsv("ean,name,price,vat\n7310865004703,Kaffe,25.00,25\n",
                                  Currency::sek()));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto changed =
        changePrice(**catalog, *m_till->journal(), u"7310865004703"_s, sek("27.50"), u"boss"_s);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().detail));
    QCOMPARE((*catalog)->findByEan(u"7310865004703"_s)->unitPrice, sek("27.50"));
    const auto kept = m_till->journal()->priceChanges({}, QDateTime::currentDateTimeUtc()).value();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().oldPrice.value(), sek("25.00"));
    QCOMPARE(kept.first().newPrice, sek("27.50"));
    QCOMPARE(kept.first().source, u"edit"_s);
    QCOMPARE(kept.first().who, u"boss"_s);
    QVERIFY(kept.first().at >= before && kept.first().at <= QDateTime::currentDateTimeUtc());

    const auto same =
        changePrice(**catalog, *m_till->journal(), u"7310865004703"_s, sek("27.50"), u"boss"_s);
    QVERIFY(!same);
    QCOMPARE(same.error().detail, u"Kaffe costs 27.50 already: nothing was changed."_s);
    const auto negative =
        changePrice(**catalog, *m_till->journal(), u"7310865004703"_s, sek("-1.00"), u"boss"_s);
    QVERIFY(!negative);
    QCOMPARE(negative.error().detail, u"A price is an amount of zero or more in SEK."_s);
    const auto unknown =
        changePrice(**catalog, *m_till->journal(), u"123"_s, sek("1.00"), u"boss"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().detail, u"No product has the barcode 123."_s);
    QCOMPARE(m_till->journal()->priceChanges({}, QDateTime::currentDateTimeUtc())->size(), 1);
    QCOMPARE((*catalog)->findByEan(u"7310865004703"_s)->unitPrice, sek("27.50"));

    const QDate today = QDate::currentDate();
    const QString path = m_till->path(u"prices.csv"_s);
    QVERIFY(
        journal::exportJournal(*m_till->journal(), today, today, journal::ExportFormat::Csv, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u",7310865004703,27.50,SEK,Kaffe; was 25.00; edit by boss"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"event prices-changed"_s) && text.contains(u"1 by edit (boss)"_s),
             qPrintable(text));
    // The till with a shop database sets prices there, not here.
    TillConfig till;
    QVERIFY(priceEditRefusal(till).isEmpty());
}

QTEST_GUILESS_MAIN(TestDayReport)
#include "tst_dayreport.moc"
