#include "sandbox/httpconnection.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace kassa::sandbox {

namespace {

// What a connection holds in its socket's buffer while a request is being
// answered: beyond this the kernel's window pushes back on the client.
constexpr qint64 kReadBufferBytes = 64 * 1024;
// How long a closing connection waits for the client to close its side.
constexpr int kLingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Handler &handler, HttpLimits limits,
                               int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_parser(limits)
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_lastActivity(std::chrono::steady_clock::now())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_idle.setSingleShot(true);
    m_idle.setTimerType(Qt::CoarseTimer);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::handleIdleTimeout);
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
    m_parser.append(m_socket->readAll());
    processRequests();
}

void HttpConnection::processRequests()
{
    while (!m_busy && !m_closing) {
        // What arrived while the last answer was delayed is read now.
        if (m_socket->bytesAvailable() > 0)
            m_parser.append(m_socket->readAll());
        const HttpRequestParser::Status status = m_parser.next();
        if (status == HttpRequestParser::Status::NeedMore)
            break;
        if (status == HttpRequestParser::Status::Failed) {
            answer(HttpResponse::text(m_parser.errorMessage() + '\n', m_parser.errorStatus()),
                   false);
            break;
        }
        const HttpRequest request = m_parser.takeRequest();
        const HttpResponse response = m_handler(request);
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
    }
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
    m_delay.stop();
    m_linger.stop();
    Q_EMIT closed();
}

} // namespace kassa::sandbox
