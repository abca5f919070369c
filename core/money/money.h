#pragma once

#include <QLocale>

#include "core/common/result.h"
#include "core/money/currency.h"
#include "core/money/decimal.h"

#include <QString>

namespace kassa {

// An exact amount of money: a signed 64-bit count of the currency's minor units
// (öre, cents) and an ISO 4217 currency. No floating point ever touches it.
// Arithmetic refuses to overflow and to mix currencies: it returns an Error.
class Money
{
public:
    Money()
        : m_currency(Currency::sek())
    {}
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    {}

    // Exact conversion: "1.005" is refused for a two-decimal currency, while
    // "93.31000" (as SEQR's reports write it) is 93.31.
    static Result<Money> fromDecimal(const Decimal &value, const Currency &currency);
    static Result<Money> parse(QStringView text, const Currency &currency);
    static Result<Money> parse(QStringView text, QStringView currencyCode);

    qint64 minorUnits() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    Decimal toDecimal() const;
    // SEQR's wire form with the currency's decimals: "149.99", "10.00", "500".
    QString toDecimalString() const;
    // For people: the locale's digits, group and decimal separators ("1 234,50"
    // in Swedish), always with the currency's decimals; no currency sign.
    QString toLocalizedString(const QLocale &locale) const;
    // What a person typed: the locale's decimal separator or '.', optional
    // group separators; refuses more decimals than the currency has.
    static Result<Money> parseLocalized(QStringView text, const Currency &currency,
                                        const QLocale &locale);

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;
    Result<Money> negated() const;
    // The price of `quantity` units (a count or a weight like 0.250), rounded
    // to the minor unit by divideRounded() (half away from zero).
    Result<Money> timesQuantity(const Decimal &quantity) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    Status checkSameCurrency(const Money &other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace kassa
