// MonoBitmap::fromPng: a small PNG reader (RFC 2083), so that core turns the
// shop's logo into printer dots without QtGui. The compressed data is zlib's,
// which Qt Core inflates (qUncompress).
#include "core/printing/monobitmap.h"

#include <QtEndian>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace kassa::printing {

namespace {

constexpr int kMaxSide = 4096;

struct Header
{
    int width = 0;
    int height = 0;
    int depth = 0;
    int colourType = 0;
    int channels = 0;
};

struct Chunks
{
    Header header;
    QByteArray palette;  // PLTE: r g b per entry
    QByteArray alphas;   // tRNS for a palette: one per entry
    QByteArray deflated; // the IDAT chunks, joined
};

Error pngError(const QString &detail)
{
    return makeError(ErrorCode::InvalidArgument, u"not a PNG Kassa can read: "_s + detail);
}

int channelsOf(int colourType)
{
    switch (colourType) {
    case 0:
    case 3:
        return 1;
    case 2:
        return 3;
    case 4:
        return 2;
    case 6:
        return 4;
    default:
        return 0;
    }
}

Result<Header> readHeader(const QByteArray &data)
{
    if (data.size() < 13)
        return pngError(u"short header"_s);
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    Header h;
    h.width = int(qFromBigEndian<quint32>(p));
    h.height = int(qFromBigEndian<quint32>(p + 4));
    h.depth = p[8];
    h.colourType = p[9];
    h.channels = channelsOf(h.colourType);
    if (h.width <= 0 || h.height <= 0 || h.width > kMaxSide || h.height > kMaxSide)
        return pngError(u"its size (at most 4096 × 4096)"_s);
    if (h.channels == 0 ||
        (h.depth != 1 && h.depth != 2 && h.depth != 4 && h.depth != 8 && h.depth != 16))
        return pngError(u"its colour type"_s);
    if (p[12] != 0)
        return pngError(u"interlaced; save it without interlacing"_s);
    return h;
}

Result<Chunks> readChunks(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!png.startsWith(signature))
        return pngError(u"no PNG signature"_s);
    Chunks chunks;
    bool haveHeader = false;
    qsizetype at = signature.size();
    while (at + 12 <= png.size()) {
        const auto *p = reinterpret_cast<const uchar *>(png.constData() + at);
        const qsizetype length = qFromBigEndian<quint32>(p);
        const QByteArray type = png.mid(at + 4, 4);
        if (length > png.size() - at - 12)
            return pngError(u"a chunk runs past the end"_s);
        const QByteArray data = png.mid(at + 8, length);
        at += 12 + length;
        if (type == "IHDR") {
            auto header = readHeader(data);
            if (!header)
                return header.error();
            chunks.header = *header;
            haveHeader = true;
        } else if (type == "PLTE") {
            chunks.palette = data;
        } else if (type == "tRNS") {
            chunks.alphas = data;
        } else if (type == "IDAT") {
            chunks.deflated += data;
        } else if (type == "IEND") {
            break;
        }
    }
    if (!haveHeader || chunks.deflated.isEmpty())
        return pngError(u"no image data"_s);
    return chunks;
}

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a);
    const int pb = std::abs(p - b);
    const int pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

// Undoes the row filters in place; `rows` holds (filter byte + row) × height.
bool unfilter(QByteArray &rows, int rowBytes, int height, int pixelBytes)
{
    auto *data = reinterpret_cast<uchar *>(rows.data());
    const uchar *previous = nullptr;
    for (int y = 0; y < height; ++y) {
        uchar *row = data + qsizetype(y) * (rowBytes + 1);
        const int filter = row[0];
        uchar *cur = row + 1;
        for (int i = 0; i < rowBytes; ++i) {
            const int a = i >= pixelBytes ? cur[i - pixelBytes] : 0;
            const int b = previous ? previous[i] : 0;
            const int c = previous && i >= pixelBytes ? previous[i - pixelBytes] : 0;
            switch (filter) {
            case 0:
                break;
            case 1:
                cur[i] = uchar(cur[i] + a);
                break;
            case 2:
                cur[i] = uchar(cur[i] + b);
                break;
            case 3:
                cur[i] = uchar(cur[i] + (a + b) / 2);
                break;
            case 4:
                cur[i] = uchar(cur[i] + paeth(a, b, c));
                break;
            default:
                return false;
            }
        }
        previous = cur;
    }
    return true;
}

// Sample `index` of a row as stored (16 bits: the high byte).
int rawSample(const uchar *row, int index, int depth)
{
    if (depth == 8)
        return row[index];
    if (depth == 16)
        return row[index * 2];
    const int perByte = 8 / depth;
    const int shift = 8 - depth * (index % perByte + 1);
    return (row[index / perByte] >> shift) & ((1 << depth) - 1);
}

// Sample `index` of a row, scaled to 0–255.
int sample(const uchar *row, int index, int depth)
{
    const int value = rawSample(row, index, depth);
    return depth >= 8 ? value : value * 255 / ((1 << depth) - 1);
}

// The pixel's lightness over white paper, 0 (black) to 255.
int lightness(const Chunks &png, const uchar *row, int x)
{
    const Header &h = png.header;
    int r = 0, g = 0, b = 0, alpha = 255;
    if (h.colourType == 3) {
        const int index = rawSample(row, x, h.depth);
        if (3 * index + 2 >= png.palette.size())
            return 255;
        r = uchar(png.palette[3 * index]);
        g = uchar(png.palette[3 * index + 1]);
        b = uchar(png.palette[3 * index + 2]);
        if (index < png.alphas.size())
            alpha = uchar(png.alphas[index]);
    } else {
        const int base = x * h.channels;
        r = g = b = sample(row, base, h.depth);
        if (h.colourType == 2 || h.colourType == 6) {
            g = sample(row, base + 1, h.depth);
            b = sample(row, base + 2, h.depth);
        }
        if (h.colourType == 4 || h.colourType == 6)
            alpha = sample(row, base + h.channels - 1, h.depth);
    }
    const int grey = (299 * r + 587 * g + 114 * b) / 1000;
    return (grey * alpha + 255 * (255 - alpha)) / 255;
}

} // namespace

Result<MonoBitmap> MonoBitmap::fromPng(const QByteArray &png)
{
    auto chunks = readChunks(png);
    if (!chunks)
        return chunks.error();
    const Header &h = chunks->header;
    const int bitsPerPixel = h.depth * h.channels;
    const int rowBytes = (h.width * bitsPerPixel + 7) / 8;
    const qsizetype expected = qsizetype(rowBytes + 1) * h.height;
    // qUncompress wants the inflated size first, as four big-endian bytes.
    QByteArray sized(4, '\0');
    qToBigEndian<quint32>(quint32(expected), sized.data());
    QByteArray rows = qUncompress(sized + chunks->deflated);
    if (rows.size() != expected)
        return pngError(u"its compressed data"_s);
    if (!unfilter(rows, rowBytes, h.height, std::max(1, bitsPerPixel / 8)))
        return pngError(u"a row filter"_s);
    MonoBitmap image(h.width, h.height);
    for (int y = 0; y < h.height; ++y) {
        const auto *row =
            reinterpret_cast<const uchar *>(rows.constData()) + qsizetype(y) * (rowBytes + 1) + 1;
        for (int x = 0; x < h.width; ++x)
            image.setPixel(x, y, lightness(*chunks, row, x) < 128);
    }
    return image;
}

} // namespace kassa::printing
