#pragma once

#include "core/seqr/seqrcall.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>

namespace kassa::seqr {

// Who a request acts as: a shop's reseller user or one registered till.
struct Credentials
{
    PrincipalId principal;
    QString password;

    static Credentials reseller(QString resellerId, QString userId, QString password);
    static Credentials terminal(QString terminalId, QString password);
    bool isEmpty() const { return principal.id.isEmpty(); }
};

struct SeqrClientConfig
{
    QUrl endpoint;
    std::chrono::milliseconds timeout{10000};
    // Extra PEM CA certificates trusted besides the system's (e.g. a test CA).
    QString caFile;
};

// SEQR over SOAP 1.1 with one QNetworkAccessManager. One method per
// operation; each returns a new call object (owned by the caller, who
// deleteLater()s it after its finished()). Every request gets a fresh
// clientReference and the clientId "Kassa <version>". HTTPS certificates are
// always verified. Passwords are never logged. Not thread-safe: use it from
// the thread it lives in.
class SeqrClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeqrClient)

public:
    explicit SeqrClient(SeqrClientConfig config, QObject *parent = nullptr);
    // Aborts the calls still on the network (each finishes as Aborted, from
    // the event loop); the call objects stay their owners'.
    ~SeqrClient() override;

    // Calls made by this client whose request is still on the network.
    qsizetype callsInFlight() const { return m_calls.size(); }

    const SeqrClientConfig &config() const { return m_config; }
    // Where the next requests go (calls in flight keep theirs).
    void setEndpoint(const QUrl &endpoint) { m_config.endpoint = endpoint; }
    // Problems loading config().caFile; empty when fine.
    QString configurationError() const { return m_configError; }
    static QString clientId();

    // The till's own credentials, used by every terminal-level operation.
    void setTerminalCredentials(const Credentials &credentials) { m_terminal = credentials; }
    const Credentials &terminalCredentials() const { return m_terminal; }

    TypedSeqrCall<RegisterTerminalResponse> *registerTerminal(const Credentials &reseller,
                                                              const QString &externalTerminalId,
                                                              const QString &terminalPassword,
                                                              const QString &name);
    TypedSeqrCall<AssignSeqrIdResponse> *assignSeqrId(const QString &seqrId);
    TypedSeqrCall<UnregisterTerminalResponse> *unregisterTerminal();
    TypedSeqrCall<SendInvoiceResponse> *sendInvoice(const Invoice &invoice,
                                                    const QList<CustomerToken> &tokens = {});
    TypedSeqrCall<UpdateInvoiceResponse> *updateInvoice(const QString &invoiceReference,
                                                        const Invoice &invoice,
                                                        const QList<CustomerToken> &tokens = {});
    TypedSeqrCall<GetPaymentStatusResponse> *getPaymentStatus(const QString &invoiceReference,
                                                              int invoiceVersion);
    TypedSeqrCall<CancelInvoiceResponse> *cancelInvoice(const QString &invoiceReference);
    TypedSeqrCall<SubmitPaymentReceiptResponse> *
    submitPaymentReceipt(const QString &ersReference, const ReceiptDocument &document);
    // `clientReference`: the one journaled with the refund's intent (empty:
    // a fresh one), so that the request can be recognised afterwards.
    TypedSeqrCall<RefundPaymentResponse> *refundPayment(const QString &ersReference,
                                                        const Invoice &invoice,
                                                        const QString &clientReference = {});
    // Per shop with reseller credentials; per terminal with a TERMINALID
    // parameter (and either credentials).
    TypedSeqrCall<MarkTransactionPeriodResponse> *
    markTransactionPeriod(const Credentials &who, const Parameters &parameters);
    TypedSeqrCall<ExecuteReportResponse> *executeReport(const Credentials &who,
                                                        const QString &reportId,
                                                        const QString &language,
                                                        const Parameters &parameters);
    TypedSeqrCall<CommitReservationResponse> *commitReservation(const QString &invoiceReference);
    // An external service's backend: who is behind the TOKEN the SEQR app put
    // in the order URL's hash. The call succeeds whenever SEQR answers; the
    // session's state is response().sessionStatus() (SUCCESS with msisdn,
    // subscriberKey and the service QR's parameters, or AUTHORIZATION_EXPIRED,
    // AUTHORIZATION_CANCELLED, AUTHORIZATION_IN_PROGRESS). Empty `who`: the
    // terminal credentials.
    TypedSeqrCall<GetClientSessionInfoResponse> *getClientSessionInfo(const QString &key,
                                                                      const Credentials &who = {});

private:
    template<class Response, class Request>
    TypedSeqrCall<Response> *send(Request request, const Credentials &who,
                                  const QString &clientReference = {});
    ClientContext makeContext(const Credentials &who) const;
    void post(SeqrCall *call, const QByteArray &body);
    friend class SeqrCall;
    void forget(SeqrCall *call) { m_calls.remove(call); }

    SeqrClientConfig m_config;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QString m_configError;
    Credentials m_terminal;
    QSet<SeqrCall *> m_calls;
};

} // namespace kassa::seqr
