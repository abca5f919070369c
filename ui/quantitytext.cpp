#include "ui/quantitytext.h"

namespace kassa::ui {

QString QuantityText::bound(bool soldByWeight, const QLocale &locale)
{
    return soldByWeight ? tr("(at most %1 kg)").arg(locale.toString(Cart::maxWeightKg))
                        : tr("(1 to %1)").arg(locale.toString(Cart::maxPieces));
}

QString QuantityText::refusal(const QString &text, const catalog::Product &product,
                              const QLocale &locale)
{
    const bool byWeight = product.soldByWeight;
    const auto quantity = parseQuantity(text, locale);
    const Cart::QuantityProblem problem =
        quantity ? Cart::quantityProblem(byWeight, *quantity) : Cart::QuantityProblem::NotPositive;
    switch (problem) {
    case Cart::QuantityProblem::None:
        return {};
    case Cart::QuantityProblem::NotPositive:
        if (byWeight)
            return tr("Type the weight in kg, for example %1.")
                .arg(quantityText(Decimal::fromParts(250, 3), true, locale));
        return tr("Type how many, a whole number from 1 to %1.")
            .arg(locale.toString(Cart::maxPieces));
    case Cart::QuantityProblem::TooManyDecimals:
        return tr("A weight has at most 3 decimals (grams).");
    case Cart::QuantityProblem::NotWhole:
        return tr("%1 is sold by the piece: whole numbers only.").arg(product.name);
    case Cart::QuantityProblem::TooManyPieces:
        return tr("At most %1 pieces in one row.").arg(locale.toString(Cart::maxPieces));
    case Cart::QuantityProblem::TooHeavy:
        return tr("A weight is at most %1 kg.").arg(locale.toString(Cart::maxWeightKg));
    }
    return {};
}

QString QuantityText::cashQuestion(const std::optional<CashDoubt> &doubt, const QLocale &locale)
{
    if (!doubt)
        return {};
    const QString typed = doubt->typed.toLocalizedString(locale);
    const QString why =
        doubt->overMaximum
            ? tr("%1 is more cash than this till takes for one sale.").arg(typed)
            : tr("%1 is more than %2 times what is to pay.").arg(typed).arg(CashDoubt::timesDue);
    return tr("Did you mean %1? %2 Press OK again to take %3.")
        .arg(doubt->probablyMeant.toLocalizedString(locale), why, typed);
}

} // namespace kassa::ui
