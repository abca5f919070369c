#include "core/receipt/receipttext.h"

#include "core/receipt/receiptbuilder.h"

#include <QLocale>

namespace kassa {

QString receiptText(const journal::Sale &sale, const ReceiptSettings &settings, bool copy)
{
    return plainText(saleReceipt(sale, settings, copy));
}

QString receiptText(const journal::Sale &sale, const QString &shopName, bool copy)
{
    ReceiptSettings settings;
    settings.shopName = shopName;
    settings.language = ReceiptSettings::languageOf(QLocale());
    return receiptText(sale, settings, copy);
}

QString refundReceiptText(const RefundPlan &plan, const QString &refundErsReference,
                          const QDateTime &when, const QString &cashierId,
                          const ReceiptSettings &settings)
{
    return plainText(refundReceipt(plan, refundErsReference, when, cashierId, settings));
}

} // namespace kassa
