#include "ui/web/webstrings.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kassa::web {

namespace {

// Every word of the pages, marked for lupdate.
constexpr TextEntry entries[] = {
    {"shopHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Webshop")},
    {"search", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Search products")},
    {"searchButton", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Search")},
    {"searchHint", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Name, article number or EAN")},
    {"products", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Products")},
    {"noProducts", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "No products match your search.")},
    {"add", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Add to cart")},
    {"addNamed", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Add %1 to the cart")},
    {"added", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "%1 is in the cart.")},
    {"cart", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Your cart")},
    {"cartEmpty", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Your cart is empty.")},
    {"quantity", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Quantity")},
    {"quantityOf", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Quantity of %1")},
    {"remove", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Remove")},
    {"removeNamed", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Remove %1 from the cart")},
    {"total", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Total")},
    {"vatRate", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "VAT %1 %")},
    {"checkout", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Pay with SEQR")},
    {"payHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Pay with SEQR")},
    {"step1",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "1. Scan the QR code with your SEQR app")},
    {"step2",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "2. Confirm the payment with your personal PIN")},
    {"phoneStep",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                       "Tap the button to pay in the SEQR app, then confirm with your PIN.")},
    {"openSeqr", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Open SEQR")},
    {"getApp", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Get the SEQR app")},
    {"qrAlt", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "QR code to pay %1 with SEQR")},
    {"toPay", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "To pay")},
    {"preparing", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Preparing your payment…")},
    {"waiting", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Waiting for your payment…")},
    {"timeLeft", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Time left to pay: %1")},
    {"cancel", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Cancel payment")},
    {"paid", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Paid — thank you!")},
    {"declined",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                       "The payment was declined. Your cart is kept; you can try again.")},
    {"canceled",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "The payment was canceled. Your cart is kept.")},
    {"timedOut", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                   "No payment arrived in time, so the payment was canceled. "
                                   "Your cart is kept.")},
    {"notSent", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                  "SEQR cannot be reached right now. Your cart is kept: please "
                                  "pay another way or try again later.")},
    {"tryAgain", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Try again")},
    {"backToCart", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Back to the cart")},
    {"statusProblem",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                       "The payment status cannot be fetched right now; still trying…")},
    {"noOrder", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "There is no payment to show.")},
    {"receiptHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Receipt")},
    {"thanks", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Thank you for your order!")},
    {"orderNumber", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Order number")},
    {"date", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Date")},
    {"reference", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "SEQR reference")},
    {"item", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Item")},
    {"amount", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Amount")},
    {"receiptUnknown",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "This receipt cannot be found.")},
    {"receiptPending",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "This order is not paid (yet).")},
    {"continueShopping", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Continue shopping")},
    // Scan to order (the order, success, failure and cancel pages).
    {"codesHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Scan to order")},
    {"codesHint", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                    "Scan a code with the SEQR app, or open its link on the "
                                    "phone.")},
    {"scanOnPhonePage", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Scan with the demo phone")},
    {"visitChecking", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "One moment…")},
    {"visitExpired", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                       "This order link has expired. Scan the code on the table "
                                       "or shelf again.")},
    {"visitUnknownCode",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "This code is not one of the shop's. Scan the "
                                                 "code on the table or shelf again.")},
    {"visitUnavailable",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "SEQR cannot be reached right now. Scan the code "
                                                 "again in a moment, or order at the counter.")},
    {"scanAgainHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Scan the code again")},
    {"leaveService", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Back to SEQR")},
    {"menuHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "What would you like?")},
    {"reviewOrder", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Review order")},
    {"back", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Back")},
    {"yourOrder", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Your order")},
    {"orderAndPay", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Order and pay with SEQR")},
    {"orderPlaced", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Thank you for your order!")},
    {"confirmingPayment", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Confirming your payment…")},
    {"notPaidHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Not paid")},
    {"canceledHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Payment canceled")},
    {"failedHeading", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Payment failed")},
    {"orderCanceled", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                        "You canceled the payment, so nothing was ordered. Your "
                                        "order is kept if you want to try again.")},
    {"orderFailed", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                      "The payment did not go through, so nothing was ordered. "
                                      "Your order is kept if you want to try again.")},
    {"backToOrder", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Back to your order")},
    {"onReceipt", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                    "The order number is also on your receipt in the SEQR app.")},
    {"pickupAt", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                   "We bring your order to %1. If you are called, show this "
                                   "number at the counter.")},
    {"language", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Language")},
    {"errPaying", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                    "A payment is open for this cart: finish or cancel it "
                                    "before changing the cart.")},
    {"couponLabel", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Coupon code")},
    {"couponButton", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Use the coupon")},
    {"couponOn", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "The coupon %1 is on your order.")},
    {"couponRemove", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Remove the coupon")},
    {"couponRemoved", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                        "The coupon is off your order; it is good again.")},
    {"errCouponUnknown",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "That is not a coupon of this shop.")},
    {"errCouponTwice",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "That coupon is on your order already.")},
    {"errCouponUsed", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                        "That coupon has been used already: each is good once.")},
    {"errCouponBlocked",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "That coupon is blocked by the shop.")},
    {"errCouponUnchecked",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "The coupon cannot be checked just now. Try "
                                                 "again in a while, or pay without it.")},
    {"errTooMany", QT_TRANSLATE_NOOP("kassa::web::WebStrings", "At most %1 of one product.")},
    {"errUnknownProduct",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "That product is not sold here.")},
    {"errBadQuantity",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "The quantity must be a whole number.")},
    {"errRateLimited",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Too many payments were started from this cart. "
                                                 "Wait a minute and try again.")},
    {"errAddressLimited",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Too many payments were started from your "
                                                 "address. Wait a minute and try again.")},
    {"errShopBusy",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "The shop is taking too many payments just now. "
                                                 "Wait a minute and try again.")},
    {"errTooManyCarts",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Too many new carts were started from your "
                                                 "address. Wait a minute and try again.")},
    {"errShopFull",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "The shop has too many visitors just now. "
                                                 "Wait a minute and try again.")},
    {"errUnavailable", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                         "The shop cannot take SEQR payments right now. Please "
                                         "try again in a moment.")},
    {"errTryAgain", QT_TRANSLATE_NOOP("kassa::web::WebStrings",
                                      "The shop cannot read its records right now. Please try "
                                      "again in a moment.")},
    {"errSession",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "Your session has expired. Reload the page.")},
    {"errBadRequest",
     QT_TRANSLATE_NOOP("kassa::web::WebStrings", "The request could not be understood.")},
};

// Sentences with a count: the count picks the form (Swedish and English
// plurals). Said by the server only (its answers), not in the pages' table.
constexpr TextEntry countedEntries[] = {
    {"errTooManyLines",
     QT_TRANSLATE_N_NOOP("kassa::web::WebStrings", "At most %n different products in one cart.")},
};

} // namespace

QString WebStrings::languageOf(const http::HttpRequest &request)
{
    QString asked = request.query.queryItemValue(u"lang"_s);
    if (asked != u"sv" && asked != u"en") {
        for (QByteArray part : request.headers.value("cookie").split(';')) {
            part = part.trimmed();
            if (part == "kassa_lang=sv" || part == "kassa_lang=en") {
                asked = QString::fromLatin1(part.mid(11));
                break;
            }
        }
    }
    return TwoLanguages::languageOf(asked, request.headers.value("accept-language"));
}

QJsonObject WebStrings::table(const QString &language) const
{
    return m_words.table(language, entries);
}

QString WebStrings::text(const QString &language, const char *id, int count) const
{
    for (const TextEntry &e : countedEntries) {
        if (qstrcmp(e.id, id) == 0)
            return m_words.text(language, e.source, count).replace(u"%n"_s, QString::number(count));
    }
    return QString::fromUtf8(id);
}

QString WebStrings::text(const QString &language, const char *id) const
{
    for (const TextEntry &e : entries) {
        if (qstrcmp(e.id, id) == 0)
            return m_words.text(language, e.source);
    }
    return QString::fromUtf8(id);
}

} // namespace kassa::web
