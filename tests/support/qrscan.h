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

// The PDF `pdf` rendered as a printer would (150 dpi, pdftoppm) into
// pictures in `dir`, and every QR code on them read back: sorted. `pages`:
// how many pages were rendered (0 when pdftoppm failed).
QStringList qrCodesInPdf(const QString &pdf, const QString &dir, int *pages);

// The sample sheet of scan-to-order codes the window's and kassa-web's
// tests print — service KASSACAFE, tables 1 to 7, "Disken" (counter=1) and
// "Hylla 3" (shelf=3&aisle=B) — as the SEQR app reads its codes; sorted.
QStringList sampleSheetCodes();

} // namespace kassa::test
