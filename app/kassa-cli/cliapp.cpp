#include "app/kassa-cli/cliapp.h"

#include "core/checkout/checkout.h"
#include "core/common/enumname.h"

#include "core/common/errortext.h"
#include "core/journal/journalschema.h"
#include "core/payment/invoicecommand.h"
#include "core/payment/paymentrecovery.h"
#include "core/payment/paymentsession.h"
#include "core/payment/refunder.h"
#include "core/receipt/receipttext.h"
#include "core/reconciliation/reconciler.h"
#include "core/sale/salerow.h"
#include "core/seqr/resultcode.h"
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

void printOut(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fflush(stderr);
}

QString money(const Money &m)
{
    return m.toDecimalString() + u' ' + m.currency().code();
}

QString statusWord(PaymentSession::State state)
{
    switch (state) {
    case PaymentSession::State::Paid:
    case PaymentSession::State::Canceled:
    case PaymentSession::State::Failed:
    case PaymentSession::State::NotSent:
        return enumWire(state); // PAID, CANCELED, FAILED, NOT_SENT
    default:
        return u"PENDING"_s;
    }
}

} // namespace

CliApp::CliApp(QCommandLineParser &parser, QObject *parent)
    : QObject(parent)
    , m_parser(parser)
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
    QCoreApplication::exit(code);
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
    if (m_client && m_journal)
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

bool CliApp::openJournal(bool holdsTill)
{
    const QString path = m_config.journalFile(m_configPath);
    if (!holdsTill) {
        const auto version = journal::journalSchemaVersion(path);
        if (!version) {
            fail(ServiceError, describe(version.error()));
            return false;
        }
        if (*version != journal::Journal::schemaVersion) {
            fail(ServiceError,
                 tr("the journal needs an upgrade (schema %1 to %2) that only the process using "
                    "this till (pid %3) may make; try again when it has finished")
                     .arg(*version)
                     .arg(journal::Journal::schemaVersion)
                     .arg(m_tillHolderPid));
            return false;
        }
    }
    auto journal = journal::Journal::open(path);
    if (!journal) {
        fail(ServiceError, describe(journal.error()));
        return false;
    }
    m_journal = std::move(journal.value());
    return true;
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
    m_configPath =
        m_parser.isSet(u"config"_s) ? m_parser.value(u"config"_s) : TillConfig::defaultPath();
    auto config = TillConfig::load(m_configPath);
    if (!config)
        return fail(Usage, config.error().detail);
    m_config = *config;
    if (m_parser.isSet(u"endpoint"_s))
        m_config.endpoint = m_parser.value(u"endpoint"_s);
    const QUrl endpoint(m_config.endpoint);
    if (!endpoint.isValid() || (endpoint.scheme() != u"http" && endpoint.scheme() != u"https"))
        return fail(Usage,
                    tr("the SEQR endpoint must be an http(s) URL: %1").arg(m_config.endpoint));
    m_client = std::make_unique<SeqrClient>(
        SeqrClientConfig{endpoint, std::chrono::milliseconds(m_config.timeoutMs), m_config.caFile});
    if (!m_client->configurationError().isEmpty())
        return fail(Usage, m_client->configurationError());
    if (m_config.isRegistered())
        m_client->setTerminalCredentials(
            Credentials::terminal(m_config.terminalId, m_config.terminalPassword));

    const QString command = args.first();
    if (command == u"terminal")
        return terminal();
    const QHash<QString, void (CliApp::*)()> commands{{u"pay"_s, &CliApp::pay},
                                                      {u"status"_s, &CliApp::status},
                                                      {u"cancel"_s, &CliApp::cancelInvoice},
                                                      {u"refund"_s, &CliApp::refund},
                                                      {u"close-period"_s, &CliApp::closePeriod},
                                                      {u"journal"_s, &CliApp::showJournal}};
    const auto handler = commands.value(command);
    if (!handler)
        return fail(Usage, tr("unknown command \u201c%1\u201d; see kassa-cli --help").arg(command));
    if (!requireRegistration())
        return;
    takeTill(command, [this, handler] { (this->*handler)(); });
}

void CliApp::takeTill(const QString &command, const std::function<void()> &next)
{
    // One process per till at a time: a second one must not take over (and
    // cancel) the first one's payment as if it had been left behind, nor
    // migrate the journal under it. So the lock comes before the journal is
    // opened. A lock left by a process that died is stale and taken at once.
    const QString journalPath = m_config.journalFile(m_configPath);
    if (!QDir().mkpath(QFileInfo(journalPath).absolutePath()))
        return fail(ServiceError,
                    tr("cannot create the folder %1").arg(QFileInfo(journalPath).absolutePath()));
    m_lock = std::make_unique<QLockFile>(journalPath + u".lock"_s);
    m_lock->setStaleLockTime(0);
    // These may run beside the process that holds the till: `journal` reads,
    // `status` asks SEQR, `cancel` asks SEQR to cancel — and the holder
    // journals what its own next poll learns.
    const bool mayShare = command == u"status" || command == u"journal" || command == u"cancel";
    if (m_lock->tryLock(mayShare ? 0 : 2000)) {
        if (!openJournal(true))
            return;
        return recoverThen(next);
    }
    if (m_lock->error() != QLockFile::LockFailedError)
        return fail(ServiceError, tr("cannot create the till's lock file %1.lock")
                                      .arg(QDir::toNativeSeparators(journalPath)));
    QString host, app;
    m_lock->getLockInfo(&m_tillHolderPid, &host, &app);
    if (!mayShare)
        return fail(ServiceError,
                    tr("another Kassa process (pid %1) is using this till; try again when it has "
                       "finished")
                        .arg(m_tillHolderPid));
    m_lock.reset();
    if (command == u"journal" && !openJournal(false))
        return;
    next();
}

void CliApp::recoverThen(const std::function<void()> &next)
{
    if (const auto inFlight = m_journal->invoicesInFlight(); inFlight && inFlight->isEmpty())
        return next();
    say(tr("Finishing payments left in flight by an earlier run…"));
    auto *recovery =
        new PaymentRecovery(m_client.get(), m_journal.get(), m_config.shopName, {}, 60000, this);
    connect(recovery, &PaymentRecovery::finished, this, [this, recovery, next] {
        for (const auto &o : recovery->outcomes()) {
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
        recovery->deleteLater();
        // Interrupted while finishing what an earlier run left: nothing new
        // is started.
        if (m_signals > 0) {
            m_finished = true;
            return QCoreApplication::exit(128 + m_lastSignal);
        }
        next();
    });
    recovery->run();
}

void CliApp::pay()
{
    const QString currencyCode =
        (m_parser.isSet(u"currency"_s) ? m_parser.value(u"currency"_s) : m_config.currency)
            .toUpper();
    const auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return fail(Usage,
                    tr("unknown currency \u201c%1\u201d; nothing was sent").arg(currencyCode));
    // A till takes payments in its own currency only (the shop's SEQR
    // account settles in one; the window's cart is always in it).
    if (currency->code() != m_config.currency.toUpper())
        return fail(Usage, tr("this till takes payments in %1, not %2; nothing was sent")
                               .arg(m_config.currency.toUpper(), currencyCode));
    const QStringList rowSpecs = m_parser.values(u"row"_s);
    if (rowSpecs.isEmpty())
        return fail(Usage, tr("give at least one --row \"DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]\""));
    QList<journal::SaleRow> rows;
    for (const QString &spec : rowSpecs) {
        const QStringList parts = spec.split(u';');
        if (parts.size() < 3 || parts.size() > 4)
            return fail(Usage,
                        tr("row \u201c%1\u201d is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; "
                           "nothing was sent")
                            .arg(spec));
        auto row = makeSaleRow(parts[0], parts[1], parts[2], parts.value(3), *currency);
        if (!row)
            return fail(
                Usage,
                tr("row \u201c%1\u201d: %2; nothing was sent").arg(spec, row.error().detail));
        rows.append(*row);
    }
    const auto total = saleTotal(rows);
    if (!total)
        return fail(Usage, total.error().detail);
    if (!total->isPositive())
        return fail(
            Usage,
            tr("the total must be more than zero (it is %1); nothing was sent").arg(money(*total)));
    bool ok = true;
    const int rounds = m_parser.isSet(u"rounds"_s) ? m_parser.value(u"rounds"_s).toInt(&ok) : 1;
    if (!ok || rounds < 1)
        return fail(Usage, tr("--rounds wants a number of at least 1"));
    PaymentTiming timing;
    if (m_parser.isSet(u"round-seconds"_s)) {
        const int seconds = m_parser.value(u"round-seconds"_s).toInt(&ok);
        if (!ok || seconds < 1)
            return fail(Usage, tr("--round-seconds wants a number of at least 1"));
        timing.roundMs = seconds * 1000;
    }
    // The typed rows are the cart; the core checkout sends the invoice and
    // journals the payment, as it does for the window and the webshop.
    auto *cart = new Cart(*currency, this);
    for (const journal::SaleRow &row : std::as_const(rows)) {
        if (auto added = cart->addTypedRow(row); !added)
            return fail(Usage, tr("row \u201c%1\u201d: %2; nothing was sent")
                                   .arg(row.description, added.error().detail));
    }
    auto *checkout =
        new Checkout(CheckoutContext{m_client.get(), m_journal.get(), m_config.shopName,
                                     m_parser.value(u"cashier"_s), timing},
                     cart, this);
    connect(checkout, &Checkout::paymentStarted, this,
            [=, this](PaymentSession *session) { watchPayment(session, rounds, timing); });
    if (checkout->payWithSeqr() != SeqrRefusal::None)
        return fail(Usage, tr("the payment cannot be started; nothing was sent"));
}

void CliApp::watchPayment(PaymentSession *session, int rounds, const PaymentTiming &timing)
{
    m_session = session;
    auto roundsLeft = std::make_shared<int>(rounds - 1);
    auto gaveUp = std::make_shared<bool>(false);
    auto lastState = std::make_shared<PaymentSession::State>(PaymentSession::State::Created);
    connect(
        session, &PaymentSession::connectionProblemChanged, this, [this, session](bool problem) {
            say(problem
                    ? tr("Connection problem: %1 Still trying…").arg(describe(session->lastError()))
                    : tr("Connection is back."));
        });
    connect(session, &PaymentSession::stateChanged, this, [=, this](PaymentSession::State state) {
        const PaymentSession::State before = *lastState;
        *lastState = state;
        switch (state) {
        case PaymentSession::State::Waiting:
            if (session->polls() == 0 && before == PaymentSession::State::Sending) {
                say(tr("Scan to pay %1:").arg(money(session->amount())));
                say(session->qrCode());
            }
            if (m_cancelRequested) {
                // Sent after the signal, or SEQR refused the cancel (the
                // buyer is confirming): ask again after a poll's pause.
                QTimer::singleShot(before == PaymentSession::State::Sending ? 0
                                                                            : timing.pollIntervalMs,
                                   session, [this] { cancelPayment(); });
            }
            break;
        case PaymentSession::State::Deciding:
            if (m_cancelRequested) {
                cancelPayment();
            } else if (*roundsLeft > 0) {
                --*roundsLeft;
                say(tr("No final answer yet; waiting another round."));
                session->tryAgain();
            } else {
                *gaveUp = true;
                say(tr("No payment after all rounds; canceling the invoice."));
                session->cancel();
            }
            break;
        default:
            break;
        }
    });
    connect(session, &PaymentSession::finished, this, [=, this] {
        QJsonObject json{{u"invoiceReference"_s, session->invoiceReference()},
                         {u"qr"_s, session->qrCode()},
                         {u"status"_s, statusWord(session->state())},
                         {u"ersReference"_s, session->ersReference()},
                         {u"total"_s, session->amount().toDecimalString()},
                         {u"currency"_s, session->amount().currency().code()}};
        switch (session->state()) {
        case PaymentSession::State::Paid: {
            json.insert(u"receiptNumber"_s, session->receiptNumber());
            if (!m_json) {
                if (const auto sale = m_journal->sale(session->saleId()))
                    printOut(u"\n"_s +
                             receiptText(*sale, ReceiptSettings::forTill(m_config, QLocale())) +
                             u"\n"_s);
            }
            say(tr("PAID %1 — ersReference %2")
                    .arg(money(session->amount()), session->ersReference()));
            if (session->lastError().code != ErrorCode::None)
                say(tr("Note: SEQR has not confirmed the receipt yet; it will be sent again at the "
                       "next start."));
            return finish(Done, json);
        }
        case PaymentSession::State::Canceled:
            say(*gaveUp ? tr("No payment: the invoice was canceled after all rounds.")
                        : tr("Payment canceled."));
            return finish(*gaveUp ? NoFinalStatus : Canceled, json);
        case PaymentSession::State::Failed:
            say(tr("The payment failed (the customer declined or SEQR refused it)."));
            return finish(Failed, json);
        default:
            json.insert(u"error"_s, describeNotStarted(session->lastError()));
            printErr(tr("kassa-cli: %1").arg(describeNotStarted(session->lastError())) + u'\n');
            return finish(session->lastError().code == ErrorCode::InvalidArgument ? Usage
                                                                                  : ServiceError,
                          json);
        }
    });
}

namespace {

int exitFor(InvoiceStatus status)
{
    return status == InvoiceStatus::Paid       ? CliApp::Done
           : status == InvoiceStatus::Canceled ? CliApp::Canceled
           : status == InvoiceStatus::Failed   ? CliApp::Failed
                                               : CliApp::NoFinalStatus;
}

} // namespace

void CliApp::status()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() != 2)
        return fail(Usage, tr("usage: kassa-cli status INVOICE_REFERENCE"));
    const QString ref = args[1];
    // Core journals what SEQR answers when this process holds the till (as
    // recovery would); beside another process it only asks.
    auto *command =
        new InvoiceCommand(m_client.get(), m_journal.get(), m_config.shopName, {}, this);
    connect(command, &InvoiceCommand::finished, this, [this, command, ref] {
        command->deleteLater();
        const InvoiceCommand::Outcome &o = command->outcome();
        if (o.status == InvoiceStatus::Unknown && o.error.code != ErrorCode::None)
            return fail(ServiceError, describe(o.error));
        const QString status = invoiceStatusName(o.status);
        const QString shown = status.isEmpty() ? tr("unknown status") : status;
        say(o.ersReference.isEmpty()
                ? tr("Invoice %1: %2").arg(ref, shown)
                : tr("Invoice %1: %2, ersReference %3").arg(ref, shown, o.ersReference));
        if (o.journaled && o.receiptNumber > 0)
            say(tr("Journaled as receipt %1.").arg(o.receiptNumber));
        else if (o.error.code != ErrorCode::None)
            printErr(tr("kassa-cli: %1").arg(describe(o.error)) + u'\n');
        QJsonObject json{{u"invoiceReference"_s, ref},
                         {u"status"_s, status},
                         {u"version"_s, o.version},
                         {u"ersReference"_s, o.ersReference}};
        if (o.receiptNumber > 0)
            json.insert(u"receiptNumber"_s, o.receiptNumber);
        finish(exitFor(o.status), json);
    });
    command->queryStatus(ref);
}

void CliApp::cancelInvoice()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() != 2)
        return fail(Usage, tr("usage: kassa-cli cancel INVOICE_REFERENCE"));
    const QString ref = args[1];
    auto *command =
        new InvoiceCommand(m_client.get(), m_journal.get(), m_config.shopName, {}, this);
    connect(command, &InvoiceCommand::finished, this, [this, command, ref] {
        command->deleteLater();
        const InvoiceCommand::Outcome &o = command->outcome();
        QJsonObject json{{u"invoiceReference"_s, ref}, {u"status"_s, invoiceStatusName(o.status)}};
        switch (o.status) {
        case InvoiceStatus::Canceled:
            say(tr("Invoice %1 is canceled.").arg(ref));
            if (m_tillHolderPid != 0)
                say(tr("The Kassa process using this till (pid %1) journals it.")
                        .arg(m_tillHolderPid));
            return finish(Canceled, json);
        case InvoiceStatus::Paid:
            say(tr("Invoice %1 is already paid (ersReference %2); it cannot be canceled.")
                    .arg(ref, o.ersReference));
            if (o.receiptNumber > 0)
                say(tr("Journaled as receipt %1.").arg(o.receiptNumber));
            json.insert(u"ersReference"_s, o.ersReference);
            return finish(Done, json);
        default:
            if (o.error.code != ErrorCode::None)
                return fail(ServiceError, describe(o.error));
            say(tr("Invoice %1: %2").arg(ref, invoiceStatusName(o.status)));
            return finish(exitFor(o.status), json);
        }
    });
    command->cancel(ref);
}

void CliApp::refund()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() != 2 || !m_parser.isSet(u"amount"_s))
        return fail(Usage, tr("usage: kassa-cli refund ERS_REFERENCE --amount X [--currency SEK]"));
    const QString ers = args[1];
    const QString currencyCode =
        m_parser.isSet(u"currency"_s) ? m_parser.value(u"currency"_s) : m_config.currency;
    auto amount = Money::parse(m_parser.value(u"amount"_s), currencyCode.toUpper());
    if (!amount)
        return fail(Usage, tr("amount: %1; nothing was sent").arg(amount.error().detail));
    if (!amount->isPositive())
        return fail(Usage, tr("the refund amount must be more than zero; nothing was sent"));
    const auto remaining = m_journal->refundable(ers);
    if (!remaining)
        return fail(Usage,
                    tr("no SEQR payment %1 in this till's journal; nothing was sent").arg(ers));
    if (!(remaining->currency() == amount->currency()))
        return fail(
            Usage, tr("the payment was in %1; nothing was sent").arg(remaining->currency().code()));
    if (amount->minorUnits() > remaining->minorUnits())
        return fail(Usage, tr("at most %1 of this payment can still be refunded; nothing was sent")
                               .arg(money(*remaining)));
    auto *refunder = new Refunder(m_client.get(), m_journal.get(), this);
    connect(refunder, &Refunder::finished, this, [this, refunder, ers] {
        refunder->deleteLater();
        const auto &result = refunder->result();
        if (!result) {
            if (result.error().code == ErrorCode::StorageFailed)
                printErr(tr("kassa-cli: the refund was made at SEQR but could not be journaled: "
                            "%1")
                             .arg(result.error().detail) +
                         u'\n');
            return fail(ServiceError, describe(result.error()));
        }
        say(tr("Refunded %1 of payment %2 — refund reference %3; %4 remains refundable.")
                .arg(money(result->amount), ers, result->refundErsReference,
                     money(result->remaining)));
        finish(Done, QJsonObject{{u"ersReference"_s, ers},
                                 {u"refundErsReference"_s, result->refundErsReference},
                                 {u"amount"_s, result->amount.toDecimalString()},
                                 {u"currency"_s, result->amount.currency().code()},
                                 {u"remaining"_s, result->remaining.toDecimalString()}});
    });
    // The checks above give the command line its own words; Refunder checks
    // again against the journal, then asks SEQR and journals the refund.
    refunder->refund(ers, *amount, m_parser.value(u"cashier"_s));
}

void CliApp::closePeriod()
{
    const bool perTerminal = m_parser.isSet(u"per-terminal"_s);
    const auto currency = Currency::fromCode(m_config.currency);
    auto *reconciler = new Reconciler(m_client.get(), m_journal.get(),
                                      currency ? *currency : Currency::sek(), {}, this);
    connect(reconciler, &Reconciler::progress, this, [this](int attempt, int of) {
        say(tr("Waiting for SEQR's report (attempt %1 of %2)…").arg(attempt).arg(of));
    });
    connect(reconciler, &Reconciler::finished, this, [this, reconciler] {
        const auto &result = reconciler->result();
        if (!result)
            return fail(ServiceError, describe(result.error()));
        const Reconciliation &r = *result;
        QJsonArray lines;
        say(r.perTerminal ? tr("Transaction period %1 (this till)").arg(r.transactionPeriodId)
                          : tr("Transaction period %1 (shop)").arg(r.transactionPeriodId));
        for (const ReconciliationLine &line : r.lines) {
            const QString seqr = line.seqrAmount ? line.seqrAmount->toDecimalString() : u"-"_s;
            const QString kassa = line.kassaAmount ? line.kassaAmount->toDecimalString() : u"-"_s;
            say(u"  %1  %2  SEQR %3  Kassa %4%5"_s.arg(lineKindName(line.kind), -15)
                    .arg(line.ersReference, -12)
                    .arg(seqr, 10)
                    .arg(kassa, 10)
                    .arg(line.isRefund ? tr("  (refund)") : QString()));
            lines.append(QJsonObject{{u"kind"_s, lineKindName(line.kind)},
                                     {u"ersReference"_s, line.ersReference},
                                     {u"seqrAmount"_s, seqr},
                                     {u"kassaAmount"_s, kassa},
                                     {u"refund"_s, line.isRefund}});
        }
        using K = ReconciliationLine::Kind;
        say(tr("Matched %1, only at SEQR %2, only in Kassa %3, amount differs %4. SEQR total %5, "
               "Kassa total %6.")
                .arg(r.count(K::Matched))
                .arg(r.count(K::OnlyAtSeqr))
                .arg(r.count(K::OnlyInKassa))
                .arg(r.count(K::AmountDiffers))
                .arg(money(r.seqrTotal), money(r.kassaTotal)));
        if (r.otherTillsCount > 0)
            say(tr("%n row(s) belong to other tills of the shop.", nullptr,
                   int(r.otherTillsCount)));
        say(r.isClean() ? tr("Reconciled: SEQR and the journal agree.")
                        : tr("DIFFERENCES FOUND — see above."));
        finish(Done, QJsonObject{{u"transactionPeriodId"_s, r.transactionPeriodId},
                                 {u"perTerminal"_s, r.perTerminal},
                                 {u"matched"_s, r.count(K::Matched)},
                                 {u"onlyAtSeqr"_s, r.count(K::OnlyAtSeqr)},
                                 {u"onlyInKassa"_s, r.count(K::OnlyInKassa)},
                                 {u"amountDiffers"_s, r.count(K::AmountDiffers)},
                                 {u"clean"_s, r.isClean()},
                                 {u"seqrTotal"_s, r.seqrTotal.toDecimalString()},
                                 {u"kassaTotal"_s, r.kassaTotal.toDecimalString()},
                                 {u"lines"_s, lines}});
    });
    say(tr("Closing the period at SEQR…"));
    reconciler->run(perTerminal);
}

void CliApp::showJournal()
{
    QDateTime since;
    if (m_parser.isSet(u"since"_s)) {
        const QDate date = QDate::fromString(m_parser.value(u"since"_s), Qt::ISODate);
        if (!date.isValid())
            return fail(Usage, tr("--since wants a date like 2026-11-22"));
        since = date.startOfDay();
    }
    const auto journalSales = m_journal->sales(since);
    const auto journalRefunds = m_journal->refunds(since);
    if (!journalSales || !journalRefunds)
        return fail(Failed, tr("cannot read the journal: %1")
                                .arg(describe(!journalSales ? journalSales.error()
                                                            : journalRefunds.error())));
    QJsonArray sales;
    for (const journal::Sale &sale : *journalSales) {
        QJsonArray tenders;
        QString tenderText;
        for (const journal::Tender &t : sale.tenders) {
            const bool seqr = t.kind == journal::TenderKind::Seqr;
            tenders.append(QJsonObject{{u"kind"_s, seqr ? u"seqr"_s : u"cash"_s},
                                       {u"amount"_s, t.amount.toDecimalString()},
                                       {u"invoiceReference"_s, t.invoiceReference},
                                       {u"ersReference"_s, t.ersReference}});
            tenderText += u' ' + (seqr ? tr("SEQR %1").arg(t.ersReference) : tr("cash"));
        }
        const QString status = sale.status == journal::SaleStatus::Completed  ? u"completed"_s
                               : sale.status == journal::SaleStatus::Canceled ? u"canceled"_s
                                                                              : u"open"_s;
        sales.append(
            QJsonObject{{u"receiptNumber"_s,
                         sale.receiptNumber ? QJsonValue(*sale.receiptNumber) : QJsonValue()},
                        {u"createdAt"_s, sale.createdAt.toString(Qt::ISODate)},
                        {u"status"_s, status},
                        {u"total"_s, sale.total.toDecimalString()},
                        {u"currency"_s, sale.total.currency().code()},
                        {u"cashierId"_s, sale.cashierId},
                        {u"tenders"_s, tenders}});
        say(u"%1  %2  %3  %4%5"_s
                .arg(sale.receiptNumber ? u"#"_s + QString::number(*sale.receiptNumber) : u"-"_s, 6)
                .arg(sale.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                .arg(status, -9)
                .arg(money(sale.total), 14)
                .arg(tenderText));
    }
    QJsonArray refunds;
    for (const journal::Refund &r : *journalRefunds) {
        refunds.append(QJsonObject{{u"ersReference"_s, r.originalErsReference},
                                   {u"refundErsReference"_s, r.refundErsReference},
                                   {u"amount"_s, r.amount.toDecimalString()},
                                   {u"createdAt"_s, r.createdAt.toString(Qt::ISODate)}});
        say(tr("refund %1 of %2 (%3)")
                .arg(money(r.amount), r.originalErsReference, r.refundErsReference));
    }
    finish(Done, QJsonObject{{u"sales"_s, sales}, {u"refunds"_s, refunds}});
}

void CliApp::terminal()
{
    const QStringList args = m_parser.positionalArguments();
    const QString sub = args.value(1);
    auto *service = new TerminalService(m_client.get(), &m_config, m_configPath, this);
    auto done = [this](const QString &success, const QJsonObject &json) {
        return [this, success, json](const Status &status) {
            if (!status)
                return fail(status.error().code == ErrorCode::NotRegistered ||
                                    status.error().code == ErrorCode::InvalidArgument
                                ? Usage
                                : ServiceError,
                            describe(status.error()));
            say(success);
            QJsonObject out = json;
            out.insert(u"terminalId"_s, m_config.terminalId);
            out.insert(u"seqrId"_s, m_config.seqrId);
            finish(Done, out);
        };
    };
    if (sub == u"register") {
        for (const char *option :
             {"reseller", "user-id", "reseller-password", "external-id", "name"}) {
            if (m_parser.value(QString::fromLatin1(option)).isEmpty())
                return fail(Usage,
                            tr("terminal register needs --%1").arg(QString::fromLatin1(option)));
        }
        const auto reseller =
            Credentials::reseller(m_parser.value(u"reseller"_s), m_parser.value(u"user-id"_s),
                                  m_parser.value(u"reseller-password"_s));
        service->registerTill(reseller, m_parser.value(u"external-id"_s), m_parser.value(u"name"_s),
                              [this, done](const Status &s) {
                                  done(tr("Registered. terminalId %1; saved in %2")
                                           .arg(m_config.terminalId, m_configPath),
                                       {})(s);
                              });
        return;
    }
    if (sub == u"assign-seqr-id") {
        if (args.size() != 3)
            return fail(Usage, tr("usage: kassa-cli terminal assign-seqr-id SEQRID"));
        const QString seqrId = args[2];
        service->assignSeqrId(seqrId, [this, done, seqrId](const Status &s) {
            done(tr("SEQR ID %1 assigned; the till's sticker reads HTTP://SEQR.SE/Q%1")
                     .arg(seqrId.toUpper()),
                 {})(s);
        });
        return;
    }
    if (sub == u"reset-manager-pin") {
        for (const char *option : {"reseller", "user-id", "reseller-password"}) {
            if (m_parser.value(QString::fromLatin1(option)).isEmpty())
                return fail(
                    Usage,
                    tr("terminal reset-manager-pin needs --%1").arg(QString::fromLatin1(option)));
        }
        if (!requireRegistration())
            return;
        const auto reseller =
            Credentials::reseller(m_parser.value(u"reseller"_s), m_parser.value(u"user-id"_s),
                                  m_parser.value(u"reseller-password"_s));
        const QString pinPath = QFileInfo(m_configPath).absoluteDir().filePath(u"manager.json"_s);
        // The window keeps the PIN in memory: the till must be free.
        takeTill(sub, [this, service, reseller, pinPath, done] {
            service->resetManagerPin(
                reseller, pinPath, m_journal.get(),
                done(tr("The manager's PIN is reset; the next manager to open the manager's "
                        "tools (F10) chooses a new one."),
                     {{u"managerPinReset"_s, true}}));
        });
        return;
    }
    if (sub == u"unregister") {
        service->unregisterTill(done(tr("Unregistered."), {{u"unregistered"_s, true}}));
        return;
    }
    fail(Usage,
         tr("usage: kassa-cli terminal register|assign-seqr-id|unregister|reset-manager-pin …"));
}
