#include "core/printing/printerprofile.h"

#include "core/common/enumname.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa::printing {

PrinterProfile PrinterProfile::forPaper(int paperMm)
{
    PrinterProfile profile;
    if (paperMm < 70) {
        profile.paperMm = 58;
        profile.columns = 32;
        profile.dots = 384;
    }
    return profile;
}

} // namespace kassa::printing

namespace kassa::printing {

QJsonObject PrinterProfile::toJson() const
{
    return QJsonObject{{u"paperMm"_s, paperMm},
                       {u"codePage"_s, enumKey(codePage).toLower()},
                       {u"cutter"_s, cutter},
                       {u"drawerPin"_s, drawerPin},
                       {u"drawerPulseMs"_s, drawerPulseMs},
                       {u"logo"_s, logoPath}};
}

PrinterProfile PrinterProfile::fromJson(const QJsonObject &json)
{
    PrinterProfile profile = forPaper(json.value(u"paperMm"_s).toInt(80));
    profile.codePage = enumFromText<CodePageChoice>(json.value(u"codePage"_s).toString())
                           .value_or(CodePageChoice::Auto);
    profile.cutter = json.value(u"cutter"_s).toBool(true);
    profile.drawerPin = json.value(u"drawerPin"_s).toInt(2) == 5 ? 5 : 2;
    profile.drawerPulseMs = std::clamp(json.value(u"drawerPulseMs"_s).toInt(100), 2, 510);
    profile.logoPath = json.value(u"logo"_s).toString();
    return profile;
}

} // namespace kassa::printing
