#pragma once

#include "sandbox/escposdecoder.h"

#include <QImage>
#include <QList>
#include <QString>

namespace kassa::sandbox {

// What a strip of receipt paper looks like after a printer printed
// `items` on it: `dots` wide (576 on 80 mm, 384 on 58 mm), Font A cells of
// dots / columns × 24 dots (twice both for large text), Code 128 barcodes
// with their characters under them, QR codes and raster images as sent.
// Needs a QGuiApplication (text is drawn with a monospaced font).
QImage paperImage(const QList<PrintedItem> &items, int dots, int columns);

// The items as a plain-text transcript: each text line as printed, "[Code 128: …]", "[QR: …]",
// "[image W×H]",
// "[cut]", "[drawer: pin P, N ms]"; status requests are left out.
QString transcriptText(const QList<PrintedItem> &items);

} // namespace kassa::sandbox
