#include "ui/cashierwindow.h"

#include "ui/customerdisplaywindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace kassa::ui {

void CashierWindow::setCustomerDisplay(CustomerDisplayWindow *display)
{
    m_display = display;
}

QList<QWidget *> CashierWindow::keepClearWidgets() const
{
    return {m_barcode, m_message};
}

void CashierWindow::closeEvent(QCloseEvent *event)
{
    // Closing the cashier's window quits Kassa (the customer display never
    // keeps it running), so nothing may be lost by a click on its corner.
    if (m_closeConfirmed || confirmClose()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
}

bool CashierWindow::confirmClose()
{
    if (findChild<QMessageBox *>(QStringLiteral("quitQuestion")))
        return false; // already asked
    if (m_checkout->isPaying()) {
        // The payment dialog is in front of the cashier: it says what to do.
        showMessage(tr("A SEQR payment is in progress: finish or cancel it before closing."), true);
        return false;
    }
    if (m_cart->isEmpty() && !m_cart->cashReceived().isPositive())
        return true;
    const QLocale &l = m_context.locale;
    const Money total = m_cart->total();
    QString sale = tr("A sale is open: %n row(s), %1 %2.", nullptr, m_cart->rowCount())
                       .arg(total.toLocalizedString(l), total.currency().code());
    if (m_cart->cashReceived().isPositive())
        sale += QLatin1Char(' ') + tr("%1 cash was received toward it: give it back.")
                                       .arg(m_cart->cashReceived().toLocalizedString(l));
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Quit Kassa"),
                                sale + QLatin1Char(' ') +
                                    tr("Quit Kassa anyway? The open sale is not kept."),
                                QMessageBox::NoButton, this);
    QPushButton *quit = ask->addButton(tr("&Quit Kassa"), QMessageBox::DestructiveRole);
    QPushButton *keep = ask->addButton(tr("&Keep selling"), QMessageBox::RejectRole);
    ask->setDefaultButton(keep);
    ask->setEscapeButton(keep);
    connect(ask, &QMessageBox::finished, this, [this, ask, quit] {
        if (ask->clickedButton() != quit || m_checkout->isPaying())
            return;
        m_closeConfirmed = true;
        close();
    });
    ask->setObjectName(QStringLiteral("quitQuestion"));
    openDialog(ask);
    return false;
}

} // namespace kassa::ui
