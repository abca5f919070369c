#pragma once

#include "core/common/result.h"
#include "core/loyalty/loyaltyconfig.h"
#include "core/ordering/orderserviceconfig.h"
#include "core/printing/printerprofile.h"
#include "core/receipt/receiptsettings.h"
#include "core/shopdb/shopdatabaseconfig.h"
#include "core/webshop/webshoplimits.h"

#include <QString>

#include <memory>

namespace kassa {

namespace printing {
class TillPrinter;
}

// One till's configuration: where SEQR is, who this till is to SEQR (its
// terminalId and the password it generated at registration) and where its
// journal lives. Stored as JSON readable by its owner only (0600), because it
// holds the terminal password. Reseller credentials are never stored here.
struct TillConfig
{
    static constexpr auto defaultEndpoint = "http://localhost:8090/extclientproxy/service/v2";

    QString endpoint = QString::fromLatin1(defaultEndpoint);
    QString caFile;
    int timeoutMs = 10000;
    QString terminalId;
    QString terminalPassword;
    QString seqrId;
    QString externalTerminalId;
    QString name;
    QString shopName = QStringLiteral("Kassa");
    // On every receipt, under the shop's name.
    QString shopAddress; // one or more lines
    QString organisationNumber;
    // Receipts in Swedish and English both, not only in the till's language.
    bool bilingualReceipts = false;
    // A QR code at the foot of every receipt ("{receipt}": its number); empty: none.
    QString receiptQr;
    QString currency = QStringLiteral("SEK");
    // Where receipts print (core/printing/printerspec.h): "escpos:usb:…",
    // "escpos:tcp:HOST:9100", "escpos:serial:DEVICE:BAUD", "escpos:cups:QUEUE",
    // a system printer's name, or empty (PDFs only); kassa's --printer overrides it.
    QString printer;
    // What the ESC/POS printer is like: paper, code page, cutter, drawer pin and pulse, logo.
    printing::PrinterProfile printerProfile;
    // The most cash a cashier is expected to take for one sale, in whole
    // units of the currency; more is asked about ("Did you mean …?") as is
    // more than 100 times what is to pay. 0: no maximum of its own.
    qint64 cashMaximum = 0;
    // Empty: journal.sqlite beside the configuration, or for the standard
    // configuration in the standard data folder (~/.local/share/kassa).
    QString journalPath;
    // The shop's PostgreSQL database shared by all its tills; not enabled:
    // this till keeps its catalog and journal to itself.
    shopdb::ShopDatabaseConfig shopDatabase;
    // kassa-web only: scan to order (the shop as a service in the SEQR app).
    ordering::OrderServiceConfig orderService;
    // kassa-web only: what one client address (and the whole shop) may do.
    webshop::WebShopLimits webshopLimits;
    // A till: where it receives the service's paid orders to hand over.
    ordering::OrderFeedConfig orderFeed;
    // The control unit (kontrollenhet): "/dev/ttyUSB0" or "tcp:HOST:PORT"
    // ("controlUnit": {"device": …}). Set: the till sells only while it works.
    QString controlUnitDevice;
    // This installation's manufacturing number as a cash register (made at
    // the first start: core/terminal/registeridentity.h).
    QString manufacturingNumber;

    // The register's designation (kassabeteckning) on receipts and for the
    // control unit: the till's name (else its SEQR terminal id) in letters,
    // digits, '-', '_' and '.', at most 32; "KASSA1" when nothing is left.
    QString registerDesignation() const;
    // The shop's loyalty programmes and coupons ("loyalty"); none: the till
    // has no loyalty flow and asks SEQR for no acknowledgment.
    loyalty::LoyaltyConfig loyalty;

    // How its receipts are headed and worded (shop name, address,
    // organisation number, the bilingual choice, the QR code), in the
    // language the till runs in.
    ReceiptSettings receiptSettings(const QLocale &locale) const;

    // The till's receipt printer: `override` (kassa's and kassa-cli's
    // --printer) or `printer`, with printerProfile. Null for a system printer
    // or none; an error for a setting that cannot be read.
    Result<std::unique_ptr<printing::TillPrinter>> openPrinter(const QString &override = {}) const;

    bool isRegistered() const { return !terminalId.isEmpty() && !terminalPassword.isEmpty(); }

    // A missing file is a fresh, unregistered till, not an error.
    static Result<TillConfig> load(const QString &path);
    Status save(const QString &path) const;
    QString journalFile(const QString &configPath) const;

    // ~/.config/kassa/till.json (QStandardPaths::AppConfigLocation).
    static QString defaultPath();
};

// A random terminal password: `length` letters and digits from the system's
// secure random source.
QString generateTerminalPassword(int length = 24);

} // namespace kassa
