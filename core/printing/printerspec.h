#pragma once

#include "core/common/result.h"

#include <QString>

namespace kassa::printing {

// Where a till's receipts print, as the `printer` setting (till.json,
// --printer) names it:
//   escpos:usb:/dev/usb/lp0          a USB receipt printer's device file
//   escpos:tcp:HOST[:PORT]           a network receipt printer (port 9100)
//   escpos:serial:DEVICE[:BAUD]      a serial one (9600 baud unless named)
//   escpos:cups:QUEUE                a CUPS queue that passes bytes raw
//   anything else                    a system printer's name (QPrinter, PDF-like)
//   empty                            no paper: receipts are kept as PDFs only
struct PrinterSpec
{
    enum class Kind
    {
        None,
        System,
        Usb,
        Tcp,
        Serial,
        Cups,
    };

    Kind kind = Kind::None;
    QString target; // Usb, Serial: the device; Tcp: the host; Cups: the queue; System: the name
    quint16 port = 9100;
    int baud = 9600;

    bool isEscPos() const { return kind != Kind::None && kind != Kind::System; }
    // The setting's text again (parse(toString()) gives the same spec).
    QString toString() const;

    // Refuses an escpos: setting that names no device, host or queue, an
    // unknown transport, a port or baud rate that is not a number.
    static Result<PrinterSpec> parse(const QString &text);

    friend bool operator==(const PrinterSpec &, const PrinterSpec &) = default;
};

} // namespace kassa::printing
