#include "sandbox/controlunitports.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kassa::sandbox {

namespace {

qint64 wireMs(qsizetype bytes, int baudRate)
{
    return baudRate > 0 ? (bytes * 10 * 1000 + baudRate - 1) / baudRate : 0;
}

Error systemError(const QString &what)
{
    return makeError(ErrorCode::StorageFailed,
                     what + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

UnitLine::UnitLine(ControlUnitSandbox *unit, int baudRate, Writer writer, QObject *parent)
    : QObject(parent)
    , m_unit(unit)
    , m_baudRate(baudRate)
    , m_writer(std::move(writer))
{
    m_clock.start();
}

void UnitLine::receive(const QByteArray &bytes)
{
    m_reader.append(bytes);
    while (auto frame = m_reader.next()) {
        auto answer = m_unit->handleFrame(m_session, *frame);
        if (!answer)
            continue;
        // A pseudo-terminal delivers at once what a serial line takes its
        // time over: the answer is due when the request would have crossed
        // the line, plus the unit's delay, plus the answer's own bytes
        // (after any earlier answer still on the line).
        const qint64 now = m_clock.elapsed();
        const qint64 start =
            qMax(now + wireMs(frame->size(), m_baudRate) + answer->delayMs, m_lineFreeAtMs);
        const qint64 due = start + wireMs(answer->bytes.size(), m_baudRate);
        m_lineFreeAtMs = due;
        m_pending.push_back({due, answer->bytes});
        QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, due - now)), this,
                           &UnitLine::sendDue);
    }
}

void UnitLine::sendDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_pending.empty() && m_pending.front().dueMs <= now) {
        m_writer(m_pending.front().bytes);
        m_pending.erase(m_pending.begin());
    }
}

ControlUnitPorts::ControlUnitPorts(ControlUnitSandbox *unit, int baudRate, QObject *parent)
    : QObject(parent)
    , m_unit(unit)
    , m_baudRate(baudRate)
{}

ControlUnitPorts::~ControlUnitPorts()
{
    delete m_ptyNotifier;
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
}

Status ControlUnitPorts::openPty()
{
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (m_master < 0)
        return systemError(u"no pseudo-terminal"_s);
    if (::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
        return systemError(u"the pseudo-terminal cannot be unlocked"_s);
    const char *name = ::ptsname(m_master);
    if (!name)
        return systemError(u"the pseudo-terminal has no name"_s);
    m_ptyPath = QString::fromLocal8Bit(name);
    m_slave = ::open(name, O_RDWR | O_NOCTTY);
    if (m_slave < 0)
        return systemError(u"cannot open "_s + m_ptyPath);
    // Raw bytes both ways (no echo, no CR/LF translation) until the till
    // sets its own mode, which is raw as well.
    termios mode{};
    ::tcgetattr(m_slave, &mode);
    ::cfmakeraw(&mode);
    ::cfsetspeed(&mode, B9600);
    ::tcsetattr(m_slave, TCSANOW, &mode);
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_ptyLine = new UnitLine(
        m_unit, m_baudRate, [this](const QByteArray &bytes) { writePty(bytes); }, this);
    m_ptyNotifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_ptyNotifier, &QSocketNotifier::activated, this, &ControlUnitPorts::readPty);
    return Ok{};
}

void ControlUnitPorts::readPty()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            m_ptyLine->receive(QByteArray(buffer, n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return;
    }
}

void ControlUnitPorts::writePty(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0)
            done += n;
        else if (n < 0 && errno != EINTR && errno != EAGAIN)
            return; // the line is gone; the till will notice the silence
    }
}

Status ControlUnitPorts::listenTcp(const QHostAddress &address, quint16 port)
{
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(address, port))
        return makeError(ErrorCode::StorageFailed, m_tcp->errorString());
    connect(m_tcp, &QTcpServer::newConnection, this, &ControlUnitPorts::handleNewConnection);
    return Ok{};
}

quint16 ControlUnitPorts::tcpPort() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString ControlUnitPorts::tcpDevice() const
{
    return u"tcp:127.0.0.1:"_s + QString::number(tcpPort());
}

void ControlUnitPorts::handleNewConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        socket->setParent(this);
        auto *line = new UnitLine(
            m_unit, m_baudRate,
            [socket](const QByteArray &bytes) {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(bytes);
            },
            socket);
        connect(socket, &QIODevice::readyRead, line,
                [socket, line] { line->receive(socket->readAll()); });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ControlUnitPorts::dropConnections()
{
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->abort();
}

} // namespace kassa::sandbox
