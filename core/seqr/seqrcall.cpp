#include "core/seqr/seqrcall.h"

#include "core/common/enumname.h"
#include "core/seqr/resultcode.h"
#include "core/seqr/seqrclient.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSeqr)

namespace kassa::seqr {

QString callStatusName(CallStatus status)
{
    return enumWords(status); // pending, … TLS failure, HTTP error, SOAP fault, …
}

bool isTransient(CallStatus status)
{
    switch (status) {
    case CallStatus::CannotConnect:
    case CallStatus::ConnectionLost:
    case CallStatus::Timeout:
    case CallStatus::HttpError:
    case CallStatus::SoapFault:
    case CallStatus::MalformedReply:
        return true;
    default:
        return false;
    }
}

SeqrCall::SeqrCall(Operation operation, QString clientReference)
    : m_operation(operation)
    , m_clientReference(std::move(clientReference))
{}

SeqrCall::~SeqrCall()
{
    releaseReply();
}

void SeqrCall::attach(SeqrClient *client, QNetworkReply *reply, std::chrono::milliseconds timeout)
{
    m_client = client;
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &SeqrCall::handleReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the call ends as TlsFailure.
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_tlsErrors = texts.join(u"; "_s);
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    timer->start(timeout);
    m_timer = timer;
}

void SeqrCall::setTimeout(std::chrono::milliseconds timeout)
{
    if (m_timer && m_timer->isActive())
        m_timer->start(timeout);
}

void SeqrCall::abortForShutdown()
{
    m_client = nullptr;
    abort();
}

Error SeqrCall::error() const
{
    switch (m_status) {
    case CallStatus::Success:
    case CallStatus::Pending:
        return {};
    case CallStatus::ServiceError: {
        Error e{ErrorCode::ServiceRefused, m_errorDetail};
        e.resultCode = m_resultCode;
        return e;
    }
    case CallStatus::TlsFailure:
        return Error{ErrorCode::TlsFailure, m_errorDetail};
    case CallStatus::HttpError:
    case CallStatus::SoapFault:
    case CallStatus::MalformedReply:
        // SEQR (or something at its address) answered, with an error.
        return Error{ErrorCode::BadAnswer, callStatusName(m_status) + u": "_s + m_errorDetail};
    default:
        // Cannot connect, connection lost, timeout, aborted: no answer.
        return Error{ErrorCode::ConnectionProblem,
                     callStatusName(m_status) + u": "_s + m_errorDetail};
    }
}

void SeqrCall::abort()
{
    if (isFinished() || m_aborted)
        return;
    m_aborted = true;
    // QNetworkReply::abort() emits the reply's finished() at once; the call
    // lets go of its reply first, so that its own finished() comes from the
    // event loop and never from inside abort().
    releaseReply();
    QMetaObject::invokeMethod(
        this, [this] { finish(CallStatus::Aborted, u"aborted"_s); }, Qt::QueuedConnection);
}

void SeqrCall::releaseReply()
{
    if (m_client) {
        m_client->forget(this);
        m_client = nullptr;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    reply->abort();
    // Deleted now, while its network manager surely exists.
    delete reply;
}

void SeqrCall::finish(CallStatus status, QString detail)
{
    if (isFinished())
        return;
    m_status = status;
    m_errorDetail = std::move(detail);
    if (status != CallStatus::Success)
        qCInfo(lcSeqr).noquote() << operationName(m_operation) << m_clientReference
                                 << "ended:" << callStatusName(status) << m_errorDetail;
    Q_EMIT finished();
}

void SeqrCall::handleReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    reply->deleteLater();
    m_reply = nullptr;
    // Finished at the network level: the client need not abort it any more.
    if (m_client) {
        m_client->forget(this);
        m_client = nullptr;
    }

    if (m_aborted)
        return finish(CallStatus::Aborted, u"aborted"_s);
    if (m_timedOut || error == QNetworkReply::TimeoutError)
        return finish(CallStatus::Timeout, u"no reply in time"_s);

    if (finishedOnNetworkError(*reply, body))
        return;
    finishWithAnswer(*reply, body);
}

bool SeqrCall::finishedOnNetworkError(const QNetworkReply &reply, const QByteArray &body)
{
    const QNetworkReply::NetworkError error = reply.error();
    const int code = int(error);
    if (error == QNetworkReply::SslHandshakeFailedError)
        finish(CallStatus::TlsFailure, m_tlsErrors.isEmpty() ? reply.errorString() : m_tlsErrors);
    else if (error == QNetworkReply::RemoteHostClosedError)
        finish(CallStatus::ConnectionLost, reply.errorString());
    else if (error == QNetworkReply::ContentReSendError)
        // The connection closed after the request went out (SeqrClient never
        // lets it be sent twice): SEQR may have run it.
        finish(CallStatus::ConnectionLost,
               u"the connection closed while waiting for SEQR's answer"_s);
    else if (error == QNetworkReply::OperationCanceledError)
        finish(CallStatus::Aborted, reply.errorString());
    else if ((code > 0 && code < 100) || (code > 100 && code < 200))
        finish(CallStatus::CannotConnect, reply.errorString());
    else if (code >= 300 && code < 400)
        finish(CallStatus::MalformedReply, reply.errorString());
    if (isFinished())
        return true;
    const QVariant announced = reply.header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() > body.size())
        finish(CallStatus::ConnectionLost, u"connection closed after "_s +
                                               QString::number(body.size()) + u" of "_s +
                                               announced.toString() + u" bytes"_s);
    return isFinished();
}

void SeqrCall::finishWithAnswer(const QNetworkReply &reply, const QByteArray &body)
{
    const bool httpOk = m_httpStatus >= 200 && m_httpStatus < 300;
    if (!httpOk) {
        // SOAP 1.1 servers send faults with status 500.
        if (auto fault = codec::decodeFault(body)) {
            m_fault = *fault;
            return finish(CallStatus::SoapFault, m_fault.faultString);
        }
        return finish(CallStatus::HttpError,
                      u"HTTP "_s + QString::number(m_httpStatus) + u' ' +
                          reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
    if (body.trimmed().isEmpty())
        return finish(CallStatus::MalformedReply, u"empty reply"_s);

    auto header = decodeBody(body);
    if (!header) {
        if (header.error().code == ErrorCode::SoapFault) {
            if (auto fault = codec::decodeFault(body))
                m_fault = *fault;
            return finish(CallStatus::SoapFault, header.error().detail);
        }
        return finish(CallStatus::MalformedReply, header.error().detail);
    }
    m_resultCode = header->resultCode;
    if (m_resultCode != 0) {
        const QString name = resultCodeName(m_resultCode);
        const QString &description = header->resultDescription;
        return finish(CallStatus::ServiceError, description.isEmpty() || description == name ? name
                                                : description.startsWith(name)
                                                    ? description
                                                    : name + u": "_s + description);
    }
    finish(CallStatus::Success, {});
}

} // namespace kassa::seqr
