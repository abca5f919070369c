#include "core/webshop/webshoplimits.h"

using namespace Qt::StringLiterals;

namespace kassa::webshop {

namespace {

int positive(const QJsonObject &o, const QString &key, int fallback)
{
    const int value = o.value(key).toInt(fallback);
    return value > 0 ? value : fallback;
}

} // namespace

WebShopLimits WebShopLimits::fromJson(const QJsonObject &o)
{
    WebShopLimits l;
    l.invoicesPerAddress = positive(o, u"invoicesPerAddress"_s, l.invoicesPerAddress);
    l.invoicesPerShop = positive(o, u"invoicesPerShop"_s, l.invoicesPerShop);
    l.sessionsPerAddress = positive(o, u"sessionsPerAddress"_s, l.sessionsPerAddress);
    l.maxSessions = positive(o, u"maxSessions"_s, l.maxSessions);
    l.behindProxy = o.value(u"behindProxy"_s).toBool(false);
    return l;
}

WebShopLimits WebShopLimits::over(const WebShopLimits &base) const
{
    const WebShopLimits defaults;
    WebShopLimits l = base;
    const auto pick = [](int mine, int fallback, int byDefault) {
        return mine != byDefault ? mine : fallback;
    };
    l.invoicesPerAddress =
        pick(invoicesPerAddress, base.invoicesPerAddress, defaults.invoicesPerAddress);
    l.invoicesPerShop = pick(invoicesPerShop, base.invoicesPerShop, defaults.invoicesPerShop);
    l.sessionsPerAddress =
        pick(sessionsPerAddress, base.sessionsPerAddress, defaults.sessionsPerAddress);
    l.maxSessions = pick(maxSessions, base.maxSessions, defaults.maxSessions);
    l.behindProxy = behindProxy || base.behindProxy;
    return l;
}

QJsonObject WebShopLimits::toJson() const
{
    return QJsonObject{{u"invoicesPerAddress"_s, invoicesPerAddress},
                       {u"invoicesPerShop"_s, invoicesPerShop},
                       {u"sessionsPerAddress"_s, sessionsPerAddress},
                       {u"maxSessions"_s, maxSessions},
                       {u"behindProxy"_s, behindProxy}};
}

} // namespace kassa::webshop
