#pragma once

#include "core/printing/escposcodepage.h"
#include "core/printing/monobitmap.h"
#include "core/printing/printerprofile.h"
#include "core/receipt/receiptcontent.h"

#include <QByteArray>

namespace kassa::printing {

// A receipt (core/receipt's content, the same the PDF prints) as the bytes
// an ESC/POS receipt printer prints: ESC @ and the code page, the shop's
// logo as a raster image, the lines laid out by core/receipt's rules for the
// profile's columns (long names wrap, figures are never cut; the total and
// marks such as KOPIA bold and twice the size), each SEQR ersReference as a
// Code 128 barcode, the QR code, then a partial cut. Pure: no I/O.
class EscPosRenderer
{
public:
    explicit EscPosRenderer(PrinterProfile profile = {});

    const PrinterProfile &profile() const { return m_profile; }
    // The logo printed at the top (scaled down to the paper's width); a null one: none.
    void setLogo(const MonoBitmap &logo);

    QByteArray render(const ReceiptContent &content) const;
    // The table `content` is printed in: PC858 when it needs a € and the
    // profile allows, PC865 otherwise.
    CodePage codePageFor(const ReceiptContent &content) const;
    // The drawer kick on the profile's pin with its pulse (ESC p).
    QByteArray drawerKick() const;

private:
    void appendBarcode(QByteArray &out, const QString &data) const;
    void appendQr(QByteArray &out, const QString &data) const;

    PrinterProfile m_profile;
    MonoBitmap m_logo;
};

} // namespace kassa::printing
