#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

// Validates SOAP payloads against the schema inside SEQR's WSDL with
// `xmllint --schema` (libxml2-utils). The WSDL is read from
// $KASSA_SHARED_DIR/seqr/ (../shared beside the checkout) and never copied into
// the repository; without it, isAvailable() is false and reason() says why.
// Operations that WSDL v2 lacks (getClientSessionInfo) are checked against the
// project's own fragment, tests/support/clientsessioninfo.xsd, added to the
// WSDL's schema.
class SchemaValidator
{
public:
    SchemaValidator();

    bool isAvailable() const { return m_reason.isEmpty(); }
    QString reason() const { return m_reason; }

    // The operation element inside the envelope's Body, as a standalone
    // document with its namespaces declared.
    static QByteArray payloadOf(const QByteArray &envelope);

    // Validates each envelope's payload; returns one message per envelope:
    // empty when valid, xmllint's complaint otherwise.
    QList<QString> validate(const QList<QByteArray> &envelopes);

private:
    QTemporaryDir m_dir;
    QString m_schemaFile;
    QString m_reason;
};
