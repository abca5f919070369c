#pragma once

#include "core/common/result.h"
#include "core/seqr/messages.h"
#include "core/seqr/seqrcodec.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace kassa::seqr {

// The namespace's meta-object (one per namespace, so it lives here): it names
// CallStatus for callStatusName (core/common/enumname.h).
Q_NAMESPACE

class SeqrClient;

// How a call ended. Exactly one per call.
enum class CallStatus
{
    Pending,
    Success,        // resultCode 0
    ServiceError,   // the service answered with resultCode ≠ 0 (see resultCode())
    CannotConnect,  // refused, host not found, no network
    ConnectionLost, // the connection dropped before a whole reply arrived
    TlsFailure,     // handshake or certificate verification failed
    Timeout,        // no whole reply within the configured time
    HttpError,      // an HTTP status other than 2xx without a SOAP Fault
    SoapFault,      // a SOAP Fault (see fault())
    MalformedReply, // not a SEQR response we can read
    Aborted,        // abort() was called
};
Q_ENUM_NS(CallStatus)
QString callStatusName(CallStatus status);
// True for the statuses that say nothing about the payment itself: the call
// may be repeated (connection problems, timeouts, server trouble).
bool isTransient(CallStatus status);

// One SOAP call in flight. Owns its QNetworkReply (as a child). Emits
// finished() exactly once — also after abort() or a timeout — never from
// inside the method that started it. The owner deleteLater()s it after
// finished(). Lives in the thread of the SeqrClient that made it. A call may
// outlive its client: the client aborts the calls it still has on the network
// when it is destroyed (they finish as Aborted).
class SeqrCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeqrCall)

public:
    ~SeqrCall() override;

    Operation operation() const { return m_operation; }
    QString clientReference() const { return m_clientReference; }
    CallStatus status() const { return m_status; }
    bool isFinished() const { return m_status != CallStatus::Pending; }
    bool isSuccess() const { return m_status == CallStatus::Success; }
    int httpStatus() const { return m_httpStatus; }
    // The service's resultCode when status() is Success or ServiceError.
    int resultCode() const { return m_resultCode; }
    const SoapFault &fault() const { return m_fault; }
    // Untranslated detail for logs: the network error, HTTP reason, fault
    // string or decoding problem. Never contains a password.
    QString errorDetail() const { return m_errorDetail; }

    // The outcome as a core Error (code None on success): ServiceRefused with
    // the resultCode, TlsFailure, BadAnswer when something answered with an
    // error (HTTP error, SOAP Fault, malformed), ConnectionProblem when
    // nothing answered (cannot connect, lost, timeout, aborted).
    Error error() const;

    // No whole answer within `timeout` from now ends the call as Timeout
    // (instead of the client's configured time): a caller with a rhythm of
    // its own (a poll each second) gives up on a lost request sooner.
    void setTimeout(std::chrono::milliseconds timeout);

    // Ends the call with status Aborted: the request is dropped at once and
    // finished() follows from the event loop, never from inside abort().
    void abort();

Q_SIGNALS:
    void finished();

protected:
    SeqrCall(Operation operation, QString clientReference);
    // Decodes a reply body into the typed response; returns its header.
    virtual Result<ResponseHeader> decodeBody(QByteArrayView body) = 0;

private:
    friend class SeqrClient;
    void attach(SeqrClient *client, QNetworkReply *reply, std::chrono::milliseconds timeout);
    // The client is going away: drop the request while its network manager
    // still exists.
    void abortForShutdown();
    void releaseReply();
    void handleReplyFinished();
    // Finishes the call when the network failed before an answer came.
    bool finishedOnNetworkError(const QNetworkReply &reply, const QByteArray &body);
    // Finishes the call with what SEQR answered: HTTP error, SOAP Fault,
    // malformed body, or the header's result code.
    void finishWithAnswer(const QNetworkReply &reply, const QByteArray &body);
    void finish(CallStatus status, QString detail);

    Operation m_operation;
    QString m_clientReference;
    SeqrClient *m_client = nullptr; // set while the request is on the network
    QPointer<QNetworkReply> m_reply;
    CallStatus m_status = CallStatus::Pending;
    int m_httpStatus = 0;
    int m_resultCode = -1;
    SoapFault m_fault;
    QString m_errorDetail;
    QString m_tlsErrors;
    bool m_timedOut = false;
    QPointer<QTimer> m_timer; // the reply's, gone with it
    bool m_aborted = false;
};

// A call whose response type is known: response() is valid when status() is
// Success or ServiceError.
template<class R> class TypedSeqrCall final : public SeqrCall
{
public:
    explicit TypedSeqrCall(QString clientReference)
        : SeqrCall(R::operation, std::move(clientReference))
    {}
    const R &response() const { return m_response; }

protected:
    Result<ResponseHeader> decodeBody(QByteArrayView body) override
    {
        auto decoded = codec::decodeResponse<R>(body);
        if (!decoded)
            return decoded.error();
        m_response = std::move(decoded.value());
        return static_cast<const ResponseHeader &>(m_response);
    }

private:
    R m_response;
};

} // namespace kassa::seqr
