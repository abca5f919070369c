// The HTTP server (core/http: the sandbox's and kassa-web's) over real loopback sockets: limits,
// order of responses, Connection: close, the connection cap and the idle timeout.
#include "core/http/httpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace kassa::http;
using namespace Qt::StringLiterals;

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void headerLimitHoldsInOneRead();
    void headerLimitHoldsInManyReads();
    void delayedResponseKeepsItsPlace();
    void nothingIsParsedAfterConnectionClose();
    void badRequestClosesTheConnection();
    void capsConnections();
    void closesIdleConnections();
    void answersHalfARequestWith408();
    void keepAliveServesManyRequests();

private:
    std::unique_ptr<QTcpSocket> connectTo();
    // Reads from the socket until `count` whole responses (by Content-Length)
    // have arrived, or the socket closes, or 10 s pass.
    static QList<QByteArray> readResponses(QTcpSocket &socket, int count);

    std::unique_ptr<HttpServer> m_server;
    QStringList m_handled;
};

namespace {

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

int statusOf(const QByteArray &response)
{
    return response.mid(9, 3).toInt();
}

QByteArray bodyOf(const QByteArray &response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

} // namespace

void TestHttpServer::init()
{
    m_handled.clear();
    m_server = std::make_unique<HttpServer>([this](const HttpRequest &r) {
        m_handled.append(QString::fromUtf8(r.path));
        HttpResponse response = HttpResponse::text(r.path, 200);
        if (r.path == "/slow")
            response.delayMs = 300;
        return response;
    });
}

std::unique_ptr<QTcpSocket> TestHttpServer::connectTo()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket->waitForConnected(5000))
        return {};
    return socket;
}

QList<QByteArray> TestHttpServer::readResponses(QTcpSocket &socket, int count)
{
    QList<QByteArray> responses;
    QByteArray buffer;
    QElapsedTimer clock;
    clock.start();
    while (responses.size() < count && clock.elapsed() < 10000) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qsizetype at = buffer.indexOf("Content-Length: ");
            const qsizetype length =
                buffer.mid(at + 16, buffer.indexOf('\r', at) - at - 16).toInt();
            if (buffer.size() >= headEnd + 4 + length) {
                responses.append(buffer.left(headEnd + 4 + length));
                buffer.remove(0, headEnd + 4 + length);
                continue;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        if (socket.bytesAvailable() == 0) {
            // Spins the event loop: the server lives in this thread too.
            QSignalSpy readable(&socket, &QTcpSocket::readyRead);
            readable.wait(100);
        }
        buffer += socket.readAll();
    }
    return responses;
}

void TestHttpServer::headerLimitHoldsInOneRead()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo();
    QVERIFY(socket);
    // 40 KiB of headers in one write (used to get 200 OK).
    socket->write(get("/big", "X-Filler: " + QByteArray(40 * 1024, 'a') + "\r\n"));
    const QList<QByteArray> responses = readResponses(*socket, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(statusOf(responses.first()), 431);
    QVERIFY(m_handled.isEmpty());
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void TestHttpServer::headerLimitHoldsInManyReads()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo();
    QVERIFY(socket);
    const QByteArray request = get("/big", "X-Filler: " + QByteArray(40 * 1024, 'a') + "\r\n");
    for (qsizetype i = 0; i < request.size() && socket->state() == QAbstractSocket::ConnectedState;
         i += 1000) {
        socket->write(request.mid(i, 1000));
        socket->flush();
        QCoreApplication::processEvents(); // the server reads each piece on its own
    }
    const QList<QByteArray> responses = readResponses(*socket, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(statusOf(responses.first()), 431);
    QVERIFY(m_handled.isEmpty());
}

void TestHttpServer::delayedResponseKeepsItsPlace()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo();
    QVERIFY(socket);
    // Pipelined: the slow one first; its answer must come first.
    socket->write(get("/slow") + get("/fast") + get("/third"));
    const QList<QByteArray> responses = readResponses(*socket, 3);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(bodyOf(responses[0]), QByteArray("/slow"));
    QCOMPARE(bodyOf(responses[1]), QByteArray("/fast"));
    QCOMPARE(bodyOf(responses[2]), QByteArray("/third"));
    QCOMPARE(m_handled, (QStringList{u"/slow"_s, u"/fast"_s, u"/third"_s}));
}

void TestHttpServer::nothingIsParsedAfterConnectionClose()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo();
    QVERIFY(socket);
    socket->write(get("/last", "Connection: close\r\n") + get("/after"));
    const QList<QByteArray> responses = readResponses(*socket, 2);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(bodyOf(responses[0]), QByteArray("/last"));
    QVERIFY(responses[0].contains("Connection: close\r\n"));
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_handled, QStringList{u"/last"_s});
}

void TestHttpServer::badRequestClosesTheConnection()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo();
    QVERIFY(socket);
    socket->write("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
                  get("/after"));
    const QList<QByteArray> responses = readResponses(*socket, 2);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(statusOf(responses[0]), 411);
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(m_handled.isEmpty());
}

void TestHttpServer::capsConnections()
{
    m_server->setMaxConnections(2);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto first = connectTo();
    auto second = connectTo();
    QVERIFY(first && second);
    QTRY_COMPARE(m_server->connectionCount(), 2);
    auto third = connectTo();
    QVERIFY(third);
    const QList<QByteArray> refused = readResponses(*third, 1);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(statusOf(refused.first()), 503);
    QTRY_COMPARE(third->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_server->connectionCount(), 2);
    // The two admitted connections are served; when one goes, a new one is.
    first->write(get("/one"));
    QCOMPARE(readResponses(*first, 1).size(), 1);
    second->disconnectFromHost();
    QTRY_COMPARE(m_server->connectionCount(), 1);
    auto fourth = connectTo();
    QVERIFY(fourth);
    fourth->write(get("/four"));
    const QList<QByteArray> served = readResponses(*fourth, 1);
    QCOMPARE(served.size(), 1);
    QCOMPARE(statusOf(served.first()), 200);
}

void TestHttpServer::closesIdleConnections()
{
    m_server->setIdleTimeoutMs(300);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo();
    QVERIFY(socket);
    socket->write(get("/a"));
    QCOMPARE(readResponses(*socket, 1).size(), 1);
    QTRY_COMPARE(m_server->connectionCount(), 1);
    // Nothing more is sent: the server closes the connection by itself.
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::answersHalfARequestWith408()
{
    m_server->setIdleTimeoutMs(300);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo();
    QVERIFY(socket);
    socket->write("GET /never-finished HTTP/1.1\r\nHost: local");
    const QList<QByteArray> responses = readResponses(*socket, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(statusOf(responses.first()), 408);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(m_handled.isEmpty());
}

void TestHttpServer::keepAliveServesManyRequests()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto socket = connectTo();
    QVERIFY(socket);
    for (int i = 0; i < 20; ++i) {
        const QByteArray path = "/r" + QByteArray::number(i);
        socket->write(get(path));
        const QList<QByteArray> responses = readResponses(*socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(bodyOf(responses.first()), path);
        QVERIFY(!responses.first().contains("Connection: close"));
    }
    QCOMPARE(m_server->connectionCount(), 1);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
