#include "tests/support/schemavalidator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

SchemaValidator::SchemaValidator()
{
    const QString shared = qEnvironmentVariable("KASSA_SHARED_DIR", u"../shared"_s);
    const QString wsdlPath = shared + u"/seqr/ERSWSExternalClientService.wsdl"_s;
    QFile wsdl(wsdlPath);
    if (!wsdl.open(QIODevice::ReadOnly)) {
        m_reason = u"SEQR's WSDL is not at "_s + QDir::cleanPath(wsdlPath) +
                   u" (the shared reference data is absent)"_s;
        return;
    }
    if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty()) {
        m_reason = u"xmllint is not installed (apt-get install libxml2-utils)"_s;
        return;
    }
    const QByteArray text = wsdl.readAll();
    const qsizetype start = text.indexOf("<xs:schema");
    const qsizetype end = text.indexOf("</xs:schema>");
    if (start < 0 || end < 0) {
        m_reason = u"the WSDL holds no xs:schema"_s;
        return;
    }
    // Operations outside WSDL v2 (getClientSessionInfo) come from the
    // project's own fragments, spliced into the same schema.
    QByteArray extra;
    for (const char *name : {"clientsessioninfo.xsd"}) {
        const QString path =
            QStringLiteral(KASSA_SCHEMA_FRAGMENT_DIR) + u'/' + QString::fromLatin1(name);
        QFile fragment(path);
        const QByteArray fragmentText =
            fragment.open(QIODevice::ReadOnly) ? fragment.readAll() : QByteArray();
        const qsizetype open = fragmentText.indexOf("<xs:schema");
        const qsizetype body = open < 0 ? -1 : fragmentText.indexOf('>', open);
        const qsizetype close = fragmentText.lastIndexOf("</xs:schema>");
        if (body < 0 || close < body) {
            m_reason = u"the schema fragment "_s + path + u" cannot be read"_s;
            return;
        }
        extra += fragmentText.mid(body + 1, close - body - 1);
    }
    m_schemaFile = m_dir.filePath(u"seqr.xsd"_s);
    QFile schema(m_schemaFile);
    schema.open(QIODevice::WriteOnly);
    schema.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    schema.write(text.mid(start, end - start));
    schema.write(extra);
    schema.write("</xs:schema>");
}

QByteArray SchemaValidator::payloadOf(const QByteArray &envelope)
{
    QXmlStreamReader reader(envelope);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    int depth = 0; // depth inside the payload; 0 = not yet inside
    int bodyDepth = -1;
    int level = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++level;
            if (depth == 0 && reader.name() == "Body"_L1) {
                bodyDepth = level;
                continue;
            }
            if (depth > 0 || (bodyDepth >= 0 && level == bodyDepth + 1)) {
                ++depth;
                writer.writeStartElement(reader.namespaceUri().toString(),
                                         reader.name().toString());
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --level;
            if (depth > 0) {
                writer.writeEndElement();
                if (--depth == 0)
                    break;
            }
        } else if (token == QXmlStreamReader::Characters && depth > 0) {
            writer.writeCharacters(reader.text().toString());
        }
    }
    return out;
}

QList<QString> SchemaValidator::validate(const QList<QByteArray> &envelopes)
{
    QList<QString> results;
    if (!isAvailable()) {
        for (qsizetype i = 0; i < envelopes.size(); ++i)
            results.append(m_reason);
        return results;
    }
    QStringList files;
    for (qsizetype i = 0; i < envelopes.size(); ++i) {
        const QString name = m_dir.filePath(u"payload-"_s + QString::number(i) + u".xml"_s);
        QFile f(name);
        f.open(QIODevice::WriteOnly);
        f.write(payloadOf(envelopes[i]));
        files.append(name);
    }
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(u"xmllint"_s, QStringList{u"--noout"_s, u"--schema"_s, m_schemaFile} + files);
    xmllint.waitForFinished(120000);
    const QString output = QString::fromUtf8(xmllint.readAll());
    const QStringList lines = output.split(u'\n');
    for (const QString &file : files) {
        QStringList complaints;
        bool validated = false;
        for (const QString &line : lines) {
            if (!line.startsWith(file))
                continue;
            if (line == file + u" validates"_s)
                validated = true;
            else
                complaints.append(line.mid(file.size()));
        }
        if (validated && complaints.isEmpty())
            results.append(QString());
        else
            results.append(complaints.isEmpty() ? u"xmllint said nothing about it: "_s + output
                                                : complaints.join(u'\n'));
    }
    return results;
}
