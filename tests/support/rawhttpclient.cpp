#include "tests/support/rawhttpclient.h"

#include <QTest>

RawHttpClient::RawHttpClient(const QHostAddress &from, quint16 port)
    : m_from(from)
    , m_port(port)
    , m_socket(std::make_unique<QTcpSocket>())
{}

RawHttpClient::~RawHttpClient()
{
    m_socket->abort();
}

QByteArray RawHttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

QByteArray RawHttpClient::Response::cookie() const
{
    const QByteArray set = header("set-cookie");
    return set.left(set.indexOf(';'));
}

bool RawHttpClient::connectToServer(int timeoutMs)
{
    if (!m_socket->bind(m_from, 0))
        return false;
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return QTest::qWaitFor([this] { return isConnected(); }, timeoutMs);
}

bool RawHttpClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

std::optional<RawHttpClient::Response> RawHttpClient::parse()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    Response r;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (m_buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    r.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    return r;
}

std::optional<RawHttpClient::Response> RawHttpClient::read(int timeoutMs)
{
    std::optional<Response> r = parse();
    if (r)
        return r;
    (void)QTest::qWaitFor(
        [&] {
            m_buffer += m_socket->readAll();
            r = parse();
            return r.has_value() || m_socket->state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!r) {
        m_buffer += m_socket->readAll();
        r = parse();
    }
    return r;
}

bool RawHttpClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            m_buffer += m_socket->readAll();
            return m_socket->state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

QByteArray RawHttpClient::request(const QByteArray &method, const QByteArray &path,
                                  const QByteArray &extraHeaders, const QByteArray &body)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

std::optional<RawHttpClient::Response>
RawHttpClient::get(const QByteArray &path, const QByteArray &cookie, const QByteArray &extra)
{
    if (!isConnected() && !connectToServer())
        return std::nullopt;
    write(request("GET", path,
                  (cookie.isEmpty() ? QByteArray() : "Cookie: " + cookie + "\r\n") + extra));
    return read();
}

std::optional<RawHttpClient::Response>
RawHttpClient::postJson(const QByteArray &path, const QByteArray &json, const QByteArray &cookie,
                        const QByteArray &csrf, const QByteArray &extra)
{
    if (!isConnected() && !connectToServer())
        return std::nullopt;
    QByteArray headers = "Content-Type: application/json\r\nX-Kassa-CSRF: " + csrf + "\r\n";
    if (!cookie.isEmpty())
        headers += "Cookie: " + cookie + "\r\n";
    write(request("POST", path, headers + extra, json));
    return read();
}
