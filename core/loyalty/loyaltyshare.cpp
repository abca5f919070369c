#include "core/loyalty/loyaltyshare.h"

#include "core/money/int128.h"

namespace kassa::loyalty::detail {

qint64 percentOf(qint64 minor, const Decimal &percent)
{
    int128 denominator = 100;
    for (int i = 0; i < percent.scale(); ++i)
        denominator *= 10;
    return qint64(divideRounded(int128(minor) * percent.mantissa(), denominator));
}

QList<qint64> splitInProportion(qint64 total, const QList<qint64> &weights)
{
    QList<qint64> shares(weights.size(), 0);
    qint64 sum = 0;
    for (qint64 w : weights)
        sum += w;
    if (weights.isEmpty() || sum == 0)
        return shares;
    qint64 given = 0;
    qsizetype largest = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        shares[i] = qint64(divideRounded(int128(total) * weights[i], sum));
        given += shares[i];
        if (weights[i] > weights[largest])
            largest = i;
    }
    shares[largest] += total - given;
    return shares;
}

} // namespace kassa::loyalty::detail
