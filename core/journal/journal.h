#pragma once

#include "core/common/result.h"
#include "core/journal/journaltypes.h"
#include "core/journal/loyaltytypes.h"

#include <QString>

#include <memory>

namespace kassa::journal {

// The till's durable memory: one SQLite file (WAL, foreign keys, synchronous
// FULL) behind a named QtSql connection of its own. Each method is one
// transaction; a failure rolls it back and returns StorageBusy when it may
// pass (busy, I/O error, full disk) or StorageFailed when not. The schema
// has a version and migrates forward only; a journal from a newer Kassa is
// refused rather than damaged. Events are append-only (enforced by
// triggers). Not thread-safe: use from the thread that opened it.
class Journal
{
public:
    static constexpr int schemaVersion = 16;

    static Result<std::unique_ptr<Journal>> open(const QString &path);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString path() const { return m_path; }

    // A new sale (status Open) with its rows and VAT per rate.
    Result<qint64> createSale(const QString &cashierId, const QList<SaleRow> &rows);
    // Cash towards an open sale; `tendered` is what the customer handed over.
    Status addCashTender(qint64 saleId, const Money &amount, const Money &tendered);
    // A sale paid in cash alone, in one transaction: rows, VAT, the cash
    // tender and the next receipt number, and what the loyalty cards and
    // coupons swiped at the till gave (their discount rows are in `rows`;
    // the coupons are used from then on). Returns the sale's id.
    Result<qint64> recordCashSale(const QString &cashierId, const QList<SaleRow> &rows,
                                  const Money &tendered,
                                  const QList<LoyaltyDiscount> &loyalty = {});
    // The invoice for an open sale never reached SEQR: the sale is canceled.
    Status recordSaleAbandoned(qint64 saleId, const QString &reason);

    // SEQR invoice life: sent (before its QR is shown), paid (completes the
    // sale: receipt number, tender), ended without payment, receipt confirmed.
    Status recordInvoiceSent(qint64 saleId, const QString &invoiceReference, const QString &qrCode,
                             const Money &amount);
    // Idempotent: a second call for the same invoice returns the same receipt
    // number and writes nothing.
    Result<qint64> recordSeqrPaid(const QString &invoiceReference, const QString &ersReference,
                                  const QDateTime &paymentDate);
    Status recordInvoiceEnded(const QString &invoiceReference, InvoiceState state,
                              const QString &reason);
    Status recordReceiptSubmitted(const QString &invoiceReference);

    // Every read returns a Result: a journal that cannot be read is an error
    // (StorageFailed or StorageBusy), never "nothing there". A read of one
    // record answers NotFound when there is no such record.
    Result<QList<SeqrInvoice>> invoicesInFlight() const;
    Result<SeqrInvoice> invoice(const QString &invoiceReference) const;
    Result<Sale> sale(qint64 saleId) const;
    Result<Sale> saleByReceiptNumber(qint64 receiptNumber) const;
    // The last number of the till's one receipt series (sales and returns);
    // no value: no receipt yet.
    Result<std::optional<qint64>> lastReceiptNumber() const;
    // The sale a SEQR payment (its ersReference) paid.
    Result<Sale> saleByErsReference(const QString &ersReference) const;
    Result<QList<Sale>> sales(const QDateTime &since) const;

    // Refunds of a SEQR payment.
    Result<Money> refundable(const QString &ersReference) const;
    // `rows` say which sold rows (and how much of each) the refund gave back;
    // empty for a refund of an amount alone.
    Status recordRefund(const QString &originalErsReference, const QString &refundErsReference,
                        const Money &amount, const QString &cashierId,
                        const QList<RefundRow> &rows = {});
    // Every row given back by the refunds of a SEQR payment (one entry per
    // refund and row, oldest first).
    Result<QList<RefundRow>> refundedRows(const QString &originalErsReference) const;
    Result<QList<Refund>> refunds(const QDateTime &since) const;
    // The refunds of one SEQR payment, with their rows and cash parts, oldest first.
    Result<QList<Refund>> refundsOf(const QString &originalErsReference) const;

    // Return receipts (schema 11): each refund's receipt, numbered in the
    // sales' series when the refund is recorded. NotFound: no such receipt.
    Result<ReturnReceiptRecord> returnReceipt(qint64 receiptNumber) const;
    // The return receipt of a refund (SEQR's reference of it); no value: none.
    Result<std::optional<qint64>> returnReceiptNumber(const QString &refundErsReference) const;
    // Return receipts made in (after, upTo], oldest first.
    Result<QList<ReturnReceiptRecord>> returnReceipts(const QDateTime &after,
                                                      const QDateTime &upTo) const;

    // Refund intents (schema 7): a refund is journaled before refundPayment
    // is sent. Refused (Conflict) while another refund of the same payment
    // is unresolved. Returns the intent's id.
    Result<qint64> recordRefundIntent(const RefundIntent &intent);
    // SEQR made it: the refund (and its rows) recorded and the intent Done,
    // in one transaction. `how` says how it became known (its answer, its
    // report, the manager).
    Status recordRefundMade(qint64 intentId, const QString &refundErsReference, const QString &how);
    // SEQR surely did not make it (it refused, or its report shows none).
    Status recordRefundNotMade(qint64 intentId, const QString &why);
    // Its answer was lost: unknown whether SEQR made it.
    Status recordRefundInDoubt(qint64 intentId, const QString &why);
    Result<RefundIntent> refundIntent(qint64 intentId) const;
    // Every refund intent Pending or InDoubt (a Pending one at start-up was
    // left by a run that stopped while SEQR was asked), oldest first.
    Result<QList<RefundIntent>> refundsInDoubt() const;
    // The unresolved refund of one payment, if any.
    Result<std::optional<RefundIntent>> refundInDoubt(const QString &originalErsReference) const;
    // What the refunds of a SEQR payment made at this till gave back in cash
    // (the cash part of a sale paid partly in cash).
    Result<Money> refundedInCash(const QString &originalErsReference,
                                 const Currency &currency) const;
    // A SEQR period marked only to read SEQR's report, not a close.
    Status recordCheckpoint(const Period &checkpoint);
    // The checkpoints marked after `after` (all when invalid), oldest first.
    Result<QList<Period>> checkpoints(const QDateTime &after) const;

    // A per-terminal period mark at SEQR, in the order of the journal's
    // events: asked before markTransactionPeriod is sent (the id returned),
    // made once SEQR answered with the period's id. A refund SEQR made lies
    // in the period of the first mark asked after its request was journaled;
    // a mark whose answer was lost leaves that period unknown.
    Result<qint64> recordMarkAsked(const QString &terminalId, const QString &why);
    Status recordMarkMade(qint64 askedId, const QString &terminalId, const QString &periodId);
    struct PeriodMark
    {
        qint64 askedId = 0;
        QString periodId; // empty: SEQR's answer to the mark never came
    };
    // The first mark for `terminalId` asked after the intent's request was
    // journaled; none when no mark was asked since.
    Result<std::optional<PeriodMark>> firstMarkAfter(const RefundIntent &intent,
                                                     const QString &terminalId) const;

    Status recordPeriod(const Period &period);
    // No value: no period closed yet.
    Result<std::optional<Period>> lastPeriod(bool perTerminal) const;
    Result<QList<SeqrMovement>> seqrMovements(const QDateTime &after, const QDateTime &upTo) const;

    // The journal's own identity (a UUID made when it was created), which
    // the shop database knows this till's records by.
    Result<QString> journalId() const;
    // What is to reach the shop database, in sequence order: completed
    // sales, refunds and periods with a gap-free per-journal number given in
    // the transaction that recorded them.
    Result<QList<OutboxEntry>> outbox(qint64 afterSeq, int limit) const;
    Result<qint64> lastOutboxSeq() const;
    Result<Refund> refund(qint64 refundId) const;
    // An outbox Event record ("drawer_openings:7") as it goes to the shop database.
    Result<TillEvent> tillEvent(const QString &record) const;
    // This till's events in [from, to) (an invalid bound is open), in the
    // order they were journaled: what the journal browser lists beside sales.
    Result<QList<TillEvent>> tillEvents(const QDateTime &from, const QDateTime &to) const;
    Result<Period> period(const QString &periodId) const;

    // The control unit (schema 6). While it is required, every sale that
    // completes gets a waiting signature (normal) in the same transaction.
    Status setControlUnitRequired(bool required);
    Result<bool> isControlUnitRequired() const;
    // A signature to wait for (a copy, a training or pro forma receipt);
    // the existing one's id when that receipt already has one.
    Result<qint64> requestSignature(qint64 saleId, qint64 serialNumber, const QString &type);
    // The unit signed: the fields sent, its code and number. Once.
    Status recordSignature(qint64 signatureId, const QString &figures, const QString &controlCode,
                           const QString &unitId);
    Result<QList<ReceiptSignature>> waitingSignatures() const;
    // No value: that receipt has no signature (yet).
    Result<std::optional<ReceiptSignature>> receiptSignature(qint64 serialNumber,
                                                             const QString &type) const;

    // Training mode (schema 8): while on, every new sale is a training
    // sale (Sale::training). Switching journals an event.
    Status setTraining(bool on, const QString &who);
    Result<bool> isTraining() const;
    // The one copy of receipt `receiptNumber`: InvalidArgument when the
    // receipt has its copy already (copy() tells when), NotFound when there
    // is no such receipt. With a control unit the copy waits for its
    // signature (type kopia) in the same transaction.
    Result<ReceiptCopy> recordCopy(qint64 receiptNumber, const QString &cashierId);
    // No value: that receipt has no copy.
    Result<std::optional<ReceiptCopy>> copy(qint64 receiptNumber) const;
    Result<QList<ReceiptCopy>> copies(const QDateTime &since) const;
    // A pro forma receipt of `rows` (a cart not paid yet), numbered; with a
    // control unit it waits for its signature (type profo).
    Result<ProFormaReceipt> recordProForma(const QString &cashierId, const QList<SaleRow> &rows);
    Result<ProFormaReceipt> proForma(qint64 number) const;
    Result<QList<ProFormaReceipt>> proFormas(const QDateTime &since) const;
    // Loyalty cards and coupons (schema 9). In one transaction: the
    // discount rows appended to the open sale (its total and VAT set anew),
    // what each card or coupon gave (a second time for the same sale and
    // token is refused, as is a coupon used before), and with an invoice
    // reference the invoice's amount lowered by the discounts and the
    // tokens answered added to its update, pending until SEQR accepts it.
    Status recordLoyalty(qint64 saleId, const QList<SaleRow> &addedRows,
                         const QList<LoyaltyDiscount> &discounts,
                         const QString &invoiceReference = {},
                         const QList<AnsweredToken> &answered = {});
    Result<QList<LoyaltyDiscount>> loyaltyDiscounts(qint64 saleId) const;
    Result<bool> isCouponUsed(const QString &code) const;
    // A coupon handed over for a sale is given back (`reason`: "voided",
    // "expired", "unpaid"): journaled, and sent to the shop database as an
    // event that frees this till's claim there (schema 16).
    Status recordCouponRelease(const QString &code, const QString &cashierId,
                               const QString &reason);
    // No value: the till never changed this invoice.
    Result<std::optional<InvoiceUpdate>> invoiceUpdate(const QString &invoiceReference) const;
    Status recordInvoiceUpdateAcknowledged(const QString &invoiceReference);
    // The Swedish day reports (schema 10). Each record is kept for good.
    Status recordDrawerOpening(DrawerCause cause, const QString &reference,
                               const QString &cashierId);
    // Times in (after, upTo]; an invalid `after`: since the journal began.
    Result<QList<DrawerOpening>> drawerOpenings(const QDateTime &after,
                                                const QDateTime &upTo) const;
    // The float is now `amount`: journaled with the change from the float
    // in the drawer since `dayStart` (none set: nothing).
    Result<FloatChange> recordFloat(const Money &amount, const QDateTime &dayStart,
                                    const QString &reason, const QString &cashierId);
    Result<QList<FloatChange>> floatChanges(const QDateTime &after, const QDateTime &upTo) const;
    Status recordVoidedCart(int rows, const Money &amount, const QString &cashierId);
    Result<QList<VoidedCart>> voidedCarts(const QDateTime &after, const QDateTime &upTo) const;
    Status recordPriceChanges(const QList<PriceChange> &changes);
    Result<QList<PriceChange>> priceChanges(const QDateTime &after, const QDateTime &upTo) const;
    // Sales and returns up to `upTo` since the first sale, from the records
    // themselves (never a kept counter).
    Result<GrandTotals> grandTotals(const QDateTime &upTo, const Currency &currency) const;
    // Takes the next Z number in the same transaction; returns the record.
    Result<ZRecord> recordZReport(ZRecord record);
    Result<std::optional<ZRecord>> lastZReport() const;
    Result<QList<ZRecord>> zReports(const QDateTime &after, const QDateTime &upTo) const;

    // Append-only log of what happened, for people reading it later.
    Status appendEvent(const QString &kind, const QString &invoiceReference, const QString &detail);
    Result<QStringList> events(const QString &invoiceReference) const;
    // The event log in (after, upTo], oldest first.
    Result<QList<EventRecord>> eventLog(const QDateTime &after, const QDateTime &upTo) const;

private:
    explicit Journal(QString path, QString connection);
    Status migrate();

    QString m_path;
    QString m_connection;
};

QString invoiceStateName(InvoiceState state);

} // namespace kassa::journal
