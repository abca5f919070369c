#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/checkout/checkout.h"
#include "core/loyalty/loyaltyconfig.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::loyalty;

namespace {

QJsonObject programmeJson(const Programme &p)
{
    QJsonObject o{{u"id"_s, p.id}, {u"pattern"_s, p.pattern}, {u"name"_s, p.name}};
    if (p.rule == Programme::Rule::Points)
        o.insert(u"points"_s, true);
    else
        o.insert(u"percent"_s, p.percent.toString());
    o.insert(u"groups"_s, QJsonArray::fromStringList(p.groups));
    return o;
}

} // namespace

void CliApp::saveLoyalty(const QString &said, const QJsonObject &json)
{
    if (auto saved = m_config.save(m_configPath); !saved)
        return fail(ServiceError, saved.error().detail);
    say(said);
    finish(Done, json);
}

void CliApp::loyaltyCommand()
{
    const QStringList args = m_parser.positionalArguments();
    const QString what = args.value(1);
    if (what == u"list"_s && args.size() == 2)
        return listLoyalty();
    if (what == u"remove"_s && args.size() <= 3) {
        const QString id = args.size() == 3 ? args[2] : m_parser.value(u"id"_s);
        if (!m_config.loyalty.removeProgramme(id))
            return fail(Usage, tr("there is no loyalty programme \u201c%1\u201d").arg(id));
        return saveLoyalty(tr("Loyalty programme %1 removed.").arg(id),
                           QJsonObject{{u"removed"_s, id}});
    }
    if (what != u"add"_s || args.size() != 2)
        return fail(Usage,
                    tr("usage: kassa-cli loyalty add --id X_CARD --pattern REGEX --name NAME "
                       "(--percent P [--group PREFIX]... | --points) | loyalty list | "
                       "loyalty remove ID"));
    Programme p;
    p.id = m_parser.value(u"id"_s);
    p.pattern = m_parser.value(u"pattern"_s);
    p.name = m_parser.value(u"name"_s);
    p.groups = m_parser.values(u"group"_s);
    if (m_parser.isSet(u"points"_s) == m_parser.isSet(u"percent"_s))
        return fail(Usage, tr("give either --percent P or --points"));
    if (m_parser.isSet(u"points"_s))
        p.rule = Programme::Rule::Points;
    else if (!readPercent(&p.percent))
        return;
    if (auto added = m_config.loyalty.addProgramme(p); !added)
        return fail(Usage, tr("the programme cannot be added: %1").arg(added.error().detail));
    saveLoyalty(tr("Loyalty programme %1 (%2): cards %3, %4.")
                    .arg(p.id, p.name, p.pattern,
                         p.rule == Programme::Rule::Points
                             ? tr("points only")
                             : tr("%1 % off").arg(p.percent.toString())),
                programmeJson(p));
}

void CliApp::listLoyalty()
{
    QJsonArray programmes;
    for (const Programme &p : m_config.loyalty.programmes) {
        programmes.append(programmeJson(p));
        say(tr("%1  %2  cards %3  %4")
                .arg(p.id, p.name, p.pattern,
                     p.rule == Programme::Rule::Points ? tr("points only")
                                                       : tr("%1 % off").arg(p.percent.toString())));
    }
    QJsonArray coupons;
    for (const Coupon &c : m_config.loyalty.coupons) {
        const QString code = c.code.isEmpty() ? c.pattern : c.code;
        const QString off =
            c.amount.isPositive() ? money(c.amount) : c.percent.toString() + u" %"_s;
        coupons.append(QJsonObject{{u"code"_s, code}, {u"off"_s, off}, {u"blocked"_s, c.blocked}});
        say(tr("coupon %1  %2 off%3").arg(code, off, c.blocked ? tr(" (blocked)") : QString()));
    }
    if (programmes.isEmpty() && coupons.isEmpty())
        say(tr("No loyalty programmes or coupons: the till has no loyalty flow."));
    finish(Done, QJsonObject{{u"programmes"_s, programmes}, {u"coupons"_s, coupons}});
}

void CliApp::couponCommand()
{
    const QStringList args = m_parser.positionalArguments();
    const QString what = args.value(1);
    if (what == u"remove"_s && args.size() == 3) {
        if (!m_config.loyalty.removeCoupon(args[2]))
            return fail(Usage, tr("there is no coupon \u201c%1\u201d").arg(args[2]));
        return saveLoyalty(tr("Coupon %1 removed.").arg(args[2]),
                           QJsonObject{{u"removed"_s, args[2]}});
    }
    if ((what == u"block"_s || what == u"unblock"_s) && args.size() == 3) {
        const bool block = what == u"block"_s;
        if (auto done = m_config.loyalty.setCouponBlocked(args[2], block); !done)
            return fail(Usage, tr("the coupon cannot be changed: %1").arg(done.error().detail));
        return saveLoyalty(block ? tr("Coupon %1 blocked: it is refused from now on.").arg(args[2])
                                 : tr("Coupon %1 unblocked.").arg(args[2]),
                           QJsonObject{{u"code"_s, args[2]}, {u"blocked"_s, block}});
    }
    if (what != u"add"_s || args.size() != 2)
        return fail(Usage, tr("usage: kassa-cli coupon add (--code CODE | --pattern REGEX) "
                              "(--amount A | --percent P) [--name NAME] | coupon remove CODE | "
                              "coupon block CODE | coupon unblock CODE"));
    const auto currency = Currency::fromCode(m_config.currency);
    Coupon c;
    c.code = m_parser.value(u"code"_s);
    c.pattern = m_parser.isSet(u"code"_s) ? QString() : m_parser.value(u"pattern"_s);
    c.name = m_parser.value(u"name"_s);
    c.amount = Money(0, currency ? *currency : Currency::sek());
    if (m_parser.isSet(u"amount"_s) == m_parser.isSet(u"percent"_s))
        return fail(Usage, tr("give either --amount A or --percent P"));
    if (m_parser.isSet(u"amount"_s)) {
        auto amount =
            Money::parse(m_parser.value(u"amount"_s).replace(u',', u'.'), c.amount.currency());
        if (!amount)
            return fail(Usage,
                        tr("--amount is not an amount: %1").arg(m_parser.value(u"amount"_s)));
        c.amount = *amount;
    } else if (!readPercent(&c.percent)) {
        return;
    }
    if (auto added = m_config.loyalty.addCoupon(c); !added)
        return fail(Usage, tr("the coupon cannot be added: %1").arg(added.error().detail));
    const QString code = c.code.isEmpty() ? c.pattern : c.code;
    const QString off = c.amount.isPositive() ? money(c.amount) : c.percent.toString() + u" %"_s;
    saveLoyalty(tr("Coupon %1: %2 off, once per code.").arg(code, off),
                QJsonObject{{u"code"_s, code}, {u"off"_s, off}});
}

bool CliApp::applyLoyalty(Checkout *checkout, const QString &nothing)
{
    if (!applyLoyaltyCard(checkout, nothing))
        return false;
    const QStringList codes = m_parser.values(u"coupon"_s);
    for (const QString &code : codes) {
        if (!applyCoupon(checkout, code, nothing))
            return false;
    }
    if (!codes.isEmpty())
        say(tr("Coupons %1: %2 off in all (with any card); total %3.")
                .arg(checkout->coupons().join(u", "_s), money(checkout->loyaltyDiscount()),
                     money(checkout->cart()->total())));
    return true;
}

bool CliApp::applyCoupon(Checkout *checkout, const QString &code, const QString &nothing)
{
    const QString c = code.trimmed();
    switch (checkout->addCoupon(c)) {
    case TokenRefusal::None:
        return true;
    case TokenRefusal::NotTheShops:
        fail(Usage, tr("%1 is not a coupon of this shop; %2").arg(c, nothing));
        break;
    case TokenRefusal::AlreadyOnSale:
        fail(Usage, tr("the coupon %1 is given twice; %2").arg(c, nothing));
        break;
    case TokenRefusal::Used:
        fail(Usage, tr("the coupon %1 has been used already (each coupon is good once); %2")
                        .arg(c, nothing));
        break;
    case TokenRefusal::Blocked:
        fail(Usage, tr("the coupon %1 is blocked by the shop; %2").arg(c, nothing));
        break;
    case TokenRefusal::ShopUnreachable:
        fail(ServiceError, tr("the shop database cannot be reached, so the other tills cannot be "
                              "asked whether the coupon %1 was used; %2")
                               .arg(c, nothing));
        break;
    case TokenRefusal::PaymentInProgress:
        fail(ServiceError, tr("a payment is in progress; %1").arg(nothing));
        break;
    }
    return false;
}

bool CliApp::applyLoyaltyCard(Checkout *checkout, const QString &nothing)
{
    if (!m_parser.isSet(u"loyalty-card"_s))
        return true;
    const QString number = m_parser.value(u"loyalty-card"_s);
    if (!checkout->setLoyaltyCard(number)) {
        fail(Usage, tr("the loyalty card %1 is not one of the shop's; %2")
                        .arg(maskedNumber(number.trimmed()), nothing));
        return false;
    }
    const Programme *p = m_config.loyalty.programmeForNumber(checkout->loyaltyCard());
    const QString card = (p ? p->name + u' ' : QString()) + maskedNumber(checkout->loyaltyCard());
    if (checkout->loyaltyDiscount().isPositive())
        say(tr("Loyalty card %1: %2 off; total %3.")
                .arg(card, money(checkout->loyaltyDiscount()), money(checkout->cart()->total())));
    else
        say(tr("Loyalty card %1: no discount on this sale (points are journaled).").arg(card));
    return true;
}

bool CliApp::readPercent(Decimal *percent)
{
    const auto parsed = Decimal::parse(m_parser.value(u"percent"_s).replace(u',', u'.'));
    if (!parsed) {
        fail(Usage, tr("--percent is not a number: %1").arg(m_parser.value(u"percent"_s)));
        return false;
    }
    *percent = *parsed;
    return true;
}
