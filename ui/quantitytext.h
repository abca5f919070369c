#pragma once

#include "core/checkout/cashdoubt.h"
#include "core/sale/cart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace kassa::ui {

// The cashier's words for what may be typed in the quantity, weight and cash
// prompts: the bounds the cart keeps (said in the prompt itself) and why a
// typed value is refused or asked about.
class QuantityText
{
    Q_DECLARE_TR_FUNCTIONS(kassa::ui::QuantityText)

public:
    // "(1 to 9,999)" or "(at most 1,000 kg)", in the locale.
    static QString bound(bool soldByWeight, const QLocale &locale);
    // Why `text` cannot be the quantity of `product`; empty when it can.
    static QString refusal(const QString &text, const catalog::Product &product,
                           const QLocale &locale);
    // "Did you mean 45.90? …" for cash that looks mistyped; empty when it does not.
    static QString cashQuestion(const std::optional<CashDoubt> &doubt, const QLocale &locale);
};

} // namespace kassa::ui
