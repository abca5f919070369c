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
        // The claim's time is the till's clock, as is a coupon release's
        // (ShopDatabase::deliver): a release journaled before this claim
        // never frees it. This till's own unused claim is claimed anew.
        sql.run(u"INSERT INTO used_coupons(code, till_id, terminal_id, sale_id, used_at)"
                " VALUES(?,?,?,0,?::timestamptz) ON CONFLICT(code) DO UPDATE SET"
                " used_at=EXCLUDED.used_at WHERE used_coupons.till_id=EXCLUDED.till_id"
                " AND used_coupons.sale_id=0"_s,
                {key, till.tillId, till.terminalId, timeText(QDateTime::currentDateTimeUtc())});
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

    // Opens the database when there is no connection yet; false (logged)
    // when it cannot be reached.
    bool connect(const char *what)
    {
        if (shop)
            return true;
        auto opened = ShopDatabase::open(config);
        if (!opened) {
            qCInfo(lcShopDb).noquote() << what << opened.error().detail;
            return false;
        }
        shop = std::move(opened).value();
        return true;
    }

    // Runs `step` on the connection; a connection that went away since (the
    // server restarted) is opened afresh once before the answer is "away".
    template<typename Step> auto withShop(const char *what, Step step) -> decltype(step(*shop))
    {
        const bool wasOpen = shop != nullptr;
        if (!connect(what))
            return makeError(ErrorCode::ConnectionProblem, u"no shop database"_s);
        auto first = step(*shop);
        if (!first && wasOpen) {
            shop.reset();
            if (connect(what)) {
                auto second = step(*shop);
                if (!second)
                    failed(what, second.error());
                return second;
            }
        }
        if (!first)
            failed(what, first.error());
        return first;
    }

    void failed(const char *what, const Error &error)
    {
        qCInfo(lcShopDb).noquote() << what << error.detail;
        shop.reset(); // opened afresh next time
    }

    CouponAnswer ask(const QString &code)
    {
        const auto use = withShop("a coupon cannot be checked shop-wide:", [&](ShopDatabase &db) {
            return till.tillId.isEmpty() ? db.couponUse(code) : db.claimCoupon(code, till);
        });
        if (!use)
            return CouponAnswer::Unreachable;
        if (*use)
            qCInfo(lcShopDb).noquote() << "coupon" << (*use)->code << "was used by sale"
                                       << (*use)->saleId << "of" << (*use)->tillName;
        return *use ? CouponAnswer::Used : CouponAnswer::Unused;
    }

    // While the database is away the claim stays; the journaled release
    // (Checkout) frees it once the shop sync delivers it.
    void release(const QString &code)
    {
        if (till.tillId.isEmpty())
            return;
        (void)withShop("a coupon's claim stays for now:",
                       [&](ShopDatabase &db) { return db.releaseCoupon(code, till); });
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
