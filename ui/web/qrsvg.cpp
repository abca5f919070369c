#include "ui/web/qrsvg.h"

namespace kassa::web {

QByteArray qrSvg(const QrMatrix &matrix, int quietZone)
{
    const int side = matrix.size + 2 * quietZone;
    const QByteArray n = QByteArray::number(side);
    QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + ' ' + n +
                     "\" width=\"" + QByteArray::number(side * 8) + "\" height=\"" +
                     QByteArray::number(side * 8) +
                     "\" shape-rendering=\"crispEdges\" role=\"img\">"
                     "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
    // One horizontal run of dark modules per path segment keeps it small.
    for (int y = 0; y < matrix.size; ++y) {
        int x = 0;
        while (x < matrix.size) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < matrix.size && matrix.isDark(end, y))
                ++end;
            svg += 'M' + QByteArray::number(x + quietZone) + ' ' +
                   QByteArray::number(y + quietZone) + 'h' + QByteArray::number(end - x) + "v1h-" +
                   QByteArray::number(end - x) + 'z';
            x = end;
        }
    }
    svg += "\"/></svg>";
    return svg;
}

} // namespace kassa::web
