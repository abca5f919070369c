#include "sandbox/httprequestparser.h"

#include <QList>

namespace kassa::sandbox {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool hasToken(const QByteArray &list, QByteArrayView token)
{
    for (const QByteArray &part : list.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{}

void HttpRequestParser::append(QByteArrayView bytes)
{
    if (!hasFailed())
        m_buffer.append(bytes);
}

HttpRequest HttpRequestParser::takeRequest()
{
    Q_ASSERT(m_ready);
    m_ready = false;
    return std::exchange(m_request, HttpRequest{});
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QByteArray &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    m_haveHead = false;
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::next()
{
    if (hasFailed())
        return Status::Failed;
    Q_ASSERT(!m_ready); // takeRequest() before asking for the next one
    if (!m_haveHead) {
        // Empty lines before a request line are allowed (RFC 9112 2.2).
        qsizetype skip = 0;
        while (skip + 1 < m_buffer.size() && m_buffer[skip] == '\r' && m_buffer[skip + 1] == '\n')
            skip += 2;
        if (skip > 0) {
            m_buffer.remove(0, skip);
            m_scannedTo = 0;
        }
        // Like any web server: what cannot start a request line (a TLS
        // ClientHello sent to this plain-HTTP port, say) is refused at once
        // rather than waited on.
        if (!m_buffer.isEmpty() && !(m_buffer.front() >= 'A' && m_buffer.front() <= 'Z') &&
            !(m_buffer.size() == 1 && m_buffer.front() == '\r'))
            return fail(400, "not an HTTP request");
        const qsizetype from = qMax<qsizetype>(0, m_scannedTo - 3);
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n", from);
        if (headEnd < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, "request header fields too large");
            m_scannedTo = m_buffer.size();
            return Status::NeedMore;
        }
        // However the bytes came (one read or many), the head has one limit.
        if (headEnd + 4 > m_limits.maxHeaderBytes)
            return fail(431, "request header fields too large");
        if (const Status s = parseHead(headEnd); s == Status::Failed)
            return s;
    }
    if (m_buffer.size() < m_headBytes + m_bodyLength)
        return Status::NeedMore;
    m_request.body = m_buffer.mid(m_headBytes, m_bodyLength);
    m_buffer.remove(0, m_headBytes + m_bodyLength);
    m_scannedTo = 0;
    m_haveHead = false;
    m_ready = true;
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseHead(qsizetype headEnd)
{
    HttpRequest request;
    request.head = m_buffer.left(headEnd);
    const QList<QByteArray> lines = request.head.split('\n');
    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/'))
        return fail(400, "malformed request line");
    const QByteArray &version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/") && version.size() == 8)
            return fail(505, "only HTTP/1.0 and HTTP/1.1 are spoken here");
        return fail(400, "malformed request line");
    }
    request.method = parts[0];
    const QByteArray &target = parts[1];
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));

    QByteArray contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "folded header lines are not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, "malformed header line");
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!isDigits(value) || value.size() > 15)
                return fail(400, "bad Content-Length");
            if (!contentLength.isNull() && contentLength != value)
                return fail(400, "conflicting Content-Length headers");
            contentLength = value;
            continue;
        }
        auto it = request.headers.find(name);
        if (it == request.headers.end())
            request.headers.insert(name, value);
        else
            *it += ", " + value;
    }
    if (request.headers.contains("transfer-encoding"))
        return fail(411, "chunked (or any transfer-coded) request bodies are not supported; "
                         "send Content-Length");
    const qint64 length = contentLength.isNull() ? 0 : contentLength.toLongLong();
    if (length > m_limits.maxBodyBytes)
        return fail(413, "request body too large");

    const QByteArray connection = request.headers.value("connection");
    request.keepAlive =
        version == "HTTP/1.1" ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    const QByteArray type = request.headers.value("content-type");
    const qsizetype semicolon = type.indexOf(';');
    request.contentType = (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();

    m_request = std::move(request);
    m_haveHead = true;
    m_headBytes = headEnd + 4;
    m_bodyLength = length;
    return Status::NeedMore;
}

} // namespace kassa::sandbox
