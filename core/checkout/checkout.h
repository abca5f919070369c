#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/loyalty/loyaltyrules.h"
#include "core/payment/paymentsession.h"
#include "core/sale/cart.h"
#include "core/seqr/seqrclient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace kassa {

namespace controlunit {
class ControlUnitService;
}
class CashDrawer;

// What a checkout works with; all must outlive it.
struct CheckoutContext
{
    seqr::SeqrClient *client = nullptr;
    journal::Journal *journal = nullptr;
    QString shopName;  // on receipts and SEQR's copy of them
    QString cashierId; // on invoices and receipts ("web" for the webshop)
    PaymentTiming timing;
    // The shop's loyalty programmes and coupons (none: no loyalty flow).
    loyalty::LoyaltyConfig loyalty;
};

// Why "Pay with SEQR" cannot be used right now.
enum class SeqrRefusal
{
    None,
    PaymentInProgress, // a SEQR payment of this checkout is not finished
    CartEmpty,
    CoveredByCash, // the cash received covers the total: finish with cash
    Blocked,       // see blockedReason(): recovery running, till being set up…
    NothingToPay,  // cash already covers the sale
    NotRegistered,
};

// What taking cash did.
struct CashOutcome
{
    bool saleCompleted = false; // enough cash: the sale is journaled and done
    qint64 saleId = 0;          // when completed
    Money received;             // all the cash handed over for this sale
    Money change;               // when completed
    Money toPay;                // left for another tender (split tender)
    // The cash covered the sale but the journal refused it: nothing is
    // saved, the cash stays towards the sale; completeWithCash() tries again.
    std::optional<Error> notRecorded;
};

// Why a loyalty card or coupon was not put on the sale.
enum class TokenRefusal
{
    None,
    NotTheShops,       // no programme or coupon of the shop knows the number
    PaymentInProgress, // the sale is being paid: finish or cancel that first
    AlreadyOnSale,     // this coupon is on the sale already
    Used,              // the coupon was used before (each is good once)
    Blocked,           // the shop blocked this coupon
    // The shop database, which knows the other tills' coupons, cannot be
    // reached: the coupon is refused rather than risk using it twice.
    ShopUnreachable,
};

// What the shop database says of a coupon (coupons are good once in the
// whole shop).
enum class CouponAnswer
{
    Unused,
    Used,       // a sale of some till of the shop used it
    Unreachable // the shop database cannot be asked now
};
using CouponCheck = std::function<CouponAnswer(const QString &code)>;
// Gives a coupon handed over for a sale back (the sale was voided).
using CouponRelease = std::function<void(const QString &code)>;

// Extra words and links on a SEQR invoice.
struct SeqrOptions
{
    QString title; // shown on the buyer's phone; empty: the shop's name
    QString footer;
    QString notificationUrl;
    QString backUrl;
};

// One checkout for every front end (the cashier's window, kassa-cli,
// kassa-web): a cart, the tenders taken towards it (cash first, SEQR last
// for what is left) and the payment. It decides when SEQR may be used,
// records cash sales, drives the PaymentSession (which journals the SEQR
// part), and finishes a sale — the cart and the cash are cleared only when
// the sale is complete; a refused, declined or canceled SEQR payment keeps
// them. Front ends show its state and pass the customer's intent on.
// Not thread-safe; signals fire from the event loop or from inside
// takeCash()/voidSale() as documented.
class Checkout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Checkout)

public:
    // `cart` must outlive the checkout.
    Checkout(CheckoutContext context, Cart *cart, QObject *parent = nullptr);
    ~Checkout() override;

    Cart *cart() const { return m_cart; }
    const CheckoutContext &context() const { return m_context; }
    void setCashierId(const QString &id) { m_context.cashierId = id; }
    void setShopName(const QString &name) { m_context.shopName = name; }
    // The shop's programmes and coupons changed (the manager's tools).
    void setLoyaltyConfig(const loyalty::LoyaltyConfig &config);
    // Whether the till has a SEQR registration (without one SEQR is refused).
    void setRegistered(bool registered) { m_registered = registered; }
    // A non-empty reason blocks SEQR (the front end shows it); empty allows it.
    void setBlocked(const QString &reason) { m_blockedReason = reason; }
    // The given reason, else training mode's (trainingRefusal()), else the
    // control unit's (see saleRefusal()).
    QString blockedReason() const;
    // In training mode (the journal's) SEQR is paid only against a sandbox
    // on this machine (a loopback endpoint); else why not. Empty otherwise.
    QString trainingRefusal() const;

    // The till's control unit (must outlive the checkout), or null for a
    // till without one. With one, a sale is complete when its receipt is
    // signed: receiptReady() follows the signature, and no sale (cash or
    // SEQR) starts while saleRefusal() says why not.
    void setControlUnit(controlunit::ControlUnitService *unit);
    controlunit::ControlUnitService *controlUnit() const { return m_unit; }
    // The till's cash drawer (must outlive the checkout), or null (the
    // webshop): a sale paid in part or whole with cash opens it once the
    // sale is journaled; a SEQR-only sale never does.
    void setDrawer(CashDrawer *drawer) { m_drawer = drawer; }
    CashDrawer *drawer() const { return m_drawer; }
    // Empty while a sale may be taken; else why not (the control unit).
    QString saleRefusal() const;

    // The cash handed over towards this sale (the cart keeps it).
    Money cashReceived() const { return m_cart->cashReceived(); }
    // What is left to pay: the cart's total less the cash taken, ≥ 0.
    Money toPay() const;
    SeqrRefusal seqrRefusal() const;
    bool isPaying() const;
    // The VAT per rate of what the customer is asked to pay: the cart's; while
    // a SEQR payment runs, its journaled sale's (a card or coupon from the
    // buyer's app lowers it), computed as the receipt's.
    QList<VatLine> vat() const;

    // Cash handed over: enough completes the sale (journaled with the
    // change; emits saleCompleted), less is kept towards a split tender.
    // Refuses an empty cart, nothing left to pay, a payment in progress, and
    // a received amount that is not positive (nothing changes then). When
    // the journal refuses the sale the outcome says notRecorded.
    Result<CashOutcome> takeCash(const Money &received);
    // Finishes a sale the cash received already covers (rows were voided
    // after the cash was taken): journaled with the change. Refused while
    // paying or when the cash does not cover it; a journal failure is the
    // error and saves nothing.
    Result<CashOutcome> completeWithCash();

    // Starts a SEQR payment for what is left to pay; the refusal otherwise
    // (nothing is started then). The session is owned by the checkout and
    // lives until the next payment starts.
    SeqrRefusal payWithSeqr(const SeqrOptions &options = {});

    // A loyalty card swiped or typed at the till for this sale (the number
    // matches one of the shop's programmes, else InvalidArgument); a second
    // card replaces the first. Its discount goes into the cart at once (the
    // cart's loyalty rows and lines, worked out again whenever the cart
    // changes) and so into the rows a cash sale journals and a SEQR payment
    // sends; the card goes with sendInvoice as a token with status 1, and
    // what it gave (its points too) is journaled with the sale. Forgotten
    // when the sale ends. An empty number takes the card off.
    Status setLoyaltyCard(const QString &number);
    TokenRefusal addLoyaltyCard(const QString &number);
    QString loyaltyCard() const { return m_loyaltyCard; }
    // A coupon handed over at the till for this sale, the same way (one use
    // each: the journal, and the shop database when there is one, remember
    // the coupons used).
    TokenRefusal addCoupon(const QString &code);
    QStringList coupons() const { return m_coupons; }
    // Whether a coupon was used before; by default the journal says. A till
    // with a shop database asks it too (coupons are good once shop-wide):
    // when a coupon is handed over at the till (addCoupon, refused with
    // ShopUnreachable when the database cannot say) and when the buyer's
    // app presents one (answered 90 then). A coupon already on the sale is
    // not asked about again as the cart changes.
    void setCouponCheck(CouponCheck check);
    // Called for each coupon on a sale that is voided (a till with a shop
    // database frees its claim there, so another till may take it).
    void setCouponRelease(CouponRelease release) { m_couponRelease = std::move(release); }
    // What the card and coupons give the cart as it is now (zero without any).
    Money loyaltyDiscount() const;
    // What the rules made of them (the discounts, points and token answers).
    const loyalty::Outcome &loyaltyOutcome() const { return m_loyalty; }
    PaymentSession *session() const { return m_session; }

    // Voids the sale: empties the cart (a cart with rows is journaled as an
    // unfinished sale); returns the cash to give back. Refused (nullopt)
    // while a SEQR payment is undecided.
    std::optional<Money> voidSale();

Q_SIGNALS:
    void paymentStarted(kassa::PaymentSession *session);
    // The payment ended (its state says how); after saleCompleted when paid.
    void paymentFinished(kassa::PaymentSession *session);
    // A sale was completed and journaled (cash or SEQR); the cart is empty.
    void saleCompleted(qint64 saleId);
    // The sale's receipt may be printed (and the drawer opened): at once
    // after saleCompleted() without a control unit, else when its control
    // code is journaled — also for a sale an earlier run left unsigned.
    void receiptReady(qint64 saleId);
    // saleRefusal() may have changed.
    void saleRefusalChanged();
    // The cash taken or what is left to pay changed.
    void tendersChanged();

private:
    void handleFinished();
    // checkoutloyalty.cpp: the cart's loyalty rows worked out again; the
    // swiped card's and coupons' tokens and discounts on a SEQR payment.
    void refreshLoyalty();
    void addLoyaltyTokens(PaymentRequest &request) const;
    void forgetLoyalty();
    bool isCouponUsed(const QString &code) const;
    void finishSale(qint64 saleId, const Money &paidBySeqr);

    CheckoutContext m_context;
    QString m_loyaltyCard;
    QStringList m_coupons;
    loyalty::Outcome m_loyalty;
    CouponCheck m_couponCheck;
    CouponRelease m_couponRelease;
    Cart *m_cart;
    bool m_registered = true;
    QString m_blockedReason;
    QPointer<PaymentSession> m_session;
    controlunit::ControlUnitService *m_unit = nullptr;
    CashDrawer *m_drawer = nullptr;
};

} // namespace kassa
