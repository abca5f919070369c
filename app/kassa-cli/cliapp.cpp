#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/checkout/checkout.h"
#include "core/common/enumname.h"

#include "core/journal/journalschema.h"
#include "core/payment/invoicecommand.h"
#include "core/payment/paymentrecovery.h"
#include "core/payment/paymentsession.h"
#include "core/payment/refunder.h"
#include "core/receipt/receipttext.h"
#include "core/reconciliation/reconciler.h"
#include "core/sale/salerow.h"
#include "core/seqr/resultcode.h"
#include "core/terminal/errortext.h"
#include "core/terminal/terminalservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kassa;
using namespace kassa::seqr;

namespace {

// How long a command waits for the shop database before it exits.
constexpr std::chrono::seconds kShipWait(5);

TillHostOptions hostOptions(const QCommandLineParser &parser, const QString &configPath)
{
    TillHostOptions options;
    options.configPath = configPath;
    options.endpoint = parser.value(u"endpoint"_s);
    options.lockWaitMs = 2000;
    // These may run beside the process that holds the till: `journal` reads,
    // `status` asks SEQR, `cancel` asks SEQR to cancel — and the holder
    // journals what its own next poll learns.
    const QString command = parser.positionalArguments().value(0);
    // A receipt's copy is recorded and signed: that takes the till.
    if (command == u"journal" || (command == u"receipt" && !parser.isSet(u"copy"_s)))
        options.whenTaken = TillHostOptions::WhenTaken::ReadJournal;
    else if (command == u"status" || command == u"cancel" || command == u"control-unit")
        options.whenTaken = TillHostOptions::WhenTaken::LookWithoutJournal;
    return options;
}

} // namespace

CliApp::CliApp(QCommandLineParser &parser, QObject *parent)
    : QObject(parent)
    , m_parser(parser)
    , m_configPath(parser.isSet(u"config"_s) ? parser.value(u"config"_s)
                                             : TillConfig::defaultPath())
    , m_host(std::make_unique<TillHost>(hostOptions(parser, m_configPath)))
    , m_config(m_host->till())
{
    m_json = parser.isSet(u"json"_s);
}

CliApp::~CliApp() = default;

void CliApp::start()
{
    QMetaObject::invokeMethod(this, &CliApp::run, Qt::QueuedConnection);
}

void CliApp::say(const QString &line) const
{
    if (m_json)
        printErr(line + u'\n');
    else
        printOut(line + u'\n');
}

void CliApp::finish(int code, const QJsonObject &json)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_json && !json.isEmpty())
        printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    exitAfterShipping(code);
}

void CliApp::exitAfterShipping(int code)
{
    // What this command journaled (and anything an earlier one left) reaches
    // the shop database before the process ends; a database that is away is
    // waited for a few seconds, then said, and the journal keeps the rest
    // for the next command or the till. The command's own exit code stands.
    m_exitCode = code;
    m_shipping = true;
    m_host->shipBeforeExit(kShipWait, [this](const ShopShipment &shipment) {
        if (!shipment.complete)
            say(tr("The shop database %1 cannot be reached (%2); %n record(s) wait in this "
                   "till's journal and go with the next command or the till.",
                   nullptr, int(shipment.pending))
                    .arg(m_config.shopDatabase.displayName(), shipment.error.detail.isEmpty()
                                                                  ? tr("no answer")
                                                                  : shipment.error.detail));
        QCoreApplication::exit(m_exitCode);
    });
}

void CliApp::fail(int code, const QString &message)
{
    printErr(tr("kassa-cli: %1").arg(message) + u'\n');
    if (m_json)
        return finish(code, QJsonObject{{u"error"_s, message}, {u"exitCode"_s, code}});
    finish(code);
}

void CliApp::handleSignal(int signalNumber)
{
    // Waiting for the shop database: the journal keeps what is not sent.
    if (m_shipping)
        return QCoreApplication::exit(m_exitCode);
    if (m_finished)
        return;
    m_lastSignal = signalNumber;
    if (++m_signals > 1) {
        if (m_session && !m_session->isFinished())
            printErr(tr("kassa-cli: quitting without waiting; the invoice stays in the journal "
                        "and the next kassa-cli command finishes it.") +
                     u'\n');
        m_finished = true;
        QCoreApplication::exit(128 + signalNumber);
        return;
    }
    if (m_session && !m_session->isFinished())
        return cancelPayment();
    // Nothing to undo: a refund or period close in flight is let finish, so
    // that what SEQR did reaches the journal.
    if (m_host->holdsTill())
        printErr(tr("kassa-cli: finishing the current step first (signal again to quit at once).") +
                 u'\n');
    else {
        m_finished = true;
        QCoreApplication::exit(128 + signalNumber);
    }
}

void CliApp::cancelPayment()
{
    if (!m_cancelRequested) {
        m_cancelRequested = true;
        say(tr("Interrupted: canceling the invoice (a payment the buyer already made is "
               "kept)…"));
    }
    // Only an invoice waiting for the buyer can be canceled; before it is
    // sent, the Waiting state brings the cancel; while PAID is being
    // recorded, the payment finishes as paid.
    if (m_session && m_session->canCancel())
        m_session->cancel();
}

bool CliApp::requireRegistration()
{
    if (m_config.isRegistered())
        return true;
    fail(Usage, tr("%1 (configuration: %2)")
                    .arg(describe(makeError(ErrorCode::NotRegistered, {})), m_configPath));
    return false;
}

void CliApp::run()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return fail(Usage, tr("no command given; see kassa-cli --help"));
    if (auto loaded = m_host->loadConfiguration(); !loaded)
        return fail(Usage, loaded.error().detail);
    if (auto connected = m_host->connectSeqr(); !connected)
        return fail(Usage, connected.error().detail);

    // What each command needs before it runs: nothing (it takes the till
    // itself when it must), the till (the Swedish day: no SEQR registration
    // needed), or the till registered with SEQR.
    enum class Needs
    {
        Nothing,
        Till,
        RegisteredTill
    };
    struct Route
    {
        void (CliApp::*run)() = nullptr;
        Needs needs = Needs::Nothing;
    };
    const QHash<QString, Route> routes{
        {u"terminal"_s, {&CliApp::terminal, Needs::Nothing}},
        {u"printer"_s, {&CliApp::printerCommand, Needs::Nothing}},
        {u"control-unit"_s, {&CliApp::controlUnit, Needs::Nothing}},
        {u"identity"_s, {&CliApp::identityCommand, Needs::Nothing}},
        {u"shop"_s, {&CliApp::shopCommand, Needs::Nothing}},
        {u"loyalty"_s, {&CliApp::loyaltyCommand, Needs::Nothing}},
        {u"coupon"_s, {&CliApp::couponCommand, Needs::Nothing}},
        {u"receipt"_s, {&CliApp::receiptCommand, Needs::Till}},
        {u"training"_s, {&CliApp::trainingCommand, Needs::Till}},
        {u"drawer"_s, {&CliApp::drawerCommand, Needs::Till}},
        {u"float"_s, {&CliApp::floatCommand, Needs::Till}},
        {u"report"_s, {&CliApp::reportCommand, Needs::Till}},
        {u"proforma"_s, {&CliApp::proFormaCommand, Needs::Till}},
        {u"price"_s, {&CliApp::priceCommand, Needs::Till}},
        {u"pay"_s, {&CliApp::pay, Needs::RegisteredTill}},
        {u"sell"_s, {&CliApp::sell, Needs::RegisteredTill}},
        {u"status"_s, {&CliApp::status, Needs::RegisteredTill}},
        {u"cancel"_s, {&CliApp::cancelInvoice, Needs::RegisteredTill}},
        {u"refund"_s, {&CliApp::refund, Needs::RegisteredTill}},
        {u"refund-doubts"_s, {&CliApp::refundDoubts, Needs::RegisteredTill}},
        {u"close-period"_s, {&CliApp::closePeriod, Needs::RegisteredTill}},
        {u"journal"_s, {&CliApp::showJournal, Needs::RegisteredTill}}};
    const QString command = args.first();
    // journal export reads the journal alone: no SEQR registration needed.
    const Route route = command == u"journal" && args.value(1) == u"export"
                            ? Route{&CliApp::exportCommand, Needs::Till}
                            : routes.value(command);
    if (!route.run)
        return fail(Usage, tr("unknown command \u201c%1\u201d; see kassa-cli --help").arg(command));
    if (route.needs == Needs::Nothing)
        return (this->*route.run)();
    if (route.needs == Needs::RegisteredTill && !requireRegistration())
        return;
    takeTill([this, handler = route.run] { (this->*handler)(); });
}

QString CliApp::commandWord(qsizetype index) const
{
    return m_parser.positionalArguments().value(index);
}

bool CliApp::isSubcommand(QStringView subcommand, qsizetype words) const
{
    const QStringList args = m_parser.positionalArguments();
    return args.size() == words && args.value(1) == subcommand;
}

void CliApp::takeTill(const std::function<void()> &next)
{
    // One process per till at a time (TillHost): the lock before the journal.
    if (auto taken = m_host->takeTill(); !taken)
        return fail(ServiceError, taken.error().detail);
    connect(m_host.get(), &TillHost::recoveryStarted, this,
            [this] { say(tr("Finishing payments left in flight by an earlier run…")); });
    connect(m_host.get(), &TillHost::recoveryFinished, this, &CliApp::reportRecovery);
    connect(m_host.get(), &TillHost::ready, this, [this, next] {
        if (!m_finished)
            next();
    });
    m_host->start();
}

void CliApp::reportRecovery(const QList<PaymentRecovery::Outcome> &outcomes)
{
    for (const auto &o : outcomes) {
        QString what;
        if (o.state == PaymentSession::State::Paid)
            what = tr("PAID, journaled as receipt %1, ersReference %2")
                       .arg(o.receiptNumber)
                       .arg(o.ersReference);
        else if (o.state == PaymentSession::State::Canceled)
            what = tr("canceled (no payment)");
        else if (o.state == PaymentSession::State::Failed)
            what = tr("failed (no payment)");
        else
            what = tr("still open; it will be tried again at the next start");
        say(tr("  invoice %1 %2: %3").arg(o.invoiceReference, money(o.amount), what));
    }
    // Interrupted while finishing what an earlier run left: nothing new is
    // started.
    if (m_signals > 0) {
        m_finished = true;
        exitAfterShipping(128 + m_lastSignal);
    }
}
