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
#include "core/terminal/connectiontest.h"
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

void CliApp::terminal()
{
    const QString sub = commandWord(1);
    auto *service = new TerminalService(m_host->client(), &m_config, m_configPath, this);
    if (sub == u"register")
        return registerTerminal(service);
    if (sub == u"assign-seqr-id") {
        if (!isSubcommand(sub, 3))
            return fail(Usage, tr("usage: kassa-cli terminal assign-seqr-id SEQRID"));
        const QString seqrId = commandWord(2);
        return service->assignSeqrId(
            seqrId, terminalDone(tr("SEQR ID %1 assigned; the till's sticker reads "
                                    "HTTP://SEQR.SE/Q%1")
                                     .arg(seqrId.toUpper()),
                                 {}));
    }
    if (sub == u"reset-manager-pin")
        return resetManagerPin(service);
    if (sub == u"test")
        return testConnection();
    if (sub == u"unregister")
        return service->unregisterTill(
            terminalDone(tr("Unregistered."), {{u"unregistered"_s, true}}));
    fail(Usage, tr("usage: kassa-cli terminal "
                   "register|assign-seqr-id|unregister|reset-manager-pin|test …"));
}

// The till setup's "Test connection": SEQR at the endpoint this till uses
// (--endpoint, or the till's), asked with the till's credentials.
void CliApp::testConnection()
{
    const SeqrClientConfig config = m_host->client()->config();
    auto *test = new ConnectionTest(config, m_host->client()->terminalCredentials(),
                                    m_config.isRegistered(), this);
    connect(test, &ConnectionTest::finished, this,
            [this, config](const ConnectionTest::Outcome &outcome) {
                if (outcome.problem)
                    return fail(ServiceError, outcome.sentence);
                const bool registered = outcome.verdict == ProbeVerdict::Accepted;
                say(registered ? outcome.sentence
                               : tr("SEQR answers. The till is not registered yet: register it "
                                    "with kassa-cli terminal register."));
                finish(Done, {{u"endpoint"_s, config.endpoint.toString()},
                              {u"connected"_s, true},
                              {u"registered"_s, registered}});
            });
    test->start();
}

// What a terminal command ends with: `success` said and the till's ids in
// the JSON, or SEQR's refusal in words.
std::function<void(const Status &)> CliApp::terminalDone(const QString &success,
                                                         const QJsonObject &json)
{
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
}

// True when the command line gives every one of `options`; else the
// command fails with `missing` (its %1: the first option not given).
bool CliApp::hasOptions(const QStringList &options, const QString &missing)
{
    for (const QString &option : options) {
        if (m_parser.value(option).isEmpty()) {
            fail(Usage, missing.arg(option));
            return false;
        }
    }
    return true;
}

void CliApp::registerTerminal(TerminalService *service)
{
    if (!hasOptions(
            {u"reseller"_s, u"user-id"_s, u"reseller-password"_s, u"external-id"_s, u"name"_s},
            tr("terminal register needs --%1")))
        return;
    const auto reseller =
        Credentials::reseller(m_parser.value(u"reseller"_s), m_parser.value(u"user-id"_s),
                              m_parser.value(u"reseller-password"_s));
    // The success sentence names the terminalId only once it is known.
    service->registerTill(
        reseller, m_parser.value(u"external-id"_s), m_parser.value(u"name"_s),
        [this](const Status &s) {
            terminalDone(
                tr("Registered. terminalId %1; saved in %2").arg(m_config.terminalId, m_configPath),
                {})(s);
        });
}

void CliApp::resetManagerPin(TerminalService *service)
{
    if (!hasOptions({u"reseller"_s, u"user-id"_s, u"reseller-password"_s},
                    tr("terminal reset-manager-pin needs --%1")) ||
        !requireRegistration())
        return;
    const auto reseller =
        Credentials::reseller(m_parser.value(u"reseller"_s), m_parser.value(u"user-id"_s),
                              m_parser.value(u"reseller-password"_s));
    const QString pinPath = QFileInfo(m_configPath).absoluteDir().filePath(u"manager.json"_s);
    // The window keeps the PIN in memory: the till must be free.
    takeTill([this, service, reseller, pinPath] {
        service->resetManagerPin(
            reseller, pinPath, m_host->journal(),
            terminalDone(tr("The manager's PIN is reset; the next manager to open the manager's "
                            "tools (F10) chooses a new one."),
                         {{u"managerPinReset"_s, true}}));
    });
}
