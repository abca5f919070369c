#pragma once

#include "core/journal/journal.h"

#include <QList>

#include <optional>

namespace kassa {

// One sold row as a refund sees it: what was sold, what earlier refunds gave
// back of it, and what may still be given back.
struct RefundableRow
{
    journal::SaleRow sold;
    Decimal refunded;
    Money refundedAmount;
    Decimal remaining;
    // What the customer paid for the row: its total less its own discount
    // and its share of the receipt's discounts. A discount row itself is
    // worth nothing here and cannot be refunded (it goes with its row).
    Money paid;
};

// What the customer paid for each row of `sale`: a negative row right after
// a row, of its rate, a row discount (RowKind::RowDiscount) naming it, is
// that row's discount; any other negative row (a receipt discount)
// is shared by the rows of its VAT rate in proportion to what they cost
// (splitInProportion). Negative rows are worth 0. Adds up to the sale's total.
QList<Money> paidPerRow(const journal::Sale &sale);

// What `quantity` of a row gives back: its share of what was paid, and for
// the last of it exactly what is left, so pieces add up to the row.
Money refundShare(const RefundableRow &row, const Decimal &quantity);

// What the refunds of SEQR payment `ersReference` (which paid `sale`) have
// given back of each row, in the sale's row order. When the journal cannot
// be read, no row has anything left (nothing is refunded twice by mistake).
QList<RefundableRow> refundableRows(const journal::Journal &journal, const journal::Sale &sale,
                                    const QString &ersReference);
// The same from the rows earlier refunds gave back (none: unknown, so no row
// has anything left).
QList<RefundableRow> refundableRows(const journal::Sale &sale,
                                    const std::optional<QList<journal::RefundRow>> &refunded);

// What earlier refunds of a SEQR payment took, wherever they were made:
// what the payment has left, every row given back, the cash given back
// beside it. This till's journal gives them by refundLimits(); a till with
// a shop database reads them across tills (shopdb/refundlookup.h).
struct RefundLimits
{
    Money refundable;
    QList<journal::RefundRow> refunded;
    Money cashRefunded;
};
Result<RefundLimits> refundLimits(const journal::Journal &journal, const QString &ersReference,
                                  const Currency &currency);

// A refund as it will be made, decided before SEQR is asked: the rows given
// back (a quantity of each, worth its share of the row), the amount, the VAT
// in it per rate, and what the payment has left after it. Built by make(),
// which checks every rule; a plan with a problem must not be carried out.
struct RefundPlan
{
    enum class Problem
    {
        None,
        NotSeqr,            // the payment is not in the journal (or not SEQR)
        RowQuantity,        // `problemRow`: negative, malformed or more than remains of it
        NothingChosen,      // no rows and no amount
        AmountNotPositive,  // the amount is zero or less
        MoreThanRows,       // the amount is more than the chosen rows are worth
        MoreThanRefundable, // the amount is more than the payment has left (`refundable`)
        MoreCashThanPaid,   // the cash part is more than was paid in cash and is left (`cashLeft`)
    };

    Problem problem = Problem::None;
    int problemRow = -1;
    QString ersReference;
    std::optional<qint64> receiptNumber;
    // The rows given back: each sold row with the refunded quantity and the
    // share of its total; `positions` are their places in the sale.
    QList<journal::SaleRow> rows;
    QList<int> positions;
    Money amount;
    QList<VatLine> vat; // the VAT contained in total() (SEQR and cash), per rate, highest first
    // A sale paid partly in cash: what the chosen rows are worth beyond the
    // SEQR amount, given back in cash (0 otherwise).
    Money cash;
    // What the chosen rows are worth beyond amount and cash: kept by the
    // shop (a SEQR-only sale refunded for less than its rows; 0 otherwise).
    Money kept;
    Money refundable;  // what the payment had left before this refund
    Money remaining;   // and after it
    Money cashLeft;    // a sale paid partly in cash: what may still be given back in cash
    Error limitsError; // NotSeqr: why the limits could not be read (None: not a SEQR payment)

    bool isValid() const { return problem == Problem::None; }
    // All that is given back: the SEQR amount and the cash part. The rows
    // add up to total() plus kept.
    Money total() const { return amount.plus(cash).valueOr(amount); }
    QList<journal::RefundRow> refundRows() const;

    // `quantities`: how much of each sold row to give back (missing or zero:
    // none). `amount`: what to give back to SEQR; none means what the rows
    // are worth, or for a sale paid partly in cash as much of it as SEQR
    // has left, the rest in cash. A sale paid partly in cash gives the
    // rows' worth beyond `amount` back in cash, never more than was paid in
    // cash less the cash earlier refunds gave back (MoreCashThanPaid).
    // `refundable`: what the payment has left when known elsewhere (the
    // shop database, across tills); else the journal says.
    static RefundPlan make(const journal::Journal &journal, const journal::Sale &sale,
                           const QString &ersReference, const QList<Decimal> &quantities,
                           std::optional<Money> amount,
                           std::optional<Money> refundable = std::nullopt);
    // The same against known limits; limits that could not be read refuse
    // the refund (NotSeqr, `limitsError` says why).
    static RefundPlan make(const journal::Sale &sale, const QString &ersReference,
                           const QList<Decimal> &quantities, std::optional<Money> amount,
                           const Result<RefundLimits> &limits);
};

// `amount` split over VAT rates in proportion to `bases` (gross per rate),
// (splitInProportion), each share's VAT extracted once.
QList<VatLine> vatInProportion(const Money &amount, const QList<GrossAtRate> &bases);

} // namespace kassa
