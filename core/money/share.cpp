#include "core/money/share.h"

#include "core/money/int128.h"

namespace kassa {

qint64 percentOf(qint64 minor, const Decimal &percent)
{
    const int128 denominator = int128(100) * pow10(percent.scale());
    return qint64(divideRounded(int128(minor) * percent.mantissa(), denominator));
}

QList<qint64> splitInProportion(qint64 total, const QList<qint64> &weights)
{
    QList<qint64> shares(weights.size(), 0);
    if (weights.isEmpty())
        return shares;
    int128 sum = 0;
    qsizetype largest = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        Q_ASSERT(weights[i] >= 0);
        sum += weights[i];
        if (weights[i] > weights[largest])
            largest = i;
    }
    if (sum <= 0) {
        shares[0] = total;
        return shares;
    }
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        shares[i] = qint64(divideRounded(int128(total) * weights[i], sum));
        given += shares[i];
    }
    shares[largest] += total - given;
    return shares;
}

} // namespace kassa
