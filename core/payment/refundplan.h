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
};

// What the refunds of SEQR payment `ersReference` (which paid `sale`) have
// given back of each row, in the sale's row order. When the journal cannot
// be read, no row has anything left (nothing is refunded twice by mistake).
QList<RefundableRow> refundableRows(const journal::Journal &journal, const journal::Sale &sale,
                                    const QString &ersReference);

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
    QList<VatLine> vat; // the VAT contained in `amount`, per rate, highest first
    Money refundable;   // what the payment had left before this refund
    Money remaining;    // and after it

    bool isValid() const { return problem == Problem::None; }
    QList<journal::RefundRow> refundRows() const;

    // `quantities`: how much of each sold row to give back (missing or zero:
    // none). `amount`: what to give back; none means what the rows are worth.
    // A sale paid partly in cash may give back less than its rows are worth.
    // `refundable`: what the payment has left when known elsewhere (the
    // shop database, across tills); else the journal says.
    static RefundPlan make(const journal::Journal &journal, const journal::Sale &sale,
                           const QString &ersReference, const QList<Decimal> &quantities,
                           std::optional<Money> amount,
                           std::optional<Money> refundable = std::nullopt);
};

// `amount` split over VAT rates in proportion to `bases` (gross per rate),
// (splitInProportion), each share's VAT extracted once.
QList<VatLine> vatInProportion(const Money &amount, const QList<GrossAtRate> &bases);

} // namespace kassa
