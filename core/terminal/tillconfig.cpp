#include "core/terminal/tillconfig.h"

#include "core/printing/tillprinter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

// The settings that are one JSON value each; a missing one keeps its default.
void readPlainFields(TillConfig &config, const QJsonObject &o)
{
    auto text = [&](const char *key, const QString &fallback) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return v.isString() ? v.toString() : fallback;
    };
    config.endpoint = text("endpoint", config.endpoint);
    config.caFile = text("caFile", {});
    config.timeoutMs = o.value(u"timeoutMs"_s).toInt(config.timeoutMs);
    config.terminalId = text("terminalId", {});
    config.terminalPassword = text("terminalPassword", {});
    config.seqrId = text("seqrId", {});
    config.externalTerminalId = text("externalTerminalId", {});
    config.name = text("name", {});
    config.shopName = text("shopName", config.shopName);
    config.shopAddress = text("shopAddress", {});
    config.organisationNumber = text("organisationNumber", {});
    config.bilingualReceipts = o.value(u"bilingualReceipts"_s).toBool(false);
    config.receiptQr = text("receiptQr", {});
    config.manufacturingNumber = text("manufacturingNumber", {});
    config.currency = text("currency", config.currency);
    config.cashMaximum = qMax<qint64>(0, o.value(u"cashMaximum"_s).toInteger(0));
    config.journalPath = text("journalPath", {});
    config.printer = text("printer", {});
    config.printerProfile =
        printing::PrinterProfile::fromJson(o.value(u"printerProfile"_s).toObject());
}

// The settings that are objects of their own (shop database, order service and
// feed, webshop limits, control unit, loyalty).
Status readSections(TillConfig &config, const QJsonObject &o, const QString &path)
{
    if (o.value(u"shopDatabase"_s).isObject())
        config.shopDatabase =
            shopdb::ShopDatabaseConfig::fromJson(o.value(u"shopDatabase"_s).toObject());
    if (o.value(u"orderService"_s).isObject())
        config.orderService =
            ordering::OrderServiceConfig::fromJson(o.value(u"orderService"_s).toObject());
    if (o.value(u"orderFeed"_s).isObject())
        config.orderFeed = ordering::OrderFeedConfig::fromJson(o.value(u"orderFeed"_s).toObject());
    if (o.value(u"webshopLimits"_s).isObject())
        config.webshopLimits =
            webshop::WebShopLimits::fromJson(o.value(u"webshopLimits"_s).toObject());
    if (o.value(u"controlUnit"_s).isObject())
        config.controlUnitDevice =
            o.value(u"controlUnit"_s).toObject().value(u"device"_s).toString().trimmed();
    if (o.value(u"loyalty"_s).isObject()) {
        const auto currency = Currency::fromCode(config.currency);
        auto loyalty = loyalty::LoyaltyConfig::fromJson(o.value(u"loyalty"_s).toObject(),
                                                        currency ? *currency : Currency::sek());
        if (!loyalty)
            return makeError(ErrorCode::StorageFailed,
                             path + u": the loyalty programmes cannot be read: "_s +
                                 loyalty.error().detail);
        config.loyalty = *loyalty;
    }
    return Ok{};
}

} // namespace

Result<TillConfig> TillConfig::load(const QString &path)
{
    TillConfig config;
    QFile file(path);
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot read "_s + path + u": "_s + file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::StorageFailed, path +
                                                       u" is not a Kassa till configuration: "_s +
                                                       parseError.errorString());
    const QJsonObject o = doc.object();
    readPlainFields(config, o);
    if (const Status read = readSections(config, o, path); !read)
        return read.error();
    return config;
}

Status TillConfig::save(const QString &path) const
{
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot write "_s + path + u": "_s + file.errorString());
    // The terminal password is in here: owner only, before any byte is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject o{{u"endpoint"_s, endpoint},
                  {u"caFile"_s, caFile},
                  {u"timeoutMs"_s, timeoutMs},
                  {u"terminalId"_s, terminalId},
                  {u"terminalPassword"_s, terminalPassword},
                  {u"seqrId"_s, seqrId},
                  {u"externalTerminalId"_s, externalTerminalId},
                  {u"name"_s, name},
                  {u"shopName"_s, shopName},
                  {u"shopAddress"_s, shopAddress},
                  {u"organisationNumber"_s, organisationNumber},
                  {u"bilingualReceipts"_s, bilingualReceipts},
                  {u"currency"_s, currency},
                  {u"journalPath"_s, journalPath}};
    if (!receiptQr.isEmpty())
        o.insert(u"receiptQr"_s, receiptQr);
    if (!manufacturingNumber.isEmpty())
        o.insert(u"manufacturingNumber"_s, manufacturingNumber);
    if (cashMaximum > 0)
        o.insert(u"cashMaximum"_s, cashMaximum);
    if (shopDatabase.isEnabled())
        o.insert(u"shopDatabase"_s, shopDatabase.toJson());
    if (orderService.isEnabled())
        o.insert(u"orderService"_s, orderService.toJson());
    if (orderFeed.isEnabled())
        o.insert(u"orderFeed"_s, orderFeed.toJson());
    if (!printer.isEmpty()) {
        o.insert(u"printer"_s, printer);
        o.insert(u"printerProfile"_s, printerProfile.toJson());
    }
    if (!webshopLimits.isDefault())
        o.insert(u"webshopLimits"_s, webshopLimits.toJson());
    if (!controlUnitDevice.isEmpty())
        o.insert(u"controlUnit"_s, QJsonObject{{u"device"_s, controlUnitDevice}});
    if (loyalty.isEnabled())
        o.insert(u"loyalty"_s, loyalty.toJson());
    file.write(QJsonDocument(o).toJson());
    if (!file.commit())
        return makeError(ErrorCode::StorageFailed,
                         u"cannot write "_s + path + u": "_s + file.errorString());
    return Ok{};
}

QString TillConfig::journalFile(const QString &configPath) const
{
    const QDir dir = QFileInfo(configPath).absoluteDir();
    if (journalPath.isEmpty()) {
        // The standard till keeps its data where data belongs; a till named
        // by its own configuration file keeps it beside that file.
        if (QFileInfo(configPath).absoluteFilePath() == QFileInfo(defaultPath()).absoluteFilePath())
            return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   u"/journal.sqlite"_s;
        return dir.filePath(u"journal.sqlite"_s);
    }
    return QDir::isAbsolutePath(journalPath) ? journalPath : dir.filePath(journalPath);
}

QString TillConfig::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/till.json"_s;
}

QString TillConfig::registerDesignation() const
{
    QString id;
    for (QChar c : name.isEmpty() ? externalTerminalId : name)
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            id += c;
    return id.isEmpty() ? QStringLiteral("KASSA1") : id.left(32);
}

ReceiptSettings TillConfig::receiptSettings(const QLocale &locale) const
{
    ReceiptSettings s;
    s.shopName = shopName;
    s.address = shopAddress;
    s.organisationNumber = organisationNumber;
    s.registerId = registerDesignation();
    s.language = ReceiptSettings::languageOf(locale);
    s.bilingual = bilingualReceipts;
    s.qrCode = receiptQr;
    return s;
}

Result<std::unique_ptr<printing::TillPrinter>>
TillConfig::openPrinter(const QString &override) const
{
    return printing::TillPrinter::open(override.isEmpty() ? printer : override, printerProfile);
}

QString generateTerminalPassword(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    password.reserve(length);
    for (int i = 0; i < length; ++i)
        password.append(
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]));
    return password;
}

} // namespace kassa
