#include "ui/balancetext.h"

#include "core/sale/cart.h"

#include <climits>

namespace kassa::ui {

namespace {

QString minus(const Money &amount, const QLocale &locale)
{
    return Money(-amount.minorUnits(), amount.currency()).toLocalizedString(locale);
}

} // namespace

QList<BalanceLine> BalanceText::lines(const SaleBalance &b, const QLocale &locale)
{
    QList<BalanceLine> out;
    for (const LoyaltyLine &line : b.loyalty)
        out.append(loyalty(line, locale));
    if (b.receiptDiscount.isPositive())
        out.append({tr("Receipt discount"), minus(b.receiptDiscount, locale)});
    if (b.rowDiscounts.isPositive())
        out.append({tr("Discounts in all"), minus(b.discounts(), locale)});
    if (b.cash.isPositive()) {
        out.append({tr("Cash received"), b.cash.toLocalizedString(locale)});
        if (b.toPay().isPositive())
            out.append({tr("Left to pay"), b.toPay().toLocalizedString(locale)});
    }
    if (b.seqr.isPositive())
        out.append({tr("Paid with SEQR"), b.seqr.toLocalizedString(locale)});
    if (b.change().isPositive())
        out.append({tr("Change"), b.change().toLocalizedString(locale)});
    return out;
}

BalanceLine BalanceText::loyalty(const LoyaltyLine &line, const QLocale &locale)
{
    if (line.discount.isPositive())
        return {line.text, minus(line.discount, locale)};
    return {line.text, tr("%n point(s)", nullptr, int(qMin<qint64>(line.points, INT_MAX)))};
}

QString BalanceText::total(const Money &total, const QLocale &locale)
{
    return tr("Total %1 %2").arg(total.toLocalizedString(locale), total.currency().code());
}

QStringList BalanceText::vat(const QList<VatLine> &lines, const QLocale &locale)
{
    QStringList out;
    for (const VatLine &line : lines)
        out.append(tr("VAT %1 %: %2")
                       .arg(quantityText(line.ratePercent, false, locale)
                                .replace(QLatin1Char('.'), locale.decimalPoint()),
                            line.vat.toLocalizedString(locale)));
    return out;
}

QString BalanceText::change(const SaleBalance &b, const QLocale &locale)
{
    if (!b.change().isPositive())
        return {};
    return tr("Change %1 %2")
        .arg(b.change().toLocalizedString(locale), b.change().currency().code());
}

} // namespace kassa::ui
