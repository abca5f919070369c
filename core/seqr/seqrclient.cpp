#include "core/seqr/seqrclient.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUuid>

#include <QIODevice>

#include <cstring>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSeqr, "kassa.seqr", QtInfoMsg)

namespace kassa::seqr {

Credentials Credentials::reseller(QString resellerId, QString userId, QString password)
{
    return Credentials{PrincipalId{std::move(resellerId), u"RESELLERUSER"_s, std::move(userId)},
                       std::move(password)};
}

Credentials Credentials::terminal(QString terminalId, QString password)
{
    return Credentials{PrincipalId{std::move(terminalId), u"TERMINALID"_s, {}},
                       std::move(password)};
}

SeqrClient::SeqrClient(SeqrClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_config.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
        if (extra.isEmpty())
            m_configError = u"no PEM certificate could be read from "_s + m_config.caFile;
        else
            m_ssl.addCaCertificates(extra);
    }
}

SeqrClient::~SeqrClient()
{
    const QSet<SeqrCall *> calls = std::exchange(m_calls, {});
    for (SeqrCall *call : calls)
        call->abortForShutdown();
}

QString SeqrClient::clientId()
{
    return u"Kassa "_s + QStringLiteral(KASSA_VERSION);
}

namespace {

// A request body that can be read once and never rewound.
class OnceDevice final : public QIODevice
{
public:
    explicit OnceDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (n <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

ClientContext SeqrClient::makeContext(const Credentials &who) const
{
    ClientContext c;
    c.channel = u"WS"_s;
    c.clientId = clientId();
    // 32 hex digits: unique per request and within the schema's 32 characters.
    c.clientReference = QUuid::createUuid().toString(QUuid::Id128);
    c.clientRequestTimeout = 0;
    c.initiatorPrincipalId = who.principal;
    c.password = who.password;
    return c;
}

template<class Response, class Request>
TypedSeqrCall<Response> *SeqrClient::send(Request request, const Credentials &who,
                                          const QString &clientReference)
{
    request.context = makeContext(who);
    if (!clientReference.isEmpty())
        request.context.clientReference = clientReference;
    auto *call = new TypedSeqrCall<Response>(request.context.clientReference);
    post(call, codec::encodeRequest(request));
    return call;
}

void SeqrClient::post(SeqrCall *call, const QByteArray &body)
{
    QNetworkRequest request(m_config.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/xml; charset=utf-8"_s);
    request.setRawHeader("SOAPAction", "\"\"");
    request.setHeader(QNetworkRequest::UserAgentHeader, clientId());
    if (m_config.endpoint.scheme() == u"https")
        request.setSslConfiguration(m_ssl);
    if (lcSeqr().isDebugEnabled())
        qCDebug(lcSeqr).noquote() << "request" << codec::redactedForLog(body);
    // Sent exactly once: a request whose connection closes while it waits
    // for the answer is never sent again by the network stack behind Kassa's
    // back (QNetworkAccessManager resends a buffered body then — a second
    // refund, a second invoice). Its body is read once, from a device that
    // cannot rewind, so such a call ends as ConnectionLost and the caller
    // decides (a refund is then in doubt).
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto *once = new OnceDevice(body);
    m_calls.insert(call);
    QNetworkReply *reply = m_network.post(request, once);
    once->setParent(reply);
    call->attach(this, reply, m_config.timeout);
}

TypedSeqrCall<RegisterTerminalResponse> *
SeqrClient::registerTerminal(const Credentials &reseller, const QString &externalTerminalId,
                             const QString &terminalPassword, const QString &name)
{
    RegisterTerminalRequest r;
    r.externalTerminalId = externalTerminalId;
    r.password = terminalPassword;
    r.name = name;
    return send<RegisterTerminalResponse>(std::move(r), reseller);
}

TypedSeqrCall<AssignSeqrIdResponse> *SeqrClient::assignSeqrId(const QString &seqrId)
{
    AssignSeqrIdRequest r;
    r.seqrId = seqrId;
    return send<AssignSeqrIdResponse>(std::move(r), m_terminal);
}

TypedSeqrCall<UnregisterTerminalResponse> *SeqrClient::unregisterTerminal()
{
    return send<UnregisterTerminalResponse>(UnregisterTerminalRequest{}, m_terminal);
}

TypedSeqrCall<SendInvoiceResponse> *SeqrClient::sendInvoice(const Invoice &invoice,
                                                            const QList<CustomerToken> &tokens)
{
    return send<SendInvoiceResponse>(SendInvoiceRequest{{}, invoice, tokens}, m_terminal);
}

TypedSeqrCall<UpdateInvoiceResponse> *SeqrClient::updateInvoice(const QString &invoiceReference,
                                                                const Invoice &invoice,
                                                                const QList<CustomerToken> &tokens)
{
    return send<UpdateInvoiceResponse>(UpdateInvoiceRequest{{}, invoiceReference, invoice, tokens},
                                       m_terminal);
}

TypedSeqrCall<GetPaymentStatusResponse> *
SeqrClient::getPaymentStatus(const QString &invoiceReference, int invoiceVersion)
{
    return send<GetPaymentStatusResponse>(
        GetPaymentStatusRequest{{}, invoiceReference, invoiceVersion}, m_terminal);
}

TypedSeqrCall<CancelInvoiceResponse> *SeqrClient::cancelInvoice(const QString &invoiceReference)
{
    return send<CancelInvoiceResponse>(CancelInvoiceRequest{{}, invoiceReference}, m_terminal);
}

TypedSeqrCall<SubmitPaymentReceiptResponse> *
SeqrClient::submitPaymentReceipt(const QString &ersReference, const ReceiptDocument &document)
{
    return send<SubmitPaymentReceiptResponse>(
        SubmitPaymentReceiptRequest{{}, ersReference, document}, m_terminal);
}

TypedSeqrCall<RefundPaymentResponse> *SeqrClient::refundPayment(const QString &ersReference,
                                                                const Invoice &invoice,
                                                                const QString &clientReference)
{
    return send<RefundPaymentResponse>(RefundPaymentRequest{{}, ersReference, invoice}, m_terminal,
                                       clientReference);
}

TypedSeqrCall<MarkTransactionPeriodResponse> *
SeqrClient::markTransactionPeriod(const Credentials &who, const Parameters &parameters)
{
    return send<MarkTransactionPeriodResponse>(MarkTransactionPeriodRequest{{}, parameters}, who);
}

TypedSeqrCall<ExecuteReportResponse> *SeqrClient::executeReport(const Credentials &who,
                                                                const QString &reportId,
                                                                const QString &language,
                                                                const Parameters &parameters)
{
    return send<ExecuteReportResponse>(ExecuteReportRequest{{}, reportId, language, parameters},
                                       who);
}

TypedSeqrCall<CommitReservationResponse> *
SeqrClient::commitReservation(const QString &invoiceReference)
{
    return send<CommitReservationResponse>(CommitReservationRequest{{}, invoiceReference},
                                           m_terminal);
}

TypedSeqrCall<GetClientSessionInfoResponse> *
SeqrClient::getClientSessionInfo(const QString &key, const Credentials &who)
{
    return send<GetClientSessionInfoResponse>(GetClientSessionInfoRequest{{}, key},
                                              who.isEmpty() ? m_terminal : who);
}

} // namespace kassa::seqr
