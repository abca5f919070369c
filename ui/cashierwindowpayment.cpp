#include "ui/cashierwindow.h"

#include "core/controlunit/controlunitservice.h"
#include "core/payment/returnreceipts.h"
#include "core/printing/tillprinter.h"
#include "core/receipt/journalreceipts.h"
#include "core/receipt/receiptbuilder.h"
#include "core/terminal/errortext.h"
#include "ui/amountdialog.h"
#include "ui/balancetext.h"
#include "ui/carttableview.h"
#include "ui/customerdisplaywindow.h"
#include "ui/orderqueuewidget.h"
#include "ui/paymentdialog.h"
#include "ui/productsearchdialog.h"
#include "ui/quantitytext.h"
#include "ui/receiptprinter.h"
#include "ui/scannerinput.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace kassa::ui {

void CashierWindow::onCash()
{
    if (m_checkout->isPaying()) {
        showMessage(tr("A payment is in progress; finish it first."), true);
        return;
    }
    if (m_cart->isEmpty()) {
        showMessage(tr("The cart is empty."), true);
        return;
    }
    // Rows voided after part cash: the cash covers it all, give back the change.
    if (m_cart->balance().isCoveredByCash()) {
        finishWithCash();
        return;
    }
    if (!toPay().isPositive()) {
        showMessage(tr("There is nothing to pay."), true);
        return;
    }
    AmountDialog *dialog = cashDialog(toPay());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { takeCash(dialog->value()); });
    openDialog(dialog);
}

AmountDialog *CashierWindow::cashDialog(const Money &due)
{
    const QLocale locale = m_context.locale;
    auto *dialog = new AmountDialog(
        tr("Cash"), tr("Cash received (to pay %1):").arg(due.toLocalizedString(locale)),
        due.toLocalizedString(locale),
        [locale, due](const QString &text) {
            auto m = Money::parseLocalized(text, due.currency(), locale);
            if (!m || !m->isPositive())
                return tr("Type the amount received, for example %1.")
                    .arg(due.toLocalizedString(locale));
            return QString();
        },
        this);
    std::optional<Money> maximum;
    if (auto most =
            Money::fromDecimal(Decimal::fromInteger(m_context.till.cashMaximum), due.currency());
        most && most->isPositive())
        maximum = *most;
    dialog->setDoubt([locale, due, maximum](const QString &text) {
        const auto typed = Money::parseLocalized(text, due.currency(), locale);
        return typed ? QuantityText::cashQuestion(doubtCash(*typed, due, maximum), locale)
                     : QString();
    });
    return dialog;
}

void CashierWindow::takeCash(const QString &typed)
{
    auto received = Money::parseLocalized(typed, m_cart->currency(), m_context.locale);
    if (!received)
        return;
    auto outcome = m_checkout->takeCash(*received);
    if (!outcome) {
        showMessage(describe(outcome.error(), true), true);
        return;
    }
    if (outcome->notRecorded) {
        showNotRecorded(*outcome->notRecorded);
        return;
    }
    if (outcome->saleCompleted) {
        showChange(*outcome);
        return;
    }
    // Split tender: SEQR takes the rest.
    showMessage(tr("Cash received %1. To pay: %2 — press F12 for SEQR or F8 for more cash.")
                    .arg(outcome->received.toLocalizedString(m_context.locale),
                         outcome->toPay.toLocalizedString(m_context.locale)));
}

void CashierWindow::finishWithCash()
{
    auto outcome = m_checkout->completeWithCash();
    if (!outcome) {
        showNotRecorded(outcome.error());
        return;
    }
    showChange(*outcome);
}

void CashierWindow::showChange(const CashOutcome &outcome)
{
    showMessage(tr("Change: %1").arg(outcome.change.toLocalizedString(m_context.locale)));
}

void CashierWindow::showNotRecorded(const Error &error)
{
    showMessage(tr("The sale could not be recorded: %1 Nothing was saved; try again.")
                    .arg(describe(error, false)),
                true);
}

QString CashierWindow::seqrRefusal() const
{
    switch (m_checkout->seqrRefusal()) {
    case SeqrRefusal::None:
        return {};
    case SeqrRefusal::PaymentInProgress:
        return tr("A SEQR payment is already in progress.");
    case SeqrRefusal::CartEmpty:
        return tr("The cart is empty: scan something first.");
    case SeqrRefusal::CoveredByCash:
        return tr("The cash received covers the total: press F8 to finish the sale and give back "
                  "%1.")
            .arg(m_cart->balance().change().toLocalizedString(m_context.locale));
    case SeqrRefusal::Blocked:
        return m_checkout->blockedReason();
    case SeqrRefusal::NothingToPay:
        return tr("There is nothing to pay.");
    case SeqrRefusal::NotRegistered:
        return tr("This till is not registered with SEQR, so it cannot take SEQR payments. A "
                  "manager must register it first.");
    }
    return {};
}

void CashierWindow::onPayWithSeqr()
{
    payWithSeqr();
}

void CashierWindow::payWithSeqr()
{
    if (const QString why = seqrRefusal(); !why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    m_checkout->payWithSeqr();
}

void CashierWindow::handlePaymentStarted(PaymentSession *session)
{
    auto *dialog = new PaymentDialog(session, m_context.locale, this);
    m_paymentDialog = dialog;
    const QString started =
        tr("SEQR payment of %1 started.").arg(toPay().toLocalizedString(m_context.locale));
    using QrPlace = CustomerDisplayWindow::QrPlace;
    const QrPlace place = m_display ? m_display->qrPlace() : QrPlace::Nowhere;
    if (place == QrPlace::Nowhere) {
        dialog->showQrToo(tr("No customer display shows this code: let the customer scan it "
                             "here."));
        showMessage(started + QLatin1Char(' ') +
                        tr("The customer display cannot show the QR code, so it is shown in the "
                           "payment dialog: turn the screen to the customer."),
                    true);
    } else {
        if (place == QrPlace::SharedScreen)
            dialog->showQrToo(tr("The customer display shares this screen: the customer may "
                                 "scan the code here."));
        showMessage(started);
    }
    openDialog(dialog);
    Q_EMIT paymentStarted(session);
}

void CashierWindow::handlePaymentFinished()
{
    PaymentSession *session = m_checkout->session();
    if (!session)
        return;
    refreshTotals(); // no longer less what the buyer's app took off
    switch (session->state()) {
    case PaymentSession::State::Paid:
        if (session->isUnrecorded()) {
            // Paid at SEQR, refused by the journal: the checkout emptied the
            // cart; the reference is what the shop needs to find the payment.
            showMessage(tr("Paid with SEQR (reference %1), but the journal cannot record the "
                           "sale: %2 Note the reference; reconciliation lists the payment.")
                            .arg(session->ersReference(), describe(session->lastError(), false)),
                        true);
            break;
        }
        showMessage(tr("Paid with SEQR: %1. Reference %2.")
                        .arg(session->amount().toLocalizedString(m_context.locale),
                             session->ersReference()));
        // The next customer's goods were scanned while SEQR confirmed the
        // receipt: that scan closes "Done" as a scan after it would.
        if (m_paymentDialog && !m_pendingScans.isEmpty())
            m_paymentDialog->accept();
        break;
    case PaymentSession::State::NotSent:
        showMessage(tr("The SEQR payment could not be started: %1")
                        .arg(describeNotStarted(session->lastError(), false)),
                    true);
        break;
    default:
        // The cart stays: the cashier may try SEQR again or take cash.
        showMessage(m_cart->cashReceived().isPositive()
                        ? tr("The SEQR payment was canceled. The cart is kept; take the rest "
                             "another way or give back the cash received (%1).")
                              .arg(m_cart->cashReceived().toLocalizedString(m_context.locale))
                        : tr("The SEQR payment was canceled. The cart is kept."),
                    true);
        break;
    }
}

void CashierWindow::handleSaleCompleted(qint64 saleId)
{
    m_floatAsked = false; // a float declined is asked again at the next sale
    const auto sale = m_context.journal->sale(saleId);
    if (!sale || !sale->receiptNumber) {
        showMessage(tr("The sale is recorded, but its receipt could not be read back."), true);
        return;
    }
    Q_EMIT saleCompleted(*sale->receiptNumber);
}

void CashierWindow::handleReceiptReady(qint64 saleId)
{
    // Without a control unit at once; with one, when its code is journaled.
    const auto sale = m_context.journal->sale(saleId);
    if (sale && sale->receiptNumber)
        keepReceipt(*sale);
}

void CashierWindow::setControlUnit(controlunit::ControlUnitService *unit)
{
    m_checkout->setControlUnit(unit);
    if (!unit)
        return;
    if (!m_unitStatus) {
        m_unitStatus = new QLabel(this);
        m_unitStatus->setObjectName(QStringLiteral("controlUnitStatus"));
        m_unitStatus->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(m_unitStatus);
    }
    auto show = [this, unit] {
        m_unitStatus->setText(unit->statusText());
        // A unit that stops working is said at once, not at the next sale
        // (with any pro forma receipt still waiting for it).
        showUnitTrouble();
    };
    connect(unit, &controlunit::ControlUnitService::stateChanged, this, show);
    show();
}

void CashierWindow::keepReceipt(const journal::Sale &sale)
{
    if (!sale.receiptNumber)
        return;
    // The PDF is the electronic receipt a customer may be given; the paper
    // one says nothing of it. Both carry the control unit's stamp.
    const ReceiptSettings settings = ReceiptSettings::forTill(m_context.till, m_context.locale);
    auto electronic = journaledReceipt(*m_context.journal, sale, settings, true);
    if (!electronic)
        showMessage(tr("The journal could not be read for the receipt's control code: %1")
                        .arg(describe(electronic.error(), false)),
                    true);
    const ReceiptPrinter receipt(electronic ? *electronic : saleReceipt(sale, settings));
    const QString path = QDir(m_context.receiptFolder)
                             .filePath(QStringLiteral("receipt-%1.pdf").arg(*sale.receiptNumber));
    if (auto written = receipt.writePdf(path); written)
        m_lastReceiptPdf = path;
    else
        showMessage(
            tr("The receipt could not be saved as a PDF: %1").arg(describe(written.error(), false)),
            true);
    if (m_context.printer) {
        printOnReceiptPrinter(sale, false);
    } else if (!m_context.printerName.isEmpty()) {
        QPrinter printer(QPrinterInfo::printerInfo(m_context.printerName));
        if (auto printed = receipt.print(&printer); !printed)
            showMessage(tr("The receipt could not be printed on %1. Reprint it with F9.")
                            .arg(m_context.printerName),
                        true);
    }
}

Status CashierWindow::reprintToPdf(qint64 receiptNumber, const QString &path) const
{
    return ReceiptPrinter::writeCopyPdf(*m_context.journal, receiptNumber,
                                        ReceiptSettings::forTill(m_context.till, m_context.locale),
                                        m_context.cashierId, path);
}

void CashierWindow::onReprint()
{
    // A receipt the printer could not print (out of paper, say) comes first, whole.
    if (printKeptReceipts())
        return;
    const auto last = m_context.journal->lastReceiptNumber();
    if (!last) {
        showMessage(tr("The journal could not be read, so no receipt can be reprinted: %1")
                        .arg(describe(last.error(), false)),
                    true);
        return;
    }
    if (!last->has_value()) {
        showMessage(tr("There is no receipt to reprint yet."), true);
        return;
    }
    journal::Journal *journal = m_context.journal;
    auto *dialog = new AmountDialog(
        tr("Reprint receipt"), tr("Receipt number:"), QString::number(**last),
        [journal](const QString &text) {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok)
                return tr("There is no receipt with that number.");
            // One copy per receipt: a second is refused here, with the reason.
            return copyRefusal(*journal, n);
        },
        this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { printCopy(dialog->value().toLongLong()); });
    openDialog(dialog);
}

void CashierWindow::printCopy(qint64 receiptNumber)
{
    auto copy = recordReceiptCopy(*m_context.journal, receiptNumber, m_context.cashierId);
    if (!copy) {
        showMessage(copy.error().detail, true);
        return;
    }
    whenCopySigned(receiptNumber, [this, receiptNumber] {
        // A sale's copy or a return's: core knows which (KOPIA either way).
        auto content =
            journaledReceiptCopy(*m_context.journal, receiptNumber,
                                 ReceiptSettings::forTill(m_context.till, m_context.locale));
        if (!content) {
            showMessage(describe(content.error(), false), true);
            return;
        }
        if (m_context.printer) {
            m_context.printer->printReceipt(*content, tr("Receipt %1").arg(receiptNumber),
                                            receiptNumber);
            return;
        }
        ReceiptPrinter(*content).preview(this, m_context.printerName);
    });
}

void CashierWindow::whenCopySigned(qint64 receiptNumber, const std::function<void()> &print)
{
    controlunit::ControlUnitService *unit = m_checkout->controlUnit();
    const auto signature =
        m_context.journal->receiptSignature(receiptNumber, QStringLiteral("kopia"));
    if (!unit || !signature || !*signature || (*signature)->isSigned) {
        print();
        return;
    }
    // With a control unit a copy is printed with its own control code.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(unit->signer(), &controlunit::ReceiptSigner::receiptSigned, this,
                [receiptNumber, print, connection](qint64, qint64 serial, const QString &type) {
                    if (serial != receiptNumber || type != QStringLiteral("kopia"))
                        return;
                    QObject::disconnect(*connection);
                    print();
                });
    showMessage(tr("The copy of receipt %1 is printed when the control unit has signed it.")
                    .arg(receiptNumber));
    unit->signer()->signWaiting();
}

} // namespace kassa::ui
