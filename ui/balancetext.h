#pragma once

#include "core/money/vat.h"
#include "core/sale/salebalance.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace kassa::ui {

// One figure below the rows: "Receipt discount" −10.00.
struct BalanceLine
{
    QString label;
    QString amount; // in the locale, without the currency
};

// The words for a sale's balance, the same on the cashier's window and the
// customer display (and in the receipt's order): the receipt discount, the
// discounts together, then the cash received and what is left to pay, or the
// change to give back.
class BalanceText
{
    Q_DECLARE_TR_FUNCTIONS(kassa::ui::BalanceText)

public:
    static QList<BalanceLine> lines(const SaleBalance &balance, const QLocale &locale);
    // A loyalty card's or coupon's line: "Kassa Club ****0042" −18.00, or
    // the points it earns ("123 points").
    static BalanceLine loyalty(const LoyaltyLine &line, const QLocale &locale);
    // "Total 118.70 SEK".
    static QString total(const Money &total, const QLocale &locale);
    // The VAT per rate, highest rate first: "VAT 25 %: 4.41".
    static QStringList vat(const QList<VatLine> &lines, const QLocale &locale);
    // "Change 14.20 SEK" (empty when there is none).
    static QString change(const SaleBalance &balance, const QLocale &locale);
};

} // namespace kassa::ui
