#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace kassa {

// An ISO 4217 currency with its number of minor-unit decimals (SEK 2, JPY 0,
// KWD 3). Only currencies in Kassa's table exist; anything else is refused.
class Currency
{
public:
    static std::optional<Currency> fromCode(QStringView code);
    static Currency sek();

    QString code() const { return QString::fromLatin1(m_code, 3); }
    int decimals() const { return m_decimals; }

    friend bool operator==(const Currency &a, const Currency &b)
    {
        return a.m_code[0] == b.m_code[0] && a.m_code[1] == b.m_code[1] &&
               a.m_code[2] == b.m_code[2];
    }

private:
    Currency(const char *code, int decimals);

    char m_code[3] = {'X', 'X', 'X'};
    int m_decimals = 2;
};

} // namespace kassa
