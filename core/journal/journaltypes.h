#pragma once

#include "core/catalog/pricechange.h"
#include "core/journal/loyaltytypes.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/money/vat.h"
#include "core/sale/salerow.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// What the journal keeps: sales with rows, VAT and tenders; SEQR invoices
// while they are in flight; refunds; transaction periods.
namespace kassa::journal {

Q_NAMESPACE

// A sale row is the sale's own type (core/sale/salerow.h); the journal keeps it.
using SaleRow = kassa::SaleRow;

enum class TenderKind
{
    Cash,
    Seqr
};

struct Tender
{
    TenderKind kind = TenderKind::Cash;
    Money amount;
    QString invoiceReference; // SEQR only
    QString ersReference;     // SEQR only
    QDateTime paymentDate;
    Money tendered; // cash only: what the customer handed over (change = tendered − amount)
};

enum class SaleStatus
{
    Open,
    Completed,
    Canceled
};

struct Sale
{
    qint64 id = 0;
    std::optional<qint64> receiptNumber; // given when the sale completes: gap-free
    SaleStatus status = SaleStatus::Open;
    QDateTime createdAt;
    QDateTime completedAt;
    QString cashierId;
    Money total;
    QList<SaleRow> rows;
    QList<VatLine> vat;
    QList<Tender> tenders;
    // Made in training mode (schema 8): an ÖVNINGSKVITTO, outside sales,
    // VAT, grand totals and SEQR's reconciliation.
    bool training = false;
    // What loyalty cards and coupons gave it (their discount rows are in
    // `rows`), with the points a card earned: printed on the receipt.
    QList<LoyaltyDiscount> loyalty;
};

// The control unit's receipt type of a sale's own receipt (CCSP's keys).
inline QString receiptTypeOf(const Sale &sale)
{
    return sale.training ? QStringLiteral("ovning") : QStringLiteral("normal");
}

// The one copy a receipt may have (schema 8).
struct ReceiptCopy
{
    qint64 receiptNumber = 0;
    qint64 saleId = 0;
    QString cashierId;
    QDateTime madeAt;
};

// A pro forma receipt of a cart before payment ("EJ KVITTO"), numbered in
// a series of its own (schema 8).
struct ProFormaReceipt
{
    qint64 number = 0;
    QDateTime madeAt;
    QString cashierId;
    Money total;
    QList<SaleRow> rows;
    QList<VatLine> vat;
    bool training = false;

    // As a completed sale numbered `number`, for the receipt and the control unit.
    Sale asSale() const
    {
        Sale s;
        s.receiptNumber = number;
        s.status = SaleStatus::Completed;
        s.createdAt = madeAt;
        s.completedAt = madeAt;
        s.cashierId = cashierId;
        s.total = total;
        s.rows = rows;
        s.vat = vat;
        s.training = training;
        return s;
    }
};

// A SEQR invoice the till has sent and not yet seen end. The journal stores
// the key in lower case (open, paid, canceled, failed).
enum class InvoiceState
{
    Open,
    Paid,
    Canceled,
    Failed
};
Q_ENUM_NS(InvoiceState)

struct SeqrInvoice
{
    QString invoiceReference;
    qint64 saleId = 0;
    InvoiceState state = InvoiceState::Open;
    QString qrCode;
    Money amount;
    QString ersReference;
    bool receiptSubmitted = false;
    QDateTime createdAt;
};

// What one refund gave back of one sold row (its position in the sale).
struct RefundRow
{
    int position = 0;
    Decimal quantity;
    Money total;
    friend bool operator==(const RefundRow &, const RefundRow &) = default;
};

struct Refund
{
    qint64 id = 0;
    QString originalErsReference;
    QString refundErsReference;
    Money amount;
    QString cashierId;
    QDateTime createdAt;
    // Filled by Journal::refund() and refundsOf() (and the shop database's
    // refunds()): the rows given back and the cash part given back besides.
    QList<RefundRow> rows;
    Money cash;
};

// A refund's own receipt (schema 11): its serial number in the till's one
// series, the refund, the rows it gave back, the cash given back beside
// SEQR (a sale paid partly in cash) and what earlier refunds of the same
// payment had given back.
struct ReturnReceiptRecord
{
    qint64 receiptNumber = 0;
    QDateTime madeAt;
    bool training = false; // a training sale's return: signed as ovning
    Refund refund;
    QList<RefundRow> rows;
    Money cash;
    Money refundedBefore;
    // The control unit's receipt type of this receipt (CCSP's keys).
    QString signatureType() const
    {
        return training ? QStringLiteral("ovning") : QStringLiteral("retur");
    }
};

// A refund as the journal knows it before SEQR is asked (schema 7): what is
// to be given back, the request's clientReference, and what became of it.
// Pending while refundPayment is on its way; Done once SEQR answered with the
// refund's reference (then a Refund exists too); InDoubt when its answer was
// lost (timeout, dropped connection) or the till stopped while it was sent;
// Failed when SEQR surely did not make it. A payment with a refund Pending or
// InDoubt takes no other refund until that one is resolved.
struct RefundIntent
{
    enum class State
    {
        Pending,
        Done,
        InDoubt,
        Failed
    };
    qint64 id = 0;
    QString originalErsReference;
    QString clientReference;
    Money amount;
    Money cash; // given back in cash beside SEQR (a sale paid partly in cash)
    QString cashierId;
    QList<RefundRow> rows;
    State state = State::Pending;
    QString refundErsReference; // Done: SEQR's reference of the refund
    QString detail;             // what was seen: the error, the report, the manager's word
    QDateTime createdAt;
    QDateTime updatedAt;
    bool isUnresolved() const { return state == State::Pending || state == State::InDoubt; }
};

// One SEQR money movement as the journal knows it, for reconciliation.
struct SeqrMovement
{
    QString ersReference;
    Money amount; // negative for refunds
    QDateTime at;
    bool isRefund = false;
};

// A receipt's signature by the control unit (waiting, or signed).
struct ReceiptSignature
{
    qint64 id = 0;
    qint64 saleId = 0;
    qint64 serialNumber = 0; // the receipt number
    QString type;            // normal, kopia, ovning, profo (CCSP's keys), retur (a return)
    bool isSigned = false;
    QString figures; // the fields sent to the unit, joined by '#'
    QString controlCode;
    QString unitId; // the unit's manufacturing number
    QDateTime requestedAt;
    QDateTime signedAt;
};

struct Period
{
    QString id;
    QString terminalId; // empty: the shop's period
    QDateTime closedAt;
};

// One record waiting for (or already at) the shop database.
struct OutboxEntry
{
    enum class Kind
    {
        Sale,
        Refund,
        Period,
        Event // schema 12: a TillEvent ("<table>:<id>")
    };
    qint64 seq = 0;
    Kind kind = Kind::Sale;
    QString record; // the sale's or refund's id, or the period's id
    QDateTime at;
};

// One of the events an inspector reads besides sales and refunds, as it goes
// to the shop database (schema 12): a drawer opening, a float change, a
// voided cart, a price change, a Z report, a receipt copy or a training sale.
struct TillEvent
{
    QString record; // "<table>:<id>" (the outbox's record)
    QString kind;   // drawer-opening, float-change, voided-cart, price-change,
                    // z-report, receipt-copy, training-sale
    QDateTime at;
    QString cashierId;
    std::optional<Money>
        amount; // the float, the cart's, the new price, the Z report's net, the training sale's
    QString reference; // the drawer's cause, the EAN, the Z number, the receipt number…
    QString detail;    // the rest in words (reason, old price, rows…)
};

// Why the cash drawer was opened (schema 10; SKVFS 2014:9 counts every opening).
enum class DrawerCause
{
    CashSale,
    CashRefund,
    Float,
    NoSale
};
Q_ENUM_NS(DrawerCause)

struct DrawerOpening
{
    qint64 id = 0;
    QDateTime at;
    DrawerCause cause = DrawerCause::NoSale;
    QString reference; // the sale's or refund's id, or the reason typed
    QString cashierId;
};

// The cash float (växelkassa) set, or changed with cash in or out.
struct FloatChange
{
    qint64 id = 0;
    QDateTime at;
    Money floatAmount; // the float after the change
    Money change;      // positive: cash in; negative: cash out
    QString reason;
    QString cashierId;
};

// A cart voided with rows in it before it was paid (an unfinished sale).
struct VoidedCart
{
    qint64 id = 0;
    QDateTime at;
    int rows = 0;
    Money amount;
    QString cashierId;
};

// A product's price changed (an import or an edit): the catalog's record.
using PriceChange = catalog::PriceChange;

// One line of the append-only event log.
struct EventRecord
{
    qint64 id = 0;
    QDateTime at;
    QString kind;
    QString reference;
    QString detail;
};

// The grand totals since the till's first sale (never reset).
struct GrandTotals
{
    Money sales;
    Money returns;
    Money net;
};

// A Z report taken: its running number, the day it closed and its figures.
struct ZRecord
{
    qint64 number = 0;
    QDateTime takenAt;
    QDateTime from; // invalid: since the journal began
    Money sales;
    Money returns;
    GrandTotals grand;
    QByteArray report; // the report's figures as JSON
};

} // namespace kassa::journal
