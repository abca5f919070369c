#pragma once

#include "core/common/result.h"
#include "core/printing/escposrenderer.h"
#include "core/printing/printerprofile.h"
#include "core/printing/printerspec.h"
#include "core/printing/printqueue.h"
#include "core/receipt/receiptcontent.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace kassa::printing {

// A till's ESC/POS receipt printer, shared by kassa and kassa-cli: the
// till's `printer` setting and profile, receipts rendered for its paper
// (with the shop's logo), printed through its PrintQueue off the caller's
// thread, the test print and the drawer kick. Lives in the thread that made it.
class TillPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TillPrinter)

public:
    TillPrinter(const PrinterSpec &spec, const PrinterProfile &profile, QObject *parent = nullptr);

    // The till's printer: `printer` as a till's configuration names it
    // (core/printing/printerspec.h; kassa's --printer overrides it), with its
    // profile. Null for a system printer or none; an error for a setting that
    // cannot be read.
    static Result<std::unique_ptr<TillPrinter>> open(const QString &printer,
                                                     const PrinterProfile &profile);

    const PrinterSpec &spec() const { return m_spec; }
    const PrinterProfile &profile() const { return m_renderer.profile(); }
    PrintQueue *queue() const { return m_queue; }
    // Why the profile's logo is not printed (untranslated); empty when it is, or there is none.
    QString logoProblem() const { return m_logoProblem; }

    QByteArray receiptBytes(const ReceiptContent &content) const;
    // Queues a receipt; returns the job's id (PrintQueue::jobFinished).
    int printReceipt(const ReceiptContent &content, const QString &title, qint64 receiptNumber = 0);
    int printTestPage();
    // ESC p with the profile's pin and pulse, before any waiting receipt.
    int kickDrawer();
    // The kick for the till's cash drawer (core/drawer/cashdrawer.h's
    // CashDrawer::setKick, which journals each opening before it calls it):
    // queues kickDrawer(); does nothing once this printer is gone.
    std::function<void()> drawerKickFunction();

private:
    PrinterSpec m_spec;
    EscPosRenderer m_renderer;
    QString m_logoProblem;
    PrintQueue *m_queue;
};

// What the test print shows: the printer's setting, the paper and its
// columns (a ruler as wide as a line), the code page with å ä ö Å Ä Ö and
// €, the total's size, a Code 128 barcode and a QR code.
ReceiptContent testPage(const PrinterSpec &spec, const PrinterProfile &profile);

} // namespace kassa::printing
