#include "core/receipt/receiptloyalty.h"

#include "core/loyalty/loyaltyconfig.h"

using namespace Qt::StringLiterals;

namespace kassa {

void addLoyalty(ReceiptContent &doc, const QList<journal::LoyaltyDiscount> &loyalty,
                const ReceiptWords &w)
{
    for (const journal::LoyaltyDiscount &d : loyalty) {
        const QString kind = d.isCoupon ? w(QT_TRANSLATE_NOOP("Receipt", "Coupon"))
                                        : w(QT_TRANSLATE_NOOP("Receipt", "Loyalty card"));
        const QString amount = d.amount.isPositive()
                                   ? w.money(Money(-d.amount.minorUnits(), d.amount.currency()))
                                   : QString();
        doc.addPair(kind + u": "_s + d.name + u' ' + loyalty::maskedNumber(d.value), amount);
        if (d.points > 0)
            doc.addPair(u"  "_s + w(QT_TRANSLATE_NOOP("Receipt", "Points earned")),
                        QString::number(d.points));
    }
}

} // namespace kassa
