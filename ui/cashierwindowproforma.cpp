// The cashier window's pro forma receipt (Ctrl+F9): the cart before payment
// as "EJ KVITTO" (SKVFS 2014:9), journaled in its own series and, with a
// control unit, signed as pro forma before it is kept as a PDF and printed.
// The cart stays as it was: nothing is sold or paid.
#include "ui/cashierwindow.h"

#include "core/checkout/checkout.h"
#include "core/controlunit/controlunitservice.h"
#include "core/controlunit/signaturewait.h"
#include "core/printing/tillprinter.h"
#include "core/receipt/journalreceipts.h"
#include "core/sale/cart.h"
#include "core/terminal/errortext.h"
#include "ui/receiptprinter.h"

#include <QDir>

namespace kassa::ui {

void CashierWindow::onProForma()
{
    if (m_cart->isEmpty()) {
        showMessage(tr("The cart is empty: a pro forma receipt shows a cart before payment."),
                    true);
        return;
    }
    auto made = m_context.journal->recordProForma(m_context.cashierId, m_cart->saleRows());
    if (!made) {
        showMessage(tr("The pro forma receipt could not be journaled: %1")
                        .arg(describe(made.error(), false)),
                    true);
        return;
    }
    const qint64 number = made->number;
    auto *wait = new controlunit::SignatureWait(m_context.journal, m_checkout->controlUnit(),
                                                number, QStringLiteral("profo"), this);
    connect(wait, &controlunit::SignatureWait::ready, this, [this, wait, number] {
        wait->deleteLater();
        m_proFormasWaiting.remove(number);
        keepProForma(number);
    });
    connect(wait, &controlunit::SignatureWait::waiting, this, [this, number](const Error &why) {
        m_proFormasWaiting.insert(number, describe(why, false));
        showUnitTrouble();
    });
    // Waiting until it is ready: said beside the unit's trouble, if any.
    m_proFormasWaiting.insert(number, QString());
    wait->start();
}

void CashierWindow::keepProForma(qint64 number)
{
    const auto content = journaledProForma(
        *m_context.journal, number, ReceiptSettings::forTill(m_context.till, m_context.locale));
    if (!content) {
        showMessage(describe(content.error(), false), true);
        return;
    }
    const QString path =
        QDir(m_context.receiptFolder).filePath(QStringLiteral("proforma-%1.pdf").arg(number));
    if (auto written = ReceiptPrinter(*content).writePdf(path); written)
        m_lastReceiptPdf = path;
    if (m_context.printer)
        m_context.printer->printReceipt(*content, tr("Pro forma receipt %1").arg(number), number);
    else if (!m_context.printerName.isEmpty())
        ReceiptPrinter(*content).preview(this, m_context.printerName);
    showMessage(tr("Pro forma receipt %1 (EJ KVITTO) for %2. The cart is still open for payment.")
                    .arg(number)
                    .arg(m_cart->total().toLocalizedString(m_context.locale)));
}

void CashierWindow::showUnitTrouble()
{
    QStringList said;
    controlunit::ControlUnitService *unit = m_checkout->controlUnit();
    const QString refusal = unit ? unit->saleRefusal() : QString();
    if (!refusal.isEmpty())
        said.append(refusal);
    for (auto it = m_proFormasWaiting.cbegin(); it != m_proFormasWaiting.cend(); ++it) {
        // Why it waits: the signer's words, else (the unit in trouble) its status.
        const QString why = !it.value().isEmpty() ? it.value()
                            : !refusal.isEmpty()  ? unit->statusText()
                                                  : QString();
        if (!why.isEmpty())
            said.append(
                tr("Pro forma receipt %1 is printed when the control unit has signed it: %2")
                    .arg(it.key())
                    .arg(why));
    }
    if (!said.isEmpty())
        showMessage(said.join(QLatin1Char('\n')), true);
}

} // namespace kassa::ui
