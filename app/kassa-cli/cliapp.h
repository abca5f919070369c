#pragma once

#include "core/journal/journal.h"
#include "core/payment/paymentsession.h"
#include "core/payment/refunder.h"
#include "core/printing/tillprinter.h"
#include "core/receipt/receiptcontent.h"
#include "core/receipt/receiptsettings.h"
#include "core/refund/refundplan.h"
#include "core/seqr/seqrclient.h"
#include "core/shopdb/refundlookup.h"
#include "core/terminal/tillhost.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace kassa {
namespace shopdb {
struct DayClose;
}
struct Reconciliation;
class CashDrawer;
class InvoiceCommand;
class TerminalService;
class Cart;
class Checkout;
} // namespace kassa

// kassa-cli's commands: reads the parsed command line, wires core objects
// together and reports to the terminal (or as one JSON object with --json).
// The till is core's TillHost, as in the window: a command that takes money
// holds the till's lock, finishes what an earlier run left, and before it
// exits ships what its journal has not yet sent to the shop database.
// Exit codes: 0 paid/done, 1 service or transport error, 2 usage or bad
// input (nothing sent), 3 canceled, 4 failed, 5 no final status (canceled).
class CliApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApp)

public:
    enum Exit
    {
        Done = 0,
        ServiceError = 1,
        Usage = 2,
        Canceled = 3,
        Failed = 4,
        NoFinalStatus = 5
    };

    explicit CliApp(QCommandLineParser &parser, QObject *parent = nullptr);
    ~CliApp() override;

    // Runs the command on the event loop; the application exits with its code.
    void start();
    // SIGINT or SIGTERM arrived: a payment is canceled (or kept, when the
    // buyer already paid) before exiting; a second signal quits at once.
    void handleSignal(int signalNumber);

private:
    void run();
    // The command line's word `index` after the options (0: the command,
    // 1: its subcommand…; empty past the end), and whether it reads
    // "<command> <subcommand> …" in `words` words in all.
    QString commandWord(qsizetype index) const;
    bool isSubcommand(QStringView subcommand, qsizetype words) const;
    void takeTill(const std::function<void()> &next);
    void reportRecovery(const QList<kassa::PaymentRecovery::Outcome> &outcomes);
    void exitAfterShipping(int code);
    void pay();
    void status();
    void cancelInvoice();
    // refundcommand.cpp: a refund of chosen rows (--row N:QTY, --all) or an
    // amount; a sale paid partly in cash gives its cash part back in cash.
    void refund();
    kassa::shopdb::ShopAccess refundShopAccess();
    kassa::Result<QList<kassa::Decimal>> refundQuantities(const QList<kassa::RefundableRow> &rows);
    QString refundProblem(const kassa::RefundPlan &plan, const kassa::journal::Sale &sale,
                          const QList<kassa::RefundableRow> &rows);
    void carryOutRefund(const kassa::RefundPlan &plan, const kassa::shopdb::RefundSubject &subject);
    void reportRefund(const kassa::RefundPlan &plan, const kassa::Refunder::Outcome &outcome);
    void refundDoubts();
    void checkRefundDoubts();
    // The electronic receipt `number` as the PDF --pdf names; false (the
    // command failed) when it cannot be made or written.
    bool writeReceiptPdf(const kassa::Result<kassa::ReceiptContent> &electronic, qint64 number,
                         QJsonObject &json);
    void writeReturnPdf(qint64 serial, const kassa::ReceiptSettings &settings,
                        const kassa::Money &remaining, QJsonObject &json);
    // The refund's return receipt once the control unit signed it: printed
    // (plain text), `json` gains receiptNumber, controlCode and controlUnit.
    void whenReturnSigned(const kassa::Refunder::Outcome &outcome, QJsonObject json);
    // The signed return receipt `serial`: shown, written as PDF, printed.
    void showReturnReceipt(qint64 serial, const QString &type, QJsonObject json);
    void closePeriod();
    void reportDayClose(const kassa::shopdb::DayClose &day);
    // Says the reconciliation's lines; returns them as JSON.
    QJsonArray sayReconciliationLines(const kassa::Reconciliation &r);
    void showJournal();
    // --percent as a number ("12,5" too) into `percent`; false (the command
    // failed) when it is not one.
    bool readPercent(kassa::Decimal *percent);
    // status and cancel: `ask` about the INVOICE_REFERENCE on the command
    // line, then `answer` says the outcome (without a reference the command
    // fails with `usage`).
    using InvoiceAnswer = void (CliApp::*)(const QString &ref,
                                           const kassa::InvoiceCommand &command);
    void askAboutInvoice(const QString &usage, void (kassa::InvoiceCommand::*ask)(const QString &),
                         InvoiceAnswer answer);
    void answerStatus(const QString &ref, const kassa::InvoiceCommand &command);
    void answerCancel(const QString &ref, const kassa::InvoiceCommand &command);
    // Says a sale's line and its rows; returns it as JSON.
    QJsonObject saySale(const kassa::journal::Sale &sale);
    // terminalcommand.cpp: register, assign-seqr-id, reset-manager-pin, unregister, test.
    kassa::Result<QJsonArray> journalEvents(const QDateTime &since);
    void terminal();
    std::function<void(const kassa::Status &)> terminalDone(const QString &success,
                                                            const QJsonObject &json);
    bool hasOptions(const QStringList &options, const QString &missing);
    void registerTerminal(kassa::TerminalService *service);
    void resetManagerPin(kassa::TerminalService *service);
    void testConnection();
    void cancelPayment();
    // paycommands.cpp: a SEQR payment followed to its end (`rounds` rounds,
    // then canceled), said as it goes.
    struct PaymentWatch
    {
        int roundsLeft = 0;
        bool gaveUp = false; // canceled after all rounds
        kassa::PaymentSession::State last = kassa::PaymentSession::State::Created;
        int pollIntervalMs = 0;
    };
    void handlePaymentState(kassa::PaymentSession *session, kassa::PaymentSession::State state,
                            PaymentWatch &watch);
    void reportPaymentEnd(kassa::PaymentSession *session, bool gaveUp);
    // printercommand.cpp: the till's ESC/POS receipt printer.
    void printerCommand();
    // receiptcommand.cpp: a receipt as the journal holds it, or its one copy.
    void receiptCommand();
    void showReceipt(qint64 number, bool copy);
    // A return receipt (numbered in the same series) as it was made.
    void showReturnReceipt(qint64 number);
    // registercommands.cpp: training mode, the register's identity, the shop.
    void trainingCommand();
    void identityCommand();
    void shopCommand();
    void priceCommand();
    // Prints a paid sale's receipt (when the till has a receipt printer), then `then`.
    void printPaidReceipt(const kassa::journal::Sale &sale, const std::function<void()> &then);
    // The till's receipt printer (--printer or the configuration); null with why not.
    kassa::printing::TillPrinter *printer(QString *why);
    // daycommands.cpp: the cash drawer (kicked through the till's printer
    // when it has one), the float, the X and Z reports, the journal export.
    kassa::CashDrawer *tillDrawer();
    void drawerCommand();
    void floatCommand();
    void reportCommand();
    void exportCommand();
    // Exits once the printer has sent what was queued (a drawer kick).
    void finishAfterPrinting(int code, const QJsonObject &json);
    void whenPrinted(int jobId,
                     const std::function<void(const kassa::printing::PrintOutcome &)> &then);
    void sell();
    // proformacommand.cpp: the cart's pro forma receipt (EJ KVITTO), signed as pro forma.
    void proFormaCommand();
    void showProForma(qint64 number, QJsonObject json);
    void controlUnit();
    void controlUnitSet(const QString &device);
    void controlUnitStatus();
    void reportUnitStatus(const QJsonObject &known);
    // loyaltycommand.cpp: the shop's loyalty programmes and coupons.
    void loyaltyCommand();
    void listLoyalty();
    void couponCommand();
    void saveLoyalty(const QString &said, const QJsonObject &json);
    // --loyalty-card NUMBER on the sale (sell, pay): says its discount; false
    // (and the command failed, `nothing` said) when it is not the shop's.
    bool applyLoyaltyCard(kassa::Checkout *checkout, const QString &nothing);
    // The card, then each --coupon CODE (the window's core path,
    // Checkout::addCoupon); says what they give, or fails saying `nothing`.
    bool applyLoyalty(kassa::Checkout *checkout, const QString &nothing);
    bool applyCoupon(kassa::Checkout *checkout, const QString &code, const QString &nothing);

    // The sale commands' common parts: the --row cart (null after failing),
    // the core checkout with the till's control unit, --cash, and the
    // receipt once the control unit signed it (`done` gets receiptNumber,
    // controlCode and controlUnit, and the exit code).
    kassa::Cart *cartFromArguments();
    kassa::Checkout *makeCheckout(kassa::Cart *cart, const kassa::PaymentTiming &timing);
    std::optional<kassa::Money> cashArgument(const kassa::Cart &cart);
    void whenSigned(qint64 saleId, std::function<void(QJsonObject, int)> done);

    bool requireRegistration();
    // Reports a started payment's progress and ends the command when it ends.
    void watchPayment(kassa::PaymentSession *session, int rounds,
                      const kassa::PaymentTiming &timing);
    void say(const QString &line) const; // progress, to stdout (stderr with --json)
    void finish(int code, const QJsonObject &json = {});
    void fail(int code, const QString &message);

    QCommandLineParser &m_parser;
    QString m_configPath;
    std::unique_ptr<kassa::TillHost> m_host;
    kassa::TillConfig &m_config; // the host's
    QPointer<kassa::PaymentSession> m_session;
    std::unique_ptr<kassa::printing::TillPrinter> m_printer;
    std::unique_ptr<kassa::shopdb::ShopDatabase> m_refundShop; // refunds across tills
    QPointer<kassa::Checkout> m_checkout;
    bool m_cancelRequested = false;
    int m_signals = 0;
    int m_lastSignal = 0;
    bool m_json = false;
    bool m_finished = false;
    bool m_shipping = false; // waiting for the shop database before exiting
    int m_exitCode = 0;
};
