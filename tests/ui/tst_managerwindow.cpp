#include "tests/support/testing.h"
#include "ui/dayreportwidget.h"
#include "ui/managerwindow.h"

#include "core/catalog/catalog.h"
#include "core/controlunit/controlunitservice.h"
#include "core/payment/paymentsession.h"
#include "core/payment/refunder.h"
#include "core/printing/tillprinter.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receipttext.h"
#include "core/sale/cart.h"
#include "core/terminal/managerpin.h"
#include "sandbox/controlunitports.h"
#include "sandbox/controlunitsandbox.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/virtualprinter.h"
#include "tests/support/freeport.h"
#include "tests/support/kassawords.h"
#include "tests/support/managerfixture.h"
#include "tests/support/pdftext.h"
#include "tests/support/qrscan.h"
#include "ui/endofdaywidget.h"
#include "ui/hourchartwidget.h"
#include "ui/journalwidget.h"
#include "ui/pindialog.h"
#include "ui/priceeditwidget.h"
#include "ui/receiptprinter.h"
#include "ui/refunddoubtpanel.h"
#include "ui/refundwidget.h"
#include "ui/servicecodeswidget.h"
#include "ui/shopsettingswidget.h"
#include "ui/tillsetupwidget.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kassa;
using namespace kassa::ui;
using namespace Qt::StringLiterals;
using kassa::test::pdfText;

// The manager's tools offscreen, against the sandbox on loopback.
class TestManagerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void setupFromNothingToARegisteredTillWithSeqrId();
    void wrongCredentialsAndAddressesSayWhatIsWrong();
    void fullAndPartialRefundsAndOverRefundRefusedLocally();
    void endOfDayWithMatchingData();
    void shopCloseMatchesTheWebTillsSalesToo();
    void tableHeadersStayWholeInSwedishInANarrowWindow();
    void endOfDayWithDivergingData();
    void journalBrowserFindsAndReprints();
    void pinIsAskedAndRateLimited();
    void refundIsConfirmedAndEachRowShowsWhatWasRefunded();
    void discountRowsAreNamedInTheManagersLanguage();
    void refundInDoubtIsShownWithSeqrsReportAndSettledByTheManager();
    void closeIsConfirmedAndATillCloseAfterAShopCloseListsOnlyNewPayments();
    void zReportNamesItsPeriodAndFillsItsPage();
    void receiptsInTheTillsLanguageWithTheShopsDetails();
    void serviceCodesSheetIsSavedAndEveryCodeReadsBack();
    void serviceCodesNeedAServiceAndAWritableFolder();
    void xAndZReportsAndTheJournalExportFromTheManagersTools();
    void refundTabWritesTheSignedReturnReceipt();
    void pricesTabJournalsAnEditWithWho();

private:
    QTranslator m_english;
    void makeWindow(const ordering::OrderServiceConfig &service = {});
    static ordering::OrderServiceConfig cafeService();
    void registerTill();
    QString paySale(const QString &unitPrice, int quantity);
    QString payRows(const QList<journal::SaleRow> &rows);
    // The PDF's first page as pdftoppm renders it (kept beside the PDF as .png).
    static QImage pdfPage(const QString &path, int dpi = 50);
    // Answers the confirmation `box` with `button` once it is shown; returns its text.
    static QString answer(QMessageBox *box, QMessageBox::StandardButton button);
    void closeDay(bool perTerminal);

    std::unique_ptr<ManagerFixture> m_shop;
    TillConfig *m_till = nullptr;                                   // the shop's
    std::unique_ptr<controlunit::ControlUnitService> m_unitService; // null: none
    std::unique_ptr<catalog::Catalog> m_catalog;                    // null: none
    std::unique_ptr<printing::TillPrinter> m_tillPrinter;           // null: none
    std::unique_ptr<ManagerWindow> m_window;
    QList<Reconciler::ShopTill> m_shopTills; // kassa-web's till beside this one, if any
};

void TestManagerWindow::initTestCase()
{
    // As kassa --language en: the English words, with their plurals.
    QVERIFY(installKassaWords(m_english, QLocale::English));
}

void TestManagerWindow::init()
{
    m_shop = std::make_unique<ManagerFixture>();
    QVERIFY2(m_shop->problem().isEmpty(), qPrintable(m_shop->problem()));
    m_shop->keepFilesWhenAsked();
    m_till = m_shop->till();
}

void TestManagerWindow::cleanup()
{
    m_window.reset();
    m_shopTills.clear();
    m_unitService.reset();
    m_catalog.reset();
    m_tillPrinter.reset();
    m_till = nullptr;
    m_shop.reset();
}

void TestManagerWindow::makeWindow(const ordering::OrderServiceConfig &service)
{
    ManagerContext context = m_shop->context();
    context.orderService = service;
    context.shopTills = m_shopTills;
    context.controlUnit = m_unitService.get();
    context.catalog = m_catalog.get();
    context.printer = m_tillPrinter.get();
    m_window = std::make_unique<ManagerWindow>(context, ReconcilerTiming{100, 100, 10});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestManagerWindow::registerTill()
{
    TillSetupWidget *setup = m_window->tillSetup();
    setup->resellerField()->setText(u"900100"_s);
    setup->userIdField()->setText(u"9900"_s);
    setup->resellerPasswordField()->setText(u"demo-reseller-pw"_s);
    setup->nameField()->setText(u"Kassa 1"_s);
    setup->externalIdField()->setText(u"LL-1"_s);
    QTest::mouseClick(setup->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(m_till->isRegistered());
}

QString TestManagerWindow::paySale(const QString &unitPrice, int quantity)
{
    PaymentRequest r;
    r.rows = {saleRow(u"Kaffe"_s, *Money::parse(unitPrice, u"SEK"), quantity)};
    return m_shop->payBySeqr(r);
}

QString TestManagerWindow::payRows(const QList<journal::SaleRow> &rows)
{
    PaymentRequest r;
    r.rows = rows;
    return m_shop->payBySeqr(r);
}

QString TestManagerWindow::answer(QMessageBox *asked, QMessageBox::StandardButton button)
{
    const QPointer<QMessageBox> box = asked;
    if (!box || !QTest::qWaitFor([box] { return !box || box->isVisible(); }, 5000) || !box)
        return {};
    const QString text = box->text();
    QTest::mouseClick(box->button(button), Qt::LeftButton);
    return text;
}

void TestManagerWindow::closeDay(bool perTerminal)
{
    EndOfDayWidget *day = m_window->endOfDay();
    QSignalSpy done(day, &EndOfDayWidget::finished);
    day->closeAndReconcile(perTerminal);
    QVERIFY(!answer(day->confirmation(), QMessageBox::Yes).isEmpty());
    QTRY_COMPARE(done.count(), 1);
}

QImage TestManagerWindow::pdfPage(const QString &path, int dpi)
{
    const QString stem = path.left(path.size() - 4);
    QProcess p;
    p.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, u"1"_s, u"-l"_s,
                            u"1"_s, u"-singlefile"_s, path, stem});
    p.waitForFinished(30000);
    return QImage(stem + u".png"_s);
}

void TestManagerWindow::setupFromNothingToARegisteredTillWithSeqrId()
{
    // A fresh till: the default endpoint, where no SEQR runs.
    m_till->endpoint = QString::fromLatin1(TillConfig::defaultEndpoint);
    m_shop->client()->setEndpoint(QUrl(test::freePortBase() + u"/extclientproxy/service/v2"_s));
    makeWindow();
    TillSetupWidget *setup = m_window->tillSetup();
    QCOMPARE(setup->endpointField()->text(), m_till->endpoint);
    setup->endpointField()->setText(m_shop->sandbox().soapUrl().toString());
    QTest::mouseClick(setup->testButton(), Qt::LeftButton);
    QTRY_VERIFY(!setup->isBusy());
    QCOMPARE(setup->resultText(),
             u"SEQR answers. The till is not registered yet: register this till."_s);
    QTest::mouseClick(setup->useEndpointButton(), Qt::LeftButton);
    QCOMPARE(setup->resultText(), u"Saved. Kassa talks to SEQR at this endpoint from now on."_s);
    QCOMPARE(m_till->endpoint, m_shop->sandbox().soapUrl().toString());
    QCOMPARE(m_shop->client()->config().endpoint, m_shop->sandbox().soapUrl());
    QVERIFY(setup->statusText().contains(u"not registered"_s));
    QVERIFY(!setup->assignButton()->isEnabled());
    QSignalSpy changed(m_window.get(), &ManagerWindow::tillChanged);
    registerTill();
    QVERIFY(TillConfig::load(m_shop->path(u"till.json"_s))->endpoint ==
            m_shop->sandbox().soapUrl().toString());
    // The reseller password was used once: gone from the window and the file.
    QVERIFY(setup->resellerPasswordField()->text().isEmpty());
    QFile config(m_shop->path(u"till.json"_s));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray saved = config.readAll();
    QVERIFY(!saved.contains("demo-reseller-pw"));
    QVERIFY(saved.contains(m_till->terminalId.toUtf8()));
    QTRY_VERIFY(setup->statusText().contains(u"registered with SEQR as Kassa 1"_s));
    QCOMPARE(changed.count(), 1);

    // The SEQR ID, as a scanner types it from the sticker.
    QTest::keyClicks(setup->seqrIdField(), u"LILLALIVS1"_s);
    QTest::keyClick(setup->seqrIdField(), Qt::Key_Return);
    QTRY_COMPARE(m_till->seqrId, u"LILLALIVS1"_s);
    QTRY_VERIFY(setup->statusText().contains(u"SEQR ID: LILLALIVS1"_s));
    QVERIFY(setup->resultText().contains(u"ready for SEQR payments"_s));
    QCOMPARE(m_shop->sandbox().service().tillsJson().size(), 1);

    QTest::mouseClick(setup->testButton(), Qt::LeftButton);
    QTRY_COMPARE(setup->resultText(), u"Connected to SEQR; it accepts this till's credentials."_s);

    // Unregister, after the confirmation.
    setup->unregisterTill(true);
    QTRY_COMPARE(setup->resultText(), u"Unregistered."_s);
    QVERIFY(!m_till->isRegistered());
    QVERIFY(setup->statusText().contains(u"not registered"_s));
}

void TestManagerWindow::wrongCredentialsAndAddressesSayWhatIsWrong()
{
    makeWindow();
    TillSetupWidget *setup = m_window->tillSetup();
    setup->resellerField()->setText(u"900100"_s);
    setup->userIdField()->setText(u"9900"_s);
    setup->resellerPasswordField()->setText(u"wrong-password"_s);
    setup->nameField()->setText(u"Kassa 1"_s);
    setup->registerTill();
    QTRY_VERIFY(!setup->isBusy());
    QCOMPARE(setup->resultText(), u"Not registered: SEQR refused the password."_s);
    QVERIFY(!m_till->isRegistered());
    // Unknown reseller: plain words, no codes.
    setup->resellerField()->setText(u"123"_s);
    setup->resellerPasswordField()->setText(u"x"_s);
    setup->registerTill();
    QTRY_VERIFY(!setup->isBusy());
    QCOMPARE(setup->resultText(),
             u"Not registered: SEQR does not know this shop account or till."_s);
    // Missing fields are said before anything is sent.
    setup->registerTill();
    QCOMPARE(setup->resultText(), u"Fill in the reseller ID, user ID and reseller password."_s);

    // The connection test names the problem: the name, nothing listening, not registered.
    setup->endpointField()->setText(u"http://no-such-host.invalid/extclientproxy/service/v2"_s);
    setup->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!setup->isBusy(), 15000);
    QVERIFY2(setup->resultText().contains(u"cannot be found (DNS)"_s),
             qPrintable(setup->resultText()));
    // Nothing listens on a port freed just now.
    const QString nowhere = u"127.0.0.1:"_s + QString::number(test::freePort());
    setup->endpointField()->setText(u"http://"_s + nowhere + u"/extclientproxy/service/v2"_s);
    setup->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!setup->isBusy(), 15000);
    QVERIFY2(setup->resultText().contains(u"Nothing answers at "_s + nowhere),
             qPrintable(setup->resultText()));
    setup->endpointField()->setText(m_shop->sandbox().soapUrl().toString());
    setup->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!setup->isBusy(), 15000);
    QCOMPARE(setup->resultText(),
             u"SEQR answers. The till is not registered yet: register this till."_s);
    setup->endpointField()->setText(u"ftp://example.org"_s);
    setup->testConnection();
    QVERIFY(setup->resultText().startsWith(u"The endpoint must be a web address"_s));
}

void TestManagerWindow::fullAndPartialRefundsAndOverRefundRefusedLocally()
{
    makeWindow();
    registerTill();
    const QString ers = paySale(u"25.00"_s, 4); // 100.00
    QVERIFY(!ers.isEmpty());
    RefundWidget *refunds = m_window->refunds();
    // Found by scanning the receipt's barcode (the ersReference).
    QTest::keyClicks(refunds->searchField(), ers);
    QTest::keyClick(refunds->searchField(), Qt::Key_Return);
    QVERIFY(refunds->saleText().contains(u"Receipt 1"_s));
    QVERIFY(refunds->saleText().contains(u"Still refundable: 100.00"_s));
    // The scanner's Enter did nothing else in the window (no other button fired).
    const QString registered = u"Registered. Now assign the SEQR ID from the till's sticker."_s;
    QVERIFY(kassa::test::nothingMoreFor(200, [&] {
        return !m_window->isVisible() || m_window->tillSetup()->resultText() != registered;
    }));
    // One of the four: a part quantity.
    refunds->setRefundQuantity(0, u"1"_s);
    QCOMPARE(refunds->amountField()->text(), u"25.00"_s);
    QTest::mouseClick(refunds->refundButton(), Qt::LeftButton);
    QVERIFY(!answer(refunds->confirmation(), QMessageBox::Yes).isEmpty());
    QTRY_VERIFY(refunds->resultText().startsWith(u"Refunded 25.00"_s));
    QVERIFY(refunds->resultText().contains(u"Still refundable: 75.00"_s));
    QVERIFY(refunds->saleText().contains(u"Still refundable: 75.00"_s));
    const QString receipt = refunds->lastRefundReceipt();
    QVERIFY(QFile::exists(receipt));
    const QString text = pdfText(receipt);
    QVERIFY2(text.contains(u"REFUND"_s) && text.contains(u"25.00"_s), qPrintable(text));

    // More than remains: refused here, SEQR is not asked.
    refunds->find(u"#1"_s);
    refunds->amountField()->setText(u"80"_s);
    refunds->refund();
    QCOMPARE(refunds->resultText(),
             u"At most 75.00 of this payment can still be refunded; nothing was sent to SEQR."_s);
    const QString invoiceRef =
        m_shop->journal()->sales({})->first().tenders.first().invoiceReference;
    QCOMPARE((*m_shop->sandbox().service().invoice(invoiceRef))[u"refunds"_s].toArray().size(), 1);

    // The rest: an amount.
    refunds->amountField()->setText(u"75.00"_s);
    refunds->refund();
    QVERIFY(!answer(refunds->confirmation(), QMessageBox::Yes).isEmpty());
    QTRY_VERIFY(refunds->resultText().startsWith(u"Refunded 75.00"_s));
    QCOMPARE(*m_shop->journal()->refundable(ers), Money(0, Currency::sek()));
    QCOMPARE(m_shop->journal()->refunds({})->size(), 2);
    QCOMPARE((*m_shop->sandbox().service().invoice(invoiceRef))[u"refunds"_s].toArray().size(), 2);
    refunds->find(u"999999999"_s);
    QCOMPARE(refunds->resultText(), u"No sale found for 999999999."_s);
}

void TestManagerWindow::shopCloseMatchesTheWebTillsSalesToo()
{
    // kassa --demo (issue 27 item 12): the webshop and the café (kassa-web's
    // till, with its own journal on this machine) sold too; the close for
    // the whole shop matches their payments rather than setting them aside
    // as "the shop's other tills'".
    auto webClient = m_shop->sandbox().makeClient();
    const QString webTerminal =
        m_shop->sandbox().registerTill(*webClient, u"Demo webshop"_s, u"KASSAWEB1"_s);
    QVERIFY(!webTerminal.isEmpty());
    auto webJournal = journal::Journal::open(m_shop->path(u"webshop.sqlite"_s));
    QVERIFY(webJournal);
    {
        PaymentSession web(webClient.get(), webJournal->get(), u"Lilla Livs"_s,
                           PaymentTiming{100, 30000, 100, 3});
        PaymentRequest r;
        r.rows = {saleRow(u"Cappuccino"_s, 3500)};
        web.start(r);
        QTRY_VERIFY(!web.invoiceReference().isEmpty());
        QVERIFY(m_shop->sandbox().service().pay(web.invoiceReference(), u"1234"_s));
        QTRY_COMPARE(web.state(), PaymentSession::State::Paid);
    }
    m_shopTills = {{webTerminal, webJournal->get()}};
    makeWindow();
    registerTill();
    QVERIFY(!paySale(u"49.00"_s, 1).isEmpty());
    closeDay(false);
    EndOfDayWidget *day = m_window->endOfDay();
    QVERIFY2(day->progressText().contains(u"SEQR and the journal agree: 2 payments match."_s),
             qPrintable(day->progressText()));
    QVERIFY2(!day->progressText().contains(u"other tills"_s), qPrintable(day->progressText()));
    QCOMPARE(day->linesTable()->rowCount(), 2);
    // The whole shop's Z report counts the web till's sale too: 49.00 + 35.00.
    const QString z = day->zReportText();
    QVERIFY2(z.contains(u"The whole shop"_s), qPrintable(z));
    QVERIFY2(z.contains(QRegularExpression(u"\\nSales +2\\n"_s)), qPrintable(z));
    QVERIFY2(z.contains(QRegularExpression(u"\\nSales total SEK +84\\.00\\n"_s)), qPrintable(z));
}

void TestManagerWindow::tableHeadersStayWholeInSwedishInANarrowWindow()
{
    // Issue 27 item 11: "Resultat", "SEQR-referens"… are never cut, however
    // narrow the manager makes the window.
    QTranslator swedish;
    QVERIFY(installKassaWords(swedish, QLocale::Swedish));
    auto restore = qScopeGuard([&] { QApplication::removeTranslator(&swedish); });
    makeWindow();
    m_window->resize(200, 300);
    QTRY_VERIFY(m_window->width() > 200); // its tables ask for room
    QCoreApplication::processEvents();
    for (const QTableWidget *table :
         {m_window->endOfDay()->linesTable(), m_window->journal()->table()}) {
        const QHeaderView *header = table->horizontalHeader();
        const QFontMetrics metrics(header->font());
        for (int i = 0; i < header->count(); ++i) {
            if (table->isColumnHidden(i))
                continue;
            const QString text = table->horizontalHeaderItem(i)->text();
            QVERIFY2(header->sectionSize(i) >= metrics.horizontalAdvance(text),
                     qPrintable(text + u": "_s + QString::number(header->sectionSize(i))));
        }
        QVERIFY(table->horizontalHeaderItem(0)->text() != u"Result"_s &&
                table->horizontalHeaderItem(0)->text() != u"Receipt"_s); // in Swedish
    }
}

void TestManagerWindow::endOfDayWithMatchingData()
{
    makeWindow();
    registerTill();
    QVERIFY(!paySale(u"49.00"_s, 1).isEmpty());
    QVERIFY(!paySale(u"10.50"_s, 2).isEmpty());
    QVERIFY(m_shop->journal()->recordCashSale(u"anna"_s, {saleRow(u"Tvål"_s, 2500, 1, 25)},
                                              Money(3000, Currency::sek())));
    EndOfDayWidget *day = m_window->endOfDay();
    QSignalSpy done(day, &EndOfDayWidget::finished);
    QStringList progress;
    day->closeAndReconcile(false);
    QVERIFY(day->confirmation());
    QCOMPARE(day->confirmation()->windowTitle(), u"Close and reconcile"_s);
    QVERIFY(!answer(day->confirmation(), QMessageBox::Yes).isEmpty());
    QVERIFY(day->isBusy());
    // The progress is visible while SEQR's report is not ready.
    QTRY_VERIFY((progress.append(day->progressText()),
                 day->progressText().startsWith(u"Waiting for SEQR's report (attempt"_s)));
    QTRY_COMPARE(done.count(), 1);
    QVERIFY2(day->progressText().contains(u"SEQR and the journal agree: 2 payments match"_s),
             qPrintable(day->progressText()));
    QCOMPARE(day->linesTable()->rowCount(), 2);
    QCOMPARE(day->linesTable()->item(0, 0)->text(), u"Matched"_s);
    const QString z = day->zReportText();
    QVERIFY2(z.contains(u"Sales"_s) && z.contains(u"3\n"_s), qPrintable(z));
    QVERIFY(z.contains(u"95.00"_s)); // 49.00 + 21.00 + 25.00
    QVERIFY(z.contains(u"70.00"_s)); // SEQR
    QCOMPARE(day->zReport()->salesCount, 3);
    QCOMPARE(day->zReport()->cash, Money(2500, Currency::sek()));
    QCOMPARE(day->zReport()->seqrAtSeqr, Money(7000, Currency::sek()));
    QCOMPARE(day->zReport()->differences, 0);
    // The till's Swedish Z report came in the same step, number 1, with the same sales.
    QVERIFY(day->dayZReport());
    QCOMPARE(day->dayZReport()->zNumber, 1);
    QCOMPARE(day->dayZReport()->totalSales, Money(9500, Currency::sek()));
    QCOMPARE(day->dayZReport()->receipts, 3);
    const QString dayZ = day->dayZReportText();
    QVERIFY2(dayZ.contains(u"Z report no. 1"_s) && dayZ.contains(u"Grand total net"_s),
             qPrintable(dayZ));
    QCOMPARE(m_shop->journal()->lastZReport().value()->number, 1);

    const QString csvPath = m_shop->path(u"z.csv"_s);
    QVERIFY(day->writeZReportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    QVERIFY(csvText.contains("total;95.00\n"));
    QVERIFY(csvText.contains("seqr_at_seqr;70.00\n"));
    const QString pdfPath = m_shop->path(u"z.pdf"_s);
    QVERIFY(day->writeZReportPdf(pdfPath));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        KASSA_SKIP(
            "pdftotext (poppler-utils) is not installed; the Z report PDF's text is not checked");
    const QString pdf = pdfText(pdfPath);
    QVERIFY2(pdf.contains(u"Z report"_s) && pdf.contains(u"95.00"_s) &&
                 pdf.contains(u"Lilla Livs"_s),
             qPrintable(pdf));
}

void TestManagerWindow::endOfDayWithDivergingData()
{
    makeWindow();
    registerTill();
    QVERIFY(!paySale(u"30.00"_s, 1).isEmpty());
    // A payment SEQR has that the journal never heard of.
    auto *sent = m_shop->client()->sendInvoice(SandboxFixture::invoice(u"12.00"_s));
    QSignalSpy sentDone(sent, &seqr::SeqrCall::finished);
    QVERIFY(sentDone.wait(10000));
    QVERIFY(m_shop->sandbox().service().pay(sent->response().invoiceReference, u"1234"_s));
    delete sent;
    closeDay(true);
    EndOfDayWidget *day = m_window->endOfDay();
    QVERIFY2(day->progressText().contains(u"DIFFERENCES: 1 only at SEQR"_s),
             qPrintable(day->progressText()));
    QTableWidget *lines = day->linesTable();
    QCOMPARE(lines->rowCount(), 2);
    int differing = -1;
    for (int r = 0; r < lines->rowCount(); ++r) {
        if (lines->item(r, 0)->text() == u"Only at SEQR"_s)
            differing = r;
    }
    QVERIFY(differing >= 0);
    QCOMPARE(lines->item(differing, 2)->text(), u"12.00"_s);
    QCOMPARE(lines->item(differing, 3)->text(), u"—"_s);
    // Highlighted, the matched row not.
    QVERIFY(lines->item(differing, 0)->background().color() != QColor(Qt::white));
    QVERIFY(lines->item(differing, 0)->font().bold());
    QVERIFY(!lines->item(1 - differing, 0)->font().bold());
    QCOMPARE(day->zReport()->differences, 1);
    QCOMPARE(day->zReport()->seqrAtSeqr, Money(4200, Currency::sek()));
    QCOMPARE(day->zReport()->seqrInJournal, Money(3000, Currency::sek()));
}

void TestManagerWindow::journalBrowserFindsAndReprints()
{
    makeWindow();
    registerTill();
    const QString ers = paySale(u"19.90"_s, 1);
    QVERIFY(m_shop->journal()->recordCashSale(u"anna"_s, {saleRow(u"Tidning"_s, 3500, 1, 6)},
                                              Money(5000, Currency::sek())));
    JournalWidget *browser = m_window->journal();
    browser->showDay(QDate::currentDate());
    QCOMPARE(browser->table()->rowCount(), 2);
    browser->setSearch(ers);
    QCOMPARE(browser->table()->rowCount(), 1);
    QCOMPARE(browser->table()->item(0, 3)->text(), u"SEQR"_s);
    browser->setSearch(u"tidning"_s);
    QCOMPARE(browser->table()->rowCount(), 1);
    QCOMPARE(browser->table()->item(0, 0)->text(), u"2"_s);
    browser->table()->selectRow(0);
    QCOMPARE(browser->selectedReceipt(), 2);
    // Found by date, refunded from here: the refunds tab takes the sale.
    browser->setSearch(ers);
    browser->table()->selectRow(0);
    QTest::mouseClick(browser->refundButton(), Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->refunds());
    QVERIFY(m_window->refunds()->saleText().contains(u"Receipt 1"_s));
    QVERIFY(m_window->refunds()->saleText().contains(ers));
    browser->setSearch({});
    browser->showDay(QDate::currentDate().addDays(-1));
    QCOMPARE(browser->table()->rowCount(), 0);
    const QString copy = m_shop->path(u"copy.pdf"_s);
    QVERIFY(browser->reprintToPdf(1, copy));
    QVERIFY2(pdfText(copy).contains(u"COPY"_s), qPrintable(pdfText(copy)));

    // The copy is in the day's journal too, in words (an inspector's event).
    // A journal that cannot be read is said to be so, never shown as a day
    // without sales.
    browser->showDay(QDate::currentDate());
    QCOMPARE(browser->table()->rowCount(), 3);
    browser->setSearch(u"kopia"_s);
    QCOMPARE(browser->table()->rowCount(), 1);
    QCOMPARE(browser->table()->item(0, JournalWidget::ReceiptColumn)->text(), u"1"_s);
    QVERIFY2(browser->table()
                 ->item(0, JournalWidget::StatusColumn)
                 ->text()
                 .startsWith(u"Copy of receipt 1 (KOPIA)"_s),
             qPrintable(browser->table()->item(0, JournalWidget::StatusColumn)->text()));
    browser->setSearch({});
    QVERIFY(!browser->problem()->isVisibleTo(browser));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_shop->journal()->path());
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(u"ALTER TABLE sales RENAME TO sales_moved"_s, raw).isActive());
        browser->refresh();
        QCOMPARE(browser->table()->rowCount(), 0);
        QVERIFY(browser->problem()->isVisibleTo(browser));
        QVERIFY(browser->problem()->text().contains(u"could not be read"_s));
        QVERIFY(QSqlQuery(u"ALTER TABLE sales_moved RENAME TO sales"_s, raw).isActive());
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    browser->refresh();
    QCOMPARE(browser->table()->rowCount(), 3);
    QVERIFY(!browser->problem()->isVisibleTo(browser));
}

void TestManagerWindow::pinIsAskedAndRateLimited()
{
    const QString path = m_shop->path(u"manager.json"_s);
    ManagerPin pin = *ManagerPin::load(path);
    {
        // First time: a new PIN, typed twice.
        PinDialog set(&pin);
        QVERIFY(set.isSettingPin());
        set.pinField()->setText(u"4711"_s);
        set.repeatField()->setText(u"4712"_s);
        set.accept();
        QCOMPARE(set.problem(), u"The two PINs differ. Type the new PIN twice."_s);
        set.pinField()->setText(u"47"_s);
        set.repeatField()->setText(u"47"_s);
        set.accept();
        QCOMPARE(set.problem(), u"A PIN has at least 4 digits, and digits only."_s);
        set.pinField()->setText(u"4711"_s);
        set.repeatField()->setText(u"4711"_s);
        set.accept();
        QCOMPARE(set.result(), int(QDialog::Accepted));
    }
    PinDialog ask(&pin);
    QVERIFY(!ask.isSettingPin());
    for (const QString &wrong : {u"0000"_s, u"1111"_s}) {
        ask.pinField()->setText(wrong);
        ask.accept();
        QCOMPARE(ask.problem(), u"Wrong PIN."_s);
        QVERIFY(ask.pinField()->text().isEmpty());
    }
    ask.pinField()->setText(u"2222"_s);
    ask.accept();
    // 30 s from the third wrong PIN; the slow hash may have taken some of them on a loaded machine.
    const auto wait =
        QRegularExpression(u"^Wrong PIN. Too many wrong PINs: try again in (\\d+) second"_s)
            .match(ask.problem());
    QVERIFY2(wait.hasMatch() && wait.captured(1).toInt() > 0 && wait.captured(1).toInt() <= 30,
             qPrintable(ask.problem()));
    // Now even the right PIN waits.
    ask.pinField()->setText(u"4711"_s);
    ask.accept();
    QVERIFY(ask.problem().startsWith(u"Too many wrong PINs. Try again in"_s));
    QVERIFY(ask.result() != int(QDialog::Accepted));
    // A new dialog (or a restart) says so at once.
    ManagerPin reloaded = *ManagerPin::load(path);
    PinDialog again(&reloaded);
    QVERIFY(again.problem().startsWith(u"Too many wrong PINs"_s));
}

void TestManagerWindow::refundIsConfirmedAndEachRowShowsWhatWasRefunded()
{
    makeWindow();
    registerTill();
    const QString ers =
        payRows({saleRow(u"Kaffe"_s, 2500, 4, 12), saleRow(u"Tvål"_s, 4000, 1, 25)});
    QVERIFY(!ers.isEmpty());
    const QString invoiceRef =
        m_shop->journal()->sales({})->first().tenders.first().invoiceReference;
    auto refundsAtSeqr = [&] {
        return (*m_shop->sandbox().service().invoice(invoiceRef))[u"refunds"_s].toArray().size();
    };
    RefundWidget *refunds = m_window->refunds();
    refunds->find(u"#1"_s);
    QTableWidget *table = refunds->rowsTable();
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Unit price"_s);
    QCOMPARE(table->horizontalHeaderItem(4)->text(), u"Already refunded"_s);
    QCOMPARE(table->item(0, 2)->text(), u"25.00"_s);
    QCOMPARE(table->item(0, 4)->text(), u"—"_s);

    // The confirmation says what will happen; Cancel sends nothing.
    refunds->setRefundQuantity(0, u"1"_s);
    QTest::mouseClick(refunds->refundButton(), Qt::LeftButton);
    const QString asked = answer(refunds->confirmation(), QMessageBox::Cancel);
    QVERIFY2(asked.startsWith(u"Refund 25.00 SEK of receipt 1 to the customer's SEQR account "
                              "(payment "_s +
                              ers + u")?"_s),
             qPrintable(asked));
    QVERIFY2(asked.contains(u"1 × Kaffe at 25.00: 25.00"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"VAT 12 %: 2.68"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"Still refundable afterwards: 115.00. This cannot be undone."_s),
             qPrintable(asked));
    QTRY_COMPARE(refunds->resultText(), u"Not refunded: canceled, nothing was sent to SEQR."_s);
    QCOMPARE(m_shop->journal()->refunds({})->size(), 0);
    QCOMPARE(refundsAtSeqr(), 0);

    // Confirmed: refunded, and the row shows it.
    QTest::mouseClick(refunds->refundButton(), Qt::LeftButton);
    QVERIFY(!answer(refunds->confirmation(), QMessageBox::Yes).isEmpty());
    QTRY_VERIFY2(refunds->resultText().startsWith(u"Refunded 25.00"_s),
                 qPrintable(refunds->resultText()));
    QCOMPARE(refundsAtSeqr(), 1);
    QCOMPARE(table->item(0, 4)->text(), u"1 (25.00)"_s);
    QCOMPARE(table->item(1, 4)->text(), u"—"_s);
    // Only what is left of a row can be refunded; refused before any question.
    refunds->setRefundQuantity(0, u"4"_s);
    QCOMPARE(refunds->resultText(), u"Row 1: at most 3 can still be refunded of what was sold."_s);
    refunds->refund();
    QVERIFY(!refunds->confirmation());
    QCOMPARE(refunds->resultText(), u"Row 1: at most 3 can still be refunded of what was sold."_s);
    QCOMPARE(refundsAtSeqr(), 1);

    // The refund receipt: rows with prices, the VAT in it, references.
    const QString receipt = refunds->lastRefundReceipt();
    QVERIFY(QFile::exists(receipt));
    const QString text = pdfText(receipt);
    QVERIFY2(text.contains(u"*** REFUND ***"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Kaffe"_s) && text.contains(u"-25.00"_s), qPrintable(text));
    QVERIFY2(text.contains(u"1 pcs @ 25.00"_s), qPrintable(text));
    QVERIFY2(QString(text).simplified().contains(u"12 % 22.32 2.68 25.00"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Still refundable"_s) && text.contains(u"115.00"_s), qPrintable(text));
    QVERIFY(!pdfPage(receipt, 150).isNull());

    // After a restart the journal still knows what each row has left.
    m_window.reset();
    makeWindow();
    m_window->refunds()->find(ers);
    QCOMPARE(m_window->refunds()->rowsTable()->item(0, 4)->text(), u"1 (25.00)"_s);
    m_window->refunds()->refundWholeSale();
    QCOMPARE(m_window->refunds()->amountField()->text(), u"115.00"_s);
}

// Issue 27 item 11: the journal keeps a discount row's kind; the refund tab
// and the journal's search name it in the manager's language (English here).
void TestManagerWindow::discountRowsAreNamedInTheManagersLanguage()
{
    makeWindow();
    registerTill();
    Cart cart;
    const Money coffee(10000, Currency::sek());
    QVERIFY(
        cart.addProduct({u"7350000000011"_s, {}, u"Kaffe"_s, coffee, Decimal::fromInteger(12)}));
    QVERIFY(cart.setRowDiscount(0, Money(1000, Currency::sek())));
    QVERIFY(cart.setReceiptDiscount(Money(500, Currency::sek())));
    QVERIFY(!payRows(cart.saleRows()).isEmpty());
    RefundWidget *refunds = m_window->refunds();
    refunds->find(u"#1"_s);
    QTableWidget *table = refunds->rowsTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, 0)->text(), u"Discount: Kaffe"_s);
    QCOMPARE(table->item(2, 0)->text(), u"Receipt discount 12 %"_s);
    JournalWidget *browser = m_window->journal();
    browser->showDay(QDate::currentDate());
    browser->setSearch(u"receipt discount"_s);
    QCOMPARE(browser->table()->rowCount(), 1);
    browser->setSearch(u"Rabatt"_s);
    QCOMPARE(browser->table()->rowCount(), 0);
}

void TestManagerWindow::refundInDoubtIsShownWithSeqrsReportAndSettledByTheManager()
{
    makeWindow();
    registerTill();
    const QString ers = paySale(u"25.00"_s, 4);
    QVERIFY(!ers.isEmpty());
    const QString invoiceRef =
        m_shop->journal()->sales({})->first().tenders.first().invoiceReference;
    auto refundsAtSeqr = [&] {
        return (*m_shop->sandbox().service().invoice(invoiceRef))[u"refunds"_s].toArray();
    };
    RefundWidget *refunds = m_window->refunds();
    RefundDoubtPanel *doubt = refunds->doubtPanel();
    refunds->find(u"#1"_s);
    QVERIFY(doubt->isHidden());

    // SEQR makes the refund and its answer is lost: in doubt, said so.
    m_shop->sandbox().server().injectFaults(sandbox::FaultKind::DroppedAfterRun, 1);
    refunds->amountField()->setText(u"30.00"_s);
    refunds->refund();
    QVERIFY(!answer(refunds->confirmation(), QMessageBox::Yes).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(refunds->resultText().startsWith(u"Refund in doubt"_s), 30000);
    QVERIFY(!doubt->isHidden());
    QVERIFY2(doubt->doubtText().contains(u"30.00 SEK of payment "_s + ers),
             qPrintable(doubt->doubtText()));
    QVERIFY(doubt->doubtText().contains(u"No other refund of this payment until it is settled."_s));
    QVERIFY(!refunds->refundButton()->isEnabled());
    // The evidence: SEQR's report lists the refund it made.
    QTRY_VERIFY_WITH_TIMEOUT(!doubt->isReading() && doubt->evidenceText().contains(u"lists"_s),
                             30000);
    QCOMPARE(refundsAtSeqr().size(), 1);
    const QString madeAs = refundsAtSeqr().first()[u"ersReference"_s].toString();
    QVERIFY2(doubt->evidenceText().contains(u"lists refund "_s + madeAs +
                                            u" of 30.00 SEK for payment "_s + ers +
                                            u": SEQR made it."_s),
             qPrintable(doubt->evidenceText()));
    QCOMPARE(doubt->referenceField()->text(), madeAs);
    QCOMPARE(*m_shop->journal()->refundable(ers), Money(10000, Currency::sek())); // not yet counted

    // Settled only with a note of what was seen.
    QTest::mouseClick(doubt->madeButton(), Qt::LeftButton);
    QCOMPARE(doubt->resultText(), u"Write what you saw in the note first."_s);
    QVERIFY(m_shop->journal()->refundInDoubt(ers)->has_value());
    QTest::keyClicks(doubt->noteField(), u"SEQR's report lists it"_s);
    QTest::mouseClick(doubt->madeButton(), Qt::LeftButton);
    QTRY_VERIFY(doubt->isHidden());
    QCOMPARE(refunds->resultText(),
             u"The refund of 30.00 is settled as made at SEQR (refund "_s + madeAs + u")."_s);
    QVERIFY(refunds->saleText().contains(u"Still refundable: 70.00"_s));
    QVERIFY(refunds->refundButton()->isEnabled());
    QVERIFY(!m_shop->journal()->refundInDoubt(ers)->has_value());
    QCOMPARE(m_shop->journal()->refunds({})->first().refundErsReference, madeAs);

    // Lost before SEQR ran it, and SEQR's report cannot be read either: the
    // manager is told so, and settles it as not made.
    m_shop->sandbox().server().injectFaults(sandbox::FaultKind::DroppedConnection, 2);
    refunds->amountField()->setText(u"20.00"_s);
    refunds->refund();
    QVERIFY(!answer(refunds->confirmation(), QMessageBox::Yes).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!doubt->isHidden() && !doubt->isReading() &&
                                 doubt->evidenceText().contains(u"cannot be read"_s),
                             30000);
    QVERIFY2(doubt->evidenceText().startsWith(u"SEQR's report cannot be read ("_s),
             qPrintable(doubt->evidenceText()));
    QVERIFY(doubt->referenceField()->text().isEmpty());
    QCOMPARE(refundsAtSeqr().size(), 1);
    QTest::keyClicks(doubt->noteField(), u"not in SEQR's back office"_s);
    QTest::mouseClick(doubt->notMadeButton(), Qt::LeftButton);
    QTRY_VERIFY(doubt->isHidden());
    QVERIFY2(refunds->resultText().contains(u"settled as not made"_s),
             qPrintable(refunds->resultText()));
    QVERIFY(refunds->saleText().contains(u"Still refundable: 70.00"_s));
    const auto settled = m_shop->journal()->refundIntent(2);
    QCOMPARE(settled->state, journal::RefundIntent::State::Failed);
    QVERIFY(settled->detail.contains(u"not in SEQR's back office"_s));
}

void TestManagerWindow::closeIsConfirmedAndATillCloseAfterAShopCloseListsOnlyNewPayments()
{
    makeWindow();
    registerTill();
    QVERIFY(!paySale(u"49.00"_s, 1).isEmpty());
    QVERIFY(!paySale(u"10.50"_s, 2).isEmpty());
    EndOfDayWidget *day = m_window->endOfDay();
    day->closeAndReconcile(false);
    const QString asked = answer(day->confirmation(), QMessageBox::Cancel);
    QVERIFY2(asked.startsWith(u"Close SEQR's period for the whole shop (every till)?"_s),
             qPrintable(asked));
    QVERIFY2(asked.contains(u"It covers everything since the journal began. In this till's "
                            "journal: 2 sales of 70.00 (SEQR 70.00). 0 refunds of 0.00 in "
                            "all."_s),
             qPrintable(asked));
    QTRY_COMPARE(day->progressText(), u"Nothing was closed."_s);
    QVERIFY(!m_shop->journal()->lastPeriod(false).value());

    closeDay(false);
    QVERIFY2(day->progressText().contains(u"2 payments match"_s), qPrintable(day->progressText()));
    const QDateTime shopClose = m_shop->journal()->lastPeriod(false).value()->closedAt;

    // Right after the shop's close, this till's: only the new payment.
    QVERIFY(!paySale(u"30.00"_s, 1).isEmpty());
    QSignalSpy done(day, &EndOfDayWidget::finished);
    day->closeAndReconcile(true);
    const QString tillAsked = answer(day->confirmation(), QMessageBox::Yes);
    QVERIFY2(tillAsked.startsWith(u"Close SEQR's period for this till only (Kassa 1, "_s +
                                  m_till->terminalId + u")?"_s),
             qPrintable(tillAsked));
    QVERIFY2(tillAsked.contains(u"It covers everything since the last close, "_s +
                                shopClose.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) + u"."_s),
             qPrintable(tillAsked));
    QVERIFY2(tillAsked.contains(u"1 sale of 30.00"_s), qPrintable(tillAsked));
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(day->linesTable()->rowCount(), 1);
    QCOMPARE(day->linesTable()->item(0, 0)->text(), u"Matched"_s);
    QCOMPARE(day->linesTable()->item(0, 2)->text(), u"30.00"_s);
    QVERIFY2(day->progressText().contains(u"1 payment matches"_s), qPrintable(day->progressText()));
    QVERIFY2(day->progressText().contains(
                 u"(2 payments in SEQR's report were already reconciled by an earlier close.)"_s),
             qPrintable(day->progressText()));
    QCOMPARE(day->zReport()->salesCount, 1);
    QCOMPARE(day->zReport()->from, shopClose);
    QVERIFY(day->zReportText().contains(u"This till Kassa 1, "_s + m_till->terminalId));
}

void TestManagerWindow::zReportNamesItsPeriodAndFillsItsPage()
{
    makeWindow();
    registerTill();
    const QString ers = paySale(u"49.00"_s, 1);
    QVERIFY(!paySale(u"10.50"_s, 2).isEmpty());
    QVERIFY(m_shop->journal()->recordCashSale(u"anna"_s, {saleRow(u"Tvål"_s, 2500, 1, 25)},
                                              Money(3000, Currency::sek())));
    {
        Refunder refunder(m_shop->client(), m_shop->journal());
        QSignalSpy refunded(&refunder, &Refunder::finished);
        refunder.refund(ers, Money(900, Currency::sek()), u"boss"_s);
        QVERIFY(refunded.wait(10000));
        QVERIFY(refunder.result());
    }
    closeDay(false);
    EndOfDayWidget *day = m_window->endOfDay();
    const ZReport &z = *day->zReport();
    QCOMPARE(z.total, Money(9500, Currency::sek()));
    QCOMPARE(z.net, Money(8600, Currency::sek()));
    QVERIFY(!z.transactionPeriodId.isEmpty());
    const QString to = z.to.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    const QString text = day->zReportText();
    QVERIFY2(text.contains(u"Z report\n"_s), qPrintable(text));
    QVERIFY2(
        QRegularExpression(u"Period +"_s + z.transactionPeriodId + u"\n"_s).match(text).hasMatch(),
        qPrintable(text));
    QVERIFY2(QRegularExpression(u"Closed for +The whole shop\n"_s).match(text).hasMatch(),
             qPrintable(text));
    QVERIFY2(QRegularExpression(u"From +the journal's start\n"_s).match(text).hasMatch(),
             qPrintable(text));
    QVERIFY2(QRegularExpression(u"To +"_s + to + u"\n"_s).match(text).hasMatch(), qPrintable(text));
    QVERIFY2(QRegularExpression(u"Refunds \\(1\\) +-9.00\n"_s).match(text).hasMatch(),
             qPrintable(text));
    QVERIFY2(QRegularExpression(u"TOTAL net of refunds SEK +86.00\n"_s).match(text).hasMatch(),
             qPrintable(text));

    // The chart: labelled axes, every hour it shows.
    const HourChartWidget *chart = day->findChild<HourChartWidget *>();
    QVERIFY(chart);
    const auto [first, last] = z.hourRange();
    QCOMPARE(chart->firstHour(), first);
    QCOMPARE(chart->lastHour(), last);
    const int hour = z.to.toLocalTime().time().hour();
    QVERIFY(first <= hour && hour <= last);
    QCOMPARE(chart->valueAxisTitle(), u"Sales (SEK)"_s);
    QCOMPARE(chart->hourAxisTitle(), u"Hour of the day"_s);
    QCOMPARE(chart->ticks().first(), 0);
    QVERIFY(chart->ticks().last() >=
            *std::max_element(z.salesPerHour.begin(), z.salesPerHour.end()));

    // The CSV: the same local times as the page.
    const QString csvPath = m_shop->path(u"z.csv"_s);
    QVERIFY(day->writeZReportCsv(csvPath));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(csvFile.readAll());
    QVERIFY2(csv.contains(u"period;"_s + z.transactionPeriodId + u"\n"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u"closed_for;shop\n"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u"from;\n"_s) && csv.contains(u"to;"_s + to + u"\n"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u"net;86.00\n"_s), qPrintable(csv));

    // The PDF: the same words, the chart's labels, and the page filled.
    const QString pdfPath = m_shop->path(u"z.pdf"_s);
    QVERIFY(day->writeZReportPdf(pdfPath));
    const QString pdf = pdfText(pdfPath);
    QVERIFY2(pdf.contains(u"Z report"_s) && pdf.contains(z.transactionPeriodId) &&
                 pdf.contains(to) && pdf.contains(u"86.00"_s) && pdf.contains(u"Lilla Livs"_s),
             qPrintable(pdf));
    QVERIFY2(pdf.contains(u"Sales (SEK)"_s) && pdf.contains(u"Hour of the day"_s), qPrintable(pdf));
    for (int h = first; h <= last; ++h)
        QVERIFY2(pdf.contains(u"%1"_s.arg(h, 2, 10, QLatin1Char('0'))), qPrintable(pdf));
    const QImage page = pdfPage(pdfPath);
    QVERIFY(!page.isNull());
    QRect inked;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 200)
                inked |= QRect(x, y, 1, 1);
        }
    }
    QVERIFY2(inked.height() > page.height() * 8 / 10 && inked.width() > page.width() * 7 / 10,
             qPrintable(u"ink %1x%2 on a %3x%4 page"_s.arg(inked.width())
                            .arg(inked.height())
                            .arg(page.width())
                            .arg(page.height())));
}

void TestManagerWindow::receiptsInTheTillsLanguageWithTheShopsDetails()
{
    makeWindow();
    registerTill();
    // The shop's details, from the manager's settings.
    ShopSettingsWidget *shop = m_window->shopSettings();
    QCOMPARE(shop->nameField()->text(), u"Lilla Livs"_s);
    shop->addressField()->setPlainText(u"Storgatan 1\n123 45 Lilla By"_s);
    shop->organisationNumberField()->setText(u"556677-8899"_s);
    QSignalSpy changed(m_window.get(), &ManagerWindow::tillChanged);
    QTest::mouseClick(shop->saveButton(), Qt::LeftButton);
    QCOMPARE(shop->resultText(), u"Saved. The next receipt shows it."_s);
    QCOMPARE(changed.count(), 1);
    const TillConfig saved = *TillConfig::load(m_shop->path(u"till.json"_s));
    QCOMPARE(saved.shopAddress, u"Storgatan 1\n123 45 Lilla By"_s);
    QCOMPARE(saved.organisationNumber, u"556677-8899"_s);
    QVERIFY(!saved.bilingualReceipts);

    const QString longName =
        u"Ekologiskt mellanrostat bryggkaffe från Huehuetenango i Guatemala, 500 g"_s;
    QVERIFY(!payRows({saleRow(longName, 8900)}).isEmpty());
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    // The receipt's one copy is made once; after that it is read as made.
    QVERIFY(ReceiptPrinter::writeCopyPdf(*m_shop->journal(), 1,
                                         ReceiptSettings::forTill(*m_till, swedish), u"boss"_s,
                                         m_shop->path(u"first-copy.pdf"_s)));
    auto receipt = [&](const QLocale &locale) {
        const QString path = m_shop->path(u"receipt-"_s + locale.name() + u".pdf"_s);
        const auto copy =
            journaledCopy(*m_shop->journal(), 1, ReceiptSettings::forTill(*m_till, locale));
        if (!copy || !ReceiptPrinter(*copy).writePdf(path))
            return QString();
        return pdfText(path);
    };

    // A Swedish till: Swedish words only, the shop's details, the name whole.
    QString text = receipt(swedish);
    QVERIFY2(text.contains(u"Lilla Livs\nStorgatan 1\n123 45 Lilla By\nOrg.nr 556677-8899\n"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Kvitto 1"_s) && text.contains(u"SEQR-betalning"_s) &&
                 text.contains(u"89,00"_s) && text.contains(u"*** KOPIA ***"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"Receipt"_s) && !text.contains(u"payment"_s), qPrintable(text));
    QVERIFY2(text.simplified().contains(longName + u" 89,00"_s), qPrintable(text));
    const QString core = receiptText(*m_shop->journal()->saleByReceiptNumber(1),
                                     ReceiptSettings::forTill(*m_till, swedish));
    for (const QString &line : core.split(u'\n'))
        QVERIFY2(line.size() <= 42, qPrintable(line));
    QVERIFY(!pdfPage(m_shop->path(u"receipt-sv_SE.pdf"_s), 150).isNull());

    // An English till: English words only.
    text = receipt(english);
    QVERIFY2(text.contains(u"Receipt 1"_s) && text.contains(u"SEQR payment"_s) &&
                 text.contains(u"Org. no. 556677-8899"_s) && text.contains(u"89.00"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"Kvitto"_s), qPrintable(text));

    // Bilingual, when the shop chooses it: the till's language first.
    shop->bilingualBox()->setChecked(true);
    shop->save();
    QVERIFY(TillConfig::load(m_shop->path(u"till.json"_s))->bilingualReceipts);
    text = receipt(swedish);
    QVERIFY2(text.contains(u"Kvitto/Receipt 1"_s) &&
                 text.contains(u"SEQR-betalning/SEQR payment"_s),
             qPrintable(text));
    // The journal's reprint goes the same way (this window runs in English):
    // receipt 1 has its copy, so a new sale's receipt is copied.
    QVERIFY(!payRows({saleRow(u"Te"_s, 2500, 1, 12)}).isEmpty());
    const QString copy = m_shop->path(u"journal-copy.pdf"_s);
    const Status refused = m_window->journal()->reprintToPdf(1, copy);
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(u"one copy only"_s),
             qPrintable(refused.error().detail));
    QVERIFY(m_window->journal()->reprintToPdf(2, copy));
    QVERIFY2(pdfText(copy).contains(u"Receipt/Kvitto 2"_s), qPrintable(pdfText(copy)));
}

ordering::OrderServiceConfig TestManagerWindow::cafeService()
{
    ordering::OrderServiceConfig service;
    service.serviceId = u"KASSACAFE"_s;
    service.codes = ordering::OrderServiceConfig::tables(7);
    service.codes.append(ordering::OrderServiceConfig::parseCode(u"Disken:counter=1"_s));
    service.codes.append(ordering::OrderServiceConfig::parseCode(u"Hylla 3:shelf=3&aisle=B"_s));
    return service;
}

void TestManagerWindow::serviceCodesSheetIsSavedAndEveryCodeReadsBack()
{
    makeWindow(cafeService());
    ServiceCodesWidget *codes = m_window->shopSettings()->serviceCodes();
    QVERIFY(codes->saveButton()->isEnabled());
    QVERIFY(codes->isVisibleTo(m_window->shopSettings()));
    QCOMPARE(codes->saveButton()->text(), u"Service codes…"_s);
    QVERIFY2(codes->statusText().contains(u"9 code"_s) &&
                 codes->statusText().contains(u"of the order service KASSACAFE"_s),
             qPrintable(codes->statusText()));

    // The button asks where to save: a save dialog, starting in the
    // receipts' folder. Canceled: nothing written, nothing said.
    QTest::mouseClick(codes->saveButton(), Qt::LeftButton);
    QPointer<QFileDialog> dialog;
    QTRY_VERIFY((dialog = codes->findChild<QFileDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(codes->resultText().isEmpty());

    // Answered with a file: the sheet is written there.
    const QString pdf = m_shop->path(u"codes.pdf"_s);
    QString suggested;
    codes->setFileChooser([&](const QString &start, std::function<void(const QString &)> chosen) {
        suggested = start;
        chosen(pdf);
    });
    QTest::mouseClick(codes->saveButton(), Qt::LeftButton);
    QCOMPARE(suggested, QDir(m_shop->path(u"receipts"_s)).filePath(u"service-codes.pdf"_s));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY2(codes->resultText().startsWith(u"Saved 9 service code"_s) &&
                 codes->resultText().contains(u" in "_s + pdf + u"."_s),
             qPrintable(codes->resultText()));

    for (const char *tool : {"pdftotext", "pdftoppm", "zbarimg"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            KASSA_SKIP(qPrintable(u"%1 is not installed (poppler-utils, zbar-tools): the sheet is "
                                  "not read back"_s.arg(QString::fromLatin1(tool))));
    }
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Lilla Livs"_s) && text.contains(u"Table 7"_s) &&
                 text.contains(u"Hylla 3"_s) && text.contains(u"Scan with the SEQR app to order"_s),
             qPrintable(text));
    // Rendered as a printer would (150 dpi), every code read back as a phone would.
    int pages = 0;
    QCOMPARE(test::qrCodesInPdf(pdf, m_shop->folder(), &pages), test::sampleSheetCodes());
    QCOMPARE(pages, 2); // six codes a page
}

void TestManagerWindow::serviceCodesNeedAServiceAndAWritableFolder()
{
    // No order service on this till: the button is off and says why, in
    // its tooltip and beside it (a touch screen shows no tooltip).
    makeWindow();
    ServiceCodesWidget *codes = m_window->shopSettings()->serviceCodes();
    QVERIFY(!codes->saveButton()->isEnabled());
    QVERIFY2(codes->saveButton()->toolTip().contains(u"knows no order service"_s),
             qPrintable(codes->saveButton()->toolTip()));
    QCOMPARE(codes->statusText(), codes->saveButton()->toolTip());
    m_window.reset();

    // A service ID without codes: nothing to print either.
    ordering::OrderServiceConfig service = cafeService();
    service.codes.clear();
    makeWindow(service);
    codes = m_window->shopSettings()->serviceCodes();
    QVERIFY(!codes->saveButton()->isEnabled());
    QVERIFY2(codes->saveButton()->toolTip().contains(u"KASSACAFE has no codes yet"_s),
             qPrintable(codes->saveButton()->toolTip()));
    m_window.reset();

    makeWindow(cafeService());
    codes = m_window->shopSettings()->serviceCodes();
    QString target;
    codes->setFileChooser(
        [&](const QString &, std::function<void(const QString &)> chosen) { chosen(target); });
    // A "folder" that is a file: no one can write there, root neither.
    const QString file = m_shop->path(u"not-a-folder"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    target = file + u"/codes.pdf"_s;
    QTest::mouseClick(codes->saveButton(), Qt::LeftButton);
    QVERIFY2(codes->resultText().startsWith(u"The service codes were not saved: "_s + target +
                                            u" cannot be written ("_s),
             qPrintable(codes->resultText()));
    QVERIFY(!QFileInfo::exists(target));

    // A read-only folder (when the tests do not run as root, who may write anyway).
    const QString readOnly = m_shop->path(u"read-only"_s);
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    QFile probe(readOnly + u"/probe"_s);
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        qInfo("running as root: a read-only folder is writable, not checked");
    } else {
        target = readOnly + u"/codes.pdf"_s;
        QTest::mouseClick(codes->saveButton(), Qt::LeftButton);
        QVERIFY2(codes->resultText().startsWith(u"The service codes were not saved: "_s + target),
                 qPrintable(codes->resultText()));
        QVERIFY(!QFileInfo::exists(target));
    }
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // A folder that can be written again: saved, and said so.
    target = m_shop->path(u"codes.pdf"_s);
    QTest::mouseClick(codes->saveButton(), Qt::LeftButton);
    QVERIFY2(codes->resultText().startsWith(u"Saved 9 service code"_s),
             qPrintable(codes->resultText()));
}

void TestManagerWindow::xAndZReportsAndTheJournalExportFromTheManagersTools()
{
    makeWindow();
    QVERIFY(m_shop->journal()->recordCashSale(u"anna"_s, {saleRow(u"Kaffe"_s, 2500, 2, 25)},
                                              Money(5000, Currency::sek())));
    DayReportWidget *reports = m_window->dayReports();
    QVERIFY(reports);
    reports->findChild<QPushButton *>(u"xReport"_s)->click();
    QVERIFY2(reports->reportText().contains(u"X report"_s), qPrintable(reports->reportText()));
    QVERIFY2(
        QRegularExpression(u"Total sales +50\\.00\\n"_s).match(reports->reportText()).hasMatch(),
        qPrintable(reports->reportText()));
    QCOMPARE(reports->statusText(), u"X report taken: nothing was changed."_s);
    QVERIFY(!m_shop->journal()->lastZReport().value());
    reports->findChild<QPushButton *>(u"zReport"_s)->click();
    QCOMPARE(reports->statusText(), u"Z report 1 taken: the day is closed."_s);
    QCOMPARE(reports->report()->zNumber, 1);
    QCOMPARE(reports->report()->totalSales, Money(5000, Currency::sek()));
    reports->findChild<QPushButton *>(u"zReport"_s)->click();
    QCOMPARE(reports->report()->zNumber, 2); // a new day, nothing in it
    QVERIFY(reports->report()->totalSales.isZero());
    QCOMPARE(reports->report()->grand.sales, Money(5000, Currency::sek()));
    const QString pdfPath = m_shop->path(u"z2.pdf"_s);
    QVERIFY(reports->writePdf(pdfPath));
    const QString pdf = pdfText(pdfPath);
    QVERIFY2(pdf.contains(u"Z report no. 2"_s) && pdf.contains(u"Grand total sales"_s) &&
                 pdf.contains(u"50.00"_s),
             qPrintable(pdf));
    const QString csvPath = m_shop->path(u"journal.csv"_s);
    const auto exported = reports->exportJournal(QDate::currentDate(), QDate::currentDate(),
                                                 journal::ExportFormat::Csv, csvPath);
    QVERIFY(exported);
    QVERIFY2(reports->statusText().contains(exported->sha256), qPrintable(reports->statusText()));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QCOMPARE(text.count(u"\nZ report,"_s), 2);
    QCOMPARE(text.count(u"\nsale,"_s), 1);
    QVERIFY(text.contains(u"event x-report"_s));
    QVERIFY(QFile::exists(csvPath + u".sha256"_s));
}

// The refunds tab with a control unit: the return gets the next number of
// the one receipt series, is signed (read back from the control-unit
// sandbox's own journal) and only then written as its PDF and printed on
// the till's receipt printer, both with the number, the unit's number and
// the control code.
void TestManagerWindow::refundTabWritesTheSignedReturnReceipt()
{
    QVERIFY(m_shop->journal()->setControlUnitRequired(true));
    sandbox::ControlUnitSandboxOptions o;
    o.unitId = u"SBX-TAB-1"_s;
    o.journalPath = m_shop->path(u"unit.sqlite"_s);
    sandbox::ControlUnitSandbox unit(o);
    QVERIFY(unit.open());
    sandbox::ControlUnitPorts ports(&unit, 0);
    QVERIFY(ports.openPty());
    controlunit::ControlUnitOptions options;
    options.device = ports.ptyPath();
    options.answerTimeout = std::chrono::milliseconds(500);
    options.commandGap = std::chrono::milliseconds(5);
    m_unitService = std::make_unique<controlunit::ControlUnitService>(
        m_shop->journal(), options,
        controlunit::SignerSettings{u"KASSA1"_s, u"556677-8899"_s, std::chrono::milliseconds(200)});
    sandbox::VirtualPrinter paper;
    QVERIFY(paper.start());
    m_tillPrinter = std::make_unique<printing::TillPrinter>(
        *printing::PrinterSpec::parse(paper.tcpSpec()), printing::PrinterProfile());
    makeWindow();
    registerTill();
    const QString ers = paySale(u"25.00"_s, 4); // receipt 1, waiting for its signature
    QVERIFY(!ers.isEmpty());
    RefundWidget *refunds = m_window->refunds();
    refunds->find(ers);
    refunds->setRefundQuantity(0, u"1"_s);
    QTest::mouseClick(refunds->refundButton(), Qt::LeftButton);
    QVERIFY(!answer(refunds->confirmation(), QMessageBox::Yes).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(refunds->resultText().startsWith(u"Refunded 25.00"_s), 20000);
    const auto signature = m_shop->journal()->receiptSignature(2, u"retur"_s).value();
    QVERIFY(signature && signature->isSigned);
    const QList<sandbox::SignedReceipt> atUnit = unit.signedReceipts().value();
    QCOMPARE(atUnit.size(), 2); // the sale, then its return
    QCOMPARE(atUnit.last().serialNumber, 2);
    QCOMPARE(atUnit.last().controlCode, signature->controlCode);
    QVERIFY2(atUnit.last().fields.contains(u"#2#KASSA1#556677-8899#normal#-25,00#25,00#"_s),
             qPrintable(atUnit.last().fields));
    const QString text = pdfText(refunds->lastRefundReceipt()).simplified();
    for (const QString &item :
         {u"*** REFUND ***"_s, u"Receipt 2"_s, u"Refund of receipt 1"_s, ers,
          u"SEQR refund -25.00"_s, u"Control unit SBX-TAB-1"_s,
          QString(u"Control code "_s + signature->controlCode), u"Elektroniskt kassakvitto"_s})
        QVERIFY2(text.contains(item), qPrintable(item + u" missing in:\n"_s + text));
    // And on the till's receipt printer, the same receipt (not marked electronic).
    QTRY_COMPARE_WITH_TIMEOUT(paper.receipts().size(), 1, 10000);
    const QString printed = paper.receipts().first().text.simplified();
    QVERIFY2(printed.contains(u"Receipt 2"_s) &&
                 printed.contains(u"Control code "_s + signature->controlCode) &&
                 !printed.contains(u"Elektroniskt"_s),
             qPrintable(printed));
    m_window.reset();
    m_unitService.reset();
    m_tillPrinter.reset();
}

// The Prices tab: a product found by its barcode, its new price saved —
// journaled with the old and the new price, when and who — and the same
// price again refused with a sentence.
void TestManagerWindow::pricesTabJournalsAnEditWithWho()
{
    auto catalog = catalog::Catalog::open(m_shop->path(u"catalog.sqlite"_s));
    QVERIFY(catalog);
    m_catalog = std::move(catalog).value();
    QVERIFY(m_catalog->importCsv("ean,name,price,vat\n7310865004703,Kaffe,25.00,12\n",
                                 Currency::sek()));
    makeWindow();
    PriceEditWidget *prices = m_window->prices();
    QVERIFY(prices);
    QTest::keyClicks(prices->barcodeField(), u"7310865004703"_s);
    QTest::keyClick(prices->barcodeField(), Qt::Key_Return);
    QCOMPARE(prices->productText(), u"Kaffe, now 25.00"_s);
    prices->priceField()->setText(u"27,50"_s);
    QTest::mouseClick(prices->saveButton(), Qt::LeftButton);
    QCOMPARE(prices->resultText(), u"Kaffe: 25.00 \u2192 27.50, journaled."_s);
    QCOMPARE(prices->productText(), u"Kaffe, now 27.50"_s);
    QCOMPARE(m_catalog->findByEan(u"7310865004703"_s)->unitPrice.toDecimalString(), u"27.50"_s);
    const auto kept = m_shop->journal()->priceChanges({}, QDateTime::currentDateTimeUtc()).value();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().oldPrice->toDecimalString(), u"25.00"_s);
    QCOMPARE(kept.first().newPrice.toDecimalString(), u"27.50"_s);
    QCOMPARE(kept.first().who, u"boss"_s);
    QCOMPARE(kept.first().source, u"edit"_s);
    QTest::keyClick(prices->priceField(), Qt::Key_Return);
    QCOMPARE(prices->resultText(), u"Kaffe costs 27.50 already: nothing was changed."_s);
    QCOMPARE(m_shop->journal()->priceChanges({}, QDateTime::currentDateTimeUtc())->size(), 1);
    m_window.reset();
}

QTEST_MAIN(TestManagerWindow)
#include "tst_managerwindow.moc"
