// kassa: the point of sale — the cashier's window and the customer display.
#include "app/kassa/kassaapp.h"
#include "app/kassa/logfile.h"
#include "core/common/commandline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The language: --language, else the "language" setting, else the system's.
QLocale chooseLocale(const QString &option)
{
    QString language = option;
    if (language.isEmpty())
        language = QSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                 u"/kassa.conf"_s,
                             QSettings::IniFormat)
                       .value(u"language"_s)
                       .toString();
    if (language == u"sv")
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (language == u"en")
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale::system();
}

// Resident memory of this process in KiB (Linux), for the startup benchmark.
long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// tests/bench/bench_startup: report when the windows are up and Kassa is
// ready to sell, and the memory once idle, then quit.
void reportStartup(KassaApp *kassa, const QElapsedTimer &sinceMain)
{
    auto report = [sinceMain] {
        std::printf("ready_ms=%lld rss_kib=%ld\n", sinceMain.elapsed(), residentKiB());
        std::fflush(stdout);
        QTimer::singleShot(2000, qApp, [] {
            std::printf("idle_rss_kib=%ld\n", residentKiB());
            std::fflush(stdout);
            QApplication::quit();
        });
    };
    auto whenPainted = [report] { QTimer::singleShot(0, qApp, report); };
    if (kassa->isReady())
        whenPainted();
    else
        QObject::connect(kassa, &KassaApp::ready, qApp, whenPainted);
}

// Kassa's options, declared once for both parsers below.
struct CommandLine
{
    QCommandLineOption demo{u"demo"_s, QCoreApplication::translate(
                                           "main", "Run against a built-in SEQR sandbox with a "
                                                   "registered demo till and the demo catalog.")};
    QCommandLineOption autopay{
        u"demo-autopay"_s,
        QCoreApplication::translate("main", "Demo: the sandbox pays each invoice after S seconds."),
        u"S"_s};
    QCommandLineOption dataDir{
        u"data-dir"_s, QCoreApplication::translate("main", "Demo: keep the demo's files in DIR."),
        u"DIR"_s};
    QCommandLineOption config{u"config"_s,
                              QCoreApplication::translate("main", "The till's configuration file."),
                              u"FILE"_s};
    QCommandLineOption endpoint{
        u"endpoint"_s,
        QCoreApplication::translate("main", "SEQR's endpoint URL (overrides the configuration)."),
        u"URL"_s};
    QCommandLineOption cashier{u"cashier"_s,
                               QCoreApplication::translate("main", "The cashier's id on invoices."),
                               u"ID"_s, u"1"_s};
    QCommandLineOption catalog{
        u"import-catalog"_s,
        QCoreApplication::translate("main", "Import products from a CSV file at start."), u"CSV"_s};
    QCommandLineOption printer{
        u"printer"_s,
        QCoreApplication::translate("main",
                                    "Print receipts on this printer instead of the till's: a "
                                    "system printer's name, or escpos:usb:DEVICE, "
                                    "escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD, "
                                    "escpos:cups:QUEUE (PDFs are always kept)."),
        u"NAME"_s};
    QCommandLineOption language{
        u"language"_s, QCoreApplication::translate("main", "sv or en (default: the system's)."),
        u"LANG"_s};
    QCommandLineOption benchmarkStartup{u"benchmark-startup"_s, u"For tests/bench."_s};

    void addTo(QCommandLineParser &parser)
    {
        kassa::describeCommandLine(parser,
                                   QCoreApplication::translate(
                                       "main", "Kassa: a point of sale that takes SEQR payments."));
        benchmarkStartup.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({demo, autopay, dataDir, config, endpoint, cashier, catalog, printer,
                           language, benchmarkStartup});
    }
};

void setIdentity()
{
    // No organization: files go to ~/.config/kassa and ~/.local/share/kassa,
    // the same places kassa-cli uses, so both work the same till.
    kassa::setProgramIdentity(u"kassa"_s);
}

// --help, --version and a mistyped option are answered on the terminal
// without a display (a till being set up over ssh has none): only a command
// line that starts Kassa opens the windows.
void answerWithoutDisplay(int &argc, char **argv)
{
    QCommandLineParser parser;
    CommandLine options;
    options.addTo(parser);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (parser.parse(arguments) && !parser.isSet(u"help"_s) && !parser.isSet(u"help-all"_s) &&
        !parser.isSet(u"version"_s))
        return;
    QCoreApplication core(argc, argv);
    setIdentity();
    parser.process(core); // prints the answer and exits
}

// Installed translations first (a shop may be given updated words), then
// the ones built in; and Qt's own.
void installTranslations(const QLocale &locale, QTranslator &translator, QTranslator &qtTranslator)
{
    if (translator.load(locale, u"kassa"_s, u"_"_s,
                        QApplication::applicationDirPath() + u"/../share/kassa/translations"_s) ||
        translator.load(locale, u"kassa"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
}

// What the command line asks of Kassa; none (said on stderr) for a value it
// cannot use.
std::optional<KassaOptions> optionsFrom(const QCommandLineParser &parser, const CommandLine &cl,
                                        const QLocale &locale)
{
    KassaOptions options;
    options.demo = parser.isSet(cl.demo);
    options.dataDir = parser.value(cl.dataDir);
    options.configPath = parser.value(cl.config);
    options.endpoint = parser.value(cl.endpoint);
    options.cashierId = parser.value(cl.cashier);
    options.catalogCsv = parser.value(cl.catalog);
    options.printerName = parser.value(cl.printer);
    options.locale = locale;
    if (parser.isSet(cl.autopay)) {
        bool ok = false;
        const double seconds = parser.value(cl.autopay).toDouble(&ok);
        if (!ok || seconds < 0) {
            std::fputs("kassa: --demo-autopay wants a number of seconds >= 0\n", stderr);
            return std::nullopt;
        }
        options.demoAutopayMs = int(seconds * 1000);
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"Kassa"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/kassa.svg"_s));
    QApplication::setDesktopFileName(u"org.example.kassa"_s);

    QCommandLineParser parser;
    CommandLine cl;
    cl.addTo(parser);
    parser.process(app);

    installLogFile();
    const QLocale locale = chooseLocale(parser.value(cl.language));
    QLocale::setDefault(locale);
    QTranslator translator;
    QTranslator qtTranslator;
    installTranslations(locale, translator, qtTranslator);

    const auto options = optionsFrom(parser, cl, locale);
    if (!options)
        return 2;
    KassaApp kassa(*options);
    if (auto started = kassa.start(); !started) {
        std::fprintf(stderr, "kassa: %s\n", qUtf8Printable(started.error().detail));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kassa cannot start"),
                              started.error().detail);
        return 1;
    }
    if (parser.isSet(cl.benchmarkStartup))
        reportStartup(&kassa, sinceMain);
    return QApplication::exec();
}
