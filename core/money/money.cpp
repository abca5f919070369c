#include "core/money/money.h"

#include "core/money/int128.h"

using namespace Qt::StringLiterals;

namespace kassa {

int128 divideRounded(int128 numerator, int128 denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const int128 magnitude = negative ? -numerator : numerator;
    int128 quotient = magnitude / denominator;
    const int128 remainder = magnitude % denominator;
    if (remainder * 2 >= denominator)
        ++quotient;
    return negative ? -quotient : quotient;
}

Result<Money> Money::fromDecimal(const Decimal &value, const Currency &currency)
{
    auto minor = value.scaledTo(currency.decimals());
    if (!minor) {
        Error error = minor.error();
        if (error.code == ErrorCode::TooManyDecimals)
            error.detail = value.toString() + u" has more decimals than "_s + currency.code() +
                           u" allows ("_s + QString::number(currency.decimals()) + u')';
        return error;
    }
    return Money(*minor, currency);
}

Result<Money> Money::parse(QStringView text, const Currency &currency)
{
    auto value = Decimal::parse(text);
    if (!value)
        return value.error();
    return fromDecimal(*value, currency);
}

Result<Money> Money::parse(QStringView text, QStringView currencyCode)
{
    const auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return makeError(ErrorCode::UnknownCurrency,
                         u"unknown currency: "_s + currencyCode.toString());
    return parse(text, *currency);
}

Decimal Money::toDecimal() const
{
    return Decimal::fromParts(m_minor, m_currency.decimals());
}

QString Money::toDecimalString() const
{
    return toDecimal().toString(m_currency.decimals());
}

Status Money::checkSameCurrency(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         m_currency.code() + u" and "_s + other.m_currency.code());
    return Ok{};
}

Result<Money> Money::plus(const Money &other) const
{
    if (auto same = checkSameCurrency(other); !same)
        return same.error();
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return makeError(ErrorCode::Overflow, u"sum too large"_s);
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (auto same = checkSameCurrency(other); !same)
        return same.error();
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return makeError(ErrorCode::Overflow, u"difference too large"_s);
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return makeError(ErrorCode::Overflow, u"product too large"_s);
    return Money(product, m_currency);
}

Result<Money> Money::negated() const
{
    return Money(0, m_currency).minus(*this);
}

Result<Money> Money::timesQuantity(const Decimal &quantity) const
{
    const int128 product = int128(m_minor) * quantity.mantissa();
    const int128 rounded = divideRounded(product, pow10(quantity.scale()));
    if (!fitsInt64(rounded))
        return makeError(ErrorCode::Overflow, u"row total too large"_s);
    return Money(qint64(rounded), m_currency);
}

} // namespace kassa
