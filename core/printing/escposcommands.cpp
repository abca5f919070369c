#include "core/printing/escposcommands.h"

#include <algorithm>

namespace kassa::printing::escpos {

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(int(values.size()));
    for (const int v : values)
        out.append(char(v));
    return out;
}

bool allDigits(const QByteArray &data)
{
    return !data.isEmpty() &&
           std::all_of(data.begin(), data.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The GS k data: code set C for pairs of digits (an odd first digit in code
// set B), code set B for anything else ('{' doubled, as GS k requires).
QByteArray code128Data(const QByteArray &data)
{
    QByteArray out;
    if (allDigits(data) && data.size() >= 4) {
        qsizetype i = 0;
        if (data.size() % 2 != 0) {
            out += "{B";
            out.append(data[0]);
            i = 1;
        }
        out += "{C";
        for (; i + 1 < data.size(); i += 2)
            out.append(char((data[i] - '0') * 10 + (data[i + 1] - '0')));
        return out;
    }
    out += "{B";
    for (const char c : data) {
        if (c == '{')
            out += "{{";
        else
            out.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return out;
}

} // namespace

QByteArray initialize(CodePage page)
{
    return bytes({ESC, '@', ESC, 't', escPosTableNumber(page)});
}

QByteArray bold(bool on)
{
    return bytes({ESC, 'E', on ? 1 : 0});
}

QByteArray doubleSize(bool on)
{
    return bytes({GS, '!', on ? 0x11 : 0x00});
}

QByteArray align(int alignment)
{
    return bytes({ESC, 'a', std::clamp(alignment, 0, 2)});
}

QByteArray feedLines(int lines)
{
    return bytes({ESC, 'd', std::clamp(lines, 0, 255)});
}

int code128Modules(const QByteArray &data)
{
    const QByteArray packed = code128Data(data);
    // Each code set selector ("{B", "{C") is one symbol, as is each
    // character after it; the first selector is the start symbol.
    int symbols = 0;
    for (qsizetype i = 0; i < packed.size(); ++i) {
        if (packed[i] == '{')
            ++i;
        ++symbols;
    }
    // symbols × 11, the check symbol (11), the stop (13), quiet zones 2 × 10.
    return symbols * 11 + 11 + 13 + 20;
}

QByteArray code128(const QByteArray &data, int moduleWidth, int height)
{
    const QByteArray packed = code128Data(data).left(255);
    QByteArray out = bytes({GS, 'H', 2, GS, 'f', 0, GS, 'h', std::clamp(height, 1, 255), GS, 'w',
                            std::clamp(moduleWidth, 1, 6), GS, 'k', 73, int(packed.size())});
    out += packed;
    return out;
}

QByteArray qrCode(const QByteArray &data, int moduleSize)
{
    const QByteArray stored = data.left(7000);
    const int length = int(stored.size()) + 3;
    QByteArray out = bytes({GS, '(', 'k', 4, 0, 49, 65, 50, 0});               // model 2
    out += bytes({GS, '(', 'k', 3, 0, 49, 67, std::clamp(moduleSize, 1, 16)}); // module size
    out += bytes({GS, '(', 'k', 3, 0, 49, 69, 49});                            // error correction M
    out += bytes({GS, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48});      // store
    out += stored;
    out += bytes({GS, '(', 'k', 3, 0, 49, 81, 48}); // print
    return out;
}

QByteArray rasterImage(const MonoBitmap &image)
{
    const int rowBytes = image.bytesPerRow();
    QByteArray out = bytes({GS, 'v', '0', 0, rowBytes & 0xFF, rowBytes >> 8, image.height() & 0xFF,
                            image.height() >> 8});
    out += image.bits();
    return out;
}

QByteArray partialCut()
{
    return bytes({GS, 'V', 66, 0});
}

QByteArray drawerKick(int pin, int pulseMs)
{
    const int on = std::clamp(pulseMs / 2, 1, 255);
    const int off = std::min(255, on * 2);
    return bytes({ESC, 'p', pin == 5 ? 1 : 0, on, off});
}

QByteArray statusRequest(int n)
{
    return bytes({DLE, EOT, std::clamp(n, 1, 4)});
}

} // namespace kassa::printing::escpos
