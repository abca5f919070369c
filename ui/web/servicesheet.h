#pragma once

#include "core/common/result.h"
#include "core/shop/orderserviceconfig.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kassa::web {

// The sheet of service codes a shop prints for scan to order: a PDF (A4,
// six codes a page), each code with its label, "Scan with the SEQR app to
// order" and the code's text. Written by hand as vector graphics — no
// widgets or fonts needed, so kassa-web makes it without a display: every
// module is an exact square of the same size (never stretched), level M
// (core/qr), a quiet zone of 4 modules kept white around each code.
class ServiceSheet final
{
    Q_DECLARE_TR_FUNCTIONS(kassa::web::ServiceSheet)

public:
    // Side of one module in points (1/72 in): 1.5 mm, a code of 4–5 cm.
    static constexpr double modulePoints = 4.25;
    static constexpr int quietZone = 4;

    // Refuses a config without a service ID or codes.
    static Result<QByteArray> pdf(const shop::OrderServiceConfig &config, const QString &shopName);
};

} // namespace kassa::web
