#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/ordering/orderservice.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/webhostfixture.h"
#include "ui/web/webshophost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kMilk = "7352601815907"; // Mjölk 3 % 1 l, 15.90

} // namespace

// Scan to order's submit, over the JSON API of a real kassa-web (its
// WebShopHost and ServiceApi on loopback) and an in-process sandbox: a
// token valid when the order page opened is asked about again when the
// customer submits. Expired or cancelled meanwhile: "scan the code again"
// and no invoice; SEQR out of reach: "try again" and no invoice; still
// valid: the invoice goes out.
class TestOrderSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void submitSendsTheInvoiceWhileTheTokenIsValid();
    void tokenExpiredWhileChoosingSaysScanAgain();
    void tokenCancelledWhileChoosingSaysScanAgain();
    void seqrOutOfReachOnSubmitSendsNothing();
    void demoCafeMenuIsACafesNotTheGrocery();

private:
    // Scans table 7's code, opens the order page's visit with its TOKEN
    // (valid: READY) and puts a milk in the cart. The token, or empty.
    QString openVisitWithAMilk();
    QJsonObject call(const QString &path, const QJsonObject &body = {}, int *status = nullptr);
    QJsonObject submit(int *status)
    {
        return call(u"/shop/api/checkout"_s, {{u"go"_s, true}}, status);
    }
    // "Order and pay" refused, the code's session being over: 410, EXPIRED,
    // "Scan the code …", and nothing sent to SEQR.
    void verifySubmitSaysScanAgain();
    void verifyNothingSent();

    std::unique_ptr<test::WebHostFixture> m_web;
    std::unique_ptr<QNetworkAccessManager> m_browser;
    QString m_csrf;
};

void TestOrderSubmit::init()
{
    m_web = std::make_unique<test::WebHostFixture>();
    QVERIFY2(m_web->problem.isEmpty(), qPrintable(m_web->problem));

    web::WebShopHostOptions options = m_web->cafeOptions();
    options.demoService->menu = {QString::fromLatin1(kMilk)};
    QVERIFY(m_web->start(options));
    QVERIFY(m_web->host->orderService());
    m_browser = std::make_unique<QNetworkAccessManager>();
    m_csrf.clear();
}

void TestOrderSubmit::cleanup()
{
    m_browser.reset();
    m_web.reset();
}

QJsonObject TestOrderSubmit::call(const QString &path, const QJsonObject &body, int *status)
{
    QNetworkRequest request(m_web->host->shopUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!m_csrf.isEmpty())
        request.setRawHeader("X-Kassa-CSRF", m_csrf.toLatin1());
    std::unique_ptr<QNetworkReply> reply(
        body.isEmpty() ? m_browser->get(request)
                       : m_browser->post(request, QJsonDocument(body).toJson()));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString TestOrderSubmit::openVisitWithAMilk()
{
    const ordering::OrderServiceConfig &config = m_web->host->orderService()->config();
    const auto scanned = m_web->sandbox->service().openService(config.codeText(config.codes.at(6)));
    if (!scanned)
        return {};
    const QString token = scanned->value(u"token"_s).toString();
    int status = 0;
    QJsonObject v = call(u"/service/api/open"_s, {{u"token"_s, token}}, &status);
    if (status != 200)
        return {};
    if (!QTest::qWaitFor(
            [&] {
                if (v.value(u"state"_s).toString() != u"CHECKING"_s)
                    return true;
                v = call(u"/service/api/visit"_s);
                return false;
            },
            15000) ||
        v.value(u"state"_s).toString() != u"READY"_s) {
        qWarning() << "visit" << v;
        return {};
    }
    m_csrf = v.value(u"csrf"_s).toString();
    call(u"/shop/api/cart"_s, {{u"ean"_s, QString::fromLatin1(kMilk)}, {u"quantity"_s, 1}},
         &status);
    if (status != 200)
        return {};
    return token;
}

void TestOrderSubmit::demoCafeMenuIsACafesNotTheGrocery()
{
    // kassa --demo's café (issue 27 item 12): the phone's menu lists coffee,
    // tea, buns and sandwiches, not milk and washing-up brushes.
    m_web->host.reset();
    web::WebShopHostOptions options = test::cafeHostOptions(
        m_web->dir->filePath(u"cafe"_s), *m_web->sandbox, m_web->catalog.get(), 2);
    options.registerSeqrId = u"KAFE2"_s;
    options.demoService->menu = sandbox::demoCafeMenu();
    QVERIFY(m_web->start(options));
    const ordering::OrderServiceConfig &config = m_web->host->orderService()->config();
    const auto scanned = m_web->sandbox->service().openService(config.codeText(config.codes.at(0)));
    QVERIFY(scanned);
    int status = 0;
    QJsonObject v = call(u"/service/api/open"_s,
                         {{u"token"_s, scanned->value(u"token"_s).toString()}}, &status);
    QCOMPARE(status, 200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (v.value(u"state"_s).toString() != u"CHECKING"_s)
                return true;
            v = call(u"/service/api/visit"_s);
            return false;
        },
        15000));
    QCOMPARE(v.value(u"state"_s).toString(), u"READY"_s);
    QStringList names;
    for (const QJsonValue &p : call(u"/service/api/menu"_s).value(u"products"_s).toArray())
        names.append(p.toObject().value(u"name"_s).toString());
    QCOMPARE(names.size(), 10);
    for (const QString &dish :
         {u"Bryggkaffe"_s, u"Cappuccino"_s, u"Te"_s, u"Kanelbulle"_s, u"Ostsmörgås"_s})
        QVERIFY2(names.contains(dish), qPrintable(names.join(u", "_s)));
    for (const QString &name : std::as_const(names))
        QVERIFY2(!name.startsWith(u"Mjölk"_s) && !name.contains(u"450 g"_s), qPrintable(name));
}

void TestOrderSubmit::verifyNothingSent()
{
    QVERIFY(m_web->sandbox->service().state().invoices.isEmpty());
    const auto inFlight = m_web->host->journal()->invoicesInFlight();
    QVERIFY(inFlight);
    QVERIFY(inFlight->isEmpty());
    int status = 0;
    call(u"/service/api/placed"_s, {}, &status);
    QCOMPARE(status, 404); // no order for this visit
}

void TestOrderSubmit::submitSendsTheInvoiceWhileTheTokenIsValid()
{
    QVERIFY(!openVisitWithAMilk().isEmpty());
    int status = 0;
    const QJsonObject order = submit(&status);
    QCOMPARE(status, 200);
    const QString id = order.value(u"order"_s).toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(call(u"/seqr/status?order="_s + id).value(u"state"_s).toString(),
                              u"WAITING"_s, 15000);
    QCOMPARE(m_web->sandbox->service().state().invoices.size(), 1);
    // A second submit (a reload) answers the open invoice, without asking
    // SEQR (which now says the customer is paying).
    QCOMPARE(submit(&status).value(u"order"_s).toString(), id);
    QCOMPARE(status, 200);
    QCOMPARE(m_web->sandbox->service().state().invoices.size(), 1);
}

void TestOrderSubmit::verifySubmitSaysScanAgain()
{
    int status = 0;
    const QJsonObject answer = submit(&status);
    QCOMPARE(status, 410);
    QCOMPARE(answer.value(u"state"_s).toString(), u"EXPIRED"_s);
    QVERIFY(answer.value(u"message"_s).toString().contains(u"Scan the code"_s));
    verifyNothingSent();
}

void TestOrderSubmit::tokenExpiredWhileChoosingSaysScanAgain()
{
    QVERIFY(!openVisitWithAMilk().isEmpty());
    // The customer chose for longer than the session's lifetime.
    m_web->sandbox->service().advanceClock(sandbox::SandboxOptions{}.sessionLifetimeMs + 60000);
    verifySubmitSaysScanAgain();
    // The visit says so too (a reload shows "scan the code again").
    QCOMPARE(call(u"/service/api/visit"_s).value(u"state"_s).toString(), u"EXPIRED"_s);
    // And a second try sends nothing either.
    verifySubmitSaysScanAgain();
}

void TestOrderSubmit::tokenCancelledWhileChoosingSaysScanAgain()
{
    const QString token = openVisitWithAMilk();
    QVERIFY(!token.isEmpty());
    // The customer left the service in the app (SEQR-ACTION://WIZARD/CANCEL).
    QVERIFY(m_web->sandbox->service().leaveService(token));
    verifySubmitSaysScanAgain();
}

void TestOrderSubmit::seqrOutOfReachOnSubmitSendsNothing()
{
    QVERIFY(!openVisitWithAMilk().isEmpty());
    m_web->sandbox->server().injectFaults(sandbox::FaultKind::Http500, 1000, 0);
    int status = 0;
    const QJsonObject answer = submit(&status);
    QCOMPARE(status, 503);
    QVERIFY(!answer.value(u"error"_s).toString().isEmpty());
    m_web->sandbox->server().injectFaults(sandbox::FaultKind::None, 0, 0);
    verifyNothingSent();
    // The visit stays open: once SEQR answers again, the order goes out.
    QCOMPARE(call(u"/service/api/visit"_s).value(u"state"_s).toString(), u"READY"_s);
    const QJsonObject order = submit(&status);
    QCOMPARE(status, 200);
    QVERIFY(!order.value(u"order"_s).toString().isEmpty());
}

QTEST_MAIN(TestOrderSubmit)
#include "tst_ordersubmit.moc"
