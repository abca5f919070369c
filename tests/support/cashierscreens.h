#pragma once

#include "core/sale/cart.h"
#include "tests/support/cashierfixture.h"
#include "ui/cashierwindow.h"
#include "ui/customerdisplaywindow.h"

#include <memory>

// What a till shows, made for `context` as Kassa makes it: the cart, the
// cashier's window over it and the customer display beside it, wired
// (CashierFixture::makeWindow, displayFor) and not shown yet. Torn down
// display first, the cart last.
struct CashierScreens
{
    explicit CashierScreens(const kassa::ui::CashierContext &context)
        : cart(std::make_unique<kassa::Cart>(kassa::Currency::sek()))
        , window(CashierFixture::makeWindow(context, *cart))
        , display(CashierFixture::displayFor(*window, *cart, context))
    {}

    std::unique_ptr<kassa::Cart> cart;
    std::unique_ptr<kassa::ui::CashierWindow> window;
    std::unique_ptr<kassa::ui::CustomerDisplayWindow> display;
};
