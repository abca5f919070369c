#include "ui/cashierwindow.h"

#include "core/common/errortext.h"
#include "ui/amountdialog.h"
#include "ui/balancetext.h"
#include "ui/carttableview.h"
#include "ui/orderqueuewidget.h"
#include "ui/paymentdialog.h"
#include "ui/productsearchdialog.h"
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

namespace {

bool looksLikeBarcode(const QString &text)
{
    if (text.size() < 6 || text.size() > 14)
        return false;
    for (QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// "10%" is a share of `of`; anything else an amount.
Result<Money> parseDiscount(const QString &text, const Money &of, const QLocale &locale)
{
    if (text.endsWith(QLatin1Char('%'))) {
        auto percent = parseQuantity(QStringView(text).chopped(1), locale);
        if (!percent || percent->isNegative() || Decimal::fromInteger(100) < *percent ||
            percent->scale() > 2)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("percent"));
        return of.timesQuantity(Decimal::fromParts(percent->mantissa(), percent->scale() + 2));
    }
    return Money::parseLocalized(text, of.currency(), locale);
}

} // namespace

CashierWindow::CashierWindow(CashierContext context, Cart *cart, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_cart(cart)
    , m_checkout(
          new Checkout(CheckoutContext{m_context.client, m_context.journal, m_context.till.shopName,
                                       m_context.cashierId, m_context.timing},
                       cart, this))
    , m_scanner(new ScannerInput(this))
    , m_barcode(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_table(new CartTableView(this))
    , m_total(new QLabel(this))
    , m_vat(new QLabel(this))
    , m_cashLine(new QLabel(this))
    , m_change(new QLabel(this))
    , m_tillStatus(new QLabel(this))
    , m_note(new QLabel(this))
{
    Q_ASSERT(m_context.catalog && m_context.journal && m_context.client);
    setWindowTitle(tr("Kassa — %1").arg(m_context.till.shopName));
    resize(1100, 720);
    auto *central = new QWidget(this);
    auto *layout = new QGridLayout(central);

    QFont big = m_barcode->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_barcode->setFont(big);
    m_barcode->setPlaceholderText(tr("Scan a barcode, or type a name and press Enter"));
    m_barcode->setMinimumHeight(52);
    m_barcode->installEventFilter(this);
    connect(m_barcode, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_barcode->text().trimmed();
        m_barcode->clear();
        scan(text);
    });
    layout->addWidget(m_barcode, 0, 0, 1, 2);

    m_message->setWordWrap(true);
    m_message->setMinimumHeight(32);
    layout->addWidget(m_message, 1, 0, 1, 2);

    m_table->setModel(m_cart);
    // The barcode field keeps the focus: rows are picked with the mouse or
    // with Up/Down in the barcode field.
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(40);
    QFont rowFont = m_table->font();
    rowFont.setPointSizeF(rowFont.pointSizeF() * 1.25);
    m_table->setFont(rowFont);
    layout->addWidget(m_table, 2, 0);

    auto *totals = new QVBoxLayout;
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 2.4);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setAlignment(Qt::AlignRight);
    totals->addWidget(m_total);
    m_vat->setAlignment(Qt::AlignRight);
    totals->addWidget(m_vat);
    m_cashLine->setAlignment(Qt::AlignRight);
    QFont cashFont = m_cashLine->font();
    cashFont.setPointSizeF(cashFont.pointSizeF() * 1.3);
    m_cashLine->setFont(cashFont);
    totals->addWidget(m_cashLine);
    QFont changeFont = totalFont;
    m_change->setFont(changeFont);
    m_change->setAlignment(Qt::AlignRight);
    m_change->setWordWrap(true);
    m_change->setStyleSheet(QStringLiteral("color: #0a5d2b"));
    totals->addWidget(m_change);
    totals->addStretch();
    layout->addLayout(totals, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 1);

    auto *buttons = new QGridLayout;
    addAction(QStringLiteral("help"), tr("Help"), Qt::Key_F1, &CashierWindow::onHelp);
    addAction(QStringLiteral("quantity"), tr("Quantity"), Qt::Key_F2, &CashierWindow::onQuantity);
    addAction(QStringLiteral("search"), tr("Search"), Qt::Key_F3, &CashierWindow::onSearch);
    addAction(QStringLiteral("voidRow"), tr("Void row"), Qt::Key_F4, &CashierWindow::onVoidRow);
    addAction(QStringLiteral("rowDiscount"), tr("Row discount"), Qt::Key_F5,
              &CashierWindow::onRowDiscount);
    addAction(QStringLiteral("receiptDiscount"), tr("Receipt discount"), Qt::Key_F6,
              &CashierWindow::onReceiptDiscount);
    addAction(QStringLiteral("voidSale"), tr("Void sale"), Qt::Key_F7, &CashierWindow::onVoidSale);
    addAction(QStringLiteral("cash"), tr("Cash"), Qt::Key_F8, &CashierWindow::onCash);
    addAction(QStringLiteral("reprint"), tr("Reprint receipt"), Qt::Key_F9,
              &CashierWindow::onReprint);
    addAction(QStringLiteral("manager"), tr("Manager"), Qt::Key_F10, &CashierWindow::onManager);
    addAction(QStringLiteral("signIn"), tr("Cashier sign-in"), Qt::Key_F11,
              &CashierWindow::onSignIn);
    addAction(QStringLiteral("payWithSeqr"), tr("Pay with SEQR"), Qt::Key_F12,
              &CashierWindow::onPayWithSeqr);
    int i = 0;
    for (QAction *action : std::as_const(m_actions)) {
        auto *button = new QPushButton(action->shortcut().toString(QKeySequence::NativeText) +
                                           QLatin1Char('\n') + action->text(),
                                       central);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(96, 64);
        if (action->objectName() == QLatin1String("payWithSeqr")) {
            button->setStyleSheet(QStringLiteral(
                "QPushButton { background: #0a7d3b; color: white; font-weight: bold; }"));
        }
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button, i / 6, i % 6);
        ++i;
    }
    layout->addLayout(buttons, 3, 0, 1, 2);
    setCentralWidget(central);

    statusBar()->addWidget(m_tillStatus, 1);
    statusBar()->addPermanentWidget(m_note);
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_note->setOpenExternalLinks(true);
    refreshTillStatus();

    m_checkout->setRegistered(m_context.till.isRegistered());
    connect(m_checkout, &Checkout::paymentStarted, this, &CashierWindow::handlePaymentStarted);
    connect(m_checkout, &Checkout::paymentFinished, this, &CashierWindow::handlePaymentFinished);
    connect(m_checkout, &Checkout::saleCompleted, this, &CashierWindow::handleSaleCompleted);
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

QAction *CashierWindow::addAction(const QString &name, const QString &text, const QKeySequence &key,
                                  void (CashierWindow::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_actions.append(action);
    return action;
}

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
    m_checkout->setRegistered(till.isRegistered());
    setWindowTitle(tr("Kassa — %1").arg(till.shopName));
    refreshTillStatus();
}

void CashierWindow::setSeqrBlocked(const QString &reason)
{
    m_checkout->setBlocked(reason);
}

void CashierWindow::setOrderQueue(shop::OrderQueue *queue)
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

QString CashierWindow::message() const
{
    return m_message->text();
}

QString CashierWindow::totalText() const
{
    return m_total->text();
}

QString CashierWindow::vatText() const
{
    return m_vat->text();
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
    const Money total = m_cart->total();
    m_total->setText(BalanceText::total(total, l));
    QStringList vat;
    for (const VatLine &line : m_cart->vat()) {
        vat.append(tr("VAT %1 %: %2")
                       .arg(quantityText(line.ratePercent, false, l)
                                .replace(QLatin1Char('.'), l.decimalPoint()),
                            line.vat.toLocalizedString(l)));
    }
    m_vat->setText(vat.join(QLatin1Char('\n')));
    // The same figures as the customer display and the receipt; after a sale
    // its change stays, big, until the next sale starts.
    const auto completed = m_cart->completed();
    const SaleBalance balance = completed ? *completed : m_cart->balance();
    QStringList lines;
    for (const BalanceLine &line : BalanceText::lines(balance, l))
        lines.append(tr("%1: %2").arg(line.label, line.amount));
    m_cashLine->setText(lines.join(QLatin1Char('\n')));
    m_change->setText(BalanceText::change(balance, l));
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
    if (text.isEmpty())
        return;
    if (!looksLikeBarcode(text)) {
        auto *dialog = new ProductSearchDialog(m_context.catalog, text, m_context.locale, this);
        connect(dialog, &ProductSearchDialog::productChosen, this, &CashierWindow::addProduct);
        openDialog(dialog);
        return;
    }
    const auto product = m_context.catalog->findByEan(text);
    if (!product) {
        showMessage(tr("No product has the barcode %1. Scan again or search with F3.").arg(text),
                    true);
        return;
    }
    addProduct(*product);
}

void CashierWindow::addProduct(const catalog::Product &product)
{
    if (m_checkout->isPaying()) {
        showMessage(tr("A payment is in progress; finish it first."), true);
        return;
    }
    if (!product.soldByWeight) {
        if (auto added = m_cart->addProduct(product); !added)
            showMessage(describe(added.error(), true), true);
        else
            showMessage(tr("%1  %2").arg(product.name,
                                         product.unitPrice.toLocalizedString(m_context.locale)));
        return;
    }
    const QLocale locale = m_context.locale;
    auto *dialog = new AmountDialog(
        tr("Weight"),
        tr("Weight of %1 in kg (price %2 per kg):")
            .arg(product.name, product.unitPrice.toLocalizedString(locale)),
        QString(),
        [locale](const QString &text) {
            auto w = parseQuantity(text, locale);
            if (!w || w->isNegative() || w->isZero())
                return tr("Type the weight in kg, for example %1.")
                    .arg(quantityText(Decimal::fromParts(250, 3), true, locale));
            if (w->scale() > 3)
                return tr("A weight has at most 3 decimals (grams).");
            return QString();
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, product] {
        auto weight = parseQuantity(dialog->value(), m_context.locale);
        if (!weight)
            return;
        if (auto added = m_cart->addProduct(product, *weight); !added)
            showMessage(describe(added.error(), true), true);
        else
            showMessage(tr("%1  %2 kg").arg(product.name, dialog->value()));
    });
    openDialog(dialog);
}

void CashierWindow::onHelp()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QGridLayout(dialog);
    int row = 0;
    for (QAction *a : std::as_const(m_actions)) {
        layout->addWidget(new QLabel(a->shortcut().toString(QKeySequence::NativeText), dialog), row,
                          0);
        layout->addWidget(new QLabel(a->text(), dialog), row, 1);
        ++row;
    }
    layout->addWidget(new QLabel(tr("Up/Down"), dialog), row, 0);
    layout->addWidget(new QLabel(tr("Pick a row in the cart"), dialog), row++, 1);
    layout->addWidget(new QLabel(tr("Enter"), dialog), row, 0);
    layout->addWidget(new QLabel(tr("Add the scanned or typed barcode; text searches"), dialog),
                      row++, 1);
    auto *close = new QPushButton(tr("Close"), dialog);
    connect(close, &QPushButton::clicked, dialog, &QDialog::accept);
    layout->addWidget(close, row, 0, 1, 2);
    openDialog(dialog);
}

void CashierWindow::onQuantity()
{
    const int row = currentRow();
    if (row < 0) {
        showMessage(tr("The cart is empty."), true);
        return;
    }
    const Cart::Line line = m_cart->lines().at(row);
    const QLocale locale = m_context.locale;
    auto *dialog = new AmountDialog(
        tr("Quantity"),
        line.product.soldByWeight ? tr("Weight of %1 in kg:").arg(line.product.name)
                                  : tr("How many %1?").arg(line.product.name),
        quantityText(line.quantity, line.product.soldByWeight, locale),
        [locale, line](const QString &text) {
            auto q = parseQuantity(text, locale);
            if (!q || q->isNegative() || q->isZero())
                return tr("The quantity must be a number more than zero.");
            if (!line.product.soldByWeight && q->scale() > 0)
                return tr("%1 is sold by the piece: whole numbers only.").arg(line.product.name);
            return QString();
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        auto q = parseQuantity(dialog->value(), m_context.locale);
        if (!q)
            return;
        if (auto set = m_cart->setQuantity(row, *q); !set)
            showMessage(describe(set.error(), true), true);
    });
    openDialog(dialog);
}

void CashierWindow::onSearch()
{
    auto *dialog = new ProductSearchDialog(m_context.catalog, QString(), m_context.locale, this);
    connect(dialog, &ProductSearchDialog::productChosen, this, &CashierWindow::addProduct);
    openDialog(dialog);
}

void CashierWindow::onVoidRow()
{
    const int row = currentRow();
    if (row < 0) {
        showMessage(tr("The cart is empty."), true);
        return;
    }
    const QString name = m_cart->lines().at(row).product.name;
    m_cart->voidRow(row);
    const SaleBalance balance = m_cart->balance();
    if (balance.isCoveredByCash() && !m_cart->isEmpty())
        showMessage(tr("Voided: %1. The cash received covers the rest: press F8 to finish and "
                       "give back %2.")
                        .arg(name, balance.change().toLocalizedString(m_context.locale)));
    else
        showMessage(tr("Voided: %1").arg(name));
}

void CashierWindow::askDiscount(const QString &title, const QString &prompt, const Money &of,
                                const QString &tooMuch,
                                const std::function<Status(const Money &)> &apply)
{
    const QLocale locale = m_context.locale;
    auto *dialog = new AmountDialog(
        title, prompt, QString(),
        [locale, of, tooMuch](const QString &text) {
            auto d = parseDiscount(text, of, locale);
            if (!d || d->isNegative())
                return tr("Type an amount like %1 or a percentage like 10%.")
                    .arg(Money(1000, of.currency()).toLocalizedString(locale));
            if (of.minorUnits() < d->minorUnits())
                return tooMuch;
            return QString();
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, of, apply] {
        auto d = parseDiscount(dialog->value(), of, m_context.locale);
        if (!d)
            return;
        if (auto set = apply(*d); !set)
            showMessage(describe(set.error(), true), true);
    });
    openDialog(dialog);
}

void CashierWindow::onRowDiscount()
{
    const int row = currentRow();
    if (row < 0) {
        showMessage(tr("The cart is empty."), true);
        return;
    }
    const Cart::Line line = m_cart->lines().at(row);
    const QString gross = line.gross().toLocalizedString(m_context.locale);
    askDiscount(
        tr("Row discount"),
        tr("Discount on %1 (%2), as an amount or a percentage like 10%:")
            .arg(line.product.name, gross),
        line.gross(), tr("The discount cannot be more than the row (%1).").arg(gross),
        [this, row](const Money &discount) { return m_cart->setRowDiscount(row, discount); });
}

void CashierWindow::onReceiptDiscount()
{
    if (m_cart->isEmpty()) {
        showMessage(tr("The cart is empty."), true);
        return;
    }
    const Money before(m_cart->total().minorUnits() + m_cart->receiptDiscount().minorUnits(),
                       m_cart->currency());
    const QString amount = before.toLocalizedString(m_context.locale);
    askDiscount(tr("Receipt discount"),
                tr("Discount on the whole receipt (%1), as an amount or a percentage like 10%:")
                    .arg(amount),
                before, tr("The discount cannot be more than the receipt (%1).").arg(amount),
                [this](const Money &discount) { return m_cart->setReceiptDiscount(discount); });
}

void CashierWindow::onVoidSale()
{
    if (m_checkout->isPaying()) {
        showMessage(tr("A payment is in progress; finish it first."), true);
        return;
    }
    if (m_cart->isEmpty() && !m_cart->cashReceived().isPositive())
        return;
    auto voidSale = [this] {
        const auto voided = m_checkout->voidSale();
        if (!voided)
            return; // a payment started meanwhile
        const Money cash = *voided;
        showMessage(cash.isPositive() ? tr("Sale voided. Give back the cash received: %1.")
                                            .arg(cash.toLocalizedString(m_context.locale))
                                      : tr("Sale voided."),
                    cash.isPositive());
    };
    if (m_cart->isEmpty()) {
        voidSale();
        return;
    }
    // A whole cart is a lot to lose to a slip of the finger: ask first.
    auto *ask =
        new QMessageBox(QMessageBox::Question, tr("Void sale"),
                        tr("Void the whole sale (%n row(s), %1)?", nullptr, m_cart->rowCount())
                            .arg(BalanceText::total(m_cart->total(), m_context.locale)),
                        QMessageBox::NoButton, this);
    QPushButton *yes = ask->addButton(tr("Void the sale"), QMessageBox::DestructiveRole);
    QPushButton *no = ask->addButton(tr("Keep the sale"), QMessageBox::RejectRole);
    ask->setDefaultButton(no);
    ask->setEscapeButton(no);
    ask->setObjectName(QStringLiteral("voidSaleQuestion"));
    connect(ask, &QMessageBox::finished, this, [ask, yes, voidSale] {
        if (ask->clickedButton() == yes)
            voidSale();
    });
    openDialog(ask);
}

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
    const QLocale locale = m_context.locale;
    const Money due = toPay();
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
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto received =
            Money::parseLocalized(dialog->value(), m_cart->currency(), m_context.locale);
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
    });
    openDialog(dialog);
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
    openDialog(dialog);
    showMessage(tr("SEQR payment of %1 started.").arg(toPay().toLocalizedString(m_context.locale)));
    Q_EMIT paymentStarted(session);
}

void CashierWindow::handlePaymentFinished()
{
    PaymentSession *session = m_checkout->session();
    if (!session)
        return;
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
    const auto sale = m_context.journal->sale(saleId);
    if (!sale || !sale->receiptNumber) {
        showMessage(tr("The sale is recorded, but its receipt could not be read back."), true);
        return;
    }
    keepReceipt(*sale);
    Q_EMIT saleCompleted(*sale->receiptNumber);
}

void CashierWindow::keepReceipt(const journal::Sale &sale)
{
    if (!sale.receiptNumber)
        return;
    const ReceiptPrinter receipt(sale, ReceiptSettings::forTill(m_context.till, m_context.locale));
    const QString path = QDir(m_context.receiptFolder)
                             .filePath(QStringLiteral("receipt-%1.pdf").arg(*sale.receiptNumber));
    if (auto written = receipt.writePdf(path); written)
        m_lastReceiptPdf = path;
    else
        showMessage(
            tr("The receipt could not be saved as a PDF: %1").arg(describe(written.error(), false)),
            true);
    if (!m_context.printerName.isEmpty()) {
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
                                        path);
}

void CashierWindow::onReprint()
{
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
            const auto sale = journal->saleByReceiptNumber(n);
            if (!sale && sale.error().code != ErrorCode::NotFound)
                return tr("The journal could not be read: %1").arg(describe(sale.error(), false));
            if (!sale)
                return tr("There is no receipt with that number.");
            return QString();
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto sale = m_context.journal->saleByReceiptNumber(dialog->value().toLongLong());
        if (!sale)
            return;
        ReceiptPrinter(*sale, ReceiptSettings::forTill(m_context.till, m_context.locale), true)
            .preview(this, m_context.printerName);
    });
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

void CashierWindow::closeEvent(QCloseEvent *event)
{
    if (m_checkout->isPaying()) {
        showMessage(tr("A SEQR payment is in progress: finish or cancel it before closing."), true);
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace kassa::ui
