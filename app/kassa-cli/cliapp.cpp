#include "app/kassa-cli/cliapp.h"

#include "core/common/enumname.h"

#include "core/common/errortext.h"
#include "core/payment/paymentrecovery.h"
#include "core/payment/paymentsession.h"
#include "core/payment/refunder.h"
#include "core/receipt/receipttext.h"
#include "core/reconciliation/reconciler.h"
#include "core/sale/salerow.h"
#include "core/seqr/resultcode.h"
#include "core/terminal/terminalservice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

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
    if (m_json) {
        printErr(tr("kassa-cli: ") + message + u'\n');
        finish(code, QJsonObject{{u"error"_s, message}, {u"exitCode"_s, code}});
        return;
    }
    printErr(tr("kassa-cli: ") + message + u'\n');
    finish(code);
}

bool CliApp::openJournal()
{
    auto journal = journal::Journal::open(m_config.journalFile(m_configPath));
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
    fail(Usage, describe(makeError(ErrorCode::NotRegistered, {})) + u' ' + tr("(configuration: ") +
                    m_configPath + u')');
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
        return fail(Usage, tr("the SEQR endpoint must be an http(s) URL: ") + m_config.endpoint);
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
        return fail(Usage,
                    tr("unknown command \u201c") + command + tr("\u201d; see kassa-cli --help"));
    if (!requireRegistration() || !openJournal())
        return;
    // Reading commands may run beside a payment in progress; the others need
    // the till to themselves.
    const bool readOnly = command == u"status" || command == u"journal";
    recoverThen(readOnly, [this, handler] { (this->*handler)(); });
}

void CliApp::recoverThen(bool readOnly, const std::function<void()> &next)
{
    // One process per till at a time: a second one must not take over (and
    // cancel) the first one's payment as if it had been left behind. A lock
    // left by a process that died is stale and taken over at once.
    m_lock = std::make_unique<QLockFile>(m_config.journalFile(m_configPath) + u".lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(readOnly ? 0 : 2000)) {
        if (readOnly)
            return next(); // the process holding the till looks after its payments
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        return fail(ServiceError, tr("another Kassa process (pid ") + QString::number(pid) +
                                      tr(") is using this till; try again when it has finished"));
    }
    if (m_journal->invoicesInFlight().isEmpty())
        return next();
    say(tr("Finishing payments left in flight by an earlier run…"));
    auto *recovery =
        new PaymentRecovery(m_client.get(), m_journal.get(), m_config.shopName, {}, 60000, this);
    connect(recovery, &PaymentRecovery::finished, this, [this, recovery, next] {
        for (const auto &o : recovery->outcomes()) {
            QString line = tr("  invoice ") + o.invoiceReference + u' ' + money(o.amount) + u": "_s;
            if (o.state == PaymentSession::State::Paid)
                line += tr("PAID, journaled as receipt ") + QString::number(o.receiptNumber) +
                        tr(", ersReference ") + o.ersReference;
            else if (o.state == PaymentSession::State::Canceled)
                line += tr("canceled (no payment)");
            else if (o.state == PaymentSession::State::Failed)
                line += tr("failed (no payment)");
            else
                line += tr("still open; it will be tried again at the next start");
            say(line);
        }
        recovery->deleteLater();
        next();
    });
    recovery->run();
}

void CliApp::pay()
{
    const QString currencyCode =
        m_parser.isSet(u"currency"_s) ? m_parser.value(u"currency"_s) : m_config.currency;
    const auto currency = Currency::fromCode(currencyCode.toUpper());
    if (!currency)
        return fail(Usage,
                    tr("unknown currency \u201c") + currencyCode + tr("\u201d; nothing was sent"));
    const QStringList rowSpecs = m_parser.values(u"row"_s);
    if (rowSpecs.isEmpty())
        return fail(Usage, tr("give at least one --row \"DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]\""));
    PaymentRequest request;
    for (const QString &spec : rowSpecs) {
        const QStringList parts = spec.split(u';');
        if (parts.size() < 3 || parts.size() > 4)
            return fail(
                Usage,
                tr("row \u201c") + spec +
                    tr("\u201d is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; nothing was sent"));
        auto row = makeSaleRow(parts[0], parts[1], parts[2], parts.value(3), *currency);
        if (!row)
            return fail(Usage, tr("row \u201c") + spec + u"\u201d: "_s + row.error().detail +
                                   tr("; nothing was sent"));
        request.rows.append(*row);
    }
    const auto total = saleTotal(request.rows);
    if (!total)
        return fail(Usage, total.error().detail);
    if (!total->isPositive())
        return fail(Usage, tr("the total must be more than zero (it is ") + money(*total) +
                               tr("); nothing was sent"));
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
    request.cashierId = m_parser.value(u"cashier"_s);
    request.title = m_config.shopName;

    auto *session =
        new PaymentSession(m_client.get(), m_journal.get(), m_config.shopName, timing, this);
    auto roundsLeft = std::make_shared<int>(rounds - 1);
    auto gaveUp = std::make_shared<bool>(false);
    connect(session, &PaymentSession::connectionProblemChanged, this,
            [this, session](bool problem) {
                say(problem ? tr("Connection problem: ") + describe(session->lastError()) +
                                  tr(" Still trying…")
                            : tr("Connection is back."));
            });
    connect(session, &PaymentSession::stateChanged, this, [=, this](PaymentSession::State state) {
        switch (state) {
        case PaymentSession::State::Waiting:
            if (session->polls() == 0) {
                say(tr("Scan to pay ") + money(session->amount()) + u":"_s);
                say(session->qrCode());
            }
            break;
        case PaymentSession::State::Deciding:
            if (*roundsLeft > 0) {
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
                    printOut(u"\n"_s + receiptText(*sale, m_config.shopName) + u"\n"_s);
            }
            say(tr("PAID ") + money(session->amount()) + tr(" — ersReference ") +
                session->ersReference());
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
            json.insert(u"error"_s, describe(session->lastError()));
            printErr(tr("kassa-cli: ") + describe(session->lastError()) + u'\n');
            return finish(session->lastError().code == ErrorCode::InvalidArgument ? Usage
                                                                                  : ServiceError,
                          json);
        }
    });
    session->start(request);
}

void CliApp::status()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() != 2)
        return fail(Usage, tr("usage: kassa-cli status INVOICE_REFERENCE"));
    const QString ref = args[1];
    auto *call = m_client->getPaymentStatus(ref, 0);
    connect(call, &SeqrCall::finished, this, [this, call, ref] {
        call->deleteLater();
        if (!call->isSuccess())
            return fail(ServiceError, describe(call->error()));
        const auto &r = call->response();
        const QString status = invoiceStatusName(r.status);
        // A payment the journal knows must be journaled once SEQR has said PAID.
        if (r.status == InvoiceStatus::Paid && m_journal->invoice(ref))
            (void)m_journal->recordSeqrPaid(ref, r.ersReference,
                                            r.receipt ? r.receipt->paymentDate
                                                      : QDateTime::currentDateTimeUtc());
        say(tr("Invoice ") + ref + u": "_s + (status.isEmpty() ? tr("unknown status") : status) +
            (r.ersReference.isEmpty() ? QString() : tr(", ersReference ") + r.ersReference));
        const int code = r.status == InvoiceStatus::Paid       ? Done
                         : r.status == InvoiceStatus::Canceled ? Canceled
                         : r.status == InvoiceStatus::Failed   ? Failed
                                                               : NoFinalStatus;
        finish(code, QJsonObject{{u"invoiceReference"_s, ref},
                                 {u"status"_s, status},
                                 {u"version"_s, r.version},
                                 {u"ersReference"_s, r.ersReference}});
    });
}

void CliApp::cancelInvoice()
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() != 2)
        return fail(Usage, tr("usage: kassa-cli cancel INVOICE_REFERENCE"));
    const QString ref = args[1];
    auto *call = m_client->cancelInvoice(ref);
    connect(call, &SeqrCall::finished, this, [this, call, ref] {
        call->deleteLater();
        const int code = call->resultCode();
        if (call->isSuccess() || code == int(ResultCode::InvoiceAlreadyCanceled)) {
            if (m_journal->invoice(ref) &&
                m_journal->invoice(ref)->state == journal::InvoiceState::Open)
                (void)m_journal->recordInvoiceEnded(ref, journal::InvoiceState::Canceled,
                                                    u"kassa-cli cancel"_s);
            say(tr("Invoice ") + ref + tr(" is canceled."));
            return finish(Canceled,
                          QJsonObject{{u"invoiceReference"_s, ref}, {u"status"_s, u"CANCELED"_s}});
        }
        if (code == int(ResultCode::CannotCancelPaidInvoice)) {
            say(tr("Invoice ") + ref + tr(" is already paid; it cannot be canceled."));
            return status();
        }
        fail(ServiceError, describe(call->error()));
    });
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
        return fail(Usage, tr("amount: ") + amount.error().detail + tr("; nothing was sent"));
    if (!amount->isPositive())
        return fail(Usage, tr("the refund amount must be more than zero; nothing was sent"));
    const auto remaining = m_journal->refundable(ers);
    if (!remaining)
        return fail(Usage,
                    tr("no SEQR payment ") + ers + tr(" in this till's journal; nothing was sent"));
    if (!(remaining->currency() == amount->currency()))
        return fail(Usage, tr("the payment was in ") + remaining->currency().code() +
                               tr("; nothing was sent"));
    if (amount->minorUnits() > remaining->minorUnits())
        return fail(Usage, tr("at most ") + money(*remaining) +
                               tr(" of this payment can still be refunded; nothing was sent"));
    auto *refunder = new Refunder(m_client.get(), m_journal.get(), this);
    connect(refunder, &Refunder::finished, this, [this, refunder, ers] {
        refunder->deleteLater();
        const auto &result = refunder->result();
        if (!result) {
            if (result.error().code == ErrorCode::StorageFailed)
                printErr(tr("kassa-cli: the refund was made at SEQR but could not be journaled: ") +
                         result.error().detail + u'\n');
            return fail(ServiceError, describe(result.error()));
        }
        say(tr("Refunded ") + money(result->amount) + tr(" of payment ") + ers +
            tr(" — refund reference ") + result->refundErsReference + tr("; ") +
            money(result->remaining) + tr(" remains refundable."));
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
        say(tr("Waiting for SEQR's report (attempt ") + QString::number(attempt) + tr(" of ") +
            QString::number(of) + tr(")…"));
    });
    connect(reconciler, &Reconciler::finished, this, [this, reconciler] {
        const auto &result = reconciler->result();
        if (!result)
            return fail(ServiceError, describe(result.error()));
        const Reconciliation &r = *result;
        QJsonArray lines;
        say(tr("Transaction period ") + r.transactionPeriodId +
            (r.perTerminal ? tr(" (this till)") : tr(" (shop)")));
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
        say(tr("Matched ") + QString::number(r.count(K::Matched)) + tr(", only at SEQR ") +
            QString::number(r.count(K::OnlyAtSeqr)) + tr(", only in Kassa ") +
            QString::number(r.count(K::OnlyInKassa)) + tr(", amount differs ") +
            QString::number(r.count(K::AmountDiffers)) + tr(". SEQR total ") + money(r.seqrTotal) +
            tr(", Kassa total ") + money(r.kassaTotal) + u'.');
        if (r.otherTillsCount > 0)
            say(QString::number(r.otherTillsCount) +
                tr(" rows belong to other tills of the shop."));
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
    QJsonArray sales;
    for (const journal::Sale &sale : m_journal->sales(since)) {
        QJsonArray tenders;
        QString tenderText;
        for (const journal::Tender &t : sale.tenders) {
            const bool seqr = t.kind == journal::TenderKind::Seqr;
            tenders.append(QJsonObject{{u"kind"_s, seqr ? u"seqr"_s : u"cash"_s},
                                       {u"amount"_s, t.amount.toDecimalString()},
                                       {u"invoiceReference"_s, t.invoiceReference},
                                       {u"ersReference"_s, t.ersReference}});
            tenderText += seqr ? tr(" SEQR ") + t.ersReference : tr(" cash");
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
    for (const journal::Refund &r : m_journal->refunds(since)) {
        refunds.append(QJsonObject{{u"ersReference"_s, r.originalErsReference},
                                   {u"refundErsReference"_s, r.refundErsReference},
                                   {u"amount"_s, r.amount.toDecimalString()},
                                   {u"createdAt"_s, r.createdAt.toString(Qt::ISODate)}});
        say(tr("refund ") + money(r.amount) + tr(" of ") + r.originalErsReference + tr(" (") +
            r.refundErsReference + u')');
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
                return fail(status.error().code == ErrorCode::NotRegistered ? Usage : ServiceError,
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
                return fail(Usage, tr("terminal register needs --") + QString::fromLatin1(option));
        }
        const auto reseller =
            Credentials::reseller(m_parser.value(u"reseller"_s), m_parser.value(u"user-id"_s),
                                  m_parser.value(u"reseller-password"_s));
        service->registerTill(reseller, m_parser.value(u"external-id"_s), m_parser.value(u"name"_s),
                              [this, done](const Status &s) {
                                  done(tr("Registered. terminalId ") + m_config.terminalId +
                                           tr("; saved in ") + m_configPath,
                                       {})(s);
                              });
        return;
    }
    if (sub == u"assign-seqr-id") {
        if (args.size() != 3)
            return fail(Usage, tr("usage: kassa-cli terminal assign-seqr-id SEQRID"));
        const QString seqrId = args[2];
        service->assignSeqrId(seqrId, [this, done, seqrId](const Status &s) {
            done(tr("SEQR ID ") + seqrId.toUpper() +
                     tr(" assigned; the till's sticker reads HTTP://SEQR.SE/Q") + seqrId.toUpper(),
                 {})(s);
        });
        return;
    }
    if (sub == u"unregister") {
        service->unregisterTill(done(tr("Unregistered."), {{u"unregistered"_s, true}}));
        return;
    }
    fail(Usage, tr("usage: kassa-cli terminal register|assign-seqr-id|unregister …"));
}
