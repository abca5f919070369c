#pragma once

#include "core/common/result.h"
#include "core/printing/printerspec.h"

#include <QByteArray>

#include <memory>

namespace kassa::printing {

// The way bytes reach a receipt printer (and its status answers come
// back): a USB printer's device file, TCP, a serial port or a CUPS raw
// queue. Blocking calls with time limits, made only on the print queue's
// own thread (never the window's); one object per connection, used by
// one thread. Errors are ErrorCode::ConnectionProblem (could not reach
// it) or StorageBusy (it stopped taking bytes), with the detail.
class PrinterTransport
{
public:
    virtual ~PrinterTransport() = default;

    virtual Status open(int timeoutMs) = 0;
    virtual Status write(const QByteArray &bytes, int timeoutMs) = 0;
    // Whether the printer's answers can be read (not through CUPS).
    virtual bool canRead() const = 0;
    // Up to `count` bytes, fewer when the time runs out (none: no answer).
    virtual QByteArray read(int count, int timeoutMs) = 0;
    // Sends what is buffered and closes; a CUPS job is handed over here.
    virtual Status close(int timeoutMs) = 0;

    // The transport for `spec` (an ESC/POS one); none for a system printer.
    static std::unique_ptr<PrinterTransport> create(const PrinterSpec &spec);
};

} // namespace kassa::printing
