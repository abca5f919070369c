// kassa-web: the shop's webshop, paid with SEQR in any browser.
#include "core/catalog/catalog.h"
#include "core/common/commandline.h"
#include "core/common/stopsignals.h"
#include "core/shopdb/catalogimport.h"
#include "core/terminal/errortext.h"
#include "core/terminal/tillconfig.h"
#include "ui/print/servicesheet.h"
#include "ui/web/webshophost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kassa;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "kassa-web: %s\n", qPrintable(message));
    return 1;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "kassa-web: %s\n", qPrintable(message));
    return 2;
}

// The codes --tables and --code ask for, in `codes`; 0, or the exit code
// after saying what is wrong.
int codesFrom(const QCommandLineParser &parser, QList<ordering::ServiceCode> *codes)
{
    if (parser.isSet(u"tables"_s)) {
        bool ok = false;
        const int n = parser.value(u"tables"_s).toInt(&ok);
        if (!ok || n < 1 || n > 500)
            return usage(QCoreApplication::translate("kassa-web", "--tables must be 1 to 500"));
        *codes += ordering::OrderServiceConfig::tables(
            n, QCoreApplication::translate("kassa-web", "Table"));
    }
    for (const QString &text : parser.values(u"code"_s)) {
        const ordering::ServiceCode code = ordering::OrderServiceConfig::parseCode(text);
        if (code.label.isEmpty())
            return usage(QCoreApplication::translate(
                             "kassa-web", "--code wants LABEL:key=value[&key=value…], e.g. "
                                          "\"Counter:counter=1\" (not %1)")
                             .arg(text));
        codes->append(code);
    }
    return 0;
}

// kassa-web service-codes: the service ID and codes go into the
// configuration (so the order pages know each code's label), then the sheet.
int serviceCodes(const QCommandLineParser &parser, const QString &configPath)
{
    auto loaded = TillConfig::load(configPath);
    if (!loaded)
        return fail(loaded.error().detail);
    TillConfig config = *loaded;
    ordering::OrderServiceConfig &service = config.orderService;
    bool changed = false;
    if (parser.isSet(u"service-id"_s)) {
        const QString id = parser.value(u"service-id"_s);
        if (!ordering::OrderServiceConfig::isValidServiceId(id))
            return usage(QCoreApplication::translate(
                "kassa-web", "--service-id takes letters, digits, '-' and '_' (as agreed with "
                             "SEQR)"));
        service.serviceId = id;
        changed = true;
    }
    QList<ordering::ServiceCode> codes;
    if (const int refused = codesFrom(parser, &codes))
        return refused;
    if (!codes.isEmpty()) {
        service.codes = codes;
        changed = true;
    }
    if (service.isEnabled() && service.feedKey.isEmpty()) {
        service.feedKey = generateTerminalPassword(32);
        changed = true;
    }
    if (changed) {
        if (auto saved = config.save(configPath); !saved)
            return fail(saved.error().detail);
    }
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return usage(
            QCoreApplication::translate("kassa-web", "service-codes needs --out FILE.pdf"));
    const Status written = print::ServiceSheet::writePdf(
        service, parser.isSet(u"shop-name"_s) ? parser.value(u"shop-name"_s) : config.shopName,
        out);
    if (!written && written.error().code == ErrorCode::StorageFailed)
        return fail(QCoreApplication::translate("kassa-web", "cannot write %1: %2")
                        .arg(out, written.error().detail));
    if (!written)
        return usage(written.error().detail);
    std::printf("%s\n",
                qPrintable(QCoreApplication::translate("kassa-web", "%n service code(s) in %1",
                                                       nullptr, int(service.codes.size()))
                               .arg(out)));
    for (const ordering::ServiceCode &code : std::as_const(service.codes))
        std::printf("  %s  %s\n", qPrintable(code.label), qPrintable(service.codeText(code)));
    return 0;
}

// A sentence for the command line, carried as an error to where it is said.
Error sentence(const QString &text)
{
    return makeError(ErrorCode::InvalidArgument, text);
}

// Every option kassa-web knows (the terminal command's are kassa-cli's), in
// the order --help lists them.
constexpr OptionText optionTexts[] = {
    {"config",
     QT_TRANSLATE_NOOP("kassa-web",
                       "The webshop's till configuration (default ~/.config/kassa/webshop.json)."),
     "FILE"},
    {"endpoint",
     QT_TRANSLATE_NOOP("kassa-web", "SEQR's SOAP endpoint URL (default: the configuration's)."),
     "URL"},
    {"catalog", QT_TRANSLATE_NOOP("kassa-web", "The shop's catalog.sqlite (default: the till's)."),
     "FILE"},
    {"import-catalog",
     QT_TRANSLATE_NOOP("kassa-web",
                       "Import products from a CSV file into the catalog first (the shop "
                       "database's, when one is configured)."),
     "CSV"},
    {"listen", QT_TRANSLATE_NOOP("kassa-web", "Address to listen on (default 127.0.0.1)."), "ADDR"},
    {"port",
     QT_TRANSLATE_NOOP("kassa-web", "Port to listen on (default 8091; 0 picks a free one)."), "N"},
    {"public-url",
     QT_TRANSLATE_NOOP("kassa-web", "The address customers and SEQR reach the shop at, e.g. "
                                    "https://shop.example.se/ (default http://127.0.0.1:PORT/)."),
     "URL"},
    {"shop-name", QT_TRANSLATE_NOOP("kassa-web", "The shop's name on the pages and invoices."),
     "NAME"},
    {"time-limit",
     QT_TRANSLATE_NOOP("kassa-web", "Seconds before an unpaid invoice is canceled (default 180)."),
     "S"},
    {"demo", QT_TRANSLATE_NOOP("kassa-web", "Links open the SEQR demo app (SEQR-DEMO://)."),
     nullptr},
    {"behind-proxy",
     QT_TRANSLATE_NOOP("kassa-web", "Count visitors by the last X-Forwarded-For address (only "
                                    "behind a reverse proxy that sets it)."),
     nullptr},
    {"invoices-per-address",
     QT_TRANSLATE_NOOP("kassa-web",
                       "New SEQR invoices one client address may start a minute (default 10)."),
     "N"},
    {"invoices-per-shop",
     QT_TRANSLATE_NOOP("kassa-web",
                       "New SEQR invoices the whole shop starts a minute at most (default 3000)."),
     "N"},
    {"carts-per-address",
     QT_TRANSLATE_NOOP("kassa-web",
                       "New carts one client address may start a minute (default 30)."),
     "N"},
    {"service-id",
     QT_TRANSLATE_NOOP("kassa-web", "service-codes: the service ID agreed with SEQR (saved)."),
     "ID"},
    {"tables", QT_TRANSLATE_NOOP("kassa-web", "service-codes: codes for tables 1 to N (saved)."),
     "N"},
    {"code",
     QT_TRANSLATE_NOOP("kassa-web",
                       "service-codes: a code LABEL:key=value[&key=value…] (saved; repeatable)."),
     "CODE"},
    {"out", QT_TRANSLATE_NOOP("kassa-web", "service-codes: the PDF to write."), "FILE"},
};

// What kassa-web does, and its options.
void addOptions(QCommandLineParser &parser)
{
    const QString description = QCoreApplication::translate(
        "kassa-web",
        "The shop's webshop, paid with SEQR.\n\n"
        "  kassa-web [options]             serve the webshop\n"
        "  kassa-web terminal register …   register its till (kassa-cli's terminal commands,\n"
        "                                  on the webshop's configuration)\n"
        "  kassa-web service-codes --out FILE.pdf [--service-id ID] [--tables N] [--code L:k=v]…\n"
        "                                  print the sheet of scan-to-order codes");
    describeCommandLine(parser, description);
    kassa::addOptions(parser, "kassa-web", optionTexts);
}

// The webshop is a till: kassa-cli's terminal commands, on its file.
int terminalCommand(const QCommandLineParser &parser, const QStringList &command,
                    const QString &configPath)
{
    QStringList cli{u"--config"_s, configPath};
    if (parser.isSet(u"endpoint"_s))
        cli << u"--endpoint"_s << parser.value(u"endpoint"_s);
    cli += command;
    const QString cliBin =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"../kassa-cli/kassa-cli"_s);
    const QString bin = QFileInfo::exists(cliBin)
                            ? cliBin
                            : QDir(QCoreApplication::applicationDirPath()).filePath(u"kassa-cli"_s);
    return QProcess::execute(bin, cli);
}

// The shop's catalog, opened (and first filled from --import-catalog).
Result<std::unique_ptr<catalog::Catalog>>
openCatalog(const QCommandLineParser &parser, const QString &configPath, QString *catalogPathOut)
{
    const QString catalogPath =
        parser.isSet(u"catalog"_s)
            ? parser.value(u"catalog"_s)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  u"/catalog.sqlite"_s;
    QDir().mkpath(QFileInfo(catalogPath).absolutePath());
    auto catalog = catalog::Catalog::open(catalogPath);
    if (!catalog)
        return sentence(
            QCoreApplication::translate("kassa-web", "the catalog %1 cannot be opened: %2")
                .arg(catalogPath, describe(catalog.error(), true)));
    *catalogPathOut = catalogPath;
    if (parser.isSet(u"import-catalog"_s)) {
        // As the till's --import-catalog: with a shop database the shop's
        // one catalog is written (this copy follows through ShopSync).
        auto till = TillConfig::load(configPath);
        if (!till)
            return sentence(till.error().detail);
        const auto currency = Currency::fromCode(till->currency);
        const QString csv = parser.value(u"import-catalog"_s);
        auto imported = shopdb::importCatalogCsv(csv, currency ? *currency : Currency::sek(),
                                                 till->shopDatabase, **catalog);
        if (!imported)
            return sentence(
                till->shopDatabase.isEnabled()
                    ? QCoreApplication::translate(
                          "kassa-web",
                          "the catalog %1 cannot be imported into the shop database: %2")
                          .arg(csv, describe(imported.error(), true))
                    : describe(imported.error(), true));
        for (const QString &problem : imported->problems)
            std::fprintf(stderr, "kassa-web: %s\n", qPrintable(problem));
        if (till->shopDatabase.isEnabled())
            std::fprintf(
                stderr, "kassa-web: %s\n",
                qPrintable(QCoreApplication::translate(
                               "kassa-web", "%n product(s) changed in the shop database %1",
                               nullptr, imported->imported)
                               .arg(till->shopDatabase.displayName())));
    }

    return catalog;
}

// What the command line says for the webshop's host (the catalog aside).
Result<web::WebShopHostOptions> hostOptions(const QCommandLineParser &parser,
                                            const QString &configPath)
{
    web::WebShopHostOptions options;
    options.configPath = configPath;
    options.endpoint = parser.value(u"endpoint"_s);
    options.settings.demo = parser.isSet(u"demo"_s);
    if (parser.isSet(u"shop-name"_s))
        options.settings.shopName = parser.value(u"shop-name"_s);
    if (parser.isSet(u"time-limit"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"time-limit"_s).toInt(&ok);
        if (!ok || seconds < 10 || seconds > 3600)
            return sentence(QCoreApplication::translate("kassa-web",
                                                        "--time-limit must be 10 to 3600 seconds"));
        options.settings.timeLimitMs = seconds * 1000;
    }
    options.settings.limits.behindProxy = parser.isSet(u"behind-proxy"_s);
    for (const auto &[name, limit] :
         {std::pair{u"invoices-per-address"_s, &options.settings.limits.invoicesPerAddress},
          std::pair{u"invoices-per-shop"_s, &options.settings.limits.invoicesPerShop},
          std::pair{u"carts-per-address"_s, &options.settings.limits.sessionsPerAddress}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *limit = parser.value(name).toInt(&ok);
        if (!ok || *limit < 1 || *limit > 1000000)
            return sentence(
                QCoreApplication::translate("kassa-web", "--%1 must be 1 to 1000000").arg(name));
    }
    if (parser.isSet(u"listen"_s)) {
        options.server.address = QHostAddress(parser.value(u"listen"_s));
        if (options.server.address.isNull())
            return sentence(
                QCoreApplication::translate("kassa-web", "--listen needs an IP address"));
    }
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const uint port = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || port > 65535)
            return sentence(QCoreApplication::translate("kassa-web", "--port must be 0 to 65535"));
        options.server.port = quint16(port);
    }
    if (parser.isSet(u"public-url"_s)) {
        const QUrl url(parser.value(u"public-url"_s), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            return sentence(
                QCoreApplication::translate("kassa-web", "--public-url must be an http(s) URL"));
        options.settings.publicUrl = url;
        options.publicUrlGiven = true;
    }

    return options;
}

// The shop's address once it serves, and every problem, on the terminal.
void sayWhatHappens(web::WebShopHost &host)
{
    QObject::connect(&host, &web::WebShopHost::problem, &host, [](const QString &text) {
        std::fprintf(stderr, "kassa-web: %s\n", qPrintable(text));
    });
    QObject::connect(&host, &web::WebShopHost::ready, &host, [&host] {
        std::printf("kassa-web: %s\n", qPrintable(host.shopUrl().toString()));
        std::fflush(stdout);
        if (!host.till().isRegistered())
            std::fprintf(stderr, "kassa-web: %s\n",
                         qPrintable(QCoreApplication::translate(
                             "kassa-web", "this webshop is not registered with SEQR yet: run "
                                          "kassa-web terminal register …")));
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setProgramIdentity(u"kassa"_s);
    QTranslator translator;
    if (translator.load(QLocale::system(), u"kassa"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    addOptions(parser);
    // `kassa-web [options] terminal …` hands the terminal command to kassa-cli
    // with the options kassa-cli knows (register's --reseller, --name…): only
    // what comes before the command is kassa-web's to parse.
    const QStringList raw = QCoreApplication::arguments();
    const qsizetype terminalAt = raw.indexOf(u"terminal"_s);
    parser.process(terminalAt > 0 ? raw.mid(0, terminalAt + 1) : raw);
    const bool isTerminalCommand =
        terminalAt > 0 && parser.positionalArguments() == QStringList{u"terminal"_s};
    if (terminalAt > 0 && !isTerminalCommand)
        parser.process(raw); // "terminal" was an option's value

    const QString configPath = parser.isSet(u"config"_s)
                                   ? QFileInfo(parser.value(u"config"_s)).absoluteFilePath()
                                   : web::WebShopHost::defaultConfigPath();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.first() == u"service-codes")
        return serviceCodes(parser, configPath);
    if (!args.isEmpty()) {
        if (args.first() != u"terminal")
            return fail(
                QCoreApplication::translate("kassa-web", "unknown command %1").arg(args.first()));
        return terminalCommand(parser, raw.mid(terminalAt), configPath);
    }

    QString catalogPath;
    auto catalog = openCatalog(parser, configPath, &catalogPath);
    if (!catalog)
        return fail(catalog.error().detail);
    auto options = hostOptions(parser, configPath);
    if (!options)
        return fail(options.error().detail);
    options.value().catalog = catalog->get();
    options.value().catalogPath = catalogPath;
    web::WebShopHost host(*options);
    if (auto started = host.start(); !started)
        return fail(started.error().detail);
    sayWhatHappens(host);
    quitOnStopSignals(app);
    return app.exec();
}
