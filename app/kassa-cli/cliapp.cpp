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
