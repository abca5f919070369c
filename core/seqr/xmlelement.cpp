#include "core/seqr/xmlelement.h"

#include "core/seqr/types.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace kassa::seqr {

namespace {

bool isChildNamespace(const QString &uri)
{
    return uri.isEmpty() || uri == QLatin1StringView(kServiceNs);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isNameEnd(char c)
{
    return isSpace(c) || c == '/' || c == '>' || c == '=' || c == '<' || c == '"' || c == '\'';
}

// A strict, non-validating XML 1.0 reader for SOAP messages: elements,
// attributes (only xmlns declarations are kept), character data, CDATA,
// comments and processing instructions. Document type declarations are
// refused, so no entity can be declared or expanded; only the five predefined
// entities and character references are understood. Works on UTF-8 bytes
// without copying them, which makes it several times faster than
// QXmlStreamReader on multi-megabyte reports.
class Reader
{
public:
    Reader(QByteArrayView input, const XmlLimits &limits)
        : m_p(input.data())
        , m_end(input.data() + input.size())
        , m_limits(limits)
    {
        // A SOAP message nests a handful deep and declares a few prefixes:
        // room for them up front instead of growing per element.
        m_open.reserve(16);
        m_namespaces.reserve(8);
    }

    Result<XmlElement> read();

private:
    struct Namespace
    {
        QByteArrayView prefix;
        QString uri;
    };
    struct Open
    {
        XmlElement *element;
        QByteArrayView qname;
        qsizetype namespaceCount; // m_namespaces size before this element
    };

    Error fail(const QString &what) const
    {
        return makeError(ErrorCode::MalformedXml,
                         what + u" at byte "_s + QString::number(m_p - m_begin));
    }
    bool startsWith(const char *s) const
    {
        const size_t n = std::strlen(s);
        return size_t(m_end - m_p) >= n && std::memcmp(m_p, s, n) == 0;
    }
    const char *find(const char *s) const;
    std::optional<Error> readStartTag();
    // One name="value" of a start tag; an xmlns one declares a namespace.
    std::optional<Error> readAttribute();
    // The element whose start tag was just read, under the open one.
    std::optional<Error> addElement(QByteArrayView qname, bool selfClosing,
                                    qsizetype namespacesBefore);
    std::optional<Error> readEndTag();
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }
    std::optional<Error> appendText(const char *from, const char *to, QString &out);
    std::optional<Error> resolve(QByteArrayView qname, bool isElement, QString &uri,
                                 QByteArrayView &local);

    const char *m_p;
    const char *m_end;
    const char *m_begin = m_p;
    const XmlLimits &m_limits;
    XmlElement m_root;
    bool m_haveRoot = false;
    QList<Open> m_open;
    QList<Namespace> m_namespaces;
    qsizetype m_elements = 0;
    QByteArray m_scratch;
};

const char *Reader::find(const char *s) const
{
    const size_t n = std::strlen(s);
    for (const char *q = m_p; q + n <= m_end; ++q) {
        q = static_cast<const char *>(std::memchr(q, s[0], size_t(m_end - q)));
        if (!q || q + n > m_end)
            return nullptr;
        if (std::memcmp(q, s, n) == 0)
            return q;
    }
    return nullptr;
}

std::optional<Error> Reader::resolve(QByteArrayView qname, bool isElement, QString &uri,
                                     QByteArrayView &local)
{
    const qsizetype colon = qname.indexOf(':');
    QByteArrayView prefix;
    local = qname;
    if (colon >= 0) {
        prefix = qname.first(colon);
        local = qname.sliced(colon + 1);
        if (prefix.isEmpty() || local.isEmpty() || local.contains(':'))
            return fail(u"bad qualified name"_s);
    } else if (!isElement) {
        uri.clear();
        return std::nullopt;
    }
    if (prefix == "xml") {
        uri = u"http://www.w3.org/XML/1998/namespace"_s;
        return std::nullopt;
    }
    for (qsizetype i = m_namespaces.size() - 1; i >= 0; --i) {
        if (m_namespaces[i].prefix == prefix) {
            uri = m_namespaces[i].uri;
            return std::nullopt;
        }
    }
    if (!prefix.isEmpty())
        return fail(u"undeclared namespace prefix "_s + QString::fromUtf8(prefix));
    uri.clear();
    return std::nullopt;
}

std::optional<Error> Reader::appendText(const char *from, const char *to, QString &out)
{
    const char *amp = static_cast<const char *>(std::memchr(from, '&', size_t(to - from)));
    if (!amp) {
        if (out.isEmpty())
            out = QString::fromUtf8(from, to - from);
        else
            out += QString::fromUtf8(from, to - from);
        return std::nullopt;
    }
    m_scratch.clear();
    while (from < to) {
        amp = static_cast<const char *>(std::memchr(from, '&', size_t(to - from)));
        if (!amp) {
            m_scratch.append(from, to - from);
            break;
        }
        m_scratch.append(from, amp - from);
        const char *semi = static_cast<const char *>(std::memchr(amp, ';', size_t(to - amp)));
        if (!semi || semi - amp > 12)
            return fail(u"unterminated entity reference"_s);
        const QByteArrayView name(amp + 1, semi - amp - 1);
        if (name == "lt")
            m_scratch.append('<');
        else if (name == "gt")
            m_scratch.append('>');
        else if (name == "amp")
            m_scratch.append('&');
        else if (name == "quot")
            m_scratch.append('"');
        else if (name == "apos")
            m_scratch.append('\'');
        else if (name.startsWith('#')) {
            bool ok = false;
            const uint code = name.startsWith("#x") ? name.sliced(2).toByteArray().toUInt(&ok, 16)
                                                    : name.sliced(1).toByteArray().toUInt(&ok, 10);
            const bool valid =
                ok &&
                (code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
                 (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF));
            if (!valid)
                return fail(u"invalid character reference"_s);
            const char32_t c = code;
            m_scratch.append(QString::fromUcs4(&c, 1).toUtf8());
        } else {
            return fail(u"undeclared entity &"_s + QString::fromUtf8(name) + u';');
        }
        from = semi + 1;
    }
    out += QString::fromUtf8(m_scratch);
    return std::nullopt;
}

std::optional<Error> Reader::readStartTag()
{
    const char *nameStart = ++m_p;
    while (m_p < m_end && !isNameEnd(*m_p))
        ++m_p;
    const QByteArrayView qname(nameStart, m_p - nameStart);
    if (qname.isEmpty())
        return fail(u"element without a name"_s);
    if (++m_elements > m_limits.maxElements)
        return fail(u"too many elements"_s);
    if (m_open.size() >= m_limits.maxDepth)
        return fail(u"elements nested too deeply"_s);

    const qsizetype namespacesBefore = m_namespaces.size();
    bool selfClosing = false;
    for (;;) {
        skipSpace();
        if (m_p >= m_end)
            return fail(u"unexpected end inside a tag"_s);
        if (*m_p == '>') {
            ++m_p;
            break;
        }
        if (*m_p == '/') {
            if (m_p + 1 >= m_end || m_p[1] != '>')
                return fail(u"malformed empty-element tag"_s);
            m_p += 2;
            selfClosing = true;
            break;
        }
        if (auto e = readAttribute())
            return e;
    }
    return addElement(qname, selfClosing, namespacesBefore);
}

std::optional<Error> Reader::readAttribute()
{
    const char *attrStart = m_p;
    while (m_p < m_end && !isNameEnd(*m_p))
        ++m_p;
    const QByteArrayView attr(attrStart, m_p - attrStart);
    skipSpace();
    if (attr.isEmpty() || m_p >= m_end || *m_p != '=')
        return fail(u"malformed attribute"_s);
    ++m_p;
    skipSpace();
    if (m_p >= m_end || (*m_p != '"' && *m_p != '\''))
        return fail(u"attribute value without quotes"_s);
    const char quote = *m_p++;
    const char *valueEnd = static_cast<const char *>(std::memchr(m_p, quote, size_t(m_end - m_p)));
    if (!valueEnd)
        return fail(u"unterminated attribute value"_s);
    if (std::memchr(m_p, '<', size_t(valueEnd - m_p)))
        return fail(u"'<' in attribute value"_s);
    if (attr == "xmlns" || attr.startsWith("xmlns:")) {
        QString uri;
        if (auto e = appendText(m_p, valueEnd, uri))
            return e;
        const QByteArrayView prefix = attr == "xmlns" ? QByteArrayView() : attr.sliced(6);
        if (attr != "xmlns" && (prefix.isEmpty() || uri.isEmpty()))
            return fail(u"bad namespace declaration"_s);
        m_namespaces.append(Namespace{prefix, uri});
    }
    m_p = valueEnd + 1;
    return std::nullopt;
}

std::optional<Error> Reader::addElement(QByteArrayView qname, bool selfClosing,
                                        qsizetype namespacesBefore)
{
    XmlElement *element = nullptr;
    if (m_open.isEmpty()) {
        if (m_haveRoot)
            return fail(u"more than one root element"_s);
        m_haveRoot = true;
        element = &m_root;
    } else {
        element = &m_open.last().element->children.emplace_back();
    }
    QByteArrayView local;
    if (auto e = resolve(qname, true, element->namespaceUri, local))
        return e;
    element->name = QString::fromUtf8(local);
    if (selfClosing)
        m_namespaces.resize(namespacesBefore);
    else
        m_open.append(Open{element, qname, namespacesBefore});
    return std::nullopt;
}

std::optional<Error> Reader::readEndTag()
{
    m_p += 2;
    const char *nameStart = m_p;
    while (m_p < m_end && !isNameEnd(*m_p))
        ++m_p;
    const QByteArrayView qname(nameStart, m_p - nameStart);
    skipSpace();
    if (m_p >= m_end || *m_p != '>')
        return fail(u"malformed end tag"_s);
    ++m_p;
    if (m_open.isEmpty() || m_open.last().qname != qname)
        return fail(u"end tag </"_s + QString::fromUtf8(qname) + u"> does not match"_s);
    m_namespaces.resize(m_open.last().namespaceCount);
    m_open.removeLast();
    return std::nullopt;
}

Result<XmlElement> Reader::read()
{
    if (startsWith("\xEF\xBB\xBF"))
        m_p += 3;
    while (m_p < m_end) {
        if (*m_p != '<') {
            const char *lt = static_cast<const char *>(std::memchr(m_p, '<', size_t(m_end - m_p)));
            const char *textEnd = lt ? lt : m_end;
            if (m_open.isEmpty()) {
                for (const char *q = m_p; q < textEnd; ++q) {
                    if (!isSpace(*q))
                        return fail(m_haveRoot ? u"content after the root element"_s
                                               : u"text before the root element"_s);
                }
            } else if (auto e = appendText(m_p, textEnd, m_open.last().element->text)) {
                return *e;
            }
            m_p = textEnd;
            continue;
        }
        if (startsWith("<?")) {
            const char *close = find("?>");
            if (!close)
                return fail(u"unterminated processing instruction"_s);
            m_p = close + 2;
        } else if (startsWith("<!--")) {
            const char *close = find("-->");
            if (!close)
                return fail(u"unterminated comment"_s);
            m_p = close + 3;
        } else if (startsWith("<![CDATA[")) {
            if (m_open.isEmpty())
                return fail(u"CDATA outside the root element"_s);
            m_p += 9;
            const char *close = find("]]>");
            if (!close)
                return fail(u"unterminated CDATA section"_s);
            m_open.last().element->text += QString::fromUtf8(m_p, close - m_p);
            m_p = close + 3;
        } else if (startsWith("<!")) {
            return fail(u"document type declarations are not allowed"_s);
        } else if (startsWith("</")) {
            if (auto e = readEndTag())
                return *e;
        } else if (auto e = readStartTag()) {
            return *e;
        }
    }
    if (!m_haveRoot)
        return fail(u"no root element"_s);
    if (!m_open.isEmpty())
        return fail(u"premature end of document inside <"_s +
                    QString::fromUtf8(m_open.last().qname) + u'>');
    return std::move(m_root);
}

} // namespace

const XmlElement *XmlElement::child(QStringView localName) const
{
    for (const XmlElement &c : children) {
        if (c.name == localName && isChildNamespace(c.namespaceUri))
            return &c;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(QStringView localName) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &c : children) {
        if (c.name == localName && isChildNamespace(c.namespaceUri))
            found.append(&c);
    }
    return found;
}

QString XmlElement::childText(QStringView localName) const
{
    const XmlElement *c = child(localName);
    return c ? c->text : QString();
}

Result<XmlElement> parseXml(QByteArrayView bytes, const XmlLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return makeError(ErrorCode::MalformedXml,
                         u"document too large ("_s + QString::number(bytes.size()) + u" bytes)"_s);
    if (bytes.trimmed().isEmpty())
        return makeError(ErrorCode::MalformedXml, u"empty document"_s);
    return Reader(bytes, limits).read();
}

} // namespace kassa::seqr
