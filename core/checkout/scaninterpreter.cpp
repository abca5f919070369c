#include "core/checkout/scaninterpreter.h"

namespace kassa {

ScanInterpreter::ScanInterpreter(const catalog::Catalog *catalog,
                                 const loyalty::LoyaltyConfig *loyalty)
    : m_catalog(catalog)
    , m_loyalty(loyalty)
{}

bool ScanInterpreter::looksLikeBarcode(const QString &text)
{
    if (text.size() < 6 || text.size() > 14)
        return false;
    for (QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

ScanMeaning ScanInterpreter::interpret(const QString &scanned) const
{
    ScanMeaning m;
    m.text = scanned.trimmed();
    if (m.text.isEmpty())
        return m;
    const bool barcode = looksLikeBarcode(m.text);
    if (barcode && m_catalog) {
        if (auto product = m_catalog->findByEan(m.text)) {
            m.kind = product->soldByWeight ? ScanMeaning::Kind::WeighedProduct
                                           : ScanMeaning::Kind::Product;
            m.product = *product;
            return m;
        }
    }
    if (m_loyalty) {
        if (const loyalty::Programme *p = m_loyalty->programmeForNumber(m.text)) {
            m.kind = ScanMeaning::Kind::LoyaltyCard;
            m.name = p->name;
            return m;
        }
        if (const loyalty::Coupon *c = m_loyalty->couponFor(m.text)) {
            m.kind = ScanMeaning::Kind::Coupon;
            m.name = c->name;
            return m;
        }
    }
    m.kind = barcode ? ScanMeaning::Kind::UnknownBarcode : ScanMeaning::Kind::Search;
    return m;
}

} // namespace kassa
