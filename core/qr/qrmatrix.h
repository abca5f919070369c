#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

namespace kassa {

// A QR code as plain data: size × size modules, row by row, true = dark.
// Level M (what SEQR's code guidelines ask for), no quiet zone: whoever
// draws it adds one (4 modules on a screen).
struct QrMatrix
{
    int size = 0;
    QList<bool> modules;

    bool isDark(int x, int y) const { return modules.at(qsizetype(y) * size + x); }

    // `length` dark modules side by side from column `x` in row `y`.
    struct Run
    {
        int x = 0;
        int y = 0;
        int length = 0;
    };
    // The dark modules as runs, row by row from the top, left to right: one
    // filled rectangle each is the whole code, as small as it can be drawn.
    QList<Run> darkRuns() const;
};

// Encodes `text` (ZXing, level M, UTF-8). Refuses empty text and text too
// long for any QR version.
Result<QrMatrix> encodeQr(const QString &text);

} // namespace kassa
