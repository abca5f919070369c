#include "core/terminal/registeridentity.h"

#include "core/terminal/tillconfig.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct IdentityText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterIdentity)
};

} // namespace

RegisterIdentity RegisterIdentity::of(const TillConfig &till)
{
    RegisterIdentity id;
    id.manufacturer = u"Kassa Open Source POS"_s;
    id.model = u"Kassa SE-1"_s;
    id.manufacturingNumber = till.manufacturingNumber;
    id.version = QStringLiteral(KASSA_VERSION);
    id.registerId = till.registerDesignation();
    return id;
}

QStringList RegisterIdentity::lines() const
{
    return {IdentityText::tr("Manufacturer: %1").arg(manufacturer),
            IdentityText::tr("Model: %1").arg(model),
            IdentityText::tr("Manufacturing number: %1")
                .arg(manufacturingNumber.isEmpty() ? IdentityText::tr("(not made yet)")
                                                   : manufacturingNumber),
            IdentityText::tr("Version: %1").arg(version),
            IdentityText::tr("Register: %1").arg(registerId)};
}

QString generateManufacturingNumber()
{
    QString digits;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < 12; ++i)
        digits += QChar(u'0' + char16_t(random->bounded(10)));
    return u"KSE-"_s + digits;
}

Status applyShopIdentity(TillConfig &till, const ShopIdentityChange &change)
{
    TillConfig next = till;
    if (change.name) {
        next.shopName = change.name->trimmed();
        if (next.shopName.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             IdentityText::tr("The shop needs a name: it heads every receipt."));
    }
    if (change.address)
        next.shopAddress = change.address->trimmed();
    if (change.organisationNumber) {
        QString digits;
        for (QChar c : change.organisationNumber->trimmed())
            if (c.isDigit())
                digits += c;
            else if (c != u'-' && c != u' ')
                digits = u"x"_s;
        if (digits.size() == 12)
            digits.remove(0, 2); // the century of a personal identity number
        if (digits.size() != 10 && !change.organisationNumber->trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             IdentityText::tr("%1 is not an organisation number; write it as "
                                              "ten digits, e.g. 556677-8899.")
                                 .arg(*change.organisationNumber));
        next.organisationNumber =
            digits.size() == 10 ? digits.left(6) + u'-' + digits.mid(6) : QString();
    }
    till = next;
    return Ok{};
}

} // namespace kassa
