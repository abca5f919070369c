#include "core/printing/printerprofile.h"

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
