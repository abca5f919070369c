#pragma once

#include <QString>

// A PDF read back as text, as a person reading it would see its lines:
// pdftotext -layout (Debian's poppler-utils), written once for the tests
// that check receipts, reports and sheets written as PDF.
namespace kassa::test {

// The text of the PDF at `path`; when pdftotext did not run, a line that
// says so (so a check for the expected words fails and tells why).
QString pdfText(const QString &path);

} // namespace kassa::test
