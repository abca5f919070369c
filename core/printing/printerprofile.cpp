#include "core/printing/printerprofile.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kassa::printing {

namespace {

// The choices as saved, in the order of CodePageChoice: one list for both
// ways.
constexpr std::array kCodePageNames{"auto"_L1, "pc865"_L1, "pc858"_L1};

} // namespace

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
                       {u"codePage"_s, QString(kCodePageNames[std::size_t(codePage)])},
                       {u"cutter"_s, cutter},
                       {u"drawerPin"_s, drawerPin},
                       {u"drawerPulseMs"_s, drawerPulseMs},
                       {u"logo"_s, logoPath}};
}

PrinterProfile PrinterProfile::fromJson(const QJsonObject &json)
{
    PrinterProfile profile = forPaper(json.value(u"paperMm"_s).toInt(80));
    const QString page = json.value(u"codePage"_s).toString();
    if (const auto named = std::find(kCodePageNames.begin(), kCodePageNames.end(), page);
        named != kCodePageNames.end())
        profile.codePage = CodePageChoice(named - kCodePageNames.begin());
    profile.cutter = json.value(u"cutter"_s).toBool(true);
    profile.drawerPin = json.value(u"drawerPin"_s).toInt(2) == 5 ? 5 : 2;
    profile.drawerPulseMs = std::clamp(json.value(u"drawerPulseMs"_s).toInt(100), 2, 510);
    profile.logoPath = json.value(u"logo"_s).toString();
    return profile;
}

} // namespace kassa::printing
