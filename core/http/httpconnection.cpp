#include "core/http/httpconnection.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace kassa::http {

namespace {

// What a connection holds in its socket's buffer while a request is being
// answered: beyond this the kernel's window pushes back on the client.
constexpr qint64 kReadBufferBytes = 64 * 1024;
// How long a closing connection waits for the client to close its side.
constexpr int kLingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Handler &handler, HttpLimits limits,
                               Timeouts timeouts, const HttpUpgrade *upgrade, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_upgrade(upgrade && upgrade->check && upgrade->take ? upgrade : nullptr)
    , m_parser(limits)
    , m_idleTimeoutMs(timeouts.idleMs)
    , m_requestTimeoutMs(timeouts.requestMs)
    , m_lastActivity(std::chrono::steady_clock::now())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_idle.setSingleShot(true);
    m_idle.setTimerType(Qt::CoarseTimer);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::handleIdleTimeout);
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_requestTimer, &QTimer::timeout, this, &HttpConnection::handleRequestTimeout);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        answer(m_delayed, m_delayedKeepAlive);
        m_delayed = {};
        processRequests();
    });
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, this, [this] { close(true); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::handleDisconnected);
    armIdleTimer();
    // Bytes that came with the connection are read once the server holds it.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::handleReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void HttpConnection::handleReadyRead()
{
    // Closing: what the client still sends is read and dropped, so that the
    // kernel does not reset the connection before the client has our answer.
    if (m_lingering) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    // While a request is answered, the next ones stay in the socket unread.
    if (m_busy || m_closing)
        return;
    readAvailable();
    processRequests();
}

void HttpConnection::readAvailable()
{
    // At a request's first byte, what is read stays in the socket's buffer
    // too (a transaction) until the head says what the request is: an
    // upgrade takes the bytes back and goes on elsewhere.
    if (m_upgrade && m_parser.bufferedBytes() == 0 && !m_socket->isTransactionStarted())
        m_socket->startTransaction();
    m_parser.append(m_socket->readAll());
}

void HttpConnection::processRequests()
{
    while (!m_busy && !m_closing) {
        // What arrived while the last answer was delayed is read now.
        if (m_socket->bytesAvailable() > 0)
            readAvailable();
        const HttpRequestParser::Status status = m_parser.next();
        const bool inTransaction = m_socket->isTransactionStarted();
        if (status == HttpRequestParser::Status::NeedMore) {
            if (inTransaction && m_parser.hasHead())
                m_socket->commitTransaction(); // a body follows: no upgrade
            break;
        }
        if (status == HttpRequestParser::Status::Failed) {
            if (inTransaction)
                m_socket->commitTransaction();
            answer(HttpResponse::text(m_parser.errorMessage() + '\n', m_parser.errorStatus()),
                   false);
            break;
        }
        m_requestTimer.stop();
        HttpRequest request = m_parser.takeRequest();
        request.peer = m_socket->peerAddress();
        if (m_upgrade && request.headers.contains("upgrade")) {
            if (upgradeOrRefuse(request))
                return;
            continue;
        }
        if (inTransaction)
            m_socket->commitTransaction();
        const HttpResponse response = m_handler(request);
        if (response.later) {
            answerLater(response, request.keepAlive);
            return;
        }
        if (response.delayMs > 0) {
            m_busy = true;
            m_delayed = response;
            m_delayedKeepAlive = request.keepAlive;
            m_delay.start(response.delayMs);
            return;
        }
        answer(response, request.keepAlive);
    }
    if (!m_busy && !m_closing) {
        m_lastActivity = std::chrono::steady_clock::now();
        if (!m_idle.isActive())
            armIdleTimer();
        // Part of a request is here: the rest has until the request timeout.
        if (m_parser.bufferedBytes() > 0 && m_requestTimeoutMs > 0 && !m_requestTimer.isActive())
            m_requestTimer.start(m_requestTimeoutMs);
    }
}

bool HttpConnection::upgradeOrRefuse(const HttpRequest &request)
{
    // Only a request that came alone can go back to the socket unread.
    const bool alone = m_socket->isTransactionStarted() && m_parser.bufferedBytes() == 0;
    std::optional<HttpResponse> refusal =
        alone ? m_upgrade->check(request)
              : HttpResponse::text("an upgrade must come alone, on a connection of its own\n", 400);
    if (refusal) {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        answer(*refusal, false);
        return false;
    }
    m_socket->rollbackTransaction();
    m_idle.stop();
    m_requestTimer.stop();
    m_closed = true;
    m_closing = true;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->setParent(nullptr);
    m_upgrade->take(socket);
    Q_EMIT closed();
    return true;
}

void HttpConnection::answerLater(const HttpResponse &response, bool keepAlive)
{
    m_busy = true;
    const quint64 call = ++m_laterCall;
    QPointer<HttpConnection> self(this);
    response.later([self, call, keepAlive](const HttpResponse &late) {
        if (!self || self->m_laterCall != call || self->m_closed)
            return;
        ++self->m_laterCall; // once only
        // Never inside the handler's own call: the queue keeps it simple.
        QMetaObject::invokeMethod(
            self,
            [self, late, keepAlive] {
                if (!self || self->m_closed)
                    return;
                self->answer(late, keepAlive);
                self->processRequests();
            },
            Qt::QueuedConnection);
    });
}

void HttpConnection::handleRequestTimeout()
{
    if (m_busy || m_closing || m_parser.bufferedBytes() == 0)
        return;
    answer(HttpResponse::text("request timeout: the request did not arrive in time\n", 408), false);
}

void HttpConnection::armIdleTimer()
{
    if (m_idleTimeoutMs <= 0)
        return;
    using namespace std::chrono;
    const auto idleFor = duration_cast<milliseconds>(steady_clock::now() - m_lastActivity).count();
    m_idle.start(int(qMax<qint64>(1, m_idleTimeoutMs - idleFor)));
}

void HttpConnection::answer(const HttpResponse &response, bool keepAlive)
{
    m_busy = false;
    if (m_closed)
        return;
    if (response.drop) {
        close(true);
        return;
    }
    if (!response.raw.isEmpty()) {
        m_socket->write(response.raw);
        close(false);
        return;
    }
    const QByteArray bytes = response.serialize(keepAlive);
    if (response.dropMidBody) {
        const qsizetype headBytes = bytes.size() - response.body.size();
        m_socket->write(bytes.left(headBytes + response.body.size() / 2));
        m_socket->flush();
        m_closing = true;
        QTimer::singleShot(50, this, [this] { close(true); });
        return;
    }
    m_socket->write(bytes);
    // Sent now rather than on the next write notification: that would cost
    // another turn of the event loop, which polls every open socket.
    m_socket->flush();
    if (!keepAlive)
        close(false);
}

void HttpConnection::handleIdleTimeout()
{
    // Busy: processRequests() re-arms the timer once the answer is out.
    if (m_busy || m_closing)
        return;
    using namespace std::chrono;
    if (steady_clock::now() - m_lastActivity < milliseconds(m_idleTimeoutMs)) {
        armIdleTimer(); // there was activity since the timer was started
        return;
    }
    if (m_parser.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0) {
        answer(HttpResponse::text("request timeout: the request did not arrive in time\n", 408),
               false);
        return;
    }
    close(false);
}

void HttpConnection::close(bool abort)
{
    m_closing = true;
    m_idle.stop();
    m_requestTimer.stop();
    if (m_closed)
        return;
    if (abort) {
        m_socket->abort();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            handleDisconnected();
        return;
    }
    // A lingering close: send what is written, then end our direction only
    // (FIN), drop whatever the client still sends, and close when it does —
    // or after kLingerMs. Closing outright with unread bytes would make the
    // kernel answer with a reset that can destroy the response in flight.
    m_lingering = true;
    m_socket->skip(m_socket->bytesAvailable());
    m_linger.start(kLingerMs);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::shutdownWhenWritten);
    shutdownWhenWritten();
}

void HttpConnection::shutdownWhenWritten()
{
    if (m_closed || m_shutDown || m_socket->bytesToWrite() > 0)
        return;
    m_shutDown = true;
    if (qobject_cast<QSslSocket *>(m_socket)) {
        // TLS has its own close; a half-closed TLS stream helps no one.
        m_socket->disconnectFromHost();
    } else if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) != 0) {
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::handleDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_closing = true;
    m_idle.stop();
    m_requestTimer.stop();
    m_delay.stop();
    m_linger.stop();
    Q_EMIT closed();
}

} // namespace kassa::http
