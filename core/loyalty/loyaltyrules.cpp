#include "core/loyalty/loyaltyrules.h"

#include "core/money/share.h"

#include <QCoreApplication>

#include <map>

using namespace Qt::StringLiterals;

namespace kassa::loyalty {

namespace {

bool inGroups(const SaleRow &row, const QStringList &groups)
{
    if (groups.isEmpty())
        return true;
    for (const QString &g : groups)
        if ((!row.sku.isEmpty() && row.sku.startsWith(g)) ||
            (!row.ean.isEmpty() && row.ean.startsWith(g)))
            return true;
    return false;
}

// What a discount reduces, per VAT rate (the rows' totals, never below 0).
std::map<Decimal, qint64> baseByRate(const QList<SaleRow> &rows, const QStringList &groups)
{
    std::map<Decimal, qint64> base;
    for (const SaleRow &row : rows)
        if (inGroups(row, groups))
            base[row.taxRate] += row.total.minorUnits();
    for (auto it = base.begin(); it != base.end();)
        it = it->second > 0 ? std::next(it) : base.erase(it);
    return base;
}

qint64 sumOf(const std::map<Decimal, qint64> &base)
{
    qint64 sum = 0;
    for (const auto &[rate, amount] : base)
        sum += amount;
    return sum;
}

QList<SaleRow> discountRows(const std::map<Decimal, qint64> &base, qint64 discount,
                            const QString &text, const Currency &currency)
{
    QList<Decimal> rates;
    QList<qint64> weights;
    for (const auto &[rate, amount] : base) {
        rates.append(rate);
        weights.append(amount);
    }
    const QList<qint64> shares = splitInProportion(discount, weights);
    QList<SaleRow> rows;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        if (shares[i] == 0)
            continue;
        SaleRow row;
        row.description = rates.size() > 1 ? text + u" ("_s + rates[i].toString() + u" %)"_s : text;
        row.unit = u"st"_s;
        row.unitPrice = Money(-shares[i], currency);
        row.total = row.unitPrice;
        row.taxRate = rates[i];
        row.discount = true; // counted with the day report's discounts
        rows.append(row);
    }
    return rows;
}

struct Rules
{
    const LoyaltyConfig &config;
    const QList<SaleRow> &rows;
    const Money &toPay;
    bool fromApp;
    const std::function<bool(const QString &)> &isCouponUsed;
    Outcome out;
    bool cardUsed = false;

    void answer(const Token &t, int status)
    {
        out.answered.append({t.type, t.value, t.description, status});
    }

    void give(const Token &t, const QString &name, bool coupon,
              const std::map<Decimal, qint64> &base, qint64 discount, const QString &what)
    {
        const Currency currency = toPay.currency();
        if (discount >= toPay.minorUnits() - out.discountMinor)
            return answer(t, TokenBlocked); // nothing would be left to pay with SEQR
        out.rows.append(
            discountRows(base, discount, discountRowText(name, t.value, what), currency));
        out.discounts.append(
            {t.type, t.value, name, coupon, fromApp, Money(discount, currency), 0});
        out.discountMinor += discount;
        answer(t, TokenUsed);
    }

    void card(const Token &t, const Programme &p)
    {
        if (cardUsed)
            return answer(t, TokenBlocked); // one loyalty card per sale
        cardUsed = true;
        if (p.rule == Programme::Rule::Points) {
            // One point per whole unit of the currency paid.
            qint64 unit = 1;
            for (int i = 0; i < toPay.currency().decimals(); ++i)
                unit *= 10;
            const qint64 points = (toPay.minorUnits() - out.discountMinor) / unit;
            out.discounts.append(
                {t.type, t.value, p.name, false, fromApp, Money(0, toPay.currency()), points});
            return answer(t, TokenUsed);
        }
        const auto base = baseByRate(rows, p.groups);
        const qint64 discount = percentOf(sumOf(base), p.percent);
        if (discount <= 0)
            return answer(t, TokenBlocked); // nothing in the sale the card gives off
        give(t, p.name, false, base, discount, p.percent.toString() + u" %"_s);
    }

    void coupon(const Token &t, const Coupon &c)
    {
        if (c.blocked || isCouponUsed(t.value))
            return answer(t, TokenBlocked);
        for (const journal::LoyaltyDiscount &d : out.discounts)
            if (d.isCoupon && d.value.compare(t.value, Qt::CaseInsensitive) == 0)
                return answer(t, TokenBlocked);
        const auto base = baseByRate(rows, {});
        const qint64 sum = sumOf(base);
        const qint64 discount =
            c.amount.isPositive() ? qMin(c.amount.minorUnits(), sum) : percentOf(sum, c.percent);
        const QString what =
            c.amount.isPositive() ? c.amount.toDecimalString() : c.percent.toString() + u" %"_s;
        const QString name =
            c.name.isEmpty() ? QCoreApplication::translate("Receipt", "Coupon") : c.name;
        if (discount <= 0)
            return answer(t, TokenBlocked);
        give(t, name, true, base, discount, what);
    }
};

} // namespace

LoyaltyLine lineOf(const journal::LoyaltyDiscount &d)
{
    return {d.name + u' ' + maskedNumber(d.value), d.amount, d.points};
}

QString discountRowText(const QString &name, const QString &value, const QString &what)
{
    return name + u' ' + maskedNumber(value) + u' ' + what;
}

Outcome applyTokens(const LoyaltyConfig &config, const QList<SaleRow> &rows, const Money &toPay,
                    const QList<Token> &tokens, bool fromApp,
                    const std::function<bool(const QString &)> &isCouponUsed, bool cardAlreadyUsed)
{
    Rules rules{config, rows, toPay, fromApp, isCouponUsed, {}, cardAlreadyUsed};
    for (const Token &t : tokens) {
        if (const Programme *p = config.programmeFor(t.type, t.value))
            rules.card(t, *p);
        else if (const Coupon *c = config.couponFor(t.value))
            rules.coupon(t, *c);
        else
            rules.answer(t, TokenUnknown);
    }
    return rules.out;
}

} // namespace kassa::loyalty
