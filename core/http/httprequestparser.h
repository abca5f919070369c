#pragma once

#include "core/http/httpmessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace kassa::http {

struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024;     // request line and headers, with the blank line
    qsizetype maxBodyBytes = 8 * 1024 * 1024; // Content-Length
};

// A pure HTTP/1.x request parser: bytes in (as they arrive, in any pieces),
// requests out, one at a time, in order. No sockets, no timers, no Qt event
// loop. Bodies need Content-Length (chunked or any other Transfer-Encoding is
// refused with 411); the header limit holds however the bytes arrive. After a
// failure the parser stays failed: the connection is to be closed.
class HttpRequestParser
{
public:
    enum class Status
    {
        NeedMore, // no whole request yet
        Complete, // takeRequest() holds the next request; its bytes are consumed
        Failed    // errorStatus()/errorMessage() say why
    };

    explicit HttpRequestParser(HttpLimits limits = {});

    // Appends received bytes; nothing is parsed until next().
    void append(QByteArrayView bytes);
    // Parses the next request from the bytes appended so far.
    Status next();
    HttpRequest takeRequest();

    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }
    bool hasFailed() const { return m_errorStatus != 0; }
    // Bytes received and not yet part of a returned request.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // The next request's head is read; its body is awaited.
    bool hasHead() const { return m_haveHead; }
    const HttpLimits &limits() const { return m_limits; }

private:
    Status fail(int status, const QByteArray &message);
    Status parseHead(qsizetype headEnd);

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_scannedTo = 0; // where the search for the blank line resumes
    bool m_haveHead = false;   // m_request holds a parsed head, waiting for its body
    qsizetype m_headBytes = 0;
    qsizetype m_bodyLength = 0;
    HttpRequest m_request;
    bool m_ready = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace kassa::http
