#include "core/shopdb/refundlookup.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kassa::shopdb {

namespace {

QString ersOf(const journal::Sale &sale)
{
    for (const journal::Tender &t : sale.tenders) {
        if (t.kind == journal::TenderKind::Seqr)
            return t.ersReference;
    }
    return {};
}

Error awayError(const Error &why)
{
    return makeError(ErrorCode::ConnectionProblem,
                     QCoreApplication::translate("RefundLookup",
                                                 "the shop database cannot be reached (%1), so "
                                                 "another till's sale cannot be refunded here now")
                         .arg(why.detail));
}

// Adds `refunds` to `limits`, each refund once (by its SEQR reference).
void take(RefundLimits &limits, const QList<journal::Refund> &refunds, QSet<QString> &counted)
{
    for (const journal::Refund &r : refunds) {
        if (counted.contains(r.refundErsReference))
            continue;
        counted.insert(r.refundErsReference);
        limits.refundable = Money(limits.refundable.minorUnits() - r.amount.minorUnits(),
                                  limits.refundable.currency());
        limits.cashRefunded = Money(limits.cashRefunded.minorUnits() + r.cash.minorUnits(),
                                    limits.cashRefunded.currency());
        limits.refunded += r.rows;
    }
}

} // namespace

Result<RefundSubject> findRefundSubject(const journal::Journal &local, const ShopAccess &access,
                                        const QString &text)
{
    QString t = text.trimmed();
    const bool receipt = t.startsWith(u'#');
    if (receipt)
        t.remove(0, 1);
    bool number = false;
    const qint64 n = t.toLongLong(&number);
    Result<journal::Sale> found = makeError(ErrorCode::NotFound, u"no sale "_s + text);
    // Receipt numbers are short; ersReferences are long digit strings.
    if (number && (receipt || t.size() <= 6))
        found = local.saleByReceiptNumber(n);
    if (!found && found.error().code == ErrorCode::NotFound && !receipt && !t.isEmpty())
        found = local.saleByErsReference(t);
    if (found)
        return RefundSubject{*found, ersOf(*found), {}};
    if (found.error().code != ErrorCode::NotFound || receipt || t.isEmpty())
        return found.error();
    if (!access.shop)
        return access.away ? awayError(*access.away) : found.error();
    auto shopSale = access.shop->saleByErsReference(t);
    if (!shopSale)
        return awayError(shopSale.error());
    if (!*shopSale)
        return found.error();
    const ShopSale &s = **shopSale;
    return RefundSubject{s.sale, ersOf(s.sale), s.tillName.isEmpty() ? s.terminalId : s.tillName};
}

Result<RefundLimits> refundLimitsFor(const journal::Journal &local, const ShopAccess &access,
                                     const RefundSubject &subject)
{
    const QString &ers = subject.ersReference;
    const Currency currency = subject.sale.total.currency();
    if (ers.isEmpty())
        return makeError(ErrorCode::NotFound, u"not paid with SEQR"_s);
    if (!access.shop) {
        if (!subject.otherTill.isEmpty())
            return awayError(access.away.value_or(makeError(ErrorCode::ConnectionProblem, {})));
        return refundLimits(local, ers, currency);
    }
    auto remaining = access.shop->refundable(ers);
    if (!remaining && remaining.error().code == ErrorCode::NotFound && subject.otherTill.isEmpty())
        // This till's payment not in the shop database yet: none other refunded it.
        return refundLimits(local, ers, currency);
    if (!remaining)
        return subject.otherTill.isEmpty() ? refundLimits(local, ers, currency)
                                           : Result<RefundLimits>(awayError(remaining.error()));
    const auto atShop = access.shop->refunds(ers);
    const auto here = local.refundsOf(ers);
    if (!atShop)
        return awayError(atShop.error());
    if (!here)
        return here.error();
    // The shop's figure already counts its refunds: start from what was paid.
    RefundLimits limits{*remaining, {}, Money(0, currency)};
    for (const journal::Refund &r : *atShop)
        limits.refundable = Money(limits.refundable.minorUnits() + r.amount.minorUnits(),
                                  limits.refundable.currency());
    QSet<QString> counted;
    take(limits, *atShop, counted);
    take(limits, *here, counted);
    return limits;
}

} // namespace kassa::shopdb
