#include "core/shopdb/shopcoupons.h"

#include "core/shopdb/shopdatabase.h"
#include "core/shopdb/shopsql.h"

#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcShopDb)

namespace kassa::shopdb {

Result<std::optional<ShopCouponUse>> ShopDatabase::couponUse(const QString &code) const
{
    Sql sql(m_connection);
    return sql.read([&]() -> std::optional<ShopCouponUse> {
        QSqlQuery q = sql.run(u"SELECT u.code, u.till_id, u.terminal_id, t.name, u.sale_id,"
                              " kassa_time(u.used_at) FROM used_coupons u"
                              " JOIN tills t ON t.till_id = u.till_id WHERE u.code=?"_s,
                              {code.trimmed().toUpper()});
        if (!q.next())
            return std::nullopt;
        return ShopCouponUse{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toLongLong(), timeFrom(q.value(5))};
    });
}

Result<std::optional<ShopCouponUse>> ShopDatabase::claimCoupon(const QString &code,
                                                               const TillIdentity &till)
{
    Sql sql(m_connection);
    const QString key = code.trimmed().toUpper();
    return sql.transaction([&]() -> std::optional<ShopCouponUse> {
        sql.run(u"INSERT INTO tills(till_id, terminal_id, name, kind) VALUES(?,?,?,?)"
                " ON CONFLICT(till_id) DO NOTHING"_s,
                {till.tillId, till.terminalId, till.name, till.kind});
        sql.run(u"INSERT INTO used_coupons(code, till_id, terminal_id, sale_id, used_at)"
                " VALUES(?,?,?,0,now()) ON CONFLICT(code) DO NOTHING"_s,
                {key, till.tillId, till.terminalId});
        QSqlQuery q = sql.run(u"SELECT u.code, u.till_id, u.terminal_id, t.name, u.sale_id,"
                              " kassa_time(u.used_at) FROM used_coupons u"
                              " JOIN tills t ON t.till_id = u.till_id WHERE u.code=?"_s,
                              {key});
        if (!q.next())
            return std::nullopt;
        ShopCouponUse use{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toLongLong(), timeFrom(q.value(5))};
        if (use.tillId == till.tillId && use.saleId == 0)
            return std::nullopt; // this till's
        return use;
    });
}

Status ShopDatabase::releaseCoupon(const QString &code, const TillIdentity &till)
{
    Sql sql(m_connection);
    auto done = sql.transaction([&] {
        sql.run(u"DELETE FROM used_coupons WHERE code=? AND till_id=? AND sale_id=0"_s,
                {code.trimmed().toUpper(), till.tillId});
        return true;
    });
    if (!done)
        return done.error();
    return Ok{};
}

namespace {

struct CouponAsker
{
    ShopDatabaseConfig config;
    TillIdentity till;
    std::unique_ptr<ShopDatabase> shop;

    CouponAnswer ask(const QString &code)
    {
        if (!shop) {
            auto opened = ShopDatabase::open(config);
            if (!opened) {
                qCInfo(lcShopDb).noquote()
                    << "a coupon cannot be checked shop-wide:" << opened.error().detail;
                return CouponAnswer::Unreachable;
            }
            shop = std::move(opened).value();
        }
        const auto use =
            till.tillId.isEmpty() ? shop->couponUse(code) : shop->claimCoupon(code, till);
        if (!use) {
            qCInfo(lcShopDb).noquote()
                << "a coupon cannot be checked shop-wide:" << use.error().detail;
            shop.reset(); // opened afresh next time
            return CouponAnswer::Unreachable;
        }
        if (*use)
            qCInfo(lcShopDb).noquote() << "coupon" << (*use)->code << "was used by sale"
                                       << (*use)->saleId << "of" << (*use)->tillName;
        return *use ? CouponAnswer::Used : CouponAnswer::Unused;
    }

    void release(const QString &code)
    {
        if (till.tillId.isEmpty())
            return;
        if (!shop) {
            auto opened = ShopDatabase::open(config);
            if (!opened) {
                qCInfo(lcShopDb).noquote()
                    << "a coupon's claim stays (no shop database):" << opened.error().detail;
                return;
            }
            shop = std::move(opened).value();
        }
        if (auto released = shop->releaseCoupon(code, till); !released) {
            qCInfo(lcShopDb).noquote() << "a coupon's claim stays:" << released.error().detail;
            shop.reset();
        }
    }
};

} // namespace

CouponCheck couponCheck(const ShopDatabaseConfig &config, const TillIdentity &till)
{
    return couponHooks(config, till).check;
}

ShopCouponHooks couponHooks(const ShopDatabaseConfig &config, const TillIdentity &till)
{
    if (!config.isEnabled())
        return {};
    auto asker = std::make_shared<CouponAsker>(CouponAsker{config, till, nullptr});
    return {[asker](const QString &code) { return asker->ask(code); },
            [asker](const QString &code) { asker->release(code); }};
}

void installCouponHooks(Checkout &checkout, const ShopDatabaseConfig &config,
                        const TillIdentity &till)
{
    ShopCouponHooks hooks = couponHooks(config, till);
    checkout.setCouponCheck(std::move(hooks.check));
    checkout.setCouponRelease(std::move(hooks.release));
}

} // namespace kassa::shopdb
