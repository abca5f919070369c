#pragma once

#include "core/common/result.h"
#include "core/money/decimal.h"
#include "core/money/money.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kassa::loyalty {

// One loyalty programme of the shop. A card belongs to it when the token's
// type is the programme's id (SEQR's customerToken id, e.g. X_CARD) and its
// number matches the whole of the pattern. Its rule gives a percentage off
// the whole sale, or off the rows of chosen groups (a row is in a group when
// its SKU or EAN starts with the group's prefix), or points only (one point
// per whole unit of the currency paid, journaled and printed).
struct Programme
{
    enum class Rule
    {
        Percent,
        Points
    };
    QString id;      // the token type: letters, digits, '_' and '-'
    QString pattern; // a regular expression for the card number
    QString name;    // the friendly name on the receipt and on the phone
    Rule rule = Rule::Percent;
    Decimal percent;    // Percent: more than 0 and less than 100
    QStringList groups; // Percent: SKU or EAN prefixes; empty: the whole sale

    bool matches(const QString &cardNumber) const;
    friend bool operator==(const Programme &, const Programme &) = default;
};

// Coupons: one exact code or a pattern for a series, a fixed amount or a
// percentage off the whole sale; each code can be used once (the journal
// remembers it). A blocked coupon is refused (status 90).
struct Coupon
{
    QString code;    // one code, or empty with a pattern
    QString pattern; // a regular expression for a series of codes
    QString name;
    Money amount;    // fixed amount off, or zero with a percentage
    Decimal percent; // percentage off the whole sale
    bool blocked = false;

    bool matches(const QString &code) const;
    friend bool operator==(const Coupon &, const Coupon &) = default;
};

// The `loyalty` object of the till's configuration (till.json):
//
//   "loyalty": { "programmes": [ { "id": "X_CARD", "pattern": "7777\\d{6}",
//                  "name": "Stammis", "percent": "10", "groups": [] } ],
//                "coupons": [ { "code": "SPRING50", "amount": "50.00" } ] }
//
// A till with no programme and no coupon has no loyalty flow: it asks SEQR
// for no acknowledgment and every request stays as it was.
struct LoyaltyConfig
{
    QList<Programme> programmes;
    QList<Coupon> coupons;

    bool isEnabled() const { return !programmes.isEmpty() || !coupons.isEmpty(); }
    // The programme a card of this type and number belongs to; null: none.
    const Programme *programmeFor(const QString &tokenType, const QString &cardNumber) const;
    // The programme a number typed or scanned at the till belongs to (any type).
    const Programme *programmeForNumber(const QString &cardNumber) const;
    const Coupon *couponFor(const QString &code) const;

    // Adds or replaces the programme with the same id; refuses a bad id,
    // pattern, name or rule (InvalidArgument, the detail says which).
    Status addProgramme(const Programme &programme);
    bool removeProgramme(const QString &id);
    // Adds or replaces the coupon with the same code (or pattern).
    Status addCoupon(const Coupon &coupon);
    bool removeCoupon(const QString &codeOrPattern);
    // Blocks (or unblocks) a coupon: the coupon with this code, or the
    // series with this pattern (all its codes), or one code of a series
    // (a blocked entry of its own, put first so it wins over the series).
    // NotFound when no coupon of the shop knows it.
    Status setCouponBlocked(const QString &codeOrPattern, bool blocked);

    static Result<LoyaltyConfig> fromJson(const QJsonObject &o, const Currency &currency);
    QJsonObject toJson() const;
    friend bool operator==(const LoyaltyConfig &, const LoyaltyConfig &) = default;
};

Status checkProgramme(const Programme &programme);
Status checkCoupon(const Coupon &coupon);

// A card number or coupon code as printed and shown: all but the last four
// characters hidden ("****4321"); short ones entirely.
QString maskedNumber(const QString &number);

// Kassa's demo programme (kassa --demo, the sandbox's wallet): 10 % off the
// whole sale with a card of type X_CARD and number 7777 + six digits.
Programme demoProgramme();
inline constexpr auto demoCardNumber = "7777000042";
// Kassa's demo coupon (the same places): 20.00 off, good once.
Coupon demoCoupon(const Currency &currency);
inline constexpr auto demoCouponCode = "WELCOME20";

} // namespace kassa::loyalty
