#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kassa {

struct TillConfig;

// Who the cash register is (SKVFS 2014:9 ch. 4): the manufacturer's name,
// a model designation containing "SE", a manufacturing number unique to
// this installation (made at the first start, kept in till.json) and the
// version — in Help → About, on every report, in `kassa-cli identity`.
struct RegisterIdentity
{
    QString manufacturer;
    QString model;
    QString manufacturingNumber;
    QString version;
    QString registerId; // the register's designation (kassabeteckning)

    static RegisterIdentity of(const TillConfig &till);
    // "Manufacturer: …", "Model: …", "Manufacturing number: …", "Version: …",
    // "Register: …", translated.
    QStringList lines() const;
};

// A new manufacturing number: "KSE-" and 12 digits from the system's
// secure random source.
QString generateManufacturingNumber();

// The shop as receipts and reports name it (SKVFS 2014:9 ch. 7 item 1–2),
// changed in one place for the window and kassa-cli: a name is required,
// an organisation number is 10 digits (NNNNNN-NNNN) or 12 with the century,
// and is written NNNNNN-NNNN. A refusal is a translated sentence
// (InvalidArgument) and changes nothing.
struct ShopIdentityChange
{
    std::optional<QString> name;
    std::optional<QString> address;
    std::optional<QString> organisationNumber;
};
Status applyShopIdentity(TillConfig &till, const ShopIdentityChange &change);

} // namespace kassa
