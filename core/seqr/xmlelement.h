#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kassa::seqr {

// A small, fully owned XML element tree: what the SOAP decoder reads from.
// Namespaces are resolved to URIs; prefixes are gone.
struct XmlElement
{
    QString namespaceUri;
    QString name;
    QString text; // character data directly inside (CDATA included)
    QList<XmlElement> children;

    // First child with this local name that is unqualified or in the service
    // namespace (servers differ in how they qualify the response's children).
    const XmlElement *child(QStringView localName) const;
    QList<const XmlElement *> childrenNamed(QStringView localName) const;
    QString childText(QStringView localName) const;
};

struct XmlLimits
{
    qsizetype maxBytes = 16 * 1024 * 1024;
    int maxDepth = 48;
    qsizetype maxElements = 200000;
};

// Parses a whole document. Refuses DTDs (and with them entity expansion),
// truncated or ill-formed input and anything beyond the limits, with an
// Error of code MalformedXml. Never throws.
Result<XmlElement> parseXml(QByteArrayView bytes, const XmlLimits &limits = {});

} // namespace kassa::seqr
