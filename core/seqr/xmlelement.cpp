#include "core/seqr/xmlelement.h"

#include "core/seqr/types.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace kassa::seqr {

namespace {

bool isChildNamespace(const QString &uri)
{
    return uri.isEmpty() || uri == QLatin1StringView(kServiceNs);
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

    QXmlStreamReader reader(bytes.toByteArray());
    XmlElement root;
    QList<XmlElement *> stack;
    qsizetype elements = 0;
    bool haveRoot = false;

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return makeError(ErrorCode::MalformedXml, u"document type declarations are not allowed"_s);
        case QXmlStreamReader::EntityReference:
            return makeError(ErrorCode::MalformedXml, u"unresolved entity reference"_s);
        case QXmlStreamReader::StartElement: {
            if (++elements > limits.maxElements)
                return makeError(ErrorCode::MalformedXml, u"too many elements"_s);
            if (stack.size() >= limits.maxDepth)
                return makeError(ErrorCode::MalformedXml, u"elements nested too deeply"_s);
            XmlElement *element = nullptr;
            if (stack.isEmpty()) {
                if (haveRoot)
                    return makeError(ErrorCode::MalformedXml, u"more than one root element"_s);
                haveRoot = true;
                element = &root;
            } else {
                element = &stack.last()->children.emplace_back();
            }
            element->namespaceUri = reader.namespaceUri().toString();
            element->name = reader.name().toString();
            stack.append(element);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return makeError(ErrorCode::MalformedXml, reader.errorString() + u" at line "_s +
                                                      QString::number(reader.lineNumber()));
    if (!haveRoot)
        return makeError(ErrorCode::MalformedXml, u"no root element"_s);
    return root;
}

} // namespace kassa::seqr
