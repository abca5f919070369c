#pragma once

#include <QString>
#include <QStringList>

// Codes read back from pictures as a phone's camera would, by zbarimg
// (Debian's zbar-tools): written once for the tests that check printed and
// shown QR codes.
namespace kassa::test {

// The QR codes' texts in the picture at `path` (PNG, PPM, …), one an entry;
// empty when zbarimg finds none or is not there (the caller checks for the
// tool first and says so).
QStringList qrCodesIn(const QString &path);

} // namespace kassa::test
