#include "core/seqr/xmlwriter.h"

namespace kassa::seqr {

namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// The entity XML text needs for `c`, or empty where `c` stands as itself.
QByteArrayView entityFor(char32_t c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '\r':
        return "&#13;";
    default:
        return {};
    }
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

void XmlWriter::startElement(QLatin1StringView name)
{
    m_out.append('<');
    m_out.append(name.data(), name.size());
    m_out.append('>');
}

void XmlWriter::endElement(QLatin1StringView name)
{
    m_out.append("</", 2);
    m_out.append(name.data(), name.size());
    m_out.append('>');
}

void XmlWriter::textElement(QLatin1StringView name, QStringView value)
{
    startElement(name);
    text(value);
    endElement(name);
}

void XmlWriter::asciiElement(QLatin1StringView name, QByteArrayView ascii)
{
    startElement(name);
    m_out.append(ascii);
    endElement(name);
}

void XmlWriter::optionalTextElement(QLatin1StringView name, QStringView value)
{
    if (!value.isEmpty())
        textElement(name, value);
}

void XmlWriter::text(QStringView value)
{
    const qsizetype n = value.size();
    const QChar *data = value.data();
    // Plain ASCII goes out in runs; only special and non-ASCII characters
    // take the slow path.
    char run[256];
    int used = 0;
    auto flush = [&] {
        m_out.append(run, used);
        used = 0;
    };
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = data[i].unicode();
        if (c < 0x80 && c >= 0x20 && c != '&' && c != '<' && c != '>') {
            run[used++] = char(c);
            if (used == int(sizeof run))
                flush();
            continue;
        }
        flush();
        if (const QByteArrayView entity = entityFor(c); !entity.isEmpty()) {
            m_out.append(entity);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && data[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        appendUtf8(m_out, isXmlChar(c) ? c : 0xFFFD);
    }
    flush();
}

} // namespace kassa::seqr
