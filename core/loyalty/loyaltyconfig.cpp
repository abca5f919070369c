#include "core/loyalty/loyaltyconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kassa::loyalty {

namespace {

bool wholeMatch(const QString &pattern, const QString &text,
                QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    if (pattern.isEmpty() || text.isEmpty())
        return false;
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern), options);
    return re.isValid() && re.match(text).hasMatch();
}

Status checkPattern(const QString &pattern, const QString &what)
{
    const QRegularExpression re(pattern);
    if (!re.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         what + u" pattern is not a regular expression: "_s + re.errorString());
    return Ok{};
}

bool isPercentInRange(const Decimal &percent)
{
    return Decimal::compare(percent, Decimal::fromInteger(0)) > 0 &&
           Decimal::compare(percent, Decimal::fromInteger(100)) < 0;
}

Result<Decimal> percentFrom(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return Decimal();
    if (v.isDouble())
        return Decimal::fromInteger(v.toInteger());
    return Decimal::parse(v.toString());
}

} // namespace

bool Programme::matches(const QString &cardNumber) const
{
    return wholeMatch(pattern, cardNumber);
}

bool Coupon::matches(const QString &text) const
{
    // A coupon's code is read without regard to case, a series' too: the
    // customer types "var0001" for VAR0001.
    if (!code.isEmpty())
        return text.compare(code, Qt::CaseInsensitive) == 0;
    return wholeMatch(pattern, text, QRegularExpression::CaseInsensitiveOption);
}

Status checkProgramme(const Programme &p)
{
    static const QRegularExpression idForm(u"^[A-Za-z0-9_-]{1,40}$"_s);
    if (!idForm.match(p.id).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         u"a programme's id is 1-40 letters, digits, '_' or '-': "_s + p.id);
    if (p.pattern.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"the programme has no card pattern"_s);
    if (auto ok = checkPattern(p.pattern, u"the card"_s); !ok)
        return ok;
    if (p.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"the programme has no name"_s);
    if (p.rule == Programme::Rule::Percent && !isPercentInRange(p.percent))
        return makeError(ErrorCode::InvalidArgument,
                         u"the percentage must be more than 0 and less than 100"_s);
    return Ok{};
}

Status checkCoupon(const Coupon &c)
{
    if (c.code.isEmpty() == c.pattern.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"a coupon has a code or a pattern"_s);
    if (!c.pattern.isEmpty())
        if (auto ok = checkPattern(c.pattern, u"the coupon"_s); !ok)
            return ok;
    const bool byAmount = c.amount.isPositive();
    const bool byPercent = !c.percent.isZero();
    if (byAmount == byPercent || c.amount.isNegative())
        return makeError(ErrorCode::InvalidArgument,
                         u"a coupon gives a positive amount or a percentage off"_s);
    if (byPercent && !isPercentInRange(c.percent))
        return makeError(ErrorCode::InvalidArgument,
                         u"the percentage must be more than 0 and less than 100"_s);
    return Ok{};
}

const Programme *LoyaltyConfig::programmeFor(const QString &tokenType,
                                             const QString &cardNumber) const
{
    for (const Programme &p : programmes)
        if (p.id == tokenType && p.matches(cardNumber))
            return &p;
    return nullptr;
}

const Programme *LoyaltyConfig::programmeForNumber(const QString &cardNumber) const
{
    for (const Programme &p : programmes)
        if (p.matches(cardNumber))
            return &p;
    return nullptr;
}

const Coupon *LoyaltyConfig::couponFor(const QString &code) const
{
    for (const Coupon &c : coupons)
        if (c.matches(code))
            return &c;
    return nullptr;
}

Status LoyaltyConfig::addProgramme(const Programme &programme)
{
    if (auto ok = checkProgramme(programme); !ok)
        return ok;
    removeProgramme(programme.id);
    programmes.append(programme);
    return Ok{};
}

bool LoyaltyConfig::removeProgramme(const QString &id)
{
    return programmes.removeIf([&](const Programme &p) { return p.id == id; }) > 0;
}

Status LoyaltyConfig::addCoupon(const Coupon &coupon)
{
    if (auto ok = checkCoupon(coupon); !ok)
        return ok;
    removeCoupon(coupon.code.isEmpty() ? coupon.pattern : coupon.code);
    coupons.append(coupon);
    return Ok{};
}

bool LoyaltyConfig::removeCoupon(const QString &codeOrPattern)
{
    return coupons.removeIf([&](const Coupon &c) {
        return c.code.isEmpty() ? c.pattern == codeOrPattern
                                : c.code.compare(codeOrPattern, Qt::CaseInsensitive) == 0;
    }) > 0;
}

Status LoyaltyConfig::setCouponBlocked(const QString &codeOrPattern, bool blocked)
{
    const QString key = codeOrPattern.trimmed();
    for (Coupon &c : coupons) {
        if (c.code.isEmpty() ? c.pattern == key : c.code.compare(key, Qt::CaseInsensitive) == 0) {
            c.blocked = blocked;
            return Ok{};
        }
    }
    const Coupon *series = couponFor(key);
    if (!series || key.isEmpty())
        return makeError(ErrorCode::NotFound, u"no coupon of the shop has the code "_s + key);
    if (!blocked && series->blocked)
        return makeError(ErrorCode::InvalidArgument,
                         u"the whole series "_s + series->pattern + u" is blocked"_s);
    if (!blocked)
        return Ok{}; // not blocked: nothing to do
    Coupon one = *series;
    one.code = key.toUpper();
    one.pattern.clear();
    one.blocked = true;
    coupons.prepend(one);
    return Ok{};
}

Result<LoyaltyConfig> LoyaltyConfig::fromJson(const QJsonObject &o, const Currency &currency)
{
    LoyaltyConfig config;
    for (const QJsonValue &v : o.value(u"programmes"_s).toArray()) {
        const QJsonObject p = v.toObject();
        Programme programme;
        programme.id = p.value(u"id"_s).toString();
        programme.pattern = p.value(u"pattern"_s).toString();
        programme.name = p.value(u"name"_s).toString();
        programme.rule =
            p.value(u"points"_s).toBool() ? Programme::Rule::Points : Programme::Rule::Percent;
        auto percent = percentFrom(p.value(u"percent"_s));
        if (!percent)
            return percent.error();
        programme.percent = *percent;
        for (const QJsonValue &g : p.value(u"groups"_s).toArray())
            programme.groups.append(g.toString());
        if (auto ok = config.addProgramme(programme); !ok)
            return ok.error();
    }
    for (const QJsonValue &v : o.value(u"coupons"_s).toArray()) {
        const QJsonObject c = v.toObject();
        Coupon coupon;
        coupon.code = c.value(u"code"_s).toString();
        coupon.pattern = c.value(u"pattern"_s).toString();
        coupon.name = c.value(u"name"_s).toString();
        coupon.blocked = c.value(u"blocked"_s).toBool();
        coupon.amount = Money(0, currency);
        if (c.contains(u"amount"_s)) {
            auto amount = Money::parse(c.value(u"amount"_s).toString(), currency);
            if (!amount)
                return amount.error();
            coupon.amount = *amount;
        }
        auto percent = percentFrom(c.value(u"percent"_s));
        if (!percent)
            return percent.error();
        coupon.percent = *percent;
        if (auto ok = config.addCoupon(coupon); !ok)
            return ok.error();
    }
    return config;
}

QJsonObject LoyaltyConfig::toJson() const
{
    QJsonArray ps;
    for (const Programme &p : programmes) {
        QJsonObject o{{u"id"_s, p.id}, {u"pattern"_s, p.pattern}, {u"name"_s, p.name}};
        if (p.rule == Programme::Rule::Points)
            o.insert(u"points"_s, true);
        else
            o.insert(u"percent"_s, p.percent.toString());
        if (!p.groups.isEmpty())
            o.insert(u"groups"_s, QJsonArray::fromStringList(p.groups));
        ps.append(o);
    }
    QJsonArray cs;
    for (const Coupon &c : coupons) {
        QJsonObject o;
        if (!c.code.isEmpty())
            o.insert(u"code"_s, c.code);
        else
            o.insert(u"pattern"_s, c.pattern);
        if (!c.name.isEmpty())
            o.insert(u"name"_s, c.name);
        if (c.amount.isPositive())
            o.insert(u"amount"_s, c.amount.toDecimalString());
        else
            o.insert(u"percent"_s, c.percent.toString());
        if (c.blocked)
            o.insert(u"blocked"_s, true);
        cs.append(o);
    }
    return QJsonObject{{u"programmes"_s, ps}, {u"coupons"_s, cs}};
}

QString maskedNumber(const QString &number)
{
    if (number.size() <= 4)
        return QString(number.size(), u'*');
    return QString(4, u'*') + number.right(4);
}

Programme demoProgramme()
{
    Programme p;
    p.id = u"X_CARD"_s;
    p.pattern = u"7777\\d{6}"_s;
    p.name = u"Kassa Club"_s;
    p.percent = Decimal::fromInteger(10);
    return p;
}

Coupon demoCoupon(const Currency &currency)
{
    Coupon c;
    c.code = QString::fromLatin1(demoCouponCode);
    c.name = u"Välkommen"_s;
    c.amount = Money(2000, currency);
    return c;
}

} // namespace kassa::loyalty
