#pragma once

#include "core/checkout/checkout.h"
#include "core/shopdb/shopdatabaseconfig.h"

namespace kassa::shopdb {

// A Checkout's coupon check (Checkout::setCouponCheck) for a till with a
// shop database: asks it whether a sale of any till used the coupon, so a
// coupon used at one till is refused at the others. Opens the database on
// first use and again after it went away; blocks for at most the connect
// timeout, from the thread that calls it (the till's: it runs only when a
// coupon is handed over or presented). When the database cannot be reached
// the answer is Unreachable, never Unused: a coupon is refused rather than
// used twice.
//
// A coupon reaches the shop database with its sale (ShopSync): two tills
// taking the same coupon within the same seconds, before either sale is
// delivered, are not told of each other.
CouponCheck couponCheck(const ShopDatabaseConfig &config);

} // namespace kassa::shopdb
