#include "tests/e2e/tst_webattacks.h"

#include "tests/support/webshophosts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace kassa;
using namespace Qt::StringLiterals;
using namespace webattacks;

namespace webattacks {

QHostAddress loopback(int n)
{
    return QHostAddress(u"127.0.0."_s + QString::number(n));
}

QJsonObject jsonOf(const std::optional<RawHttpClient::Response> &r)
{
    return r ? QJsonDocument::fromJson(r->body).object() : QJsonObject();
}

std::optional<RawHttpClient::Response> trickleHeaders(RawHttpClient &client, int lines,
                                                      int intervalMs)
{
    std::optional<RawHttpClient::Response> answer;
    for (int line = 0; line < lines && !answer; ++line) {
        client.write("X-Line-" + QByteArray::number(line) + ": still coming\r\n");
        answer = client.read(intervalMs);
    }
    return answer;
}

} // namespace webattacks

void TestWebAttacks::init()
{
    m_web = std::make_unique<test::WebHostFixture>();
    QVERIFY2(m_web->problem.isEmpty(), qPrintable(m_web->problem));
}

void TestWebAttacks::cleanup()
{
    m_web.reset();
}

bool TestWebAttacks::startHost(const std::function<void(web::WebShopHostOptions &)> &tune)
{
    web::WebShopHostOptions options = m_web->cafeOptions();
    if (tune)
        tune(options);
    return m_web->start(options);
}

std::optional<RawHttpClient::Response> TestWebAttacks::setMilk(RawHttpClient &http,
                                                               Visitor &visitor, int quantity)
{
    const QByteArray body =
        "{\"ean\":\"" + QByteArray(kMilk) + "\",\"quantity\":" + QByteArray::number(quantity) + '}';
    auto r = http.postJson("/shop/api/cart", body, visitor.cookie, visitor.csrf);
    if (r && !r->cookie().isEmpty())
        visitor.cookie = r->cookie();
    if (r && r->status == 200)
        visitor.csrf = jsonOf(r).value(u"csrf"_s).toString().toLatin1();
    return r;
}

void TestWebAttacks::invoicesAreLimitedPerAddressAndPerShop()
{
    // Finding 1: the limit was per cookie, and a cookie is free. Now: 10 a
    // minute per address, and (here) 15 for the whole shop.
    QVERIFY(startHost([](web::WebShopHostOptions &o) { o.settings.limits.invoicesPerShop = 15; }));
    const auto checkoutFrom = [&](int address, int visitors, const QByteArray &language) {
        QList<int> statuses;
        QString lastError;
        QByteArray retryAfter;
        RawHttpClient http(loopback(address), m_web->host->server()->port());
        for (int i = 0; i < visitors; ++i) {
            Visitor fresh; // a fresh cookie each time, as the attacker did
            const auto added = setMilk(http, fresh, 1);
            if (!added || added->status != 200)
                return std::tuple{statuses, u"cart refused"_s, QByteArray()};
            const auto r = http.postJson("/shop/api/checkout", "{}", fresh.cookie, fresh.csrf,
                                         "Accept-Language: " + language + "\r\n");
            statuses << (r ? r->status : 0);
            if (r && r->status != 200) {
                lastError = jsonOf(r).value(u"error"_s).toString();
                retryAfter = r->header("retry-after");
            }
        }
        return std::tuple{statuses, lastError, retryAfter};
    };
    auto [first, firstError, firstRetry] = checkoutFrom(1, 12, "sv");
    QCOMPARE(first.size(), 12);
    QCOMPARE(first.count(200), 10);
    QCOMPARE(first.mid(10), (QList<int>{429, 429}));
    QCOMPARE(firstError, u"För många betalningar har startats från din adress. Vänta en minut "
                         "och försök igen."_s);
    QCOMPARE(firstRetry, QByteArray("60"));

    // Another address gets its own ten — until the shop's 15 are taken.
    auto [second, secondError, secondRetry] = checkoutFrom(2, 6, "en");
    QCOMPARE(second, (QList<int>{200, 200, 200, 200, 200, 429}));
    QCOMPARE(secondError,
             u"The shop is taking too many payments just now. Wait a minute and try again."_s);
    // SEQR was sent 15 invoices, not 18.
    QTRY_COMPARE_WITH_TIMEOUT(m_web->sandbox->service().state().invoices.size(), 15, 20000);
}

void TestWebAttacks::looksMakeNoSessionAndAFloodKeepsCarts()
{
    // Finding 2: every cookie-less look made a session, and at the cap the
    // oldest idle cart went — a customer's.
    QVERIFY(startHost([](web::WebShopHostOptions &o) { o.settings.limits.maxSessions = 40; }));
    const quint16 port = m_web->host->server()->port();
    RawHttpClient customerHttp(loopback(9), port);
    Visitor customer;
    const auto added = setMilk(customerHttp, customer, 2);
    QVERIFY(added);
    QCOMPARE(added->status, 200);
    QVERIFY(!customer.cookie.isEmpty());
    QCOMPARE(m_web->host->shop()->sessionCount(), 1);

    // 2,000 looks without a cookie: an empty cart each, no cookie, no session.
    for (int c = 0; c < 4; ++c) {
        RawHttpClient looker(loopback(20 + c), port);
        for (int i = 0; i < 500; ++i) {
            const auto look = looker.get("/shop/api/cart");
            QVERIFY(look);
            QCOMPARE(look->status, 200);
            QVERIFY(look->header("set-cookie").isEmpty());
            QCOMPARE(jsonOf(look).value(u"lines"_s).toArray().size(), 0);
            QCOMPARE(jsonOf(look).value(u"csrf"_s).toString(), u"new"_s);
        }
    }
    QCOMPARE(m_web->host->shop()->sessionCount(), 1);

    // New carts, emptied again, from four addresses: 30 each a minute,
    // then "wait a minute"; at 40 kept, empty ones go — never the customer's.
    for (int a = 0; a < 4; ++a) {
        RawHttpClient flood(loopback(30 + a), port);
        for (int i = 0; i < 30; ++i) {
            Visitor v;
            const auto made = setMilk(flood, v, 1);
            QVERIFY(made);
            QCOMPARE(made->status, 200);
            QCOMPARE(setMilk(flood, v, 0)->status, 200);
        }
        Visitor refused;
        const auto r = setMilk(flood, refused, 1);
        QVERIFY(r);
        QCOMPARE(r->status, 429);
        QCOMPARE(jsonOf(r).value(u"error"_s).toString(),
                 u"Too many new carts were started from your address. Wait a minute and try "
                 "again."_s);
        QVERIFY(r->header("set-cookie").isEmpty());
    }
    QVERIFY(m_web->host->shop()->sessionCount() <= 40);
    const auto cart = customerHttp.get("/shop/api/cart", customer.cookie);
    QVERIFY(cart);
    const QJsonArray lines = jsonOf(cart).value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(u"quantity"_s).toInt(), 2);
}

QString TestWebAttacks::placeOrder(int address)
{
    RawHttpClient http(loopback(address), m_web->host->server()->port());
    Visitor v;
    if (const auto added = setMilk(http, v, 1); !added || added->status != 200)
        return {};
    const auto r = http.postJson("/shop/api/checkout", "{}", v.cookie, v.csrf);
    return r && r->status == 200 ? jsonOf(r).value(u"order"_s).toString() : QString();
}

QString TestWebAttacks::scan(const QString &code)
{
    const auto scanned = m_web->sandbox->service().openService(code);
    return scanned ? scanned->value(u"token"_s).toString() : QString();
}

QJsonObject TestWebAttacks::openVisit(RawHttpClient &http, Visitor &visitor, const QString &token)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"token"_s, token}}).toJson();
    const auto opened = http.postJson("/service/api/open", body, visitor.cookie, {});
    if (!opened)
        return {};
    if (!opened->cookie().isEmpty())
        visitor.cookie = opened->cookie();
    QJsonObject v = jsonOf(opened);
    (void)QTest::qWaitFor(
        [&] {
            if (v.value(u"state"_s).toString() != u"CHECKING"_s)
                return true;
            v = jsonOf(http.get("/service/api/visit", visitor.cookie));
            return false;
        },
        15000);
    visitor.csrf = v.value(u"csrf"_s).toString().toLatin1();
    return v;
}

void TestWebAttacks::webSocketsTakeNoBigMessagesAndHaveACap()
{
    // Finding 3: one 48 MiB message added 88 MB. Now about 1 KiB, and a
    // checkout page that sends anything is closed.
    QVERIFY(startHost([](web::WebShopHostOptions &o) { o.server.maxWebSockets = 2; }));
    const QString order = placeOrder(1);
    QVERIFY(!order.isEmpty());
    const QUrl url(u"ws://127.0.0.1:"_s + QString::number(m_web->host->server()->port()) +
                   u"/seqr/ws?order="_s + order);
    web::WebServer *server = m_web->host->server();

    QWebSocket big;
    big.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(big.state(), QAbstractSocket::ConnectedState, 10000);
    QTRY_COMPARE(server->webSocketCount(), 1);
    big.sendBinaryMessage(QByteArray(4 * 1024 * 1024, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(big.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(big.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

    QWebSocket talker;
    talker.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(talker.state(), QAbstractSocket::ConnectedState, 10000);
    talker.sendTextMessage(u"hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(talker.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(talker.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QTRY_COMPARE(server->webSocketCount(), 0);

    // Two pages listen (the cap here); a third is told 503.
    QWebSocket first, second;
    QSignalSpy firstHeard(&first, &QWebSocket::textMessageReceived);
    first.open(url);
    second.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(server->webSocketCount(), 2, 10000);
    RawHttpClient third(loopback(2), server->port());
    QVERIFY(third.connectToServer());
    third.write(RawHttpClient::request(
        "GET", "/seqr/ws?order=" + order.toLatin1(),
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
    const auto refused = third.read();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(server->webSocketCount(), 2);
    // The two listening pages were told their order's version.
    QTRY_VERIFY(!firstHeard.isEmpty());
    QVERIFY(firstHeard.first().first().toString().contains(order));
}

void TestWebAttacks::codesTheShopNeverPrintedOpenNoVisit()
{
    // Finding 4: table=999 (or markup) went into the invoice and to the tills.
    QVERIFY(startHost());
    for (const QString &code :
         {u"HTTP://SEQR.SE/000/KASSACAFE?table=999"_s,
          u"HTTP://SEQR.SE/000/KASSACAFE?table=%3Cimg%20src%3Dx%3E"_s,
          u"HTTP://SEQR.SE/000/KASSACAFE?table=7&note=%3Cb%3Efree%3C%2Fb%3E"_s}) {
        const QString token = scan(code);
        QVERIFY2(!token.isEmpty(), qPrintable(code));
        RawHttpClient http(loopback(3), m_web->host->server()->port());
        Visitor v;
        const QJsonObject visit = openVisit(http, v, token);
        QCOMPARE(visit.value(u"state"_s).toString(), u"EXPIRED"_s);
        QCOMPARE(visit.value(u"message"_s).toString(),
                 u"This code is not one of the shop's. Scan the code on the table or shelf "
                 "again."_s);
        QVERIFY(!visit.contains(u"place"_s));
        // Nothing can be ordered from it.
        QCOMPARE(setMilk(http, v, 1)->status, 404);
        const auto submitted = http.postJson("/shop/api/checkout", "{}", v.cookie, v.csrf);
        QVERIFY(submitted);
        QCOMPARE(submitted->status, 410);
    }
    QCOMPARE(m_web->sandbox->service().state().invoices.size(), 0);
    // The shop's own code still opens its table.
    RawHttpClient http(loopback(3), m_web->host->server()->port());
    Visitor v;
    const QJsonObject visit = openVisit(http, v, scan(u"HTTP://SEQR.SE/000/KASSACAFE?table=7"_s));
    QCOMPARE(visit.value(u"state"_s).toString(), u"READY"_s);
    QCOMPARE(visit.value(u"place"_s).toString(), u"Table 7"_s);
}

void TestWebAttacks::tokenOpensAVisitOnlyWhileSeqrSaysSoAndPerBrowser()
{
    // Finding 5: the customer's TOKEN gave anyone the same session, cart
    // and CSRF token, also after the customer had left.
    QVERIFY(startHost());
    const QString token = scan(u"HTTP://SEQR.SE/000/KASSACAFE?table=3"_s);
    RawHttpClient phoneHttp(loopback(4), m_web->host->server()->port());
    Visitor phone;
    QCOMPARE(openVisit(phoneHttp, phone, token).value(u"state"_s).toString(), u"READY"_s);
    QCOMPARE(setMilk(phoneHttp, phone, 2)->status, 200);

    // Another browser with the same TOKEN: a visit of its own, not the phone's.
    RawHttpClient otherHttp(loopback(5), m_web->host->server()->port());
    Visitor other;
    const QJsonObject theirs = openVisit(otherHttp, other, token);
    QCOMPARE(theirs.value(u"state"_s).toString(), u"READY"_s);
    QVERIFY(other.cookie != phone.cookie);
    QVERIFY(other.csrf != phone.csrf);
    QCOMPARE(theirs.value(u"cart"_s).toObject().value(u"lines"_s).toArray().size(), 0);
    const auto phoneCart = phoneHttp.get("/shop/api/cart", phone.cookie);
    QCOMPARE(jsonOf(phoneCart).value(u"lines"_s).toArray().size(), 1);

    // The phone pays; only the phone is shown its order.
    const auto submitted = phoneHttp.postJson("/shop/api/checkout", "{}", phone.cookie, phone.csrf);
    QVERIFY(submitted);
    QCOMPARE(submitted->status, 200);
    QCOMPARE(phoneHttp.get("/service/api/placed", phone.cookie)->status, 200);
    QCOMPARE(otherHttp.get("/service/api/placed", other.cookie)->status, 404);

    // The customer left the service: the TOKEN opens nothing any more,
    // for a new browser or the phone's own reload.
    QVERIFY(m_web->sandbox->service().leaveService(token));
    Visitor late;
    RawHttpClient lateHttp(loopback(6), m_web->host->server()->port());
    QCOMPARE(openVisit(lateHttp, late, token).value(u"state"_s).toString(), u"EXPIRED"_s);
    QCOMPARE(openVisit(otherHttp, other, token).value(u"state"_s).toString(), u"EXPIRED"_s);
    QCOMPARE(lateHttp.get("/service/api/placed", late.cookie)->status, 404);
}

QTEST_GUILESS_MAIN(TestWebAttacks)
