// The HTTP request parser (core/http; the sandbox's and kassa-web's), with no sockets: bytes in, in
// any pieces, requests or a refusal out.
#include "core/http/httprequestparser.h"

#include <QTest>

using namespace kassa::http;
using namespace Qt::StringLiterals;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void keepAliveFollowsVersionAndConnection_data();
    void keepAliveFollowsVersionAndConnection();
    void staysFailedAfterAnError();
    void headersAndQueryAreRead();
};

namespace {

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QList<QByteArray> pieces(const QByteArray &bytes, qsizetype size)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < bytes.size(); i += size)
        out.append(bytes.mid(i, size));
    return out;
}

QByteArray bigHeader(qsizetype bytes)
{
    return "X-Filler: " + QByteArray(bytes, 'a') + "\r\n";
}

// A row of parses_data: `bytes`, in one read, refused with HTTP `status`
// before any request, nothing left buffered.
void refused(const char *name, const QByteArray &bytes, int status)
{
    QTest::newRow(name) << QList<QByteArray>{bytes} << QStringList{} << status << qsizetype(0);
}

} // namespace

void TestHttpRequestParser::parses_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("requests"); // "METHOD path body" in order
    QTest::addColumn<int>("error");            // 0: none (the last result is NeedMore)
    QTest::addColumn<qsizetype>("leftOver");   // bytes buffered at the end

    const QByteArray one = post("/control/pay", R"({"pin":"1234"})");
    const QString payLine = uR"(POST /control/pay {"pin":"1234"})"_s;
    QTest::newRow("one read") << QList<QByteArray>{one} << QStringList{payLine} << 0
                              << qsizetype(0);
    QTest::newRow("every byte its own read")
        << pieces(one, 1) << QStringList{payLine} << 0 << qsizetype(0);
    const qsizetype blank = one.indexOf("\r\n\r\n");
    QTest::newRow("split inside the blank line")
        << QList<QByteArray>{one.left(blank + 2), one.mid(blank + 2)} << QStringList{payLine} << 0
        << qsizetype(0);
    QTest::newRow("body in a later read")
        << QList<QByteArray>{one.left(blank + 4), one.mid(blank + 4, 3), one.mid(blank + 7)}
        << QStringList{payLine} << 0 << qsizetype(0);
    QTest::newRow("three pipelined in one read")
        << QList<QByteArray>{get("/a") + post("/b", "xy") + get("/c")}
        << QStringList{u"GET /a "_s, u"POST /b xy"_s, u"GET /c "_s} << 0 << qsizetype(0);
    QTest::newRow("pipelined, split across the boundary")
        << pieces(get("/a") + post("/b", "hello") + get("/c"), 7)
        << QStringList{u"GET /a "_s, u"POST /b hello"_s, u"GET /c "_s} << 0 << qsizetype(0);
    const QByteArray partial = get("/b").left(10);
    QTest::newRow("second request not whole yet")
        << QList<QByteArray>{get("/a") + partial} << QStringList{u"GET /a "_s} << 0
        << qsizetype(partial.size());
    QTest::newRow("body not whole yet") << QList<QByteArray>{one.left(one.size() - 2)}
                                        << QStringList{} << 0 << qsizetype(one.size() - 2);
    QTest::newRow("empty lines before a request are skipped")
        << QList<QByteArray>{"\r\n\r\n" + get("/a")} << QStringList{u"GET /a "_s} << 0
        << qsizetype(0);

    // The header limit (32 KiB) holds however the bytes arrive.
    const QByteArray huge = get("/a", bigHeader(40 * 1024));
    refused("40 KiB header in one read", huge, 431);
    QTest::newRow("40 KiB header in 1 KiB reads")
        << pieces(huge, 1024) << QStringList{} << 431 << qsizetype(0);
    refused("40 KiB header without its end yet", huge.left(huge.size() - 4), 431);
    const QByteArray base = get("/a");
    const QByteArray atLimit = get("/a", bigHeader(32 * 1024 - base.size() - 12));
    QTest::newRow("header exactly at the limit")
        << QList<QByteArray>{atLimit} << QStringList{u"GET /a "_s} << 0 << qsizetype(0);
    refused("one byte over the limit", get("/a", bigHeader(32 * 1024 - base.size() - 11)), 431);
    QTest::newRow("good request, then a huge one")
        << QList<QByteArray>{get("/a") + huge} << QStringList{u"GET /a "_s} << 431 << qsizetype(0);

    const QByteArray head = "POST /b HTTP/1.1\r\nHost: x\r\n";
    refused("body over 8 MiB", head + "Content-Length: 8388609\r\n\r\n", 413);
    refused("negative length", head + "Content-Length: -1\r\n\r\n", 400);
    refused("signed length", head + "Content-Length: +2\r\n\r\nxy", 400);
    refused("length not a number", head + "Content-Length: 12abc\r\n\r\n", 400);
    refused("empty length", head + "Content-Length:\r\n\r\n", 400);
    refused("length overflowing 64 bits", head + "Content-Length: 99999999999999999999999\r\n\r\n",
            400);
    refused("two different lengths", head + "Content-Length: 2\r\nContent-Length: 3\r\n\r\nxyz",
            400);
    QTest::newRow("the same length twice")
        << QList<QByteArray>{head + "Content-Length: 2\r\nContent-Length: 2\r\n\r\nxy"}
        << QStringList{u"POST /b xy"_s} << 0 << qsizetype(0);
    refused("chunked refused", head + "Transfer-Encoding: chunked\r\n\r\n2\r\nxy\r\n0\r\n\r\n",
            411);
    refused("chunked with a length refused too",
            head + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\nxy", 411);

    refused("request line without version", "GET /a\r\n\r\n", 400);
    refused("target not a path", "GET http://x/a HTTP/1.1\r\n\r\n", 400);
    refused("HTTP/2.0", "GET /a HTTP/2.0\r\n\r\n", 505);
    refused("not HTTP at all", "\x16\x03\x01\x02\x01\r\n\r\n", 400);
    refused("a TLS hello, refused at once", QByteArray("\x16\x03\x01", 3), 400);
    refused("folded header line", "GET /a HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n", 400);
    refused("space before the colon", "GET /a HTTP/1.1\r\nContent-Length : 0\r\n\r\n", 400);
}

void TestHttpRequestParser::parses()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, requests);
    QFETCH(int, error);
    QFETCH(qsizetype, leftOver);

    HttpRequestParser parser;
    QStringList seen;
    HttpRequestParser::Status last = HttpRequestParser::Status::NeedMore;
    for (const QByteArray &chunk : chunks) {
        parser.append(chunk);
        while ((last = parser.next()) == HttpRequestParser::Status::Complete) {
            const HttpRequest r = parser.takeRequest();
            seen.append(QString::fromUtf8(QByteArray(r.method + ' ' + r.path + ' ' + r.body)));
        }
        if (last == HttpRequestParser::Status::Failed)
            break;
    }
    QCOMPARE(seen, requests);
    if (error == 0) {
        QCOMPARE(last, HttpRequestParser::Status::NeedMore);
        QCOMPARE(parser.errorStatus(), 0);
    } else {
        QCOMPARE(last, HttpRequestParser::Status::Failed);
        QCOMPARE(parser.errorStatus(), error);
        QVERIFY(!parser.errorMessage().isEmpty());
    }
    QCOMPARE(parser.bufferedBytes(), leftOver);
}

void TestHttpRequestParser::keepAliveFollowsVersionAndConnection_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
                               << false;
    QTest::newRow("1.1 Close, in a list")
        << QByteArray("GET / HTTP/1.1\r\nConnection: TE, Close\r\n\r\n") << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpRequestParser::keepAliveFollowsVersionAndConnection()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, keepAlive);
    HttpRequestParser parser;
    parser.append(request);
    QCOMPARE(parser.next(), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.takeRequest().keepAlive, keepAlive);
}

void TestHttpRequestParser::staysFailedAfterAnError()
{
    HttpRequestParser parser;
    parser.append("BROKEN\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Status::Failed);
    parser.append(get("/a"));
    QCOMPARE(parser.next(), HttpRequestParser::Status::Failed);
    QCOMPARE(parser.errorStatus(), 400);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestHttpRequestParser::headersAndQueryAreRead()
{
    HttpRequestParser parser;
    parser.append("POST /control/invoice?ref=123&x=%C3%A5 HTTP/1.1\r\n"
                  "Host: localhost\r\n"
                  "content-TYPE: Application/JSON; charset=utf-8\r\n"
                  "X-Kassa-Control-Token: abc\r\n"
                  "Accept: a\r\nAccept: b\r\n"
                  "Content-Length: 2\r\n\r\n{}");
    QCOMPARE(parser.next(), HttpRequestParser::Status::Complete);
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.path, QByteArray("/control/invoice"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("ref")), QStringLiteral("123"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded), QStringLiteral("å"));
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QCOMPARE(r.headers.value("x-kassa-control-token"), QByteArray("abc"));
    QCOMPARE(r.headers.value("accept"), QByteArray("a, b"));
    QVERIFY(r.head.startsWith("POST /control/invoice?ref=123"));
    QCOMPARE(r.body, QByteArray("{}"));

    parser.append("POST / HTTP/1.1\r\nContent-Type: text/plain\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.takeRequest().contentType, QByteArray("text/plain"));
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
