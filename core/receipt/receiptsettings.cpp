#include "core/receipt/receiptsettings.h"

#include "core/terminal/tillconfig.h"

using namespace Qt::StringLiterals;

namespace kassa {

QStringList ReceiptSettings::languages() const
{
    const QString first = language == u"en" ? u"en"_s : u"sv"_s;
    if (!bilingual)
        return {first};
    return {first, first == u"sv" ? u"en"_s : u"sv"_s};
}

ReceiptSettings ReceiptSettings::forTill(const TillConfig &till, const QLocale &locale)
{
    ReceiptSettings s;
    s.shopName = till.shopName;
    s.address = till.shopAddress;
    s.organisationNumber = till.organisationNumber;
    s.registerId = till.registerDesignation();
    s.language = languageOf(locale);
    s.bilingual = till.bilingualReceipts;
    s.qrCode = till.receiptQr;
    return s;
}

QString ReceiptSettings::languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::Swedish ? u"sv"_s : u"en"_s;
}

} // namespace kassa
