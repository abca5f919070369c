#include "ui/web/serviceapi.h"

#include "core/receipt/receiptwords.h"
#include "core/sale/rowtext.h"
#include "ui/web/qrsvg.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kassa::web {

ServiceApi::ServiceApi(ordering::OrderService *service, const ShopApi *shopApi,
                       const WebStrings *strings)
    : m_service(service)
    , m_shopApi(shopApi)
    , m_strings(strings)
{}

QJsonObject ServiceApi::visitJson(const webshop::ShopSession &session,
                                  const QString &language) const
{
    using State = ordering::OrderService::VisitState;
    const auto v = m_service->visit(session.id());
    QString state = u"NONE"_s;
    const char *sentence = nullptr;
    if (v) {
        switch (v->state) {
        case State::Checking:
            state = u"CHECKING"_s;
            sentence = "visitChecking";
            break;
        case State::Ready:
            state = u"READY"_s;
            break;
        case State::Expired:
            state = u"EXPIRED"_s;
            sentence = "visitExpired";
            break;
        case State::UnknownCode:
            state = u"EXPIRED"_s; // the page's "scan the code again"
            sentence = "visitUnknownCode";
            break;
        case State::Unavailable:
            state = u"UNAVAILABLE"_s;
            sentence = "visitUnavailable";
            break;
        }
    } else {
        sentence = "visitExpired";
    }
    QJsonObject o{{u"state"_s, state},
                  {u"shop"_s, m_service->shop()->settings().shopName},
                  {u"csrf"_s, session.csrfToken()}};
    if (v && v->state == State::Ready)
        o.insert(u"place"_s, v->place);
    if (sentence)
        o.insert(u"message"_s, m_strings->text(language, sentence));
    return o;
}

ApiReply ServiceApi::open(const ApiRequest &request, webshop::ShopSession **session) const
{
    const QString token =
        QJsonDocument::fromJson(request.body).object().value(u"token"_s).toString();
    auto refusal = webshop::WebShop::SessionRefusal::None;
    webshop::ShopSession *s = m_service->open(token, request.session, request.client, &refusal);
    if (!s && refusal != webshop::WebShop::SessionRefusal::None)
        return m_shopApi->sessionRefused(refusal, request.language);
    if (!s)
        return ApiReply::json(
            QJsonObject{{u"state"_s, u"EXPIRED"_s},
                        {u"message"_s, m_strings->text(request.language, "visitExpired")}},
            400);
    *session = s;
    QJsonObject o = visitJson(*s, request.language);
    o.insert(u"cart"_s, m_shopApi->cartJson(*s, request.language));
    return ApiReply::json(o);
}

ApiReply ServiceApi::visit(const ApiRequest &request) const
{
    if (!request.session || !request.session->isServiceVisit())
        return ApiReply::json(
            QJsonObject{{u"state"_s, u"EXPIRED"_s},
                        {u"message"_s, m_strings->text(request.language, "visitExpired")}},
            404);
    QJsonObject o = visitJson(*request.session, request.language);
    o.insert(u"cart"_s, m_shopApi->cartJson(*request.session, request.language));
    return ApiReply::json(o);
}

ApiReply ServiceApi::menu(const ApiRequest &request) const
{
    // The webshop's list, without what the service does not offer.
    const ApiReply all = m_shopApi->products(request);
    const QStringList &menu = m_service->shop()->settings().serviceMenu;
    if (menu.isEmpty())
        return all;
    QJsonArray list;
    for (const QJsonValue &p :
         QJsonDocument::fromJson(all.body).object().value(u"products"_s).toArray()) {
        if (menu.contains(p.toObject().value(u"ean"_s).toString()))
            list.append(p);
    }
    return ApiReply::json(QJsonObject{{u"products"_s, list}});
}

ApiReply ServiceApi::placed(const ApiRequest &request) const
{
    const QString &lang = request.language;
    if (!request.session || !request.session->isServiceVisit())
        return ApiReply::error(404, m_strings->text(lang, "visitExpired"));
    const auto found = m_service->shop()->findOrder(request.session->orderId());
    if (!found)
        return m_shopApi->notFoundOrUnreadable(found.error(), lang, "noOrder");
    const webshop::WebOrder *o = *found;
    QJsonObject result = m_shopApi->orderJson(*o, lang);
    result.insert(u"place"_s, o->place);
    result.insert(u"token"_s, request.session->serviceToken());
    if (o->state == webshop::WebOrder::State::Paid) {
        result.insert(u"orderNumber"_s, QString::number(o->receiptNumber));
        result.insert(u"pickup"_s, m_strings->text(lang, "pickupAt").arg(o->place));
        const auto sale = m_service->shop()->journal()->sale(o->saleId);
        if (!sale && sale.error().code != ErrorCode::NotFound)
            return m_shopApi->notFoundOrUnreadable(sale.error(), lang, "noOrder");
        if (sale) {
            QJsonArray rows;
            const ReceiptWords words({lang});
            const RowWord word = [&words](const char *source) { return words(source); };
            for (const SaleRow &row : sale->rows)
                rows.append(QJsonObject{{u"description"_s, rowText(row, word, words.locale())},
                                        {u"quantity"_s, row.quantity.toString()}});
            result.insert(u"rows"_s, rows);
        }
    }
    return ApiReply::json(result);
}

void ServiceApi::checkout(const ApiRequest &request, QObject *owner,
                          std::function<void(const ApiReply &)> reply) const
{
    using Outcome = ordering::OrderService::SubmitOutcome;
    const auto answer = [this, alive = QPointer<QObject>(owner), request, reply = std::move(reply)](
                            const ordering::OrderService::Submitted &submitted) {
        if (!alive)
            return;
        const QString &lang = request.language;
        switch (submitted.outcome) {
        case Outcome::Sent:
            reply(m_shopApi->checkoutReply(request, submitted.refusal));
            return;
        case Outcome::Expired:
            reply(ApiReply::json(QJsonObject{{u"state"_s, u"EXPIRED"_s},
                                             {u"message"_s, m_strings->text(lang, "visitExpired")},
                                             {u"error"_s, m_strings->text(lang, "visitExpired")}},
                                 410));
            return;
        case Outcome::Unavailable:
            reply(ApiReply::error(503, m_strings->text(lang, "errUnavailable")));
            return;
        }
    };
    m_service->submit(request.session, answer, request.client);
}

ApiReply ServiceApi::codes(const ApiRequest &request) const
{
    Q_UNUSED(request);
    const ordering::OrderServiceConfig &config = m_service->config();
    QJsonArray list;
    for (qsizetype i = 0; i < config.codes.size(); ++i) {
        const QString text = config.codeText(config.codes.at(i));
        QString phone;
        if (const QUrl page = m_service->shop()->settings().phonePageUrl; page.isValid())
            phone = page.toString(QUrl::RemoveQuery | QUrl::RemoveFragment) + u"?code="_s +
                    QString::fromLatin1(QUrl::toPercentEncoding(text));
        list.append(QJsonObject{
            {u"phoneLink"_s, phone},
            {u"label"_s, config.codes.at(i).label},
            {u"text"_s, text},
            {u"link"_s, m_service->shop()->appLink(text)},
            {u"qrImage"_s, QString(u"/service/api/code.svg?i="_s + QString::number(i))}});
    }
    return ApiReply::json(QJsonObject{{u"serviceId"_s, config.serviceId}, {u"codes"_s, list}});
}

ApiReply ServiceApi::codeSvg(const ApiRequest &request) const
{
    const ordering::OrderServiceConfig &config = m_service->config();
    bool ok = false;
    const int i = request.query.queryItemValue(u"i"_s).toInt(&ok);
    if (!ok || i < 0 || i >= config.codes.size())
        return ApiReply::error(404, u"not found"_s);
    auto matrix = encodeQr(config.codeText(config.codes.at(i)));
    if (!matrix)
        return ApiReply::error(404, u"not found"_s);
    return ApiReply{200, qrSvg(*matrix), "image/svg+xml"};
}

} // namespace kassa::web
