// The cashier window and the till's ESC/POS receipt printer: receipts go to
// its queue (off this thread), what went wrong is said in the message line,
// and F9 prints a receipt the printer kept.
#include "ui/cashierwindow.h"

#include "core/printing/tillprinter.h"
#include "core/receipt/journalreceipts.h"
#include "core/terminal/errortext.h"

#include <QLabel>
#include <QStatusBar>

namespace kassa::ui {

void CashierWindow::connectPrinter()
{
    if (!m_context.printer)
        return;
    connect(m_context.printer->queue(), &printing::PrintQueue::jobFinished, this,
            &CashierWindow::handlePrintFinished);
    // What the printer last reported (paper, cover, the drawer's switch),
    // where it reports anything at all.
    m_printerStatus = new QLabel(this);
    m_printerStatus->setObjectName(QStringLiteral("printerStatus"));
    m_printerStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_printerStatus);
    connect(m_context.printer->queue(), &printing::PrintQueue::statusChanged, this,
            [this](const printing::PrinterStatus &status) {
                if (status.known)
                    m_printerStatus->setText(
                        tr("Printer: %1").arg(printing::describeStatus(status)));
            });
}

void CashierWindow::printOnReceiptPrinter(const journal::Sale &sale, bool copy)
{
    if (!sale.receiptNumber)
        return;
    const ReceiptSettings settings = ReceiptSettings::forTill(m_context.till, m_context.locale);
    auto content = copy ? journaledCopy(*m_context.journal, *sale.receiptNumber, settings)
                        : journaledReceipt(*m_context.journal, sale, settings);
    if (!content) {
        showMessage(describe(content.error(), false), true);
        return;
    }
    m_context.printer->printReceipt(*content, tr("Receipt %1").arg(*sale.receiptNumber),
                                    *sale.receiptNumber);
}

bool CashierWindow::printKeptReceipts()
{
    if (!m_context.printer || !m_context.printer->queue()->hasKeptJobs())
        return false;
    const auto kept = m_context.printer->queue()->keptJobs();
    m_context.printer->queue()->printKeptAgain();
    m_printingKept = true;
    showMessage(kept.size() == 1
                    ? tr("Printing receipt %1 again.").arg(kept.first().receiptNumber)
                    : tr("Printing %n kept receipts again.", nullptr, int(kept.size())));
    return true;
}

void CashierWindow::handlePrintFinished(const printing::PrintOutcome &outcome)
{
    if (outcome.job.kind != printing::PrintJob::Kind::Receipt)
        return;
    if (outcome.printed) {
        if (std::exchange(m_printingKept, false))
            showMessage(tr("Receipt %1 printed.").arg(outcome.job.receiptNumber));
        return;
    }
    // The sale stands whatever the printer does; the receipt waits for F9.
    showMessage(tr("%1 — the receipt is kept; press F9 to print it again.")
                    .arg(printing::describeProblem(outcome.problem)),
                true);
}

} // namespace kassa::ui
