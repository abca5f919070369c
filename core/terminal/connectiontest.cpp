#include "core/terminal/connectiontest.h"

#include "core/terminal/errortext.h"

#include <QHostInfo>
#include <QTimer>

namespace kassa {

using seqr::ProbeVerdict;

ConnectionTest::ConnectionTest(seqr::SeqrClientConfig config, seqr::Credentials credentials,
                               bool registered, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_registered(registered)
{}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start()
{
    if (!seqr::isEndpoint(m_config.endpoint)) {
        Outcome outcome{ProbeVerdict::NotSeqr, notAnEndpointSentence(), true};
        QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
        return;
    }
    QHostInfo::lookupHost(m_config.endpoint.host(), this, [this](const QHostInfo &host) {
        if (host.error() == QHostInfo::NoError)
            return probe();
        finish({ProbeVerdict::NothingAnswers,
                tr("The name %1 cannot be found (DNS). Check the endpoint's spelling and the "
                   "network.")
                    .arg(m_config.endpoint.host()),
                true});
    });
}

void ConnectionTest::probe()
{
    m_client = std::make_unique<seqr::SeqrClient>(m_config);
    m_client->setTerminalCredentials(m_credentials);
    // An invoice that does not exist: the answer says whether SEQR is there
    // and whether it knows this till.
    auto *call = m_client->getPaymentStatus(QStringLiteral("0"), 0);
    connect(call, &seqr::SeqrCall::finished, this, [this, call] {
        call->deleteLater();
        finish(describeProbe(seqr::judgeProbe(call->status(), call->resultCode()), m_registered,
                             m_config.endpoint, call->error()));
    });
}

void ConnectionTest::finish(Outcome outcome)
{
    Q_EMIT finished(outcome);
}

ConnectionTest::Outcome describeProbe(ProbeVerdict verdict, bool registered, const QUrl &endpoint,
                                      const Error &error)
{
    switch (verdict) {
    case ProbeVerdict::Accepted:
        return {verdict,
                ConnectionTest::tr("Connected to SEQR; it accepts this till's credentials."),
                false};
    case ProbeVerdict::CredentialsRefused:
        return {verdict,
                registered ? ConnectionTest::tr("SEQR answers, but refuses this till's "
                                                "credentials: register the till again.")
                           : ConnectionTest::tr("SEQR answers. The till is not registered "
                                                "yet: register this till."),
                registered};
    case ProbeVerdict::ServiceError:
        return {verdict, ConnectionTest::tr("SEQR answers: %1").arg(describe(error, false)), true};
    case ProbeVerdict::Untrusted:
        return {verdict,
                ConnectionTest::tr("The connection is not trusted: the certificate of %1 is "
                                   "not valid for it or not from a known authority.")
                    .arg(endpoint.host()),
                true};
    case ProbeVerdict::NothingAnswers:
        return {verdict,
                ConnectionTest::tr("Nothing answers at %1 (is the address and port right, "
                                   "and the service running?).")
                    .arg(endpoint.authority()),
                true};
    case ProbeVerdict::NoAnswerInTime:
        return {verdict, ConnectionTest::tr("SEQR does not answer in time. Check the network."),
                true};
    case ProbeVerdict::NotSeqr:
        break;
    }
    return {ProbeVerdict::NotSeqr,
            ConnectionTest::tr(
                "Something answers there, but it is not SEQR (check the endpoint's path)."),
            true};
}

QString notAnEndpointSentence()
{
    return ConnectionTest::tr("The endpoint must be a web address starting with https:// (or "
                              "http:// for a local sandbox).");
}

} // namespace kassa
