#pragma once

#include "core/catalog/catalog.h"
#include "core/loyalty/loyaltyconfig.h"

#include <QString>

namespace kassa {

// What the cashier scanned or typed into the barcode field and pressed
// Enter on, as the shop's data says.
struct ScanMeaning
{
    enum class Kind
    {
        Nothing,        // empty
        Product,        // a product sold by the piece: added at once
        WeighedProduct, // a product sold by weight: its weight is asked
        LoyaltyCard,    // a card of one of the shop's loyalty programmes
        Coupon,         // one of the shop's coupons
        UnknownBarcode, // digits like a barcode that nothing of the shop knows
        Search,         // other text: a product search
    };
    Kind kind = Kind::Nothing;
    QString text;             // what was scanned, trimmed
    catalog::Product product; // Product, WeighedProduct
    QString name;             // LoyaltyCard, Coupon: the programme's or coupon's name
};

// The one rule for what a scan means, shared by the cashier's window and
// any other front end. A product's barcode wins (the catalog knows it
// exactly); then a loyalty card (a programme's pattern), then a coupon
// (its code or pattern); digits that none of them know are an unknown
// barcode, other text a search. The catalog and the configuration must
// outlive the interpreter.
class ScanInterpreter
{
public:
    ScanInterpreter(const catalog::Catalog *catalog, const loyalty::LoyaltyConfig *loyalty);

    ScanMeaning interpret(const QString &text) const;
    // 6 to 14 digits: what a barcode scanner types.
    static bool looksLikeBarcode(const QString &text);

private:
    const catalog::Catalog *m_catalog;
    const loyalty::LoyaltyConfig *m_loyalty;
};

} // namespace kassa
