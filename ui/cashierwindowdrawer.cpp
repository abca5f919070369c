// The cashier's window and the cash drawer: the cash float (asked at the
// day's first sale, changed with Ctrl+F7 and a reason) and No sale
// (Ctrl+F8, with an optional reason). Core's CashDrawer journals each before
// the drawer opens; the window only asks and says what happened.
#include "ui/cashierwindow.h"

#include "core/drawer/cashdrawer.h"
#include "core/terminal/errortext.h"
#include "ui/amountdialog.h"

namespace kassa::ui {

bool CashierWindow::askFloatFirst(const std::function<void()> &then)
{
    if (!m_context.askFloat || !m_context.drawer || m_floatAsked)
        return false;
    const auto needed = m_context.drawer->needsFloat();
    if (!needed || !*needed)
        return false;
    m_floatAsked = true;
    askFloat(tr("start of the day"), then);
    return true;
}

void CashierWindow::askFloat(const QString &reason, const std::function<void()> &then)
{
    const QLocale locale = m_context.locale;
    const Currency currency = m_cart->currency();
    auto *dialog = new AmountDialog(
        tr("Cash float"),
        tr("The cash float in the drawer (växelkassa), for example %1:")
            .arg(Money(100000, currency).toLocalizedString(locale)),
        QString(),
        [locale, currency](const QString &text) {
            auto m = Money::parseLocalized(text, currency, locale);
            if (!m || m->isNegative())
                return tr("Type the float in the drawer, for example %1.")
                    .arg(Money(100000, currency).toLocalizedString(locale));
            return QString();
        },
        this);
    dialog->setObjectName(QStringLiteral("cashFloatDialog"));
    connect(dialog, &QDialog::finished, this,
            [this, dialog, reason, then, locale, currency](int result) {
                if (result == QDialog::Accepted) {
                    const auto amount = Money::parseLocalized(dialog->value(), currency, locale);
                    const auto set = m_context.drawer->setFloat(*amount, reason);
                    if (!set)
                        showMessage(
                            tr("The float was not recorded: %1").arg(describe(set.error(), true)),
                            true);
                    else
                        showMessage(tr("Cash float %1 (change %2).")
                                        .arg(amount->toLocalizedString(locale),
                                             set->change.toLocalizedString(locale)));
                }
                if (then)
                    then();
            });
    openDialog(dialog);
}

void CashierWindow::onCashFloat()
{
    if (!m_context.drawer) {
        showMessage(tr("This till has no cash drawer."), true);
        return;
    }
    // A change to the float says why (to the bank, more coins).
    auto *why = new AmountDialog(
        tr("Cash float"), tr("Why does the float change?"), QString(),
        [](const QString &text) {
            return text.trimmed().isEmpty() ? tr("Say why, for example: to the bank.") : QString();
        },
        this);
    why->setObjectName(QStringLiteral("floatReasonDialog"));
    connect(why, &QDialog::accepted, this, [this, why] {
        const QString reason = why->value().trimmed();
        QMetaObject::invokeMethod(
            this, [this, reason] { askFloat(reason, {}); }, Qt::QueuedConnection);
    });
    openDialog(why);
}

void CashierWindow::onNoSale()
{
    if (!m_context.drawer) {
        showMessage(tr("This till has no cash drawer."), true);
        return;
    }
    if (m_checkout->isPaying()) {
        showMessage(tr("A payment is in progress; finish it first."), true);
        return;
    }
    auto *why = new AmountDialog(
        tr("No sale"), tr("Why open the drawer? (optional)"), QString(),
        [](const QString &) { return QString(); }, this);
    why->setObjectName(QStringLiteral("noSaleDialog"));
    connect(why, &QDialog::accepted, this, [this, why] {
        const auto opened =
            m_context.drawer->open(journal::DrawerCause::NoSale, why->value().trimmed());
        if (!opened)
            showMessage(tr("The drawer stays shut: %1").arg(describe(opened.error(), true)), true);
        else
            showMessage(tr("No sale: the drawer is opened."));
    });
    openDialog(why);
}

} // namespace kassa::ui
