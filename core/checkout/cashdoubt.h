#pragma once

#include "core/money/money.h"

#include <optional>

namespace kassa {

// A cash amount typed at the till that is more likely a slip of the finger
// than what the customer handed over: more than `timesDue` times what is to
// pay, or more than the till's maximum (when one is set). Typing "4590" for
// 45.90 (the decimal separator forgotten) is the usual slip, so what was
// probably meant is the amount a hundredth as large (for SEK; in general
// shifted by the currency's decimals) when that still pays what is due, and
// otherwise what is due. Empty when the amount looks right.
struct CashDoubt
{
    static constexpr qint64 timesDue = 100;

    Money typed;
    Money probablyMeant;
    bool overMaximum = false; // else: over timesDue × what is to pay
};

std::optional<CashDoubt> doubtCash(const Money &typed, const Money &due,
                                   const std::optional<Money> &maximum);

} // namespace kassa
