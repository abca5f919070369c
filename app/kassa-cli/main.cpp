// kassa-cli: the whole merchant flow without a window.
#include "app/kassa-cli/cliapp.h"
#include "core/common/stopsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The command's own words are the output; library chatter only on request.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"kassa.*.info=false"_s);
    QCoreApplication::setApplicationName(u"kassa"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KASSA_VERSION));
    // Swedish when the system speaks it, English otherwise.
    QTranslator translator;
    if (translator.load(QLocale::system(), u"kassa"_s, u"_"_s,
                        QCoreApplication::applicationDirPath() +
                            u"/../share/kassa/translations"_s) ||
        translator.load(QLocale::system(), u"kassa"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kassa-cli",
        "Kassa's SEQR payments from the command line.\n\n"
        "Commands:\n"
        "  terminal register --reseller ID --user-id UID --reseller-password PW --external-id TEXT "
        "--name TEXT\n"
        "  terminal assign-seqr-id SEQRID\n"
        "  terminal unregister\n"
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
        "3 canceled, 4 failed, 5 no final status after all rounds (invoice canceled)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    auto option = [&](const QString &name, const char *help, const QString &value = {}) {
        parser.addOption(
            QCommandLineOption(name, QCoreApplication::translate("kassa-cli", help), value));
    };
    option(u"config"_s, "The till's configuration file (default: the user's config folder).",
           u"FILE"_s);
    option(u"endpoint"_s, "SEQR's SOAP endpoint URL (default: the local seqr-sandbox).", u"URL"_s);
    option(u"json"_s, "Print one JSON object on standard output; progress goes to standard error.");
    option(u"reseller"_s, "The shop's reseller id (terminal register, reset-manager-pin).",
           u"ID"_s);
    option(u"user-id"_s, "The shop's user id (terminal register, reset-manager-pin).", u"UID"_s);
    option(u"reseller-password"_s, "The shop's password, used once and never stored.", u"PW"_s);
    option(u"external-id"_s, "This till's own name for itself, e.g. \"Store 111/Till 4\".",
           u"TEXT"_s);
    option(u"name"_s,
           "The till's name shown on the buyer's phone; loyalty, coupon: the friendly name; "
           "shop set: the shop's name.",
           u"TEXT"_s);
    option(u"row"_s,
           "A sale row: DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; refund: the receipt's row N:QTY "
           "(repeatable).",
           u"ROW"_s);
    option(u"all"_s, "refund: every row still refundable.");
    option(u"currency"_s, "ISO 4217 currency; must be the till's (SEK unless configured).",
           u"CODE"_s);
    option(u"cashier"_s, "The cashier's id, sent as the invoice's cashierId.", u"ID"_s);
    option(u"rounds"_s, "Rounds to wait for the buyer before canceling (default 1).", u"N"_s);
    option(u"round-seconds"_s, "Seconds in a round (default 30).", u"S"_s);
    option(u"amount"_s, "The amount to refund.", u"X"_s);
    option(u"cash"_s, "Cash handed over (sell; pay: cash first, SEQR for the rest).", u"AMOUNT"_s);
    option(u"made"_s, "refund-doubts settle: SEQR made it, as this refund reference.", u"REF"_s);
    option(u"not-made"_s, "refund-doubts settle: SEQR did not make it.");
    option(u"note"_s, "refund-doubts settle: what the manager saw (required).", u"TEXT"_s);
    option(u"per-terminal"_s, "Close this till's period instead of the shop's.");
    option(u"since"_s, "Only sales and refunds since this date.", u"YYYY-MM-DD"_s);
    option(u"print"_s, "receipt --copy, report: print on the till's receipt printer.");
    option(u"copy"_s, "receipt: give out the receipt's one copy (KOPIA), recorded in the journal.");
    option(u"text"_s, "receipt, refund: show the receipt as text (also with --pdf).");
    option(u"address"_s, "shop set: the shop's address (\\n between lines).", u"TEXT"_s);
    option(u"org-number"_s, "shop set: the shop's organisation number.", u"NNNNNN-NNNN"_s);
    option(u"reason"_s, "Why (drawer open, float set).", u"TEXT"_s);
    option(u"pdf"_s,
           "receipt, report: also write it as a PDF (a receipt's is an electronic receipt).",
           u"FILE"_s);
    option(u"from"_s, "journal export: the first day.", u"YYYY-MM-DD"_s);
    option(u"to"_s, "journal export: the last day.", u"YYYY-MM-DD"_s);
    option(u"format"_s, "journal export: csv or json.", u"FORMAT"_s);
    option(u"out"_s, "journal export: the file to write (its SHA-256 beside it).", u"FILE"_s);
    option(u"printer"_s,
           "The receipt printer instead of the configuration's: escpos:usb:DEVICE, "
           "escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD or escpos:cups:QUEUE.",
           u"SPEC"_s);
    option(u"id"_s, "loyalty: the programme's token type, e.g. X_CARD.", u"ID"_s);
    option(u"pattern"_s, "loyalty, coupon: a regular expression for card numbers or codes.",
           u"REGEX"_s);
    option(u"percent"_s, "loyalty, coupon: the percentage off.", u"P"_s);
    option(u"points"_s, "loyalty: points only, no discount.");
    option(u"group"_s, "loyalty: only rows whose SKU or EAN starts with this (repeatable).",
           u"PREFIX"_s);
    option(u"code"_s, "coupon: the coupon's code.", u"CODE"_s);
    option(u"loyalty-card"_s, "pay, sell: the customer's loyalty card number (swiped).",
           u"NUMBER"_s);
    option(u"coupon"_s, "pay, sell: a coupon the customer hands over (repeatable).", u"CODE"_s);
    parser.addPositionalArgument(
        u"command"_s, QCoreApplication::translate("kassa-cli", "What to do (see above)."));
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
