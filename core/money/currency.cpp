#include "core/money/currency.h"

#include <array>
#include <cstring>

namespace kassa {

namespace {

struct CurrencyInfo
{
    const char *code;
    int decimals;
};

// ISO 4217 codes a Nordic/European point of sale can meet, with their minor
// units as the standard gives them.
constexpr std::array kCurrencies{
    CurrencyInfo{"AUD", 2}, CurrencyInfo{"BGN", 2}, CurrencyInfo{"BHD", 3}, CurrencyInfo{"BRL", 2},
    CurrencyInfo{"CAD", 2}, CurrencyInfo{"CHF", 2}, CurrencyInfo{"CLP", 0}, CurrencyInfo{"CNY", 2},
    CurrencyInfo{"CZK", 2}, CurrencyInfo{"DKK", 2}, CurrencyInfo{"EUR", 2}, CurrencyInfo{"GBP", 2},
    CurrencyInfo{"HKD", 2}, CurrencyInfo{"HUF", 2}, CurrencyInfo{"IDR", 2}, CurrencyInfo{"ILS", 2},
    CurrencyInfo{"INR", 2}, CurrencyInfo{"ISK", 0}, CurrencyInfo{"JOD", 3}, CurrencyInfo{"JPY", 0},
    CurrencyInfo{"KRW", 0}, CurrencyInfo{"KWD", 3}, CurrencyInfo{"MXN", 2}, CurrencyInfo{"MYR", 2},
    CurrencyInfo{"NOK", 2}, CurrencyInfo{"NZD", 2}, CurrencyInfo{"OMR", 3}, CurrencyInfo{"PHP", 2},
    CurrencyInfo{"PLN", 2}, CurrencyInfo{"RON", 2}, CurrencyInfo{"SAR", 2}, CurrencyInfo{"SEK", 2},
    CurrencyInfo{"SGD", 2}, CurrencyInfo{"THB", 2}, CurrencyInfo{"TND", 3}, CurrencyInfo{"TRY", 2},
    CurrencyInfo{"UAH", 2}, CurrencyInfo{"USD", 2}, CurrencyInfo{"VND", 0}, CurrencyInfo{"ZAR", 2},
};

} // namespace

Currency::Currency(const char *code, int decimals)
    : m_decimals(decimals)
{
    std::memcpy(m_code, code, 3);
}

std::optional<Currency> Currency::fromCode(QStringView code)
{
    if (code.size() != 3)
        return std::nullopt;
    for (const CurrencyInfo &info : kCurrencies) {
        if (code == QLatin1StringView(info.code, 3))
            return Currency(info.code, info.decimals);
    }
    return std::nullopt;
}

Currency Currency::sek()
{
    return Currency("SEK", 2);
}

} // namespace kassa
