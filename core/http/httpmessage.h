#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <functional>

namespace kassa::http {

// One HTTP/1.x request as HttpRequestParser read it.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case; repeats joined with ", "
    QByteArray body;
    QByteArray head;        // the request line and header lines as received
    bool keepAlive = true;  // HTTP/1.1 without "Connection: close", or 1.0 with keep-alive
    QByteArray contentType; // the media type alone, lower case ("application/json")
    QHostAddress peer;      // the connection's other end
};

// What a handler answers. Besides a normal response it can misbehave on
// purpose (the sandbox's faults and the tests' scripted server): answer
// late, drop the connection, send the headers and half the body, or send
// raw bytes of its own.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers
    int delayMs = 0;          // answer this much later (the connection waits meanwhile)
    bool drop = false;        // close the connection instead of answering
    bool dropMidBody = false; // send the headers and half the body, then close
    bool emptyBody = false;   // send the status with no body at all
    QByteArray raw;           // when set: send exactly these bytes, then close
    // When set, the answer comes later: the connection calls it with a
    // function to call once with the real response (from the event loop or
    // at once; later calls, or calls after the connection closed, do
    // nothing). The connection waits meanwhile: answers keep request order.
    std::function<void(std::function<void(const HttpResponse &)>)> later;

    static HttpResponse json(const QByteArray &body, int status = 200);
    static HttpResponse text(const QByteArray &body, int status);

    // The bytes on the wire: status line, headers, body. keepAlive false adds
    // "Connection: close".
    QByteArray serialize(bool keepAlive) const;
};

const char *httpReasonPhrase(int status);

} // namespace kassa::http
