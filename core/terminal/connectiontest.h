#pragma once

#include "core/common/error.h"
#include "core/seqr/connectionprobe.h"
#include "core/seqr/seqrclient.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace kassa {

// The till setup's "Test connection", one rule for the manager's window and
// `kassa-cli terminal test`: the endpoint's name is looked up first (a
// misspelt host is the most common mistake, and is said plainly), then SEQR
// is asked about an invoice that does not exist, with the till's own
// credentials; judgeProbe() reads the answer. finished() comes once, from
// the event loop.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    struct Outcome
    {
        seqr::ProbeVerdict verdict = seqr::ProbeVerdict::NotSeqr;
        QString sentence; // what the manager reads
        bool problem = true;
    };

    // `registered`: whether the till believes it is registered (a refusal
    // of its credentials is then a problem, not the expected answer).
    ConnectionTest(seqr::SeqrClientConfig config, seqr::Credentials credentials, bool registered,
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();

Q_SIGNALS:
    void finished(const kassa::ConnectionTest::Outcome &outcome);

private:
    void probe();
    void finish(Outcome outcome);

    seqr::SeqrClientConfig m_config;
    seqr::Credentials m_credentials;
    bool m_registered;
    std::unique_ptr<seqr::SeqrClient> m_client;
};

// The sentence for a probe's verdict at `endpoint` (`error`: the call's, for
// SEQR's own refusal).
ConnectionTest::Outcome describeProbe(seqr::ProbeVerdict verdict, bool registered,
                                      const QUrl &endpoint, const Error &error);

// "The endpoint must be a web address …": said when isEndpoint() refuses one.
QString notAnEndpointSentence();

} // namespace kassa
