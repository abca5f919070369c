#include "core/payment/invoicerow.h"
#include "core/sale/rowtext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kassa {

seqr::InvoiceRow toInvoiceRow(const journal::SaleRow &row)
{
    seqr::InvoiceRow r;
    r.itemDescription = rowText(row);
    r.itemEAN = row.ean;
    r.itemQuantity = row.quantity;
    r.itemSKU = row.sku;
    r.itemTaxRate = row.taxRate;
    r.itemTotalAmount = seqr::Amount::fromMoney(row.total);
    r.itemUnit = row.unit;
    r.itemUnitPrice = seqr::Amount::fromMoney(row.unitPrice);
    return r;
}

seqr::InvoiceRow cashInvoiceRow(const Money &cash)
{
    seqr::InvoiceRow row;
    row.itemDescription = QCoreApplication::translate("Receipt", "Paid in cash");
    row.itemQuantity = Decimal::fromInteger(1);
    row.itemTaxRate = Decimal::fromInteger(0);
    row.itemTotalAmount = seqr::Amount::fromMoney(Money(-cash.minorUnits(), cash.currency()));
    row.itemUnitPrice = row.itemTotalAmount;
    return row;
}

} // namespace kassa
