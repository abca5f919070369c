#include "core/money/decimal.h"

#include "core/money/int128.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr qint64 kPow10[] = {1LL,
                             10LL,
                             100LL,
                             1000LL,
                             10000LL,
                             100000LL,
                             1000000LL,
                             10000000LL,
                             100000000LL,
                             1000000000LL,
                             10000000000LL,
                             100000000000LL,
                             1000000000000LL,
                             10000000000000LL,
                             100000000000000LL,
                             1000000000000000LL,
                             10000000000000000LL,
                             100000000000000000LL,
                             1000000000000000000LL};

} // namespace

qint64 pow10(int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent <= Decimal::maxScale);
    return kPow10[exponent];
}

Decimal Decimal::fromParts(qint64 mantissa, int scale)
{
    Q_ASSERT(scale >= 0 && scale <= maxScale);
    Decimal d(mantissa, scale);
    d.normalise();
    return d;
}

void Decimal::normalise()
{
    while (m_scale > 0 && m_mantissa % 10 == 0) {
        m_mantissa /= 10;
        --m_scale;
    }
    if (m_mantissa == 0)
        m_scale = 0;
}

Result<Decimal> Decimal::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidNumber, QStringLiteral("empty number"));

    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'+' || text[0] == u'-') {
        negative = text[0] == u'-';
        ++i;
    }
    QStringView intPart;
    QStringView fracPart;
    const qsizetype dot = text.indexOf(u'.', i);
    if (dot < 0) {
        intPart = text.sliced(i);
    } else {
        intPart = text.sliced(i, dot - i);
        fracPart = text.sliced(dot + 1);
    }
    if (intPart.isEmpty() && fracPart.isEmpty())
        return makeError(ErrorCode::InvalidNumber, u"not a number: "_s + text);
    auto allDigits = [](QStringView s) {
        for (QChar c : s) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (!allDigits(intPart) || !allDigits(fracPart))
        return makeError(ErrorCode::InvalidNumber, u"not a number: "_s + text);

    while (!intPart.isEmpty() && intPart[0] == u'0')
        intPart = intPart.sliced(1);
    while (!fracPart.isEmpty() && fracPart.back() == u'0')
        fracPart.chop(1);
    if (fracPart.size() > maxScale)
        return makeError(ErrorCode::TooManyDecimals, u"too many decimals: "_s + text);
    if (intPart.size() + fracPart.size() > 18)
        return makeError(ErrorCode::Overflow, u"number too large: "_s + text);

    qint64 mantissa = 0;
    for (QChar c : intPart)
        mantissa = mantissa * 10 + (c.unicode() - u'0');
    for (QChar c : fracPart)
        mantissa = mantissa * 10 + (c.unicode() - u'0');
    return Decimal::fromParts(negative ? -mantissa : mantissa, int(fracPart.size()));
}

Result<qint64> Decimal::scaledTo(int scale) const
{
    Q_ASSERT(scale >= 0 && scale <= maxScale);
    if (scale < m_scale)
        return makeError(ErrorCode::TooManyDecimals, toString() + u" has more than "_s +
                                                         QString::number(scale) + u" decimals"_s);
    const int128 scaled = int128(m_mantissa) * pow10(scale - m_scale);
    if (!fitsInt64(scaled))
        return makeError(ErrorCode::Overflow, u"number too large: "_s + toString());
    return qint64(scaled);
}

QString Decimal::toString() const
{
    return toString(m_scale);
}

QString Decimal::toString(int decimals) const
{
    char buffer[48];
    return QString::fromLatin1(buffer, format(buffer, decimals));
}

int Decimal::format(char *buffer, int decimals) const
{
    if (decimals < m_scale)
        decimals = m_scale;
    // Digits of the magnitude, least significant first, padded with the
    // zeros that `decimals` asks for. Unsigned, so the most negative
    // mantissa prints correctly.
    quint64 magnitude = m_mantissa < 0 ? quint64(0) - quint64(m_mantissa) : quint64(m_mantissa);
    char reversed[48];
    int n = 0;
    for (int i = m_scale; i < decimals; ++i)
        reversed[n++] = '0';
    do {
        reversed[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    while (n <= decimals) // at least one digit before the point
        reversed[n++] = '0';
    int length = 0;
    if (m_mantissa < 0)
        buffer[length++] = '-';
    for (int i = n - 1; i >= 0; --i) {
        buffer[length++] = reversed[i];
        if (i == decimals && decimals > 0)
            buffer[length++] = '.';
    }
    return length;
}

int Decimal::compare(const Decimal &a, const Decimal &b)
{
    const int scale = qMax(a.m_scale, b.m_scale);
    const int128 left = int128(a.m_mantissa) * pow10(scale - a.m_scale);
    const int128 right = int128(b.m_mantissa) * pow10(scale - b.m_scale);
    return left < right ? -1 : (left > right ? 1 : 0);
}

} // namespace kassa
