#include "ui/customerdisplaywindow.h"

#include "core/loyalty/loyaltyrules.h"
#include "ui/balancetext.h"
#include "ui/carttableview.h"
#include "ui/plainlabel.h"
#include "ui/qrcodewidget.h"
#include "ui/widgetfont.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWindow>

namespace kassa::ui {

namespace {

QLabel *bigLabel(QWidget *parent, qreal scale, bool bold = true)
{
    auto *label = new PlainLabel(parent);
    enlargeFont(label, scale, bold);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

CustomerDisplayWindow::CustomerDisplayWindow(const Cart *cart, QString shopName,
                                             const QLocale &locale, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_cart(cart)
    , m_shopName(std::move(shopName))
    , m_locale(locale)
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("%1 — customer display").arg(m_shopName));
    setObjectName(QStringLiteral("customerDisplay"));
    setStyleSheet(QStringLiteral("#customerDisplay { background: white; }"));
    // A passive view: showing it (or moving it to another screen) must never
    // take the keyboard from the cashier's window, with or without a window
    // manager.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setFocusPolicy(Qt::NoFocus);
    // Closing the cashier's window quits Kassa; this one never keeps it up.
    setAttribute(Qt::WA_QuitOnClose, false);
    resize(800, 480);
    auto *outer = new QVBoxLayout(this);
    auto *shop = bigLabel(this, 1.6);
    shop->setText(m_shopName);
    outer->addWidget(shop);
    outer->addWidget(m_stack, 1);

    m_stack->addWidget(idlePage());
    m_stack->addWidget(salePage());
    m_stack->addWidget(outcomePage());
    follow();
    refresh();
}

// Between customers.
QWidget *CustomerDisplayWindow::idlePage()
{
    auto *idle = new QWidget(m_stack);
    auto *idleLayout = new QVBoxLayout(idle);
    m_idleTitle = bigLabel(idle, 2.6);
    m_idleTitle->setText(tr("Welcome!"));
    idleLayout->addStretch();
    idleLayout->addWidget(m_idleTitle);
    auto *idleHint = bigLabel(idle, 1.4, false);
    idleHint->setText(tr("We take SEQR: pay with your phone."));
    idleLayout->addWidget(idleHint);
    idleLayout->addStretch();
    return idle;
}

// The sale: rows and total on the left, the payment on the right.
QWidget *CustomerDisplayWindow::salePage()
{
    auto *sale = new QWidget(m_stack);
    auto *saleLayout = new QHBoxLayout(sale);
    auto *left = new QVBoxLayout;
    m_rows = new CartTableView(sale);
    m_rows->setModel(const_cast<Cart *>(m_cart));
    m_rows->setFocusPolicy(Qt::NoFocus);
    m_rows->setSelectionMode(QAbstractItemView::NoSelection);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    enlargeFont(m_rows, 1.3);
    left->addWidget(m_rows, 1);
    m_balance = bigLabel(sale, 1.4, false);
    m_balance->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    left->addWidget(m_balance);
    m_total = bigLabel(sale, 2.2);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    left->addWidget(m_total);
    m_vat = bigLabel(sale, 1.0, false);
    m_vat->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    left->addWidget(m_vat);
    saleLayout->addLayout(left, 3);

    m_paymentPanel = new QWidget(sale);
    auto *pay = new QVBoxLayout(m_paymentPanel);
    m_qr = new QrCodeWidget(m_paymentPanel);
    m_qr->setMinimumSize(240, 240);
    pay->addWidget(m_qr, 1);
    m_payPrompt = bigLabel(m_paymentPanel, 1.3);
    pay->addWidget(m_payPrompt);
    m_payAmount = bigLabel(m_paymentPanel, 2.0);
    pay->addWidget(m_payAmount);
    saleLayout->addWidget(m_paymentPanel, 2);
    return sale;
}

// The outcome of a payment, for a few seconds.
QWidget *CustomerDisplayWindow::outcomePage()
{
    auto *outcome = new QWidget(m_stack);
    auto *outcomeLayout = new QVBoxLayout(outcome);
    m_outcomeLabel = bigLabel(outcome, 2.6);
    m_outcomeDetail = bigLabel(outcome, 2.2);
    outcomeLayout->addStretch();
    outcomeLayout->addWidget(m_outcomeLabel);
    outcomeLayout->addWidget(m_outcomeDetail);
    outcomeLayout->addStretch();
    return outcome;
}

// The cart, the outcome's timer and the screens, as they change.
void CustomerDisplayWindow::follow()
{
    m_outcomeTimer.setSingleShot(true);
    m_outcomeTimer.setInterval(5000);
    connect(&m_outcomeTimer, &QTimer::timeout, this, &CustomerDisplayWindow::refresh);
    connect(m_cart, &Cart::totalsChanged, this, &CustomerDisplayWindow::refresh);
    connect(m_cart, &Cart::saleCompleted, this, [this] {
        // A cash sale ends without a payment session: thank, show the change.
        if (!m_session || m_session->state() != PaymentSession::State::Paid)
            m_outcome = tr("Thank you!");
        m_outcomeTimer.start();
        refresh();
    });
    connect(m_cart, &Cart::lineTouched, this, [this](int row) {
        // A new customer's first item ends the previous outcome at once.
        m_outcomeTimer.stop();
        m_rows->scrollTo(m_cart->index(row, 0));
        refresh();
    });
    connect(qApp, &QGuiApplication::screenAdded, this, &CustomerDisplayWindow::place);
    connect(qApp, &QGuiApplication::screenRemoved, this, [this] {
        QMetaObject::invokeMethod(this, &CustomerDisplayWindow::place, Qt::QueuedConnection);
    });
}

void CustomerDisplayWindow::showPayment(PaymentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_outcomeTimer.stop();
    connect(session, &PaymentSession::stateChanged, this,
            &CustomerDisplayWindow::handleSessionState);
    connect(session, &QObject::destroyed, this, &CustomerDisplayWindow::refresh,
            Qt::QueuedConnection);
    // The buyer's card or coupon from the app: the discount and the new amount at once.
    connect(session, &PaymentSession::amountChanged, this, &CustomerDisplayWindow::refresh);
    refresh();
}

void CustomerDisplayWindow::handleSessionState()
{
    if (!m_session || !m_session->isFinished()) {
        refresh();
        return;
    }
    switch (m_session->state()) {
    case PaymentSession::State::Paid:
        m_outcome = tr("Paid — thank you!");
        break;
    case PaymentSession::State::Canceled:
        m_outcome = tr("Payment canceled");
        break;
    case PaymentSession::State::Failed: // SEQR's FAILED: the one word is "declined"
        m_outcome = tr("Payment declined");
        break;
    default:
        m_outcome.clear();
        break;
    }
    if (!m_outcome.isEmpty())
        m_outcomeTimer.start();
    refresh();
}

void CustomerDisplayWindow::refresh()
{
    const bool paying = m_session && !m_session->isFinished();
    // The change to give back stays until the next sale starts.
    const auto completed = m_cart->completed();
    const QString change = completed ? BalanceText::change(*completed, m_locale) : QString();
    if (paying)
        m_page = Page::Payment;
    else if (m_outcomeTimer.isActive() || !change.isEmpty())
        m_page = Page::Outcome;
    else if (!m_cart->isEmpty())
        m_page = Page::Cart;
    else
        m_page = Page::Idle;

    showBalance(paying);
    switch (m_page) {
    case Page::Idle:
        m_stack->setCurrentIndex(0);
        break;
    case Page::Cart:
        m_paymentPanel->hide();
        m_stack->setCurrentIndex(1);
        break;
    case Page::Payment: {
        const QString qr = m_session->qrCode();
        m_qr->setText(qr);
        m_qr->setVisible(!qr.isEmpty());
        m_payPrompt->setText(qr.isEmpty() ? tr("One moment…")
                                          : tr("Pay with SEQR — scan, then confirm with your PIN"));
        const Money amount = m_session->amount();
        m_payAmount->setText(amount.isPositive() ? amount.toLocalizedString(m_locale) +
                                                       QLatin1Char(' ') + amount.currency().code()
                                                 : QString());
        m_paymentPanel->show();
        m_stack->setCurrentIndex(1);
        break;
    }
    case Page::Outcome:
        m_outcomeLabel->setText(m_outcome);
        m_outcomeDetail->setText(change);
        m_stack->setCurrentIndex(2);
        break;
    }
}

// The cart's balance lines and total; while paying, with what a card or
// coupon from the buyer's app gave (the till's own are in the cart's lines
// already): its line, and a total that shows it.
void CustomerDisplayWindow::showBalance(bool paying)
{
    QStringList lines;
    for (const BalanceLine &line : BalanceText::lines(m_cart->balance(), m_locale))
        lines.append(tr("%1: %2").arg(line.label, line.amount));
    qint64 fromApp = 0;
    if (paying) {
        for (const journal::LoyaltyDiscount &d : m_session->loyaltyDiscounts()) {
            if (!d.fromApp)
                continue;
            const BalanceLine line = BalanceText::loyalty(loyalty::lineOf(d), m_locale);
            lines.prepend(tr("%1: %2").arg(line.label, line.amount));
            fromApp += d.amount.minorUnits();
        }
    }
    m_total->setText(BalanceText::total(
        Money(m_cart->total().minorUnits() - fromApp, m_cart->currency()), m_locale));
    // The VAT of what is to be paid: while paying, the journaled sale's (the
    // app's discount in it), as the receipt will show it.
    const QList<VatLine> journaled = paying ? m_session->saleVat() : QList<VatLine>();
    m_vat->setText(BalanceText::vat(journaled.isEmpty() ? m_cart->vat() : journaled, m_locale)
                       .join(QLatin1Char('\n')));
    m_balance->setText(lines.join(QLatin1Char('\n')));
    m_balance->setVisible(!lines.isEmpty());
}

QString CustomerDisplayWindow::headline() const
{
    switch (m_page) {
    case Page::Idle:
        return m_idleTitle->text();
    case Page::Cart:
        return m_total->text();
    case Page::Payment:
        return m_payPrompt->text();
    case Page::Outcome:
        return m_outcomeLabel->text();
    }
    return {};
}

QString CustomerDisplayWindow::outcomeDetail() const
{
    return m_page == Page::Outcome ? m_outcomeDetail->text() : QString();
}

QString CustomerDisplayWindow::qrText() const
{
    return m_page == Page::Payment ? m_qr->text() : QString();
}

void CustomerDisplayWindow::setCashierScreen(QScreen *screen)
{
    m_cashierScreen = screen;
}

QScreen *CustomerDisplayWindow::customerScreen() const
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != m_cashierScreen)
            return screen;
    }
    return nullptr;
}

void CustomerDisplayWindow::setKeepClear(const QList<QWidget *> &widgets)
{
    m_keepClear.clear();
    for (QWidget *w : widgets)
        m_keepClear.append(w);
}

CustomerDisplayWindow::QrPlace CustomerDisplayWindow::qrPlace() const
{
    if (!isVisible() || isMinimized())
        return QrPlace::Nowhere;
    const bool ownScreen = isFullScreen() && screen() && screen() != m_cashierScreen;
    return ownScreen ? QrPlace::OwnScreen : QrPlace::SharedScreen;
}

void CustomerDisplayWindow::closeEvent(QCloseEvent *event)
{
    // The customer's side (a window manager's close, Alt+F4 on the display)
    // has no say: Kassa quits from the cashier's window, and then lets Qt
    // close this one.
    if (m_closable)
        QWidget::closeEvent(event);
    else
        event->ignore();
}

QRect CustomerDisplayWindow::sharedScreenGeometry(QScreen *screen) const
{
    const QRect available = screen->availableGeometry();
    QRect clear;
    for (const QPointer<QWidget> &w : m_keepClear) {
        if (w && w->isVisible())
            clear |= QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
    }
    // Below the cashier's barcode field and message line, in the screen's
    // lower right corner: the cashier's window keeps what it types into.
    const int top = clear.isNull() ? available.top() : clear.bottom() + 1;
    const int height = qMin(480, available.bottom() + 1 - top);
    const int width = qMin(800, available.width() / 2);
    return QRect(available.right() + 1 - width, available.bottom() + 1 - height, width, height);
}

QMargins CustomerDisplayWindow::frameMarginsHere()
{
    if (!windowHandle())
        create();
    return windowHandle()->frameMargins();
}

void CustomerDisplayWindow::place()
{
    QScreen *screen = QGuiApplication::screens().size() > 1 ? customerScreen() : nullptr;
    if (screen) {
        if (windowHandle() && windowHandle()->screen() != screen) {
            // Another X screen cannot be reached by a move; re-create there.
            hide();
            destroy();
        }
        if (!windowHandle())
            create();
        windowHandle()->setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
    } else {
        QScreen *shared =
            m_cashierScreen ? m_cashierScreen.data() : QGuiApplication::primaryScreen();
        if (shared)
            setGeometry(sharedScreenGeometry(shared).marginsRemoved(frameMarginsHere()));
        if (isFullScreen())
            showNormal();
        else
            show();
    }
}

} // namespace kassa::ui
