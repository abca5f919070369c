#include "core/terminal/terminalservice.h"

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

void TerminalService::assignSeqrId(const QString &seqrId, Done done)
{
    if (!m_config->isRegistered()) {
        QMetaObject::invokeMethod(
            this,
            [done] { done(makeError(ErrorCode::NotRegistered, u"the till is not registered"_s)); },
            Qt::QueuedConnection);
        return;
    }
    whenFinished(this, m_client->assignSeqrId(seqrId), [this, seqrId, done](const auto &c) {
        if (!c.isSuccess())
            return done(c.error());
        m_config->seqrId = seqrId.toUpper();
        done(m_config->save(m_configPath));
    });
}

void TerminalService::unregisterTill(Done done)
{
    if (!m_config->isRegistered()) {
        QMetaObject::invokeMethod(
            this,
            [done] { done(makeError(ErrorCode::NotRegistered, u"the till is not registered"_s)); },
            Qt::QueuedConnection);
        return;
    }
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

} // namespace kassa
