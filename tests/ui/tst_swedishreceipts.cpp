// Receipts by the Swedish rules (SKVFS 2014:9 ch. 7 § 1, issue 29): the
// receipt's plain text and the PDF (read back with pdftotext) hold each of
// the 13 items for a cash sale, a SEQR sale, a split tender and a return —
// with the control unit's number and code as the control-unit sandbox
// signed them; one copy per receipt (KOPIA, large), a second refused with a
// sentence; a cart's pro forma receipt says EJ KVITTO; a training sale's
// receipt says ÖVNINGSKVITTO and is signed as such. Real journal, real
// control-unit-sandbox on a pseudo-terminal, real seqr-sandbox on loopback.
#include "core/checkout/checkout.h"
#include "core/controlunit/controlunitservice.h"
#include "core/controlunit/signaturewait.h"
#include "core/journal/journal.h"
#include "core/payment/refunder.h"
#include "core/payment/returnreceipts.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receiptbuilder.h"
#include "core/receipt/receiptlayout.h"
#include "core/reconciliation/zreport.h"
#include "core/refund/refundplan.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "tests/support/pdftext.h"
#include "tests/support/signerfixture.h"
#include "ui/receiptprinter.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::controlunit;
using namespace kassa::sandbox;

class TestSwedishReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cashSaleReceiptHoldsAllThirteenItems();
    void seqrSaleReceiptHoldsAllThirteenItems();
    void splitTenderReceiptNamesBothPaymentMethods();
    void returnReceiptNamesWhatWasReturned();
    void secondCopyIsRefused();
    void proFormaReceiptSaysEjKvitto();
    void trainingSaleReceiptSaysOvningskvitto();
    void trainingSalesStayOutOfSalesVatAndReconciliation();

private:
    void addRow(const QString &name, const QString &price, int vat);
    qint64 payBySeqr(Checkout &checkout);
    // `amount` in cash for the whole sale: its id once its receipt is
    // ready, 0 when the sale did not complete.
    qint64 payInCash(Checkout &checkout, const QString &amount);
    QString pdfText(const ReceiptContent &content, const QString &name);
    // Checks the 13 items on `text`; what it lacks is in the failure's message.
    void checkItems(const QString &text, const journal::Sale &sale, const QString &type);
    // Checks the 13 items on the sale's paper receipt (its text in `paper`)
    // and on its electronic one, the PDF written as `name`.pdf; only the
    // electronic receipt says so (item 13).
    void checkPaperAndPdf(const journal::Sale &sale, const QString &name, QString *paper);

    std::unique_ptr<SignerFixture> m_till;
    ReceiptSettings m_settings;
};

void TestSwedishReceipts::init()
{
    m_settings.shopName = u"Lilla Livs AB"_s;
    m_settings.address = u"Storgatan 1\n123 45 Lilla By"_s;
    m_settings.organisationNumber = u"556677-8899"_s;
    m_settings.registerId = u"KASSA-7"_s;
    m_settings.language = u"sv"_s;
    const SignerSettings signer{m_settings.registerId, m_settings.organisationNumber,
                                std::chrono::milliseconds(200)};
    m_till = std::make_unique<SignerFixture>(
        u"SBX-RECEIPT-29"_s,
        SignerFixture::Signing{signer, m_settings.shopName, std::chrono::milliseconds(500),
                               std::chrono::milliseconds(500)});
    QVERIFY2(m_till->problem().isEmpty(), qPrintable(m_till->problem()));
}

void TestSwedishReceipts::cleanup()
{
    m_till.reset();
}

void TestSwedishReceipts::addRow(const QString &name, const QString &price, int vat)
{
    const QString ean = u"73108650047"_s + QString::number(vat).rightJustified(2, u'0');
    QVERIFY(m_till->cart()->addProduct(product(name, price, vat, ean)));
}

qint64 TestSwedishReceipts::payBySeqr(Checkout &checkout)
{
    QSignalSpy ready(&checkout, &Checkout::receiptReady);
    if (checkout.payWithSeqr() != SeqrRefusal::None)
        return 0;
    PaymentSession *session = checkout.session();
    if (!QTest::qWaitFor([&] { return session->state() == PaymentSession::State::Waiting; }, 20000))
        return 0;
    if (!m_till->sandbox().service().pay(session->invoiceReference(), u"1234"_s))
        return 0;
    if (!QTest::qWaitFor([&] { return ready.size() == 1; }, 20000))
        return 0;
    return ready.first().first().toLongLong();
}

qint64 TestSwedishReceipts::payInCash(Checkout &checkout, const QString &amount)
{
    QSignalSpy ready(&checkout, &Checkout::receiptReady);
    const auto outcome = checkout.takeCash(*Money::parse(amount, u"SEK"));
    if (!outcome || !outcome->saleCompleted ||
        !QTest::qWaitFor([&] { return ready.size() == 1; }, 20000))
        return 0;
    return outcome->saleId;
}

QString TestSwedishReceipts::pdfText(const ReceiptContent &content, const QString &name)
{
    const QString path = m_till->path(name + u".pdf"_s);
    if (!ui::ReceiptPrinter(content).writePdf(path))
        return u"(the PDF was not written)"_s;
    return test::pdfText(path);
}

void TestSwedishReceipts::checkItems(const QString &text, const journal::Sale &sale,
                                     const QString &type)
{
    const auto signature = m_till->journal()->receiptSignature(*sale.receiptNumber, type).value();
    QVERIFY(signature && signature->isSigned);
    QCOMPARE(signature->unitId, u"SBX-RECEIPT-29"_s);
    const QString flat = text.simplified();
    const QString when = sale.completedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    const QStringList items{
        u"Lilla Livs AB"_s,
        u"Org.nr 556677-8899"_s, // 1
        u"Storgatan 1"_s,
        u"123 45 Lilla By"_s,                                // 2
        when,                                                // 3
        u"Kvitto "_s + QString::number(*sale.receiptNumber), // 4
        u"Kassa: KASSA-7"_s,                                 // 5
        u"TOTALT SEK"_s,                                     // 8
        u"Varav moms"_s,                                     // 9
        u"Moms %"_s,                                         // 10
        u"Kontrollenhet SBX-RECEIPT-29"_s,                   // 12
        u"Kontrollkod "_s + signature->controlCode,          // 12
    };
    for (const QString &item : items)
        QVERIFY2(flat.contains(item), qPrintable(item + u" missing in:\n"_s + text));
    QVERIFY(!signature->controlCode.isEmpty());
    // 6–7: each row's name and quantity, 8: its amount with VAT.
    const QLocale sv(QLocale::Swedish, QLocale::Sweden);
    for (const journal::SaleRow &row : sale.rows) {
        QVERIFY2(
            flat.contains(row.description + u' ' + row.total.toDecimalString().replace(u'.', u',')),
            qPrintable(row.description + u" missing in:\n"_s + text));
        QVERIFY2(flat.contains(row.quantity.toString(0) + u' ' + row.unit + u" à "_s +
                               row.unitPrice.toDecimalString().replace(u'.', u',')),
                 qPrintable(row.description + u": no quantity in:\n"_s + text));
    }
    QVERIFY2(flat.contains(u"TOTALT SEK "_s + sale.total.toDecimalString().replace(u'.', u',')),
             qPrintable(text));
    // 10: each rate with its VAT.
    for (const VatLine &v : sale.vat)
        QVERIFY2(flat.contains(v.ratePercent.toString() + u" % "_s +
                               v.net.toDecimalString().replace(u'.', u',') + u' ' +
                               v.vat.toDecimalString().replace(u'.', u',')),
                 qPrintable(text));
    // 11: the payment methods.
    for (const journal::Tender &t : sale.tenders) {
        if (t.kind == journal::TenderKind::Cash)
            QVERIFY2(
                flat.contains(u"Kontant "_s + t.tendered.toDecimalString().replace(u'.', u',')),
                qPrintable(text));
        else
            QVERIFY2(flat.contains(u"SEQR-betalning"_s) && flat.contains(t.ersReference),
                     qPrintable(text));
    }
}

void TestSwedishReceipts::checkPaperAndPdf(const journal::Sale &sale, const QString &name,
                                           QString *paper)
{
    *paper = plainText(journaledReceipt(*m_till->journal(), sale, m_settings).value());
    checkItems(*paper, sale, u"normal"_s);
    QVERIFY(!paper->contains(u"Elektroniskt kassakvitto"_s));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the PDF receipt");
    const QString pdf =
        pdfText(journaledReceipt(*m_till->journal(), sale, m_settings, true).value(), name);
    checkItems(pdf, sale, u"normal"_s);
    QVERIFY2(pdf.contains(u"Elektroniskt kassakvitto"_s), qPrintable(pdf));
}

void TestSwedishReceipts::cashSaleReceiptHoldsAllThirteenItems()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addRow(u"Kaffe"_s, u"49.90"_s, 12);
    addRow(u"Tvål"_s, u"19.50"_s, 25);
    addRow(u"Tvål"_s, u"19.50"_s, 25);
    const qint64 saleId = payInCash(*checkout, u"100"_s);
    QVERIFY(saleId > 0);
    const journal::Sale sale = m_till->journal()->sale(saleId).value();

    QString text;
    checkPaperAndPdf(sale, u"cash"_s, &text);
    QVERIFY2(text.contains(u"Växel"_s) && text.contains(u"11,10"_s), qPrintable(text));
    QVERIFY2(text.contains(u"  2 st à 19,50"_s), qPrintable(text));
}

void TestSwedishReceipts::seqrSaleReceiptHoldsAllThirteenItems()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addRow(u"Ost"_s, u"149.99"_s, 12);
    const qint64 saleId = payBySeqr(*checkout);
    QVERIFY(saleId > 0);
    const journal::Sale sale = m_till->journal()->sale(saleId).value();
    QCOMPARE(sale.tenders.size(), 1);
    QVERIFY(!sale.tenders.first().ersReference.isEmpty());
    QString text;
    checkPaperAndPdf(sale, u"seqr"_s, &text);
}

void TestSwedishReceipts::splitTenderReceiptNamesBothPaymentMethods()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addRow(u"Bröd"_s, u"80.00"_s, 12);
    auto cash = checkout->takeCash(*Money::parse(u"30", u"SEK"));
    QVERIFY(cash && !cash->saleCompleted);
    const qint64 saleId = payBySeqr(*checkout);
    QVERIFY(saleId > 0);
    const journal::Sale sale = m_till->journal()->sale(saleId).value();
    QCOMPARE(sale.tenders.size(), 2);
    QString text;
    checkPaperAndPdf(sale, u"split"_s, &text);
    QVERIFY2(text.simplified().contains(u"Kontant 30,00"_s) &&
                 text.simplified().contains(u"SEQR-betalning 50,00"_s),
             qPrintable(text));
}

void TestSwedishReceipts::returnReceiptNamesWhatWasReturned()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addRow(u"Ost"_s, u"60.00"_s, 12);
    addRow(u"Tvål"_s, u"20.00"_s, 25);
    const qint64 saleId = payBySeqr(*checkout);
    QVERIFY(saleId > 0);
    const journal::Sale sale = m_till->journal()->sale(saleId).value();
    const QString ers = sale.tenders.first().ersReference;
    const RefundPlan plan =
        RefundPlan::make(*m_till->journal(), sale, ers,
                         {Decimal::fromInteger(0), Decimal::fromInteger(1)}, std::nullopt);
    QVERIFY(plan.isValid());
    const auto refunded = m_till->refund(plan, u"anna"_s);
    if (!refunded)
        QFAIL(qPrintable(refunded.error().detail));
    const QString refundErs = refunded->refundErsReference;
    // Its own receipt, the next number of the one series, signed as a return.
    const qint64 number = m_till->journal()->returnReceiptNumber(refundErs).value().value();
    QCOMPARE(number, *sale.receiptNumber + 1);
    SignatureWait wait(m_till->journal(), service.get(), number, u"retur"_s);
    QSignalSpy signedSpy(&wait, &SignatureWait::ready);
    wait.start();
    QTRY_COMPARE_WITH_TIMEOUT(signedSpy.size(), 1, 20000);
    const auto signature = m_till->journal()->receiptSignature(number, u"retur"_s).value();
    QVERIFY(signature && signature->isSigned);
    QVERIFY(m_till->unit()->signedReceipts()->last().fields.contains(
        u"#normal#-20,00#20,00#25,00;-4,00#"_s));

    const QString paper =
        plainText(journaledReturnReceipt(*m_till->journal(), number, m_settings).value());
    const QString pdf = pdfText(
        journaledReturnReceipt(*m_till->journal(), number, m_settings, true).value(), u"return"_s);
    for (const QString &text : {paper, pdf}) {
        const QString flat = text.simplified();
        for (const QString &item : QStringList{
                 u"Lilla Livs AB"_s, u"Org.nr 556677-8899"_s, u"Storgatan 1"_s,
                 u"123 45 Lilla By"_s, QDate::currentDate().toString(u"yyyy-MM-dd"_s),
                 QString(u"Kvitto "_s + QString::number(number)), u"Kassa: KASSA-7"_s, u"RETUR"_s,
                 QString(u"Retur av kvitto "_s + QString::number(*sale.receiptNumber)),
                 u"Tvål \u221220,00"_s, u"1 st à 20,00"_s, u"ÅTERBETALT SEK \u221220,00"_s,
                 u"Varav moms 4,00"_s, u"25 % 16,00 4,00 20,00"_s, ers,
                 u"SEQR-återbetalning \u221220,00"_s, refundErs, u"Kontrollenhet SBX-RECEIPT-29"_s,
                 QString(u"Kontrollkod "_s + signature->controlCode)})
            QVERIFY2(flat.contains(item), qPrintable(item + u" missing in:\n"_s + text));
        // What was not returned is not on it: a sale and a return never share a receipt.
        QVERIFY2(!flat.contains(u"Ost"_s), qPrintable(text));
    }
    QVERIFY2(pdf.contains(u"Elektroniskt kassakvitto"_s), qPrintable(pdf));
    QVERIFY(!paper.contains(u"Elektroniskt kassakvitto"_s));
}

void TestSwedishReceipts::secondCopyIsRefused()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    addRow(u"Kaffe"_s, u"20.00"_s, 12);
    QSignalSpy ready(checkout.get(), &Checkout::receiptReady);
    auto sale = checkout->takeCash(*Money::parse(u"20", u"SEK"));
    QVERIFY(sale && sale->saleCompleted);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);

    QSignalSpy signedSpy(service->signer(), &ReceiptSigner::receiptSigned);
    const auto copy = recordReceiptCopy(*m_till->journal(), 1, u"anna"_s);
    QVERIFY(copy);
    service->signer()->signWaiting();
    QTRY_COMPARE_WITH_TIMEOUT(signedSpy.size(), 1, 20000);
    QCOMPARE(signedSpy.first().at(2).toString(), u"kopia"_s);
    QCOMPARE(ready.size(), 1); // a copy is no new sale
    const ReceiptContent content = journaledCopy(*m_till->journal(), 1, m_settings).value();
    const QString text = plainText(content);
    QCOMPARE(text.count(u"*** KOPIA ***"_s), 2); // at the head and the foot
    const auto kopia = m_till->journal()->receiptSignature(1, u"kopia"_s).value();
    QVERIFY2(text.simplified().contains(u"Kontrollkod "_s + kopia->controlCode), qPrintable(text));
    QVERIFY(kopia->controlCode !=
            m_till->journal()->receiptSignature(1, u"normal"_s).value()->controlCode);
    // KOPIA is at least twice the size of the amount text.
    bool large = false;
    for (const ReceiptLine &line : layoutReceipt(content, 42, true))
        large = large || (line.text.contains(u"KOPIA"_s) && line.large && line.bold);
    QVERIFY(large);
    QVERIFY(pdfText(content, u"copy"_s).contains(u"KOPIA"_s));

    const auto second = recordReceiptCopy(*m_till->journal(), 1, u"anna"_s);
    QVERIFY(!second);
    QVERIFY2(second.error().detail.contains(u"Receipt 1 already has its copy"_s) &&
                 second.error().detail.contains(u"one copy only"_s),
             qPrintable(second.error().detail));
    QCOMPARE(m_till->journal()->copies({}).value().size(), 1);
    const auto none = recordReceiptCopy(*m_till->journal(), 7, u"anna"_s);
    QVERIFY(!none);
    QCOMPARE(none.error().detail, u"There is no receipt 7."_s);
    // The sale and its one copy; the refused copies never reached the unit.
    QTRY_COMPARE_WITH_TIMEOUT(m_till->unit()->signedReceipts()->size(), 2, 10000);
}

void TestSwedishReceipts::proFormaReceiptSaysEjKvitto()
{
    auto service = m_till->makeService();
    addRow(u"Tårta"_s, u"250.00"_s, 12);
    QSignalSpy signedSpy(service->signer(), &ReceiptSigner::receiptSigned);
    const auto proForma = m_till->journal()->recordProForma(u"anna"_s, m_till->cart()->saleRows());
    QVERIFY(proForma);
    QCOMPARE(proForma->number, 1);
    service->signer()->signWaiting();
    QTRY_COMPARE_WITH_TIMEOUT(signedSpy.size(), 1, 20000);
    QCOMPARE(signedSpy.first().at(2).toString(), u"profo"_s);
    const QString text = plainText(journaledProForma(*m_till->journal(), 1, m_settings).value());
    QCOMPARE(text.count(u"*** EJ KVITTO ***"_s), 2);
    QVERIFY2(text.simplified().contains(u"Tårta 250,00"_s) &&
                 text.simplified().contains(u"Kontrollkod"_s) && !text.contains(u"Kontant"_s),
             qPrintable(text));
    QVERIFY(m_till->unit()->signedReceipts()->first().fields.contains(u"#profo#250,00#"_s));
    QVERIFY(!m_till->journal()->lastReceiptNumber().value().has_value()); // no receipt, no sale
}

void TestSwedishReceipts::trainingSaleReceiptSaysOvningskvitto()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    QVERIFY(m_till->journal()->setTraining(true, u"boss"_s));
    addRow(u"Kaffe"_s, u"20.00"_s, 12);
    const qint64 saleId = payInCash(*checkout, u"20"_s);
    QVERIFY(saleId > 0);
    const journal::Sale sale = m_till->journal()->sale(saleId).value();
    QVERIFY(sale.training);
    const QString text = plainText(journaledReceipt(*m_till->journal(), sale, m_settings).value());
    QCOMPARE(text.count(u"*** ÖVNINGSKVITTO ***"_s), 2);
    checkItems(text, sale, u"ovning"_s);
    QVERIFY(m_till->unit()->signedReceipts()->first().fields.contains(u"#ovning#20,00#"_s));
    QVERIFY(m_till->journal()->setTraining(false, u"boss"_s));
    addRow(u"Kaffe"_s, u"20.00"_s, 12);
    const qint64 realId = payInCash(*checkout, u"20"_s);
    QVERIFY(realId > 0);
    QVERIFY(!m_till->journal()->sale(realId)->training);
}

void TestSwedishReceipts::trainingSalesStayOutOfSalesVatAndReconciliation()
{
    auto service = m_till->makeService();
    auto checkout = m_till->makeCheckout(service.get());
    QSignalSpy ready(checkout.get(), &Checkout::receiptReady);
    addRow(u"Kaffe"_s, u"50.00"_s, 12);
    QVERIFY(checkout->takeCash(*Money::parse(u"50", u"SEK")));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);

    QVERIFY(m_till->journal()->setTraining(true, u"boss"_s));
    addRow(u"Tårta"_s, u"250.00"_s, 25);
    QVERIFY(checkout->takeCash(*Money::parse(u"250", u"SEK")));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
    // SEQR in training: only against a sandbox on this machine (this one is on loopback).
    addRow(u"Ost"_s, u"80.00"_s, 12);
    QVERIFY(checkout->trainingRefusal().isEmpty());
    QVERIFY(payBySeqr(*checkout) > 0);
    m_till->client()->setEndpoint(QUrl(u"https://extdev.seqr.com/soap/merchant/cashregister-2"_s));
    addRow(u"Ost"_s, u"80.00"_s, 12);
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::Blocked);
    QVERIFY2(checkout->blockedReason().contains(u"only against the SEQR sandbox"_s),
             qPrintable(checkout->blockedReason()));
    QVERIFY(m_till->journal()->setTraining(false, u"boss"_s));
    QCOMPARE(checkout->seqrRefusal(), SeqrRefusal::None);
    m_till->cart()->clear();

    // Three receipts, one real sale: the Z report and SEQR's reconciliation see that one.
    QCOMPARE(m_till->journal()->lastReceiptNumber().value().value(), 3);
    const ZReport z = makeZReport(*m_till->journal(), {},
                                  QDateTime::currentDateTimeUtc().addSecs(5), Currency::sek())
                          .value();
    QCOMPARE(z.salesCount, 1);
    QCOMPARE(z.total.toDecimalString(), u"50.00"_s);
    QCOMPARE(z.cash.toDecimalString(), u"50.00"_s);
    QCOMPARE(z.seqr.toDecimalString(), u"0.00"_s);
    QCOMPARE(z.vat.size(), 1);
    QCOMPARE(z.vat.first().vat.toDecimalString(), u"5.36"_s);
    QVERIFY(m_till->journal()
                ->seqrMovements({}, QDateTime::currentDateTimeUtc().addSecs(5))
                ->isEmpty());
    // Nor does the shop database's sales: training sales go to it as
    // events of their own (the inspector's training item), never as sales.
    const auto outbox = m_till->journal()->outbox(0, 10).value();
    int sales = 0;
    int training = 0;
    for (const journal::OutboxEntry &e : outbox) {
        sales += e.kind == journal::OutboxEntry::Kind::Sale ? 1 : 0;
        training +=
            e.kind == journal::OutboxEntry::Kind::Event && e.record.startsWith(u"training_sales:"_s)
                ? 1
                : 0;
    }
    QCOMPARE(sales, 1);
    QCOMPARE(training, 2);
    // The training sales are in the journal, signed as training receipts.
    QCOMPARE(m_till->journal()->sales({})->size(), 3);
    QVERIFY(m_till->journal()->receiptSignature(2, u"ovning"_s).value().has_value());
    QVERIFY(m_till->journal()->receiptSignature(3, u"ovning"_s).value().has_value());
}

QTEST_MAIN(TestSwedishReceipts)
#include "tst_swedishreceipts.moc"
