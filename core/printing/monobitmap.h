#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace kassa::printing {

// A black-and-white picture as a receipt printer takes it (GS v 0): rows of
// bytesPerRow() bytes, the leftmost pixel in the highest bit, 1 = black.
// Plain data: no QtGui in core.
class MonoBitmap
{
public:
    MonoBitmap() = default;
    MonoBitmap(int width, int height);
    // From rows as GS v 0 sends them (`bits` is padded or cut to width × height).
    MonoBitmap(int width, int height, QByteArray bits);

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool isNull() const { return m_width <= 0 || m_height <= 0; }
    int bytesPerRow() const { return (m_width + 7) / 8; }
    const QByteArray &bits() const { return m_bits; }

    bool pixel(int x, int y) const;
    void setPixel(int x, int y, bool black);

    // No wider than `maxWidth` (scaled down keeping its proportions).
    MonoBitmap scaledToWidth(int maxWidth) const;

    // A PNG (any colour type, bit depth 1–16, not interlaced) as black and
    // white: a pixel is black when it is darker than middle grey over white
    // paper. Refuses what is not a PNG or is larger than 4096 × 4096.
    static Result<MonoBitmap> fromPng(const QByteArray &png);
    static Result<MonoBitmap> loadPng(const QString &path);

private:
    int m_width = 0;
    int m_height = 0;
    QByteArray m_bits;
};

} // namespace kassa::printing
