#include "core/printing/monobitmap.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace kassa::printing {

MonoBitmap::MonoBitmap(int width, int height)
    : m_width(std::max(0, width))
    , m_height(std::max(0, height))
    , m_bits(QByteArray(qsizetype(bytesPerRow()) * m_height, '\0'))
{}

MonoBitmap::MonoBitmap(int width, int height, QByteArray bits)
    : MonoBitmap(width, height)
{
    bits.resize(m_bits.size(), '\0');
    m_bits = std::move(bits);
}

bool MonoBitmap::pixel(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return false;
    const auto byte = static_cast<unsigned char>(m_bits[qsizetype(y) * bytesPerRow() + x / 8]);
    return (byte & (0x80 >> (x % 8))) != 0;
}

void MonoBitmap::setPixel(int x, int y, bool black)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    char &byte = m_bits[qsizetype(y) * bytesPerRow() + x / 8];
    const char bit = char(0x80 >> (x % 8));
    byte = black ? char(byte | bit) : char(byte & ~bit);
}

MonoBitmap MonoBitmap::scaledToWidth(int maxWidth) const
{
    if (m_width <= maxWidth || maxWidth <= 0)
        return *this;
    const int height = std::max(1, int(qint64(m_height) * maxWidth / m_width));
    MonoBitmap scaled(maxWidth, height);
    for (int y = 0; y < height; ++y) {
        const int sy = int(qint64(y) * m_height / height);
        for (int x = 0; x < maxWidth; ++x)
            scaled.setPixel(x, y, pixel(int(qint64(x) * m_width / maxWidth), sy));
    }
    return scaled;
}

Result<MonoBitmap> MonoBitmap::loadPng(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, path + u": "_s + file.errorString());
    return fromPng(file.readAll());
}

} // namespace kassa::printing
