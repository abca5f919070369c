#include "core/terminal/priceedit.h"

#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/terminal/errortext.h"
#include "core/terminal/tillconfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct PriceText
{
    Q_DECLARE_TR_FUNCTIONS(PriceEdit)
};

} // namespace

QString priceEditRefusal(const TillConfig &till)
{
    if (till.shopDatabase.isEnabled())
        return PriceText::tr("This till's catalog is the shop database's: change prices there "
                             "(import the shop's catalog), not at the till.");
    return {};
}

Result<catalog::PriceChange> changePrice(catalog::Catalog &catalog, journal::Journal &journal,
                                         const QString &ean, const Money &newPrice,
                                         const QString &who)
{
    const std::optional<catalog::Product> product = catalog.findByEan(ean.trimmed());
    if (!product)
        return makeError(ErrorCode::NotFound,
                         PriceText::tr("No product has the barcode %1.").arg(ean));
    if (newPrice.isNegative() || !(newPrice.currency() == product->unitPrice.currency()))
        return makeError(ErrorCode::InvalidArgument,
                         PriceText::tr("A price is an amount of zero or more in %1.")
                             .arg(product->unitPrice.currency().code()));
    if (newPrice == product->unitPrice)
        return makeError(ErrorCode::InvalidArgument,
                         PriceText::tr("%1 costs %2 already: nothing was changed.")
                             .arg(product->name, newPrice.toDecimalString()));
    catalog::PriceChange change{0,
                                QDateTime::currentDateTimeUtc(),
                                product->ean,
                                product->name,
                                product->unitPrice,
                                newPrice,
                                u"edit"_s,
                                who};
    if (auto kept = journal.recordPriceChanges({change}); !kept)
        return makeError(kept.error().code,
                         PriceText::tr("The price was not changed: the journal could not keep "
                                       "the change (%1).")
                             .arg(describe(kept.error(), false)));
    if (auto set = catalog.setPrice(product->ean, newPrice); !set) {
        catalog::PriceChange back = change;
        back.at = QDateTime::currentDateTimeUtc();
        back.oldPrice = newPrice;
        back.newPrice = product->unitPrice;
        back.source = u"edit undone"_s;
        static_cast<void>(journal.recordPriceChanges({back}));
        return makeError(set.error().code,
                         PriceText::tr("The price was not changed (%1); it stays %2.")
                             .arg(set.error().detail, product->unitPrice.toDecimalString()));
    }
    return change;
}

} // namespace kassa
