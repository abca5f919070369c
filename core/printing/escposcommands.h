#pragma once

#include "core/printing/escposcodepage.h"
#include "core/printing/monobitmap.h"

#include <QByteArray>

// The ESC/POS commands Kassa sends, as bytes (Epson's TM-T88 command set,
// which the 80 mm and 58 mm thermal receipt printers speak). Pure functions;
// the virtual printer (sandbox/) decodes the same commands.
namespace kassa::printing::escpos {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char LF = 0x0A;

// ESC @ (forget every setting) followed by ESC t (the code page): a printer
// falls back to its default table on ESC @, so the table is sent again after
// every one.
QByteArray initialize(CodePage page);
QByteArray bold(bool on);        // ESC E n
QByteArray doubleSize(bool on);  // GS ! n: twice as wide and twice as high
QByteArray align(int alignment); // ESC a n: 0 left, 1 centre, 2 right
QByteArray feedLines(int lines); // ESC d n

// A Code 128 barcode (GS k 73) with its characters printed under it (GS H 2),
// `moduleWidth` dots per module (GS w) and `height` dots high (GS h). Data
// of digits alone is packed two to a symbol (code set C).
QByteArray code128(const QByteArray &data, int moduleWidth, int height);
// The Code 128 symbols' width in modules, quiet zones included (the
// renderer checks a barcode fits the paper with it).
int code128Modules(const QByteArray &data);

// A QR code (GS ( k: model 2, `moduleSize` dots per module, error correction M).
QByteArray qrCode(const QByteArray &data, int moduleSize);

// A raster image (GS v 0): black where `image` is set.
QByteArray rasterImage(const MonoBitmap &image);

// A partial cut after feeding the paper past the cutter (GS V 66 n).
QByteArray partialCut();

// ESC p m t1 t2: a pulse on the drawer connector's pin 2 (m 0) or pin 5
// (m 1), on for `pulseMs` and off for twice that (both in 2 ms steps, at
// most 510 ms).
QByteArray drawerKick(int pin, int pulseMs);

// DLE EOT n: a real-time status request (1 printer, 2 off-line cause, 3
// error cause, 4 paper roll sensor); the printer answers with one byte.
QByteArray statusRequest(int n);

} // namespace kassa::printing::escpos
