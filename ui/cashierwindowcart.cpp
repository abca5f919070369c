#include "ui/cashierwindow.h"

#include "core/terminal/errortext.h"
#include "ui/amountdialog.h"
#include "ui/balancetext.h"
#include "ui/carttableview.h"
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

namespace {

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

int CashierWindow::chosenRow()
{
    const int row = currentRow();
    if (row < 0)
        showMessage(tr("The cart is empty."), true);
    return row;
}

void CashierWindow::onQuantity()
{
    const int row = chosenRow();
    if (row < 0)
        return;
    const Cart::Line line = m_cart->lines().at(row);
    const QLocale locale = m_context.locale;
    askQuantity(tr("Quantity"),
                (line.product.soldByWeight ? tr("Weight of %1 in kg %2:") : tr("How many %1? %2"))
                    .arg(line.product.name, QuantityText::bound(line.product.soldByWeight, locale)),
                quantityText(line.quantity, line.product.soldByWeight, locale), line.product,
                [this, row](const Decimal &quantity, const QString &) {
                    return m_cart->setQuantity(row, quantity);
                });
}

void CashierWindow::askQuantity(
    const QString &title, const QString &prompt, const QString &typed,
    const catalog::Product &product,
    const std::function<Status(const Decimal &, const QString &)> &apply)
{
    const QLocale locale = m_context.locale;
    auto *dialog = new AmountDialog(
        title, prompt, typed,
        [locale, product](const QString &text) {
            return QuantityText::refusal(text, product, locale);
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, apply] {
        auto quantity = parseQuantity(dialog->value(), m_context.locale);
        if (!quantity)
            return;
        if (auto set = apply(*quantity, dialog->value()); !set)
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
    const int row = chosenRow();
    if (row < 0)
        return;
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
    const int row = chosenRow();
    if (row < 0)
        return;
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

} // namespace kassa::ui
