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

QString Money::toLocalizedString(const QLocale &locale) const
{
    const int decimals = m_currency.decimals();
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // Exact: integer and fraction parts apart, never through a double.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (decimals > 0) {
        text += locale.decimalPoint();
        text += QString::number(magnitude % quint64(scale)).rightJustified(decimals, u'0');
    }
    return m_minor < 0 ? locale.negativeSign() + text : text;
}

Result<Money> Money::parseLocalized(QStringView text, const Currency &currency,
                                    const QLocale &locale)
{
    QString plain = text.trimmed().toString();
    const QString group = locale.groupSeparator();
    if (!group.isEmpty() && group != u"."_s && group != u","_s)
        plain.remove(group);
    plain.remove(u' ');
    plain.remove(QChar(0x00A0));
    plain.remove(QChar(0x202F));
    if (locale.decimalPoint() != u"."_s) {
        plain.replace(locale.decimalPoint(), u"."_s);
    } else if (!plain.contains(u'.') && plain.count(u',') == 1) {
        // "20,50" at an English till: a decimal comma when what follows it
        // could be the currency's decimals ("1,000" stays refused).
        const qsizetype after = plain.size() - plain.indexOf(u',') - 1;
        if (after >= 1 && after <= currency.decimals())
            plain.replace(u',', u'.');
    }
    plain.replace(locale.negativeSign(), u"-"_s);
    return parse(plain, currency);
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
