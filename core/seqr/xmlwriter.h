#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace kassa::seqr {

// Appends UTF-8 XML to a buffer. Element names are trusted literals; all text
// is escaped (& < > and carriage return; characters XML 1.0 cannot carry are
// replaced by U+FFFD). Faster than QXmlStreamWriter for SEQR's small, flat
// messages, which matters on the 1 s polling path.
class XmlWriter
{
public:
    explicit XmlWriter(qsizetype reserve = 2048) { m_out.reserve(reserve); }

    void raw(QByteArrayView bytes) { m_out.append(bytes); }
    void startElement(QLatin1StringView name);
    void endElement(QLatin1StringView name);
    void textElement(QLatin1StringView name, QStringView text);
    // Written only when text is not empty (schema minOccurs="0").
    void optionalTextElement(QLatin1StringView name, QStringView text);
    void text(QStringView text);
    // For numbers and enum values: ASCII that needs no escaping.
    void asciiElement(QLatin1StringView name, QByteArrayView ascii);

    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace kassa::seqr
