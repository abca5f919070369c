#include "core/http/httprequestparser.h"

#include <optional>

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

// Why a request is refused: the status and the words of the answer.
struct Refusal
{
    int status;
    const char *message;
};

// A head's lines as views into it: no list, no copy per line.
class HeadLines
{
public:
    explicit HeadLines(QByteArrayView head)
        : m_head(head)
    {}

    // A head ending in \n has an empty last line.
    bool atEnd() const { return m_pos > m_head.size(); }

    QByteArrayView next()
    {
        qsizetype end = m_head.indexOf('\n', m_pos);
        if (end < 0)
            end = m_head.size();
        QByteArrayView line = m_head.sliced(m_pos, end - m_pos);
        m_pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    }

private:
    QByteArrayView m_head;
    qsizetype m_pos = 0;
};

// "METHOD /path?query HTTP/1.x": the method, path and query into `request`.
std::optional<Refusal> readRequestLine(QByteArrayView line, HttpRequest &request, bool *http11)
{
    const qsizetype space1 = line.indexOf(' ');
    const qsizetype space2 = space1 < 0 ? -1 : line.indexOf(' ', space1 + 1);
    if (space2 < 0 || line.indexOf(' ', space2 + 1) >= 0)
        return Refusal{400, "malformed request line"};
    const QByteArrayView method = line.first(space1);
    const QByteArrayView target = line.sliced(space1 + 1, space2 - space1 - 1);
    const QByteArrayView version = line.sliced(space2 + 1);
    if (!isToken(method) || !target.startsWith('/'))
        return Refusal{400, "malformed request line"};
    *http11 = version == "HTTP/1.1";
    if (!*http11 && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/") && version.size() == 8)
            return Refusal{505, "only HTTP/1.0 and HTTP/1.1 are spoken here"};
        return Refusal{400, "malformed request line"};
    }
    request.method = method.toByteArray();
    const qsizetype question = target.indexOf('?');
    request.path = (question < 0 ? target : target.first(question)).toByteArray();
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.sliced(question + 1)));
    return std::nullopt;
}

// The header lines into request.headers (names in lower case, a repeated
// header's values joined by ", "); Content-Length apart, into `length`.
std::optional<Refusal> readHeaderLines(HeadLines &lines, HttpRequest &request, qint64 *length)
{
    QByteArrayView contentLength;
    bool haveContentLength = false;
    while (!lines.atEnd()) {
        const QByteArrayView line = lines.next();
        if (line.startsWith(' ') || line.startsWith('\t'))
            return Refusal{400, "folded header lines are not accepted"};
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return Refusal{400, "malformed header line"};
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            if (!isDigits(value) || value.size() > 15)
                return Refusal{400, "bad Content-Length"};
            if (haveContentLength && contentLength != value)
                return Refusal{400, "conflicting Content-Length headers"};
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
    *length = haveContentLength ? contentLength.toLongLong() : 0;
    return std::nullopt;
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
    HeadLines lines(request.head);
    bool http11 = false;
    qint64 length = 0;
    std::optional<Refusal> refusal = readRequestLine(lines.next(), request, &http11);
    if (!refusal)
        refusal = readHeaderLines(lines, request, &length);
    if (!refusal && request.headers.contains("transfer-encoding"))
        refusal = Refusal{411, "chunked (or any transfer-coded) request bodies are not supported; "
                               "send Content-Length"};
    if (!refusal && length > m_limits.maxBodyBytes)
        refusal = Refusal{413, "request body too large"};
    if (refusal)
        return fail(refusal->status, refusal->message);

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
