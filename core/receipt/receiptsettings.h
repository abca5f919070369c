#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace kassa {

// How a shop's receipts (and Z reports) are headed and worded: the shop's
// name, address and organisation number as the settings give them, in the
// till's language — or in Swedish and English both, when the shop chooses
// bilingual receipts.
struct ReceiptSettings
{
    QString shopName;
    QString address;            // one or more lines
    QString organisationNumber; // e.g. "556677-8899"
    // The register's designation (kassabeteckning), as the control unit knows it.
    QString registerId;
    QString language = QStringLiteral("sv"); // the till's: "sv" or "en"
    bool bilingual = false;
    // A QR code at the foot of every sale's receipt (the shop's page for
    // returns, say); "{receipt}" in it becomes the receipt's number. Empty: none.
    QString qrCode;

    // The languages the words appear in, the till's first.
    QStringList languages() const;

    // From the till's configuration (shop name, address, organisation
    // number, the bilingual choice) and the language the till runs in: the
    // till's configuration fills them (TillConfig::receiptSettings(), in
    // core/terminal, a floor above this one).
    template<typename Till> static ReceiptSettings forTill(const Till &till, const QLocale &locale)
    {
        return till.receiptSettings(locale);
    }
    // "sv" for a Swedish locale, else "en".
    static QString languageOf(const QLocale &locale);
};

} // namespace kassa
