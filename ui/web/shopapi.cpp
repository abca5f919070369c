#include "ui/web/shopapi.h"

#include "core/receipt/receiptwords.h"
#include "core/sale/rowtext.h"
#include "ui/web/qrsvg.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kassa::web {

namespace {

QLocale localeOf(const QString &language)
{
    return language == u"sv" ? QLocale(QLocale::Swedish, QLocale::Sweden)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString rateText(const Decimal &rate)
{
    return rate.toString();
}

struct StateSentence
{
    webshop::WebOrder::State state;
    const char *sentence; // an id of WebStrings' table
};

// What the pay page says about an order in each state.
constexpr StateSentence stateSentences[] = {
    {webshop::WebOrder::State::Sending, "preparing"},
    {webshop::WebOrder::State::Waiting, "waiting"},
    {webshop::WebOrder::State::Paid, "paid"},
    {webshop::WebOrder::State::Declined, "declined"},
    {webshop::WebOrder::State::Canceled, "canceled"},
    {webshop::WebOrder::State::TimedOut, "timedOut"},
    {webshop::WebOrder::State::NotSent, "notSent"},
};

struct CouponRefusal
{
    TokenRefusal refusal;
    int status; // the HTTP status of the answer
    const char *sentence;
};

// Why a coupon was not put on the cart, as the page is answered.
constexpr CouponRefusal couponRefusals[] = {
    {TokenRefusal::NotTheShops, 404, "errCouponUnknown"},
    {TokenRefusal::AlreadyOnSale, 409, "errCouponTwice"},
    {TokenRefusal::Used, 409, "errCouponUsed"},
    {TokenRefusal::Blocked, 409, "errCouponBlocked"},
    {TokenRefusal::ShopUnreachable, 503, "errCouponUnchecked"},
    {TokenRefusal::PaymentInProgress, 409, "errPaying"},
};

const char *sentenceOf(webshop::WebOrder::State state)
{
    for (const StateSentence &s : stateSentences) {
        if (s.state == state)
            return s.sentence;
    }
    return "";
}

} // namespace

ApiReply ApiReply::json(const QJsonObject &object, int status)
{
    return ApiReply{status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

ApiReply ApiReply::error(int status, const QString &sentence)
{
    return json(QJsonObject{{u"error"_s, sentence}}, status);
}

ShopApi::ShopApi(webshop::WebShop *shop, const WebStrings *strings)
    : m_shop(shop)
    , m_strings(strings)
{}

ApiReply ShopApi::notFoundOrUnreadable(const Error &error, const QString &language,
                                       const char *notFound) const
{
    if (error.code == ErrorCode::NotFound)
        return ApiReply::error(404, m_strings->text(language, notFound));
    // The journal cannot be read just now (StorageFailed, StorageBusy): the
    // order may well exist, so the page is told to try again, not that
    // there is none.
    return ApiReply::error(503, m_strings->text(language, "errTryAgain"));
}

QString ShopApi::amountText(const Money &money, const QString &language) const
{
    const QString number = money.toLocalizedString(localeOf(language));
    const QString code = money.currency().code();
    if (language == u"sv" && code == u"SEK")
        return number + u"\u00a0kr"_s;
    return number + u'\u00a0' + code;
}

ApiReply ShopApi::strings(const ApiRequest &request) const
{
    QJsonObject table = m_strings->table(request.language);
    return ApiReply::json(QJsonObject{{u"language"_s, request.language},
                                      {u"shop"_s, m_shop->settings().shopName},
                                      {u"strings"_s, table}});
}

ApiReply ShopApi::products(const ApiRequest &request) const
{
    const QString text = request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded).left(64);
    QJsonArray list;
    const QList<catalog::Product> found = text.trimmed().isEmpty()
                                              ? m_shop->catalog()->byName(500)
                                              : m_shop->catalog()->search(text.trimmed(), 200);
    for (const catalog::Product &p : found) {
        if (p.soldByWeight)
            continue;
        list.append(QJsonObject{{u"ean"_s, p.ean},
                                {u"sku"_s, p.sku},
                                {u"name"_s, p.name},
                                {u"price"_s, amountText(p.unitPrice, request.language)},
                                {u"vat"_s, rateText(p.taxRate)}});
    }
    return ApiReply::json(QJsonObject{{u"products"_s, list}});
}

QJsonObject ShopApi::cartJson(const webshop::ShopSession &session, const QString &language) const
{
    const Cart &cart = session.cart();
    QJsonArray lines;
    for (const Cart::Line &line : cart.lines()) {
        lines.append(QJsonObject{{u"ean"_s, line.product.ean},
                                 {u"name"_s, line.product.name},
                                 {u"quantity"_s, int(line.quantity.mantissa())},
                                 {u"unitPrice"_s, amountText(line.product.unitPrice, language)},
                                 {u"total"_s, amountText(line.total(), language)}});
    }
    QJsonArray vat;
    for (const VatLine &v : cart.vat()) {
        vat.append(QJsonObject{{u"rate"_s, rateText(v.ratePercent)},
                               {u"amount"_s, amountText(v.vat, language)}});
    }
    // What the coupons took off, as the server worked it out.
    QJsonArray discounts;
    for (const LoyaltyLine &l : cart.loyaltyLines()) {
        if (l.discount.isPositive())
            discounts.append(QJsonObject{
                {u"name"_s, l.text},
                {u"amount"_s,
                 amountText(Money(-l.discount.minorUnits(), l.discount.currency()), language)}});
    }
    QJsonObject result{{u"lines"_s, lines},
                       {u"discounts"_s, discounts},
                       {u"coupons"_s, QJsonArray::fromStringList(session.coupons())},
                       {u"total"_s, amountText(cart.total(), language)},
                       {u"vat"_s, vat},
                       {u"maxQuantity"_s, m_shop->settings().maxQuantity},
                       {u"csrf"_s, session.csrfToken()}};
    if (const webshop::WebOrder *o = m_shop->order(session.orderId()); o && o->isOpen())
        result.insert(u"openOrder"_s, o->id);
    return result;
}

ApiReply ShopApi::cart(const ApiRequest &request) const
{
    if (request.session)
        return ApiReply::json(cartJson(*request.session, request.language));
    const Cart empty(Currency::sek());
    return ApiReply::json(QJsonObject{{u"lines"_s, QJsonArray()},
                                      {u"total"_s, amountText(empty.total(), request.language)},
                                      {u"vat"_s, QJsonArray()},
                                      {u"maxQuantity"_s, m_shop->settings().maxQuantity},
                                      {u"csrf"_s, QString::fromLatin1(newSessionToken)}});
}

ApiReply ShopApi::sessionRefused(webshop::WebShop::SessionRefusal refusal,
                                 const QString &language) const
{
    ApiReply reply = refusal == webshop::WebShop::SessionRefusal::AddressLimited
                         ? ApiReply::error(429, m_strings->text(language, "errTooManyCarts"))
                         : ApiReply::error(503, m_strings->text(language, "errShopFull"));
    reply.headers.emplaceBack("Retry-After", "60");
    return reply;
}

ApiReply ShopApi::changeCart(const ApiRequest &request) const
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString ean = body.value(u"ean"_s).toString();
    const QJsonValue quantity = body.value(u"quantity"_s);
    const QJsonValue add = body.value(u"add"_s);
    const auto whole = [](const QJsonValue &v, int *out) {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble(); // a count typed in a page, never money
        if (d != double(qint64(d)) || d < -1e6 || d > 1e6)
            return false;
        *out = int(d);
        return true;
    };
    int n = 0;
    webshop::ShopSession::CartRefusal refusal;
    if (ean.isEmpty() || ean.size() > 14)
        refusal = webshop::ShopSession::CartRefusal::UnknownProduct;
    else if (!quantity.isUndefined())
        refusal = whole(quantity, &n) ? request.session->setQuantity(ean, n)
                                      : webshop::ShopSession::CartRefusal::BadQuantity;
    else if (!add.isUndefined())
        refusal = whole(add, &n) ? request.session->add(ean, n)
                                 : webshop::ShopSession::CartRefusal::BadQuantity;
    else
        return ApiReply::error(400, m_strings->text(request.language, "errBadRequest"));
    const QString &lang = request.language;
    const webshop::WebShopSettings &s = m_shop->settings();
    switch (refusal) {
    case webshop::ShopSession::CartRefusal::None:
        return cart(request);
    case webshop::ShopSession::CartRefusal::UnknownProduct:
        return ApiReply::error(404, m_strings->text(lang, "errUnknownProduct"));
    case webshop::ShopSession::CartRefusal::BadQuantity:
        return ApiReply::error(400, m_strings->text(lang, "errBadQuantity"));
    case webshop::ShopSession::CartRefusal::TooMany:
        return ApiReply::error(
            400, m_strings->text(lang, "errTooMany").arg(QString::number(s.maxQuantity)));
    case webshop::ShopSession::CartRefusal::TooManyLines:
        return ApiReply::error(400, m_strings->text(lang, "errTooManyLines", s.maxLines));
    case webshop::ShopSession::CartRefusal::Paying:
        return ApiReply::error(409, m_strings->text(lang, "errPaying"));
    }
    return ApiReply::error(400, m_strings->text(lang, "errBadRequest"));
}

ApiReply ShopApi::addCoupon(const ApiRequest &request) const
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString code = body.value(u"code"_s).toString().trimmed();
    const QString &lang = request.language;
    if (body.value(u"remove"_s).toBool()) {
        if (request.session->removeCoupons() != TokenRefusal::None)
            return ApiReply::error(409, m_strings->text(lang, "errPaying"));
        return cart(request);
    }
    if (code.isEmpty() || code.size() > 64)
        return ApiReply::error(400, m_strings->text(lang, "errCouponUnknown"));
    const TokenRefusal refusal = request.session->addCoupon(code);
    if (refusal == TokenRefusal::None)
        return cart(request);
    for (const CouponRefusal &r : couponRefusals) {
        if (r.refusal == refusal)
            return ApiReply::error(r.status, m_strings->text(lang, r.sentence));
    }
    return ApiReply::error(400, m_strings->text(lang, "errBadRequest"));
}

ApiReply ShopApi::checkout(const ApiRequest &request) const
{
    return checkoutReply(request, request.session->checkout(request.client));
}

ApiReply ShopApi::checkoutReply(const ApiRequest &request,
                                webshop::ShopSession::CheckoutRefusal refusal) const
{
    const QString &lang = request.language;
    switch (refusal) {
    case webshop::ShopSession::CheckoutRefusal::None:
        break;
    case webshop::ShopSession::CheckoutRefusal::CartEmpty:
        return ApiReply::error(400, m_strings->text(lang, "cartEmpty"));
    case webshop::ShopSession::CheckoutRefusal::RateLimited:
    case webshop::ShopSession::CheckoutRefusal::AddressLimited:
    case webshop::ShopSession::CheckoutRefusal::ShopLimited: {
        // Said plainly, in the page's language: wait a minute.
        const char *sentence =
            refusal == webshop::ShopSession::CheckoutRefusal::RateLimited      ? "errRateLimited"
            : refusal == webshop::ShopSession::CheckoutRefusal::AddressLimited ? "errAddressLimited"
                                                                               : "errShopBusy";
        ApiReply reply = ApiReply::error(429, m_strings->text(lang, sentence));
        reply.headers.emplaceBack("Retry-After", "60");
        return reply;
    }
    case webshop::ShopSession::CheckoutRefusal::NotRegistered:
    case webshop::ShopSession::CheckoutRefusal::Blocked:
        return ApiReply::error(503, m_strings->text(lang, "errUnavailable"));
    }
    const webshop::WebOrder *o = m_shop->order(request.session->orderId());
    Q_ASSERT(o);
    return ApiReply::json(orderJson(*o, lang));
}

ApiReply ShopApi::cancel(const ApiRequest &request) const
{
    request.session->cancelCheckout();
    const webshop::WebOrder *o = m_shop->order(request.session->orderId());
    if (!o)
        return ApiReply::error(404, m_strings->text(request.language, "noOrder"));
    return ApiReply::json(orderJson(*o, request.language));
}

QJsonObject ShopApi::orderJson(const webshop::WebOrder &o, const QString &language) const
{
    QJsonObject result{{u"order"_s, o.id},
                       {u"state"_s, webshop::webOrderStateName(o.state)},
                       {u"version"_s, o.version},
                       {u"amount"_s, amountText(o.amount, language)}};
    switch (o.state) {
    case webshop::WebOrder::State::Waiting: {
        result.insert(u"invoiceReference"_s, o.invoiceReference);
        result.insert(u"qr"_s, o.qrCode);
        result.insert(u"appLink"_s, m_shop->appLink(o.qrCode));
        result.insert(u"qrImage"_s, QString(u"/shop/api/qr.svg?order="_s + o.id));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(o.deadline);
        result.insert(u"secondsLeft"_s, qMax<qint64>(0, left));
        break;
    }
    case webshop::WebOrder::State::Paid:
        result.insert(u"invoiceReference"_s, o.invoiceReference);
        result.insert(u"ersReference"_s, o.ersReference);
        result.insert(u"receiptNumber"_s, o.receiptNumber);
        result.insert(u"receiptUrl"_s, QString(u"/shop/receipt?order="_s + o.id));
        break;
    default:
        break;
    }
    result.insert(u"message"_s, m_strings->text(language, sentenceOf(o.state)));
    return result;
}

ApiReply ShopApi::status(const ApiRequest &request) const
{
    const auto o = m_shop->findOrder(request.query.queryItemValue(u"order"_s));
    if (!o)
        return notFoundOrUnreadable(o.error(), request.language, "noOrder");
    return ApiReply::json(orderJson(**o, request.language));
}

ApiReply ShopApi::qrCode(const ApiRequest &request) const
{
    const auto o = m_shop->findOrder(request.query.queryItemValue(u"order"_s));
    if (!o)
        return notFoundOrUnreadable(o.error(), request.language, "noOrder");
    if ((*o)->qrCode.isEmpty())
        return ApiReply::error(404, m_strings->text(request.language, "noOrder"));
    auto matrix = encodeQr((*o)->qrCode);
    if (!matrix)
        return ApiReply::error(500, m_strings->text(request.language, "noOrder"));
    return ApiReply{200, qrSvg(*matrix), "image/svg+xml"};
}

ApiReply ShopApi::receipt(const ApiRequest &request) const
{
    const QString &lang = request.language;
    const auto found = m_shop->findOrder(request.query.queryItemValue(u"order"_s));
    if (!found)
        return notFoundOrUnreadable(found.error(), lang, "receiptUnknown");
    const webshop::WebOrder *o = *found;
    if (o->state != webshop::WebOrder::State::Paid)
        return ApiReply::json(QJsonObject{{u"state"_s, webshop::webOrderStateName(o->state)},
                                          {u"message"_s, m_strings->text(lang, "receiptPending")}},
                              409);
    const auto sale = m_shop->journal()->sale(o->saleId);
    if (!sale)
        return notFoundOrUnreadable(sale.error(), lang, "receiptUnknown");
    const QLocale locale = localeOf(lang);
    QJsonArray rows;
    const ReceiptWords words({lang});
    const RowWord word = [&words](const char *source) { return words(source); };
    for (const SaleRow &row : sale->rows) {
        rows.append(QJsonObject{{u"description"_s, rowText(row, word, words.locale())},
                                {u"quantity"_s, row.quantity.toString()},
                                {u"unitPrice"_s, amountText(row.unitPrice, lang)},
                                {u"total"_s, amountText(row.total, lang)}});
    }
    QJsonArray vat;
    for (const VatLine &v : sale->vat) {
        vat.append(QJsonObject{{u"rate"_s, rateText(v.ratePercent)},
                               {u"amount"_s, amountText(v.vat, lang)}});
    }
    const QDateTime when = (sale->completedAt.isValid() ? sale->completedAt : sale->createdAt);
    return ApiReply::json(
        QJsonObject{{u"state"_s, webshop::webOrderStateName(o->state)},
                    {u"shop"_s, m_shop->settings().shopName},
                    {u"orderNumber"_s, QString::number(sale->receiptNumber.value_or(0))},
                    {u"date"_s, locale.toString(when.toLocalTime(), QLocale::ShortFormat)},
                    {u"rows"_s, rows},
                    {u"vat"_s, vat},
                    {u"total"_s, amountText(sale->total, lang)},
                    {u"ersReference"_s, o->ersReference}});
}

ApiReply ShopApi::notify(const ApiRequest &request) const
{
    // The body is never read: the token names the checkout, SEQR tells the truth.
    const bool known = m_shop->notify(request.query.queryItemValue(u"token"_s));
    return known ? ApiReply::json(QJsonObject{{u"ok"_s, true}})
                 : ApiReply::json(QJsonObject{{u"ok"_s, false}}, 404);
}

} // namespace kassa::web
