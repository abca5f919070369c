#include "core/terminal/terminalservice.h"

#include "core/reconciliation/reconciliationreport.h"
#include "core/terminal/managerpin.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa {

namespace {

// Calls `handle` with the finished call, then disposes of it.
template<class Call, class Handler> void whenFinished(QObject *context, Call *call, Handler handle)
{
    QObject::connect(call, &SeqrCall::finished, context, [call, handle] {
        handle(*call);
        call->deleteLater();
    });
}

} // namespace

TerminalService::TerminalService(SeqrClient *client, TillConfig *config, QString configPath,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(config)
    , m_configPath(std::move(configPath))
{}

void TerminalService::registerTill(const Credentials &reseller, const QString &externalTerminalId,
                                   const QString &name, Done done)
{
    const QString password = generateTerminalPassword();
    auto *call = m_client->registerTerminal(reseller, externalTerminalId, password, name);
    whenFinished(this, call, [this, password, externalTerminalId, name, done](const auto &c) {
        if (!c.isSuccess())
            return done(c.error());
        m_config->terminalId = c.response().terminalId;
        m_config->terminalPassword = password;
        m_config->externalTerminalId = externalTerminalId;
        m_config->name = name;
        m_config->seqrId.clear();
        m_client->setTerminalCredentials(Credentials::terminal(m_config->terminalId, password));
        done(m_config->save(m_configPath));
    });
}

void TerminalService::refuseLater(const Done &done, const Error &why)
{
    QMetaObject::invokeMethod(
        this, [done, why] { done(why); }, Qt::QueuedConnection);
}

void TerminalService::assignSeqrId(const QString &seqrId, Done done)
{
    if (!m_config->isRegistered())
        return refuseLater(done,
                           makeError(ErrorCode::NotRegistered, u"the till is not registered"_s));
    // SEQR IDs are letters and digits (what the sticker's QR carries after
    // HTTP://SEQR.SE/Q); anything else is refused here, before SEQR is asked.
    const bool wellFormed =
        !seqrId.isEmpty() && seqrId.size() <= 32 &&
        std::all_of(seqrId.begin(), seqrId.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        });
    if (!wellFormed)
        return refuseLater(done,
                           makeError(ErrorCode::InvalidArgument,
                                     u"a SEQR ID has letters and digits only (1 to 32): \u201c"_s +
                                         seqrId + u"\u201d"_s));
    whenFinished(this, m_client->assignSeqrId(seqrId), [this, seqrId, done](const auto &c) {
        if (!c.isSuccess())
            return done(c.error());
        m_config->seqrId = seqrId.toUpper();
        done(m_config->save(m_configPath));
    });
}

void TerminalService::unregisterTill(Done done)
{
    if (!m_config->isRegistered())
        return refuseLater(done,
                           makeError(ErrorCode::NotRegistered, u"the till is not registered"_s));
    whenFinished(this, m_client->unregisterTerminal(), [this, done](const auto &c) {
        if (!c.isSuccess())
            return done(c.error());
        m_config->terminalId.clear();
        m_config->terminalPassword.clear();
        m_config->seqrId.clear();
        m_client->setTerminalCredentials({});
        done(m_config->save(m_configPath));
    });
}

void TerminalService::resetManagerPin(const seqr::Credentials &reseller, const QString &pinPath,
                                      journal::Journal *journal, Done done)
{
    if (!m_config->isRegistered())
        return refuseLater(done,
                           makeError(ErrorCode::NotRegistered, u"the till is not registered"_s));
    whenFinished(
        this, m_client->executeReport(reseller, u"Shop.xml"_s, u"en"_s, {}),
        [this, pinPath, journal, done, resellerId = reseller.principal.id](const auto &c) {
            if (!c.isSuccess())
                return done(c.error());
            const auto report = ReconciliationReport::parse(
                c.response().report ? c.response().report->contentString : QString());
            if (!report)
                return done(report.error());
            const bool ours =
                std::any_of(report->rows.begin(), report->rows.end(), [this](auto &r) {
                    return r.value(u"TerminalId") == m_config->terminalId;
                });
            if (!ours)
                return done(
                    makeError(ErrorCode::ServiceRefused, u"this till is not one of reseller "_s +
                                                             resellerId + u"'s tills at SEQR"_s));
            done(ManagerPin::reset(pinPath, journal,
                                   u"reset with the credentials of reseller "_s + resellerId));
        });
}

} // namespace kassa
