#include "core/journal/journal.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/payment/paymentsession.h"
#include "tests/support/browsertest.h"
#include "tests/support/phonepage.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/testing.h"
#include "tests/support/webdriver.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kassa;
using namespace kassa::seqr;
using namespace Qt::StringLiterals;
using kassa::test::eventually;

// The sandbox's phone page in headless Chromium, used as a customer would:
// pick the till, check the rows and total, confirm, enter the PIN, see the
// receipt — while the till polls SEQR for the result.
class TestPhonePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void customerPaysFromScanToReceipt();
    void pastedQrTextAndDecline();
    void statusFollowsTheTillLive();
    void wrongPinStaysUntilTheCustomerActs();
    void tillListFitsAPhone();
    void receiptTimeIsTheCustomersLocalTime();
    void swedishCustomerReadsSwedishOnly();
    void walletCardLowersTheAmountBeforeThePin();

private:
    // A till registered as `name` (`seqrId`) with an invoice of `total` waiting.
    struct Waiting
    {
        std::unique_ptr<SeqrClient> till;
        QString ref;
    };
    static Waiting invoiceWaiting(SandboxFixture &sandbox, const QString &name,
                                  const QString &seqrId, const QString &total);
    // The phone page opened (with `query`), and a QR text typed and scanned.
    bool openPhonePage(SandboxFixture &sandbox, const QString &query = {});
    bool scanText(const QString &text) { return test::phonepage::scanText(*m_browser, text); }
    bool confirmUntilPinEntry() { return test::phonepage::confirmUntilPinEntry(*m_browser); }
    // The invoice scanned on the phone page, its total shown, confirmed.
    bool reachPinEntry(SandboxFixture &sandbox, const QString &ref, const QString &total);
    bool payWithPin(const QString &pin) { return test::phonepage::payWithPin(*m_browser, pin); }
    // SEQR's status word the page keeps for machines (data-status).
    QString statusWord();
    std::unique_ptr<WebDriver> m_browser;
};

TestPhonePage::Waiting TestPhonePage::invoiceWaiting(SandboxFixture &sandbox, const QString &name,
                                                     const QString &seqrId, const QString &total)
{
    Waiting waiting{sandbox.makeClient(), {}};
    sandbox.registerTill(*waiting.till, name, seqrId);
    waiting.ref = finished(waiting.till->sendInvoice(SandboxFixture::invoice(total)))
                      ->response()
                      .invoiceReference;
    return waiting;
}

bool TestPhonePage::openPhonePage(SandboxFixture &sandbox, const QString &query)
{
    return m_browser->navigate(sandbox.server().phoneUrl().toString() + query);
}

bool TestPhonePage::reachPinEntry(SandboxFixture &sandbox, const QString &ref, const QString &total)
{
    return openPhonePage(sandbox) && scanText(u"HTTP://SEQR.SE/R"_s + ref) &&
           eventually([&] { return m_browser->text(u"#total"_s) == total; }) &&
           confirmUntilPinEntry();
}

QString TestPhonePage::statusWord()
{
    return m_browser->script(u"return document.getElementById('status').dataset.status || ''"_s)
        .toString();
}

void TestPhonePage::initTestCase()
{
    // A phone's screen (390×844 CSS pixels) in Tokyo (UTC+9, no DST), so
    // that local time differs from the sandbox's UTC.
    KASSA_START_BROWSER(m_browser, "the phone page test needs a browser", QSize(390, 844),
                        u"Asia/Tokyo"_s);
}

void TestPhonePage::customerPaysFromScanToReceipt()
{
    SandboxFixture sandbox;
    auto till = sandbox.makeClient();
    QVERIFY(!sandbox.registerTill(*till, u"Kassa 4"_s, u"LILLALIVS4"_s).isEmpty());
    auto sent = finished(till->sendInvoice(SandboxFixture::invoice(u"149.99"_s)));
    const QString ref = sent->response().invoiceReference;

    QVERIFY(m_browser->navigate(sandbox.server().phoneUrl().toString()));
    QVERIFY(eventually([&] { return m_browser->text(u"#tills"_s).contains(u"LILLALIVS4"); }));
    QVERIFY(m_browser->click(u"#scan-till-button"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"149.99 SEK"; }));
    const QString rows = m_browser->text(u"#rows"_s);
    QVERIFY2(rows.contains(u"Kaffe") && rows.contains(u"139.99"), qPrintable(rows));
    // Words for the customer; SEQR's own word only in data-status.
    QCOMPARE(m_browser->text(u"#status"_s), u"Waiting for you to confirm"_s);
    QCOMPARE(statusWord(), u"ISSUED"_s);

    QVERIFY(confirmUntilPinEntry());
    QCOMPARE(sandbox.service().state().invoices.value(ref).buyerStep,
             sandbox::BuyerStep::Confirming);
    QVERIFY(payWithPin(u"1234"_s));
    QVERIFY(eventually([&] { return !m_browser->text(u"#ers-reference"_s).isEmpty(); }));
    const QString ers = m_browser->text(u"#ers-reference"_s);
    QCOMPARE(m_browser->text(u"#receipt-total"_s), u"149.99 SEK"_s);

    // The till learns the same payment.
    auto status = finished(till->getPaymentStatus(ref, 0));
    QCOMPARE(status->response().status, InvoiceStatus::Paid);
    QCOMPARE(status->response().ersReference, ers);
    QVERIFY(m_browser->screenshot(QDir::temp().filePath(u"kassa-phone-paid.png"_s)));
}

void TestPhonePage::pastedQrTextAndDecline()
{
    SandboxFixture sandbox;
    auto till = sandbox.makeClient();
    sandbox.registerTill(*till, u"Kassa 1"_s, {});
    const QString qr =
        finished(till->sendInvoice(SandboxFixture::invoice(u"20.00"_s)))->response().invoiceQRCode;
    QVERIFY(openPhonePage(sandbox));
    QVERIFY(scanText(u"nonsense"_s));
    QVERIFY(eventually(
        [&] { return m_browser->text(u"#error"_s).contains(u"No till or invoice matches"); }));
    QVERIFY(scanText(qr));
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"20.00 SEK"; }));
    QVERIFY(m_browser->click(u"#decline-button"_s));
    QVERIFY(eventually(
        [&] { return m_browser->text(u"#status"_s) == u"The payment did not go through"; }));
    QCOMPARE(statusWord(), u"FAILED"_s);
    const QString ref = qr.mid(16);
    QCOMPARE(finished(till->getPaymentStatus(ref, 0))->response().status, InvoiceStatus::Failed);
}

void TestPhonePage::statusFollowsTheTillLive()
{
    SandboxFixture sandbox;
    const auto [till, ref] = invoiceWaiting(sandbox, u"Kassa 2"_s, u"TILL2"_s, u"35.00"_s);
    QVERIFY(openPhonePage(sandbox));
    QVERIFY(scanText(u"HTTP://SEQR.SE/R"_s + ref));
    QVERIFY(
        eventually([&] { return m_browser->text(u"#status"_s) == u"Waiting for you to confirm"; }));
    // The cashier cancels at the till; the phone shows it without a reload.
    QCOMPARE(finished(till->cancelInvoice(ref))->status(), CallStatus::Success);
    QVERIFY(eventually([&] { return m_browser->text(u"#status"_s) == u"Canceled"; }));
    QCOMPARE(statusWord(), u"CANCELED"_s);
    QVERIFY(
        m_browser->script(u"return document.getElementById('confirm-button').disabled"_s).toBool());
}

void TestPhonePage::wrongPinStaysUntilTheCustomerActs()
{
    SandboxFixture sandbox;
    const auto [till, ref] = invoiceWaiting(sandbox, u"Kassa 5"_s, u"TILL5"_s, u"12.00"_s);
    QVERIFY(reachPinEntry(sandbox, ref, u"12.00 SEK"_s));
    QVERIFY(payWithPin(u"12"_s));
    const QString wrong = u"Enter your PIN: 4 to 6 digits."_s;
    QVERIFY(eventually([&] { return m_browser->text(u"#error"_s) == wrong; }));
    // Several refreshes (one a second) later the message is still there.
    const QJsonValue refreshes = m_browser->script(
        u"window.kassaRefreshes = 0; const f = window.fetch; window.fetch = (...a) => {"
        u" if (String(a[0]).includes('/control/invoice')) window.kassaRefreshes++;"
        u" return f(...a); }; return 0"_s);
    Q_UNUSED(refreshes);
    QVERIFY(eventually(
        [&] { return m_browser->script(u"return window.kassaRefreshes"_s).toInt() >= 3; }, 15000));
    QCOMPARE(m_browser->text(u"#error"_s), wrong);
    QCOMPARE(sandbox.service().state().invoices.value(ref).status, InvoiceStatus::Issued);
    // The customer acts: types the PIN again (the message goes), and pays.
    m_browser->script(u"document.getElementById('pin-input').value = ''"_s);
    QVERIFY(m_browser->type(u"#pin-input"_s, u"1234"_s));
    QCOMPARE(m_browser->text(u"#error"_s), QString());
    QVERIFY(m_browser->click(u"#pay-button"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#status"_s) == u"Paid"; }));
    QCOMPARE(statusWord(), u"PAID"_s);
    QCOMPARE(m_browser->text(u"#error"_s), QString());
}

void TestPhonePage::tillListFitsAPhone()
{
    SandboxFixture sandbox;
    auto till = sandbox.makeClient();
    sandbox.registerTill(
        *till, u"Kassa vid utgången mot parkeringen, andra våningen, bredvid blomsteravdelningen"_s,
        u"LONGNAMEDTILL1234567890"_s);
    finished(till->sendInvoice(SandboxFixture::invoice(u"5.00"_s)));
    QVERIFY(m_browser->navigate(sandbox.server().phoneUrl().toString()));
    QVERIFY(eventually([&] { return m_browser->text(u"#tills"_s).contains(u"LONGNAMEDTILL"); }));
    QCOMPARE(m_browser->script(u"return window.innerWidth"_s).toInt(), 390);
    // Nothing sticks out sideways: no horizontal scrolling on the phone.
    QVERIFY2(m_browser->script(u"return document.documentElement.scrollWidth"_s).toInt() <= 390,
             qPrintable(QString::number(
                 m_browser->script(u"return document.documentElement.scrollWidth"_s).toInt())));
    const int right = m_browser
                          ->script(u"return Math.ceil(document.getElementById('scan-till-button')"
                                   u".getBoundingClientRect().right)"_s)
                          .toInt();
    QVERIFY2(right <= 390, qPrintable(QString::number(right)));
}

void TestPhonePage::receiptTimeIsTheCustomersLocalTime()
{
    SandboxFixture sandbox;
    const auto [till, ref] = invoiceWaiting(sandbox, u"Kassa 6"_s, u"TILL6"_s, u"7.50"_s);
    QVERIFY(reachPinEntry(sandbox, ref, u"7.50 SEK"_s));
    QVERIFY(payWithPin(u"1234"_s));
    QVERIFY(eventually([&] { return !m_browser->text(u"#receipt-date"_s).isEmpty(); }));
    const QDateTime paidUtc = sandbox.service().state().invoices.value(ref).paidAt;
    QVERIFY(paidUtc.isValid());
    const QString tokyo =
        paidUtc.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(m_browser->text(u"#receipt-date"_s), tokyo);
}

void TestPhonePage::swedishCustomerReadsSwedishOnly()
{
    SandboxFixture sandbox;
    const auto [till, ref] = invoiceWaiting(sandbox, u"Kassa 7"_s, u"TILL7"_s, u"9.00"_s);
    QVERIFY(openPhonePage(sandbox, u"?lang=sv"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#scan-button"_s) == u"Skanna"; }));
    // The sandbox's refusal, in Swedish.
    QVERIFY(scanText(u"nonsense"_s));
    QVERIFY(eventually([&] {
        return m_browser->text(u"#error"_s) ==
               u"Ingen kassa eller faktura matchar \u201dnonsense\u201d.";
    }));
    QVERIFY(scanText(u"HTTP://SEQR.SE/R"_s + ref));
    QVERIFY(
        eventually([&] { return m_browser->text(u"#status"_s) == u"Väntar på att du godkänner"; }));
    QCOMPARE(statusWord(), u"ISSUED"_s);
    // Amounts in Swedish too (issue 27 item 11): a decimal comma.
    QCOMPARE(m_browser->text(u"#total"_s), u"9,00 SEK"_s);
    QVERIFY2(m_browser->text(u"#rows"_s).contains(u"10,00"_s),
             qPrintable(m_browser->text(u"#rows"_s)));
    QCOMPARE(m_browser->text(u"#error"_s), QString());
    QVERIFY(confirmUntilPinEntry());
    QVERIFY(payWithPin(u"12"_s));
    QVERIFY(eventually(
        [&] { return m_browser->text(u"#error"_s) == u"Ange din PIN-kod: 4 till 6 siffror."; }));
    QVERIFY(payWithPin(u"1234"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#status"_s) == u"Betalt"; }));
    QCOMPARE(statusWord(), u"PAID"_s);
    // Paying again: the invoice's state inside the sentence is a word too.
    const QJsonValue again = m_browser->script(
        u"return fetch('/control/pay', { method: 'POST', headers: { 'Content-Type': "
        u"'application/json', 'X-Seqr-Language': 'sv', 'X-Seqr-Control-Token': "
        u"document.querySelector('meta[name=\"seqr-control-token\"]').content }, body: "
        u"JSON.stringify({ invoiceReference: '%1', pin: '1234' }) }).then((r) => r.json())"
        u".then((j) => j.error)"_s.arg(ref));
    QCOMPARE(again.toString(), u"Fakturan är betald och kan inte betalas."_s);
}

void TestPhonePage::walletCardLowersTheAmountBeforeThePin()
{
    sandbox::SandboxOptions options;
    options.ackWindowMs = 5000;
    SandboxFixture sandbox(options);
    auto client = sandbox.makeClient();
    QVERIFY(!sandbox.registerTill(*client, u"Kassa 5"_s, u"LILLALIVS5"_s).isEmpty());
    QTemporaryDir dir;
    auto journal = journal::Journal::open(dir.filePath(u"journal.sqlite"_s));
    QVERIFY(journal);
    // A till with Kassa's demo programme (10 % off with the demo card) and coupon.
    loyalty::LoyaltyConfig shop;
    QVERIFY(shop.addProgramme(loyalty::demoProgramme()));
    QVERIFY(shop.addCoupon(loyalty::demoCoupon(Currency::sek())));
    PaymentTiming timing;
    timing.pollIntervalMs = 200;
    timing.roundMs = 60000;
    PaymentSession session(client.get(), journal->get(), u"Lilla Livs"_s, timing);
    session.setLoyalty(shop);
    journal::SaleRow coffee;
    coffee.description = u"Kaffe"_s;
    coffee.unitPrice = Money(18000, Currency::sek());
    coffee.total = coffee.unitPrice;
    PaymentRequest request;
    request.cashierId = u"anna"_s;
    request.title = u"Lilla Livs"_s;
    request.rows = {coffee};
    session.start(request);
    QVERIFY(eventually([&] { return session.state() == PaymentSession::State::Waiting; }));

    QVERIFY(m_browser->navigate(sandbox.server().phoneUrl().toString()));
    QVERIFY(eventually([&] { return m_browser->text(u"#tills"_s).contains(u"LILLALIVS5"); }));
    QVERIFY(m_browser->click(u"#scan-till-button"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"180.00 SEK"; }));
    // The wallet under the invoice: the demo card and coupon.
    QCOMPARE(m_browser->text(u"#wallet-card"_s), u"Kassa Club ****0042"_s);
    QCOMPARE(m_browser->text(u"#wallet-coupon"_s), u"Välkommen WELCOME20"_s);
    QVERIFY(m_browser->click(u"#token-button"_s));
    // The shop answers with updateInvoice: the phone shows the new amount
    // and the discount row before the customer confirms with the PIN.
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"162.00 SEK"; }));
    const QString rows = m_browser->text(u"#rows"_s);
    QVERIFY2(rows.contains(u"Kassa Club ****0042 10 %"_s) && rows.contains(u"-18.00"_s),
             qPrintable(rows));
    QVERIFY(eventually([&] { return statusWord() == u"ISSUED"_s; }));
    QVERIFY(m_browser->click(u"#coupon-button"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#total"_s) == u"142.00 SEK"; }));
    QVERIFY(eventually([&] { return statusWord() == u"ISSUED"_s; }));
    QVERIFY(confirmUntilPinEntry());
    QVERIFY(payWithPin(u"1234"_s));
    QVERIFY(eventually([&] { return m_browser->text(u"#receipt-total"_s) == u"142.00 SEK"; }));
    QVERIFY(eventually([&] { return session.state() == PaymentSession::State::Paid; }));
    QCOMPARE((*journal)->sale(session.saleId())->total, Money(14200, Currency::sek()));
}

QTEST_GUILESS_MAIN(TestPhonePage)
#include "tst_phonepage.moc"
