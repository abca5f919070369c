#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

namespace kassa {

// An exact decimal number: mantissa × 10^-scale, at most 18 significant digits.
// This is how SEQR's xs:decimal values (amounts, quantities, tax rates) travel
// before they become Money. Always normalised: no trailing fractional zeros, so
// equal values compare equal.
class Decimal
{
public:
    static constexpr int maxScale = 18;

    constexpr Decimal() = default;
    static Decimal fromInteger(qint64 value) { return Decimal(value, 0); }
    // mantissa × 10^-scale; scale in [0, maxScale].
    static Decimal fromParts(qint64 mantissa, int scale);

    // Parses xs:decimal lexical form: optional sign, digits, optional '.'
    // and digits ("149.99", "-5", "+.5", "93.31000"). Surrounding whitespace is
    // allowed (XML collapses it); exponents, commas and empty text are not.
    static Result<Decimal> parse(QStringView text);

    qint64 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }

    // The value as an integer count of 10^-scale units, when exact.
    Result<qint64> scaledTo(int scale) const;

    // Canonical text: "-12.5", "0.25", "7". Never an exponent.
    QString toString() const;
    // Text with exactly `decimals` fraction digits (pads with zeros; refuses
    // to drop non-zero digits by returning the canonical text instead).
    QString toString(int decimals) const;
    // The same text as toString(decimals), as ASCII into `buffer` (at least
    // 24 bytes); returns its length. Allocation-free, for the encoder.
    int format(char *buffer, int decimals) const;

    friend bool operator==(const Decimal &, const Decimal &) = default;
    friend bool operator<(const Decimal &a, const Decimal &b) { return compare(a, b) < 0; }
    static int compare(const Decimal &a, const Decimal &b);

private:
    constexpr Decimal(qint64 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {}
    void normalise();

    qint64 m_mantissa = 0;
    int m_scale = 0;
};

} // namespace kassa
