#include "ui/cashierwindow.h"

#include "core/checkout/scaninterpreter.h"
#include "core/journal/journal.h"
#include "core/shopdb/shopcoupons.h"
#include "core/terminal/errortext.h"
#include "core/terminal/registeridentity.h"
#include "ui/amountdialog.h"
#include "ui/balancetext.h"
#include "ui/carttableview.h"
#include "ui/orderqueuewidget.h"
#include "ui/paymentdialog.h"
#include "ui/plainlabel.h"
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

namespace kassa::ui {

CashierWindow::CashierWindow(CashierContext context, Cart *cart, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_cart(cart)
    , m_checkout(new Checkout(CheckoutContext{m_context.client, m_context.journal,
                                              m_context.till.shopName, m_context.cashierId,
                                              m_context.timing, m_context.till.loyalty},
                              cart, this))
    , m_scanner(new ScannerInput(this))
    , m_barcode(new QLineEdit(this))
    , m_message(new PlainLabel(this))
    , m_table(new CartTableView(this))
    , m_total(new PlainLabel(this))
    , m_vat(new PlainLabel(this))
    , m_cashLine(new PlainLabel(this))
    , m_change(new PlainLabel(this))
    , m_tillStatus(new PlainLabel(this))
    , m_note(new PlainLabel(this))
{
    Q_ASSERT(m_context.catalog && m_context.journal && m_context.client);
    setWindowTitle(tr("Kassa — %1").arg(m_context.till.shopName));
    resize(1100, 720);
    auto *central = new QWidget(this);
    auto *layout = new QGridLayout(central);
    layOutCart(layout);
    layOutTotals(layout);
    layout->addLayout(keyButtons(central), 3, 0, 1, 2);
    setCentralWidget(withTrainingBanner(central));

    statusBar()->addWidget(m_tillStatus, 1);
    statusBar()->addPermanentWidget(m_note);
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_note->setOpenExternalLinks(true);
    refreshTillStatus();
    refreshTraining();
    connectPrinter();

    m_checkout->setRegistered(m_context.till.isRegistered());
    shopdb::installCouponHooks(*m_checkout, m_context.till.shopDatabase,
                               {m_context.journal->journalId().valueOr(QString()),
                                m_context.till.terminalId, m_context.till.name,
                                QStringLiteral("till")});
    m_checkout->setDrawer(m_context.drawer);
    connect(m_checkout, &Checkout::paymentStarted, this, &CashierWindow::handlePaymentStarted);
    connect(m_checkout, &Checkout::paymentFinished, this, &CashierWindow::handlePaymentFinished);
    connect(m_checkout, &Checkout::saleCompleted, this, &CashierWindow::handleSaleCompleted);
    connect(m_checkout, &Checkout::receiptReady, this, &CashierWindow::handleReceiptReady);
    connect(m_checkout, &Checkout::paymentStarted, this, &CashierWindow::watchLoyalty);
    connect(m_cart, &Cart::totalsChanged, this, &CashierWindow::refreshTotals);
    connect(m_cart, &Cart::lineTouched, this, [this](int row) { m_table->selectRow(row); });
    // A scan typed into a prompt (the weight, the Done dialog) is a product.
    connect(m_scanner, &ScannerInput::scanned, this, &CashierWindow::handleScannedInPrompt);
    // Any window of ours that closes (a dialog, the manager's window, a print
    // preview) gives the keyboard back, with or without a window manager.
    qApp->installEventFilter(this);
    refreshTotals();
    focusBarcode();
}

void CashierWindow::showFilling()
{
    if (QScreen *s = screen())
        setGeometry(s->availableGeometry());
    showMaximized();
    focusBarcode();
}

CashierWindow::~CashierWindow() = default;

QAction *CashierWindow::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void CashierWindow::refreshTillStatus()
{
    const TillConfig &till = m_context.till;
    m_tillStatus->setText(till.isRegistered()
                              ? tr("Till %1 · SEQR ID %2 · cashier %3")
                                    .arg(till.name.isEmpty() ? till.terminalId : till.name,
                                         till.seqrId.isEmpty() ? tr("none") : till.seqrId,
                                         m_context.cashierId)
                              : tr("This till is not registered with SEQR"));
}

void CashierWindow::setTill(const TillConfig &till)
{
    m_context.till = till;
    m_checkout->setShopName(till.shopName);
    m_checkout->setLoyaltyConfig(till.loyalty);
    m_checkout->setRegistered(till.isRegistered());
    refreshTillStatus();
    refreshTraining();
}

bool CashierWindow::isTraining() const
{
    return !m_trainingBanner->isHidden();
}

QString CashierWindow::trainingText() const
{
    return m_trainingBanner->isHidden() ? QString() : m_trainingBanner->text();
}

void CashierWindow::refreshTraining()
{
    const auto training = m_context.journal->isTraining();
    const bool on = training && *training;
    m_trainingBanner->setText(
        tr("ÖVNINGSLÄGE — training mode: sales are training receipts, not real sales"));
    m_trainingBanner->setVisible(on);
    setWindowTitle(on ? tr("Kassa — %1 — ÖVNINGSLÄGE (training)").arg(m_context.till.shopName)
                      : tr("Kassa — %1").arg(m_context.till.shopName));
}

void CashierWindow::setSeqrBlocked(const QString &reason)
{
    m_checkout->setBlocked(reason);
}

void CashierWindow::setOrderQueue(ordering::OrderQueue *queue)
{
    if (m_orderQueue || !queue)
        return;
    m_orderQueue = new OrderQueueWidget(queue, m_context.locale);
    auto *dock = new QDockWidget(tr("Orders"), this);
    dock->setObjectName(QStringLiteral("orderDock"));
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    dock->setFocusPolicy(Qt::NoFocus);
    dock->setWidget(m_orderQueue);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void CashierWindow::setStatusNote(const QString &text)
{
    m_note->setText(text);
}

void CashierWindow::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold")
                                     : QStringLiteral("color: #0a5d2b"));
}

void CashierWindow::focusBarcode()
{
    activateWindow();
    m_barcode->setFocus(Qt::OtherFocusReason);
}

void CashierWindow::reclaimFocus()
{
    m_reclaimQueued = false;
    if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
        // Another prompt is still open (or just opened): it keeps the keyboard.
        modal->activateWindow();
        return;
    }
    focusBarcode();
    if (!m_pendingScans.isEmpty()) {
        // One at a time: a weighed product's prompt holds back the rest.
        scan(m_pendingScans.takeFirst());
        if (!m_pendingScans.isEmpty() && !QApplication::activeModalWidget())
            reclaimFocus();
    }
}

void CashierWindow::handleScannedInPrompt(const QString &code)
{
    m_pendingScans.append(code);
    // The Done dialog of a finished payment: the scan starts the next sale.
    if (m_paymentDialog && paymentSession() && paymentSession()->isFinished()) {
        m_paymentDialog->accept();
        return;
    }
    showMessage(tr("Scanned %1: it is added when this prompt closes.").arg(code));
}

void CashierWindow::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!qobject_cast<ProductSearchDialog *>(dialog))
        m_scanner->watch(dialog);
    // After any dialog the next scan must land in the barcode field.
    connect(dialog, &QDialog::finished, this, &CashierWindow::reclaimFocus, Qt::QueuedConnection);
    dialog->open();
}

int CashierWindow::currentRow() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        return selected.first().row();
    return m_cart->rowCount() - 1;
}

Money CashierWindow::toPay() const
{
    return m_checkout->toPay();
}

void CashierWindow::refreshTotals()
{
    const QLocale &l = m_context.locale;
    // During a SEQR payment the buyer's app may have brought a card or
    // coupon: the big total is what the buyer is now asked to pay.
    QStringList lines;
    SaleBalance balance = m_cart->balance();
    balance.total =
        Money(balance.total.minorUnits() - appDiscount(lines), balance.total.currency());
    m_total->setText(BalanceText::total(balance.total, l));
    // The VAT follows the same discount (the receipt's figures).
    m_vat->setText(BalanceText::vat(m_checkout->vat(), l).join(QLatin1Char('\n')));
    // The same figures as the customer display and the receipt. After a
    // sale the window is the next sale's, clean under its 0.00 total; only
    // the change to give back stays, said to be the last sale's, until the
    // next sale starts.
    for (const BalanceLine &line : BalanceText::lines(balance, l))
        lines.append(tr("%1: %2").arg(line.label, line.amount));
    m_cashLine->setText(lines.join(QLatin1Char('\n')));
    const auto completed = m_cart->completed();
    m_change->setText(completed && completed->change().isPositive()
                          ? tr("Last sale: change %1 %2")
                                .arg(completed->change().toLocalizedString(l),
                                     completed->change().currency().code())
                          : QString());
}

QString CashierWindow::balanceText() const
{
    return m_cashLine->text();
}

QString CashierWindow::changeText() const
{
    return m_change->text();
}

bool CashierWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Hide && watched != this && watched->isWidgetType()) {
        auto *window = static_cast<QWidget *>(watched);
        const Qt::WindowType type = window->windowType();
        // isAncestorOf() stops at window borders; a dialog's owner is its parent.
        bool ours = false;
        for (QWidget *p = window->parentWidget(); p && !ours; p = p->parentWidget())
            ours = p == this;
        if (window->isWindow() && type != Qt::Popup && type != Qt::ToolTip && ours &&
            !m_reclaimQueued) {
            m_reclaimQueued = true;
            QTimer::singleShot(0, this, &CashierWindow::reclaimFocus);
        }
        return false;
    }
    if (watched == m_barcode && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Up || key == Qt::Key_Down) && m_cart->rowCount() > 0) {
            const int row =
                qBound(0, currentRow() + (key == Qt::Key_Down ? 1 : -1), m_cart->rowCount() - 1);
            m_table->selectRow(row);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void CashierWindow::scan(const QString &text)
{
    const ScanMeaning meaning =
        ScanInterpreter(m_context.catalog, &m_context.till.loyalty).interpret(text);
    switch (meaning.kind) {
    case ScanMeaning::Kind::Nothing:
        return;
    case ScanMeaning::Kind::Search: {
        auto *dialog =
            new ProductSearchDialog(m_context.catalog, meaning.text, m_context.locale, this);
        connect(dialog, &ProductSearchDialog::productChosen, this, &CashierWindow::addProduct);
        openDialog(dialog);
        return;
    }
    case ScanMeaning::Kind::UnknownBarcode:
        showMessage(
            tr("No product has the barcode %1. Scan again or search with F3.").arg(meaning.text),
            true);
        return;
    case ScanMeaning::Kind::Product:
    case ScanMeaning::Kind::WeighedProduct:
        addProduct(meaning.product);
        return;
    case ScanMeaning::Kind::LoyaltyCard:
    case ScanMeaning::Kind::Coupon:
        addLoyaltyToken(meaning); // cashierwindowloyalty.cpp
        return;
    }
}

void CashierWindow::addProduct(const catalog::Product &product)
{
    if (m_checkout->isPaying()) {
        showMessage(tr("A payment is in progress; finish it first."), true);
        return;
    }
    if (m_cart->isEmpty() && askFloatFirst([this, product] { addProduct(product); }))
        return; // the day's first sale: the float first, then this product
    if (!product.soldByWeight) {
        if (auto added = m_cart->addProduct(product); !added)
            showMessage(describe(added.error(), true), true);
        else
            showMessage(tr("%1  %2").arg(product.name,
                                         product.unitPrice.toLocalizedString(m_context.locale)));
        return;
    }
    const QLocale locale = m_context.locale;
    askQuantity(tr("Weight"),
                tr("Weight of %1 in kg (price %2 per kg) %3:")
                    .arg(product.name, product.unitPrice.toLocalizedString(locale),
                         QuantityText::bound(true, locale)),
                QString(), product, [this, product](const Decimal &weight, const QString &typed) {
                    const Status added = m_cart->addProduct(product, weight);
                    if (added)
                        showMessage(tr("%1  %2 kg").arg(product.name, typed));
                    return added;
                });
}

void CashierWindow::onHelp()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QGridLayout(dialog);
    int row = 0;
    for (QAction *a : std::as_const(m_actions)) {
        layout->addWidget(new PlainLabel(a->shortcut().toString(QKeySequence::NativeText), dialog),
                          row, 0);
        layout->addWidget(new PlainLabel(a->text(), dialog), row, 1);
        ++row;
    }
    layout->addWidget(new PlainLabel(tr("Up/Down"), dialog), row, 0);
    layout->addWidget(new PlainLabel(tr("Pick a row in the cart"), dialog), row++, 1);
    layout->addWidget(new PlainLabel(tr("Enter"), dialog), row, 0);
    layout->addWidget(new PlainLabel(tr("Add the scanned or typed barcode; text searches"), dialog),
                      row++, 1);
    // About: the cash register's identity (SKVFS 2014:9 ch. 4).
    auto *about = new PlainLabel(tr("About Kassa") + u'\n' +
                                     RegisterIdentity::of(m_context.till).lines().join(u'\n'),
                                 dialog);
    about->setObjectName(QStringLiteral("about"));
    layout->addWidget(about, row++, 0, 1, 2);
    auto *close = new QPushButton(tr("Close"), dialog);
    connect(close, &QPushButton::clicked, dialog, &QDialog::accept);
    layout->addWidget(close, row, 0, 1, 2);
    openDialog(dialog);
}

void CashierWindow::onManager()
{
    if (m_checkout->isPaying()) {
        showMessage(tr("A payment is in progress; finish it first."), true);
        return;
    }
    Q_EMIT managerRequested();
}

void CashierWindow::setCashierId(const QString &id)
{
    m_context.cashierId = id;
    m_checkout->setCashierId(id);
    refreshTillStatus();
}

void CashierWindow::onSignIn()
{
    auto *dialog = new AmountDialog(
        tr("Cashier sign-in"), tr("Your cashier id (it is shown on receipts and invoices):"),
        QString(),
        [](const QString &text) {
            if (text.isEmpty() || text.size() > 20)
                return tr("Type your cashier id (1 to 20 characters).");
            return QString();
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setCashierId(dialog->value());
        showMessage(tr("Signed in: cashier %1.").arg(dialog->value()));
    });
    openDialog(dialog);
}

} // namespace kassa::ui
