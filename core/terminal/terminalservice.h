#pragma once

#include "core/common/result.h"
#include "core/seqr/seqrclient.h"
#include "core/terminal/tillconfig.h"

#include <QObject>

#include <functional>

namespace kassa {

namespace journal {
class Journal;
}

// The till's identity at SEQR: registerTerminal with the shop's reseller
// credentials (used for that one call and never stored), a generated terminal
// password stored with the terminalId in the till's 0600 configuration,
// assignSeqrId and unregisterTerminal. Each operation ends by calling `done`
// exactly once, asynchronously.
class TerminalService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalService)

public:
    using Done = std::function<void(const Status &)>;

    // `client` and `config` must outlive the service; the configuration is
    // saved to `configPath` after each change.
    TerminalService(seqr::SeqrClient *client, TillConfig *config, QString configPath,
                    QObject *parent = nullptr);

    void registerTill(const seqr::Credentials &reseller, const QString &externalTerminalId,
                      const QString &name, Done done);
    void assignSeqrId(const QString &seqrId, Done done);
    void unregisterTill(Done done);
    // A manager's PIN whose file was lost (see ManagerPin): the shop's
    // reseller credentials, used for this one call and never stored, ask SEQR
    // for the shop's list of tills (Shop.xml, read-only); when this till is
    // on it, the PIN is forgotten (journaled) and the next manager sets one.
    void resetManagerPin(const seqr::Credentials &reseller, const QString &pinPath,
                         journal::Journal *journal, Done done);

private:
    // Answers `done` with `why` from the event loop, never from inside the call.
    void refuseLater(const Done &done, const Error &why);

    seqr::SeqrClient *m_client;
    TillConfig *m_config;
    QString m_configPath;
};

} // namespace kassa
