#include "core/payment/invoicerow.h"

namespace kassa {

seqr::InvoiceRow toInvoiceRow(const journal::SaleRow &row)
{
    seqr::InvoiceRow r;
    r.itemDescription = row.description;
    r.itemEAN = row.ean;
    r.itemQuantity = row.quantity;
    r.itemSKU = row.sku;
    r.itemTaxRate = row.taxRate;
    r.itemTotalAmount = seqr::Amount::fromMoney(row.total);
    r.itemUnit = row.unit;
    r.itemUnitPrice = seqr::Amount::fromMoney(row.unitPrice);
    return r;
}

} // namespace kassa
