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
    for (const QrMatrix::Run &run : matrix.darkRuns())
        svg += 'M' + QByteArray::number(run.x + quietZone) + ' ' +
               QByteArray::number(run.y + quietZone) + 'h' + QByteArray::number(run.length) +
               "v1h-" + QByteArray::number(run.length) + 'z';
    svg += "\"/></svg>";
    return svg;
}

} // namespace kassa::web
