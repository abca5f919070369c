// The cashier's window as it is laid out: the barcode field, the message line
// and the cart on the left, the totals on the right, a key for every action
// below, and the training band above all.
#include "ui/cashierwindow.h"

#include "ui/carttableview.h"
#include "ui/plainlabel.h"
#include "ui/widgetfont.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

void CashierWindow::layOutCart(QGridLayout *layout)
{
    enlargeFont(m_barcode, 1.8);
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
    enlargeFont(m_table, 1.25);
    layout->addWidget(m_table, 2, 0);
}

void CashierWindow::layOutTotals(QGridLayout *layout)
{
    auto *totals = new QVBoxLayout;
    enlargeFont(m_total, 2.4, true);
    m_total->setAlignment(Qt::AlignRight);
    totals->addWidget(m_total);
    m_vat->setAlignment(Qt::AlignRight);
    totals->addWidget(m_vat);
    m_cashLine->setAlignment(Qt::AlignRight);
    enlargeFont(m_cashLine, 1.3);
    totals->addWidget(m_cashLine);
    m_change->setFont(m_total->font());
    m_change->setAlignment(Qt::AlignRight);
    m_change->setWordWrap(true);
    m_change->setStyleSheet(QStringLiteral("color: #0a5d2b"));
    totals->addWidget(m_change);
    totals->addStretch();
    layout->addLayout(totals, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 1);
}

QGridLayout *CashierWindow::keyButtons(QWidget *central)
{
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
    addAction(QStringLiteral("cashFloat"), tr("Cash float"), Qt::CTRL | Qt::Key_F7,
              &CashierWindow::onCashFloat);
    addAction(QStringLiteral("noSale"), tr("No sale"), Qt::CTRL | Qt::Key_F8,
              &CashierWindow::onNoSale);
    addAction(QStringLiteral("proForma"), tr("Pro forma"), Qt::CTRL | Qt::Key_F9,
              &CashierWindow::onProForma);
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
    return buttons;
}

QWidget *CashierWindow::withTrainingBanner(QWidget *central)
{
    // Training mode is unmistakable: a red band across the window's top.
    auto *wrapper = new QWidget(this);
    auto *stack = new QVBoxLayout(wrapper);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(0);
    m_trainingBanner = new PlainLabel(wrapper);
    m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainingBanner->setAlignment(Qt::AlignCenter);
    m_trainingBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #b00020; color: white; font-weight: bold; font-size: 20pt;"
        " padding: 8px; }"));
    m_trainingBanner->hide();
    stack->addWidget(m_trainingBanner);
    stack->addWidget(central, 1);
    return wrapper;
}

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

} // namespace kassa::ui
