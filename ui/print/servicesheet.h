#pragma once

#include "core/common/result.h"
#include "core/ordering/orderserviceconfig.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kassa::print {

// The sheet of service codes a shop prints for scan to order: a PDF (A4,
// six codes a page), each code with its label, "Scan with the SEQR app to
// order" and the code's text. Written by hand as vector graphics — no
// widgets or fonts needed, so kassa-web makes it without a display, and the
// till's manager tools write the very same file. Every module is an exact
// square of the same size (never stretched), level M (core/qr), a quiet
// zone of 4 modules kept white around each code.
class ServiceSheet final
{
    Q_DECLARE_TR_FUNCTIONS(kassa::print::ServiceSheet)

public:
    // Side of one module in points (1/72 in): 1.5 mm, a code of 4–5 cm.
    static constexpr double modulePoints = 4.25;
    static constexpr int quietZone = 4;

    // Refuses a config without a service ID or codes (InvalidArgument, a
    // translated sentence).
    static Result<QByteArray> pdf(const ordering::OrderServiceConfig &config,
                                  const QString &shopName);
    // pdf() written to `path` in one go (QSaveFile: no half sheet is left
    // behind). A file that cannot be written is StorageFailed, its detail
    // the system's reason.
    static Status writePdf(const ordering::OrderServiceConfig &config, const QString &shopName,
                           const QString &path);
};

} // namespace kassa::print
