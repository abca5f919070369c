#include "core/http/httpmessage.h"

namespace kassa::http {

const char *httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

HttpResponse HttpResponse::json(const QByteArray &body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = body;
    return r;
}

HttpResponse HttpResponse::text(const QByteArray &body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 160);
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += httpReasonPhrase(status);
    out += "\r\n";
    if (!emptyBody) {
        out += "Content-Type: ";
        out += contentType;
        out += "\r\n";
    }
    out += "Content-Length: ";
    out += QByteArray::number(emptyBody ? 0 : body.size());
    out += "\r\n";
    bool cacheControl = false;
    for (const auto &[name, value] : headers)
        cacheControl = cacheControl || name.compare("Cache-Control", Qt::CaseInsensitive) == 0;
    if (!cacheControl)
        out += "Cache-Control: no-store\r\n";
    for (const auto &[name, value] : headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!emptyBody)
        out += body;
    return out;
}

} // namespace kassa::http
