#include "core/http/httprequestparser.h"

#include <QList>

namespace kassa::http {

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
    // The lines are read as views into head: no list, no copy per line.
    const QByteArrayView head(request.head);
    auto lineAt = [&head](qsizetype from, qsizetype *next) {
        qsizetype end = head.indexOf('\n', from);
        if (end < 0)
            end = head.size();
        *next = end + 1;
        QByteArrayView line = head.sliced(from, end - from);
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    qsizetype pos = 0;
    const QByteArrayView requestLine = lineAt(0, &pos);
    const qsizetype space1 = requestLine.indexOf(' ');
    const qsizetype space2 = space1 < 0 ? -1 : requestLine.indexOf(' ', space1 + 1);
    if (space2 < 0 || requestLine.indexOf(' ', space2 + 1) >= 0)
        return fail(400, "malformed request line");
    const QByteArrayView method = requestLine.first(space1);
    const QByteArrayView target = requestLine.sliced(space1 + 1, space2 - space1 - 1);
    const QByteArrayView version = requestLine.sliced(space2 + 1);
    if (!isToken(method) || !target.startsWith('/'))
        return fail(400, "malformed request line");
    const bool http11 = version == "HTTP/1.1";
    if (!http11 && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/") && version.size() == 8)
            return fail(505, "only HTTP/1.0 and HTTP/1.1 are spoken here");
        return fail(400, "malformed request line");
    }
    request.method = method.toByteArray();
    const qsizetype question = target.indexOf('?');
    request.path = (question < 0 ? target : target.first(question)).toByteArray();
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.sliced(question + 1)));

    QByteArrayView contentLength;
    bool haveContentLength = false;
    while (pos <= head.size()) { // a head ending in \n has an empty last line
        const QByteArrayView line = lineAt(pos, &pos);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "folded header lines are not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, "malformed header line");
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            if (!isDigits(value) || value.size() > 15)
                return fail(400, "bad Content-Length");
            if (haveContentLength && contentLength != value)
                return fail(400, "conflicting Content-Length headers");
            contentLength = value;
            haveContentLength = true;
            continue;
        }
        auto it = request.headers.find(name);
        if (it == request.headers.end())
            request.headers.insert(name, value.toByteArray());
        else
            it->append(", ").append(value);
    }
    if (request.headers.contains("transfer-encoding"))
        return fail(411, "chunked (or any transfer-coded) request bodies are not supported; "
                         "send Content-Length");
    const qint64 length = haveContentLength ? contentLength.toLongLong() : 0;
    if (length > m_limits.maxBodyBytes)
        return fail(413, "request body too large");

    const QByteArray connection = request.headers.value("connection");
    request.keepAlive =
        http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    const QByteArray type = request.headers.value("content-type");
    const qsizetype semicolon = type.indexOf(';');
    request.contentType = (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();

    m_request = std::move(request);
    m_haveHead = true;
    m_headBytes = headEnd + 4;
    m_bodyLength = length;
    return Status::NeedMore;
}

} // namespace kassa::http
