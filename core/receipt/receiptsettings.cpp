#include "core/receipt/receiptsettings.h"

using namespace Qt::StringLiterals;

namespace kassa {

QStringList ReceiptSettings::languages() const
{
    const QString first = language == u"en" ? u"en"_s : u"sv"_s;
    if (!bilingual)
        return {first};
    return {first, first == u"sv" ? u"en"_s : u"sv"_s};
}

QString ReceiptSettings::languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::Swedish ? u"sv"_s : u"en"_s;
}

} // namespace kassa
