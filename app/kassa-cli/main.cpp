// kassa-cli: the whole merchant flow without a window.
#include "app/kassa-cli/cliapp.h"
#include "core/common/commandline.h"
#include "core/common/stopsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Swedish when the system speaks it, English otherwise.
void installTranslation(QTranslator &translator)
{
    if (translator.load(QLocale::system(), u"kassa"_s, u"_"_s,
                        QCoreApplication::applicationDirPath() +
                            u"/../share/kassa/translations"_s) ||
        translator.load(QLocale::system(), u"kassa"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
}

// The commands, for --help.
QString commandSummary()
{
    return QCoreApplication::translate(
        "kassa-cli",
        "Kassa's SEQR payments from the command line.\n\n"
        "Commands:\n"
        "  terminal register --reseller ID --user-id UID --reseller-password PW --external-id TEXT "
        "--name TEXT\n"
        "  terminal assign-seqr-id SEQRID\n"
        "  terminal unregister\n"
        "  terminal test   (SEQR at the endpoint answers and knows this till)\n"
        "  terminal reset-manager-pin --reseller ID --user-id UID --reseller-password PW\n"
        "  pay --row \"DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]\"... [--currency SEK] [--cashier ID] "
        "[--rounds N]\n"
        "  pay --row ... --cash AMOUNT   (split tender: cash first, SEQR for the rest)\n"
        "  sell --row \"DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]\"... --cash AMOUNT\n"
        "  proforma --row \"DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]\"... [--pdf FILE]   (EJ KVITTO: "
        "the cart before payment)\n"
        "  control-unit set DEVICE   (/dev/ttyUSB0, tcp:HOST:PORT, or none)\n"
        "  control-unit status\n"
        "  loyalty add --id X_CARD --pattern REGEX --name NAME (--percent P [--group PREFIX]... | "
        "--points)\n"
        "  loyalty list | loyalty remove ID\n"
        "  coupon add (--code CODE | --pattern REGEX) (--amount A | --percent P) | coupon remove "
        "CODE\n"
        "  coupon block CODE | coupon unblock CODE   (a code, a series' pattern, or one code of "
        "a series)\n"
        "  pay|sell ... [--loyalty-card NUMBER] [--coupon CODE]...\n"
        "  status INVOICE_REFERENCE\n"
        "  cancel INVOICE_REFERENCE\n"
        "  refund ERS_REFERENCE|#RECEIPT [--row N:QTY... | --all] [--amount X] [--text] "
        "[--pdf FILE]\n"
        "         (a sale paid partly in cash: the cash part is given back in cash)\n"
        "  refund-doubts   (refunds in doubt, with what is known of each)\n"
        "  refund-doubts check   (what SEQR's report says of each; settles nothing)\n"
        "  refund-doubts settle ID --made REFUND_ERS_REFERENCE|--not-made --note TEXT\n"
        "  close-period [--per-terminal]\n"
        "  journal [--since YYYY-MM-DD]\n"
        "  receipt N [--text] [--pdf FILE] [--copy [--print]]\n"
        "  training [on|off]\n"
        "  identity\n"
        "  shop set [--name TEXT] [--address TEXT] [--org-number NNNNNN-NNNN]\n"
        "  price set BARCODE PRICE   (journaled: old and new price, when, who)\n"
        "  printer test|status\n"
        "  drawer open [--reason TEXT]   (No sale: journaled, then the drawer opens)\n"
        "  float set AMOUNT [--reason TEXT]\n"
        "  report x|z [--pdf FILE] [--print] [--json]\n"
        "  journal export --from YYYY-MM-DD --to YYYY-MM-DD --format csv|json --out FILE\n\n"
        "Exit codes: 0 paid/done, 1 service or transport error, 2 usage or bad input (nothing "
        "sent),\n"
        "3 canceled, 4 failed, 5 no final status after all rounds (invoice canceled).");
}

using kassa::OptionText;

// kassa-cli's options, in the order --help lists them.
constexpr OptionText options[] = {
    {"config",
     QT_TRANSLATE_NOOP("kassa-cli",
                       "The till's configuration file (default: the user's config folder)."),
     "FILE"},
    {"endpoint",
     QT_TRANSLATE_NOOP("kassa-cli", "SEQR's SOAP endpoint URL (default: the local seqr-sandbox)."),
     "URL"},
    {"json",
     QT_TRANSLATE_NOOP(
         "kassa-cli", "Print one JSON object on standard output; progress goes to standard error."),
     nullptr},
    {"reseller",
     QT_TRANSLATE_NOOP("kassa-cli",
                       "The shop's reseller id (terminal register, reset-manager-pin)."),
     "ID"},
    {"user-id",
     QT_TRANSLATE_NOOP("kassa-cli", "The shop's user id (terminal register, reset-manager-pin)."),
     "UID"},
    {"reseller-password",
     QT_TRANSLATE_NOOP("kassa-cli", "The shop's password, used once and never stored."), "PW"},
    {"external-id",
     QT_TRANSLATE_NOOP("kassa-cli", "This till's own name for itself, e.g. \"Store 111/Till 4\"."),
     "TEXT"},
    {"name",
     QT_TRANSLATE_NOOP(
         "kassa-cli",
         "The till's name shown on the buyer's phone; loyalty, coupon: the friendly name; "
         "shop set: the shop's name."),
     "TEXT"},
    {"row",
     QT_TRANSLATE_NOOP(
         "kassa-cli",
         "A sale row: DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; refund: the receipt's row N:QTY "
         "(repeatable)."),
     "ROW"},
    {"all", QT_TRANSLATE_NOOP("kassa-cli", "refund: every row still refundable."), nullptr},
    {"currency",
     QT_TRANSLATE_NOOP("kassa-cli",
                       "ISO 4217 currency; must be the till's (SEK unless configured)."),
     "CODE"},
    {"cashier",
     QT_TRANSLATE_NOOP("kassa-cli", "The cashier's id, sent as the invoice's cashierId."), "ID"},
    {"rounds",
     QT_TRANSLATE_NOOP("kassa-cli", "Rounds to wait for the buyer before canceling (default 1)."),
     "N"},
    {"round-seconds", QT_TRANSLATE_NOOP("kassa-cli", "Seconds in a round (default 30)."), "S"},
    {"amount", QT_TRANSLATE_NOOP("kassa-cli", "The amount to refund."), "X"},
    {"cash",
     QT_TRANSLATE_NOOP("kassa-cli", "Cash handed over (sell; pay: cash first, SEQR for the rest)."),
     "AMOUNT"},
    {"made",
     QT_TRANSLATE_NOOP("kassa-cli",
                       "refund-doubts settle: SEQR made it, as this refund reference."),
     "REF"},
    {"not-made", QT_TRANSLATE_NOOP("kassa-cli", "refund-doubts settle: SEQR did not make it."),
     nullptr},
    {"note",
     QT_TRANSLATE_NOOP("kassa-cli", "refund-doubts settle: what the manager saw (required)."),
     "TEXT"},
    {"per-terminal",
     QT_TRANSLATE_NOOP("kassa-cli", "Close this till's period instead of the shop's."), nullptr},
    {"since", QT_TRANSLATE_NOOP("kassa-cli", "Only sales and refunds since this date."),
     "YYYY-MM-DD"},
    {"print",
     QT_TRANSLATE_NOOP("kassa-cli", "receipt --copy, report: print on the till's receipt printer."),
     nullptr},
    {"copy",
     QT_TRANSLATE_NOOP(
         "kassa-cli", "receipt: give out the receipt's one copy (KOPIA), recorded in the journal."),
     nullptr},
    {"text",
     QT_TRANSLATE_NOOP("kassa-cli", "receipt, refund: show the receipt as text (also with --pdf)."),
     nullptr},
    {"address", QT_TRANSLATE_NOOP("kassa-cli", "shop set: the shop's address (\\n between lines)."),
     "TEXT"},
    {"org-number", QT_TRANSLATE_NOOP("kassa-cli", "shop set: the shop's organisation number."),
     "NNNNNN-NNNN"},
    {"reason", QT_TRANSLATE_NOOP("kassa-cli", "Why (drawer open, float set)."), "TEXT"},
    {"pdf",
     QT_TRANSLATE_NOOP(
         "kassa-cli",
         "receipt, report: also write it as a PDF (a receipt's is an electronic receipt)."),
     "FILE"},
    {"from", QT_TRANSLATE_NOOP("kassa-cli", "journal export: the first day."), "YYYY-MM-DD"},
    {"to", QT_TRANSLATE_NOOP("kassa-cli", "journal export: the last day."), "YYYY-MM-DD"},
    {"format", QT_TRANSLATE_NOOP("kassa-cli", "journal export: csv or json."), "FORMAT"},
    {"out",
     QT_TRANSLATE_NOOP("kassa-cli", "journal export: the file to write (its SHA-256 beside it)."),
     "FILE"},
    {"printer",
     QT_TRANSLATE_NOOP("kassa-cli",
                       "The receipt printer instead of the configuration's: escpos:usb:DEVICE, "
                       "escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD or escpos:cups:QUEUE."),
     "SPEC"},
    {"id", QT_TRANSLATE_NOOP("kassa-cli", "loyalty: the programme's token type, e.g. X_CARD."),
     "ID"},
    {"pattern",
     QT_TRANSLATE_NOOP("kassa-cli",
                       "loyalty, coupon: a regular expression for card numbers or codes."),
     "REGEX"},
    {"percent", QT_TRANSLATE_NOOP("kassa-cli", "loyalty, coupon: the percentage off."), "P"},
    {"points", QT_TRANSLATE_NOOP("kassa-cli", "loyalty: points only, no discount."), nullptr},
    {"group",
     QT_TRANSLATE_NOOP("kassa-cli",
                       "loyalty: only rows whose SKU or EAN starts with this (repeatable)."),
     "PREFIX"},
    {"code", QT_TRANSLATE_NOOP("kassa-cli", "coupon: the coupon's code."), "CODE"},
    {"loyalty-card",
     QT_TRANSLATE_NOOP("kassa-cli", "pay, sell: the customer's loyalty card number (swiped)."),
     "NUMBER"},
    {"coupon",
     QT_TRANSLATE_NOOP("kassa-cli", "pay, sell: a coupon the customer hands over (repeatable)."),
     "CODE"},
};

void addOptions(QCommandLineParser &parser)
{
    kassa::addOptions(parser, "kassa-cli", options);
    parser.addPositionalArgument(
        u"command"_s, QCoreApplication::translate("kassa-cli", "What to do (see above)."));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The command's own words are the output; library chatter only on request.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"kassa.*.info=false"_s);
    kassa::setProgramIdentity(u"kassa"_s);
    QTranslator translator;
    installTranslation(translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(commandSummary());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    addOptions(parser);
    // parse(), not process(): an unknown option is bad input (exit 2, like
    // any other), and --version names this program, not the suite.
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fputs(qPrintable(QCoreApplication::translate("kassa-cli", "kassa-cli: %1; see "
                                                                       "kassa-cli --help")
                                  .arg(parser.errorText()) +
                              u'\n'),
                   stderr);
        return 2;
    }
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(u"kassa-cli "_s + QCoreApplication::applicationVersion() + u'\n'),
                   stdout);
        return 0;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);

    CliApp cli(parser);
    // SIGINT/SIGTERM: a payment in progress is canceled (or kept, when paid)
    // before exiting.
    kassa::onStopSignals(&cli, [&cli](int signalNumber) { cli.handleSignal(signalNumber); });
    cli.start();
    return app.exec();
}
