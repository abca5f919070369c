#include "core/qr/qrmatrix.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

using namespace Qt::StringLiterals;

namespace kassa {

Result<QrMatrix> encodeQr(const QString &text)
{
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"no text to encode"_s);
    try {
        // ZXing's level scale is 0-8; 4 selects M (L=2, M=4, Q=6, H=8).
        const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                          .setEncoding(ZXing::CharacterSet::UTF8)
                                          .setEccLevel(4)
                                          .setMargin(0)
                                          .encode(text.toStdWString(), 1, 1);
        QrMatrix matrix;
        matrix.size = bits.width();
        matrix.modules.reserve(qsizetype(bits.width()) * bits.height());
        for (int y = 0; y < bits.height(); ++y) {
            for (int x = 0; x < bits.width(); ++x)
                matrix.modules.append(bits.get(x, y));
        }
        return matrix;
    } catch (const std::exception &e) {
        // ZXing throws when the text does not fit any QR version.
        return makeError(ErrorCode::InvalidArgument, QString::fromUtf8(e.what()));
    }
}

QList<QrMatrix::Run> QrMatrix::darkRuns() const
{
    QList<Run> runs;
    for (int y = 0; y < size; ++y) {
        int x = 0;
        while (x < size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < size && isDark(end, y))
                ++end;
            runs.append(Run{x, y, end - x});
            x = end;
        }
    }
    return runs;
}

} // namespace kassa
