#include "app/kassa-cli/cliapp.h"

#include "app/kassa-cli/clioutput.h"

#include "core/checkout/checkout.h"
#include "core/common/enumname.h"

#include "core/journal/journalschema.h"
#include "core/loyalty/loyaltyconfig.h"
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

void CliApp::pay()
{
    Cart *cart = cartFromArguments();
    if (!cart)
        return;
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
    const auto cash = cashArgument(*cart);
    if (!cash)
        return;
    if (cash->minorUnits() >= cart->total().minorUnits())
        return fail(Usage, tr("%1 in cash covers the sale; use sell --cash").arg(money(*cash)));
    // The typed rows are the cart; the core checkout takes the cash first,
    // sends the invoice for the rest and journals the payment, as it does
    // for the window and the webshop.
    Checkout *checkout = makeCheckout(cart, timing);
    if (cash->isPositive()) {
        auto taken = checkout->takeCash(*cash);
        if (!taken)
            return fail(ServiceError,
                        describe(taken.error(), true) + u' ' + tr("Nothing was recorded."));
        say(tr("Cash received %1; SEQR takes the rest, %2.")
                .arg(money(taken->received), money(taken->toPay)));
    }
    if (!applyLoyalty(checkout, tr("nothing was sent")))
        return;
    connect(checkout, &Checkout::paymentStarted, this,
            [=, this](PaymentSession *session) { watchPayment(session, rounds, timing); });
    if (checkout->payWithSeqr() != SeqrRefusal::None)
        return fail(checkout->saleRefusal().isEmpty() ? Usage : ServiceError,
                    checkout->saleRefusal().isEmpty()
                        ? tr("the payment cannot be started; nothing was sent")
                        : checkout->saleRefusal());
}

void CliApp::watchPayment(PaymentSession *session, int rounds, const PaymentTiming &timing)
{
    m_session = session;
    auto watch = std::make_shared<PaymentWatch>();
    watch->roundsLeft = rounds - 1;
    watch->pollIntervalMs = timing.pollIntervalMs;
    connect(
        session, &PaymentSession::connectionProblemChanged, this, [this, session](bool problem) {
            say(problem
                    ? tr("Connection problem: %1 Still trying…").arg(describe(session->lastError()))
                    : tr("Connection is back."));
        });
    connect(session, &PaymentSession::stateChanged, this,
            [this, session, watch](PaymentSession::State state) {
                handlePaymentState(session, state, *watch);
            });
    connect(session, &PaymentSession::finished, this,
            [this, session, watch] { reportPaymentEnd(session, watch->gaveUp); });
}

// Says what the customer is to do, asks again for a cancel that was asked
// for, and decides at the end of a round: another round, or cancel.
void CliApp::handlePaymentState(PaymentSession *session, PaymentSession::State state,
                                PaymentWatch &watch)
{
    const PaymentSession::State before = std::exchange(watch.last, state);
    switch (state) {
    case PaymentSession::State::Waiting:
        if (session->polls() == 0 && before == PaymentSession::State::Sending) {
            say(tr("Scan to pay %1:").arg(money(session->amount())));
            say(session->qrCode());
        }
        if (m_cancelRequested) {
            // Sent after the signal, or SEQR refused the cancel (the
            // buyer is confirming): ask again after a poll's pause.
            QTimer::singleShot(before == PaymentSession::State::Sending ? 0 : watch.pollIntervalMs,
                               session, [this] { cancelPayment(); });
        }
        break;
    case PaymentSession::State::Deciding:
        if (m_cancelRequested) {
            cancelPayment();
        } else if (watch.roundsLeft > 0) {
            --watch.roundsLeft;
            say(tr("No final answer yet; waiting another round."));
            session->tryAgain();
        } else {
            watch.gaveUp = true;
            say(tr("No payment after all rounds; canceling the invoice."));
            session->cancel();
        }
        break;
    default:
        break;
    }
}

void CliApp::reportPaymentEnd(PaymentSession *session, bool gaveUp)
{
    QJsonObject json{{u"invoiceReference"_s, session->invoiceReference()},
                     {u"qr"_s, session->qrCode()},
                     {u"status"_s, statusWord(session->state())},
                     {u"ersReference"_s, session->ersReference()},
                     {u"total"_s, session->amount().toDecimalString()},
                     {u"currency"_s, session->amount().currency().code()}};
    switch (session->state()) {
    case PaymentSession::State::Paid: {
        say(tr("PAID %1 — ersReference %2").arg(money(session->amount()), session->ersReference()));
        if (session->lastError().code != ErrorCode::None)
            say(tr("Note: SEQR has not confirmed the receipt yet; it will be sent again at the "
                   "next start."));
        // The payment stands; the receipt is printed once it is signed.
        return whenSigned(session->saleId(), [this, json](QJsonObject signedJson, int code) {
            for (auto it = json.begin(); it != json.end(); ++it)
                signedJson.insert(it.key(), it.value());
            finish(code, signedJson);
        });
    }
    case PaymentSession::State::Canceled:
        say(gaveUp ? tr("No payment: the invoice was canceled after all rounds.")
                   : tr("Payment canceled."));
        return finish(gaveUp ? NoFinalStatus : Canceled, json);
    case PaymentSession::State::Failed:
        say(tr("The payment was declined. Nothing was paid."));
        return finish(Failed, json);
    default:
        json.insert(u"error"_s, describeNotStarted(session->lastError()));
        printErr(tr("kassa-cli: %1").arg(describeNotStarted(session->lastError())) + u'\n');
        return finish(
            session->lastError().code == ErrorCode::InvalidArgument ? Usage : ServiceError, json);
    }
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

void CliApp::askAboutInvoice(const QString &usage, void (InvoiceCommand::*ask)(const QString &),
                             InvoiceAnswer answer)
{
    if (m_parser.positionalArguments().size() != 2)
        return fail(Usage, usage);
    const QString ref = commandWord(1);
    // Core journals what SEQR answers when this process holds the till (as
    // recovery would); beside another process it only asks.
    auto *command =
        new InvoiceCommand(m_host->client(), m_host->journal(), m_config.shopName, {}, this);
    connect(command, &InvoiceCommand::finished, this, [this, command, ref, answer] {
        command->deleteLater();
        (this->*answer)(ref, *command);
    });
    (command->*ask)(ref);
}

void CliApp::status()
{
    askAboutInvoice(tr("usage: kassa-cli status INVOICE_REFERENCE"), &InvoiceCommand::queryStatus,
                    &CliApp::answerStatus);
}

void CliApp::answerStatus(const QString &ref, const InvoiceCommand &command)
{
    const InvoiceCommand::Outcome &o = command.outcome();
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
}

void CliApp::cancelInvoice()
{
    askAboutInvoice(tr("usage: kassa-cli cancel INVOICE_REFERENCE"), &InvoiceCommand::cancel,
                    &CliApp::answerCancel);
}

void CliApp::answerCancel(const QString &ref, const InvoiceCommand &command)
{
    const InvoiceCommand::Outcome &o = command.outcome();
    QJsonObject json{{u"invoiceReference"_s, ref}, {u"status"_s, invoiceStatusName(o.status)}};
    switch (o.status) {
    case InvoiceStatus::Canceled:
        say(tr("Invoice %1 is canceled.").arg(ref));
        if (m_host->tillHolderPid() != 0)
            say(tr("The Kassa process using this till (pid %1) journals it.")
                    .arg(m_host->tillHolderPid()));
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
}
