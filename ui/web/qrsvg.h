#pragma once

#include "core/qr/qrmatrix.h"

#include <QByteArray>

namespace kassa::web {

// A QR matrix as an SVG image: dark modules on white, a quiet zone of
// `quietZone` modules (4, as the QR standard asks), one unit per module so
// the browser scales it without stretching (shape-rendering crispEdges).
QByteArray qrSvg(const QrMatrix &matrix, int quietZone = 4);

} // namespace kassa::web
