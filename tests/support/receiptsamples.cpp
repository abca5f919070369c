#include "tests/support/receiptsamples.h"

#include "core/receipt/receiptbuilder.h"

using namespace Qt::StringLiterals;
using namespace kassa;

namespace samples {

namespace {

SaleRow row(const QString &description, int quantity, qint64 unitMinor, int rate)
{
    SaleRow r;
    r.description = description;
    r.quantity = Decimal::fromInteger(quantity);
    r.unitPrice = Money(unitMinor, Currency::sek());
    r.total = Money(unitMinor * quantity, Currency::sek());
    r.taxRate = Decimal::fromInteger(rate);
    return r;
}

VatLine vat(int rate, qint64 grossMinor, qint64 vatMinor)
{
    return VatLine{Decimal::fromInteger(rate), Money(grossMinor, Currency::sek()),
                   Money(vatMinor, Currency::sek()), Money(grossMinor - vatMinor, Currency::sek())};
}

} // namespace

journal::Sale receiptSale(const QString &ersReference)
{
    journal::Sale sale;
    sale.id = 7;
    sale.receiptNumber = 42;
    sale.status = journal::SaleStatus::Completed;
    sale.createdAt = QDateTime(QDate(2026, 12, 7), QTime(10, 15, 30));
    sale.completedAt = sale.createdAt;
    sale.cashierId = u"anna"_s;
    sale.rows = {row(u"Ekologisk färskpressad äppeljuice från Österlen, 1 liter"_s, 1, 4990, 12),
                 row(u"Kanelbulle"_s, 2, 3250, 12), row(u"Tygkasse Åkerö"_s, 1, 12900, 25)};
    sale.total = Money(4990 + 6500 + 12900, Currency::sek());
    sale.vat = {vat(12, 11490, 1231), vat(25, 12900, 2580)};
    journal::Tender cash;
    cash.kind = journal::TenderKind::Cash;
    cash.amount = Money(10000, Currency::sek());
    cash.tendered = Money(20000, Currency::sek());
    journal::Tender seqr;
    seqr.kind = journal::TenderKind::Seqr;
    seqr.amount = Money(sale.total.minorUnits() - 10000, Currency::sek());
    seqr.invoiceReference = u"INV-42"_s;
    seqr.ersReference = ersReference;
    seqr.paymentDate = sale.createdAt;
    sale.tenders = {cash, seqr};
    return sale;
}

ReceiptSettings receiptSettings()
{
    return ReceiptSettings{.shopName = u"Café Åkerö"_s,
                           .address = u"Storgatan 1\n123 45 Ödeshög"_s,
                           .organisationNumber = u"556677-8899"_s,
                           .language = u"en"_s};
}

ReceiptContent receiptContent(const QString &qrCode)
{
    ReceiptSettings settings = receiptSettings();
    settings.qrCode = qrCode;
    return saleReceipt(receiptSale(), settings);
}

} // namespace samples
