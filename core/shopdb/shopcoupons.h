#pragma once

#include "core/checkout/checkout.h"
#include "core/shopdb/shopdatabaseconfig.h"
#include "core/shopdb/shoptypes.h"

namespace kassa::shopdb {

// A Checkout's coupon check (Checkout::setCouponCheck) for a till with a
// shop database: asks it whether any till took the coupon, so a coupon
// used at one till is refused at the others. With `till.tillId` (the
// journal's id) the coupon is claimed for this till at once
// (ShopDatabase::claimCoupon), so two tills handed the same coupon at the
// same moment cannot both take it; its sale's delivery completes the claim. Opens the database on
// first use and again after it went away; blocks for at most the connect
// timeout, from the thread that calls it (the till's: it runs only when a
// coupon is handed over or presented). When the database cannot be reached
// the answer is Unreachable, never Unused: a coupon is refused rather than
// used twice.
//
// Without `till.tillId` the check only reads what delivered sales used.
CouponCheck couponCheck(const ShopDatabaseConfig &config, const TillIdentity &till = {});

// The check and its release (Checkout::setCouponRelease: a voided sale's
// coupons are freed for the other tills; while the shop database cannot be
// reached the claim stays, and the coupon stays good at this till only),
// sharing one connection. Empty without a shop database.
struct ShopCouponHooks
{
    CouponCheck check;
    CouponRelease release;
};
ShopCouponHooks couponHooks(const ShopDatabaseConfig &config, const TillIdentity &till);
// Sets both on `checkout`.
void installCouponHooks(Checkout &checkout, const ShopDatabaseConfig &config,
                        const TillIdentity &till);

} // namespace kassa::shopdb
