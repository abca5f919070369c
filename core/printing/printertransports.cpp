// The four ways to a receipt printer (see printertransport.h).
#include "core/printing/printertransport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSerialPort>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kassa::printing {

namespace {

Error unreachable(const QString &detail)
{
    return makeError(ErrorCode::ConnectionProblem, detail);
}

Error stopped(const QString &detail)
{
    return makeError(ErrorCode::StorageBusy, detail);
}

// Waits until `device` has sent all it was given, for at most timeoutMs:
// false when the time ran out or the device stopped taking bytes.
bool drained(QIODevice &device, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (device.bytesToWrite() > 0) {
        if (deadline.hasExpired() || !device.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    return true;
}

// Up to `count` bytes from `device`, waiting for them for at most timeoutMs.
QByteArray readWithin(QIODevice &device, int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (device.bytesAvailable() < count && !deadline.hasExpired()) {
        if (!device.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    return device.read(count);
}

class TcpTransport final : public PrinterTransport
{
public:
    explicit TcpTransport(const PrinterSpec &spec)
        : m_spec(spec)
    {}

    Status open(int timeoutMs) override
    {
        m_socket.connectToHost(m_spec.target, m_spec.port);
        if (!m_socket.waitForConnected(timeoutMs))
            return unreachable(m_spec.toString() + u": "_s + m_socket.errorString());
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return Ok{};
    }

    Status write(const QByteArray &bytes, int timeoutMs) override
    {
        if (m_socket.write(bytes) != bytes.size())
            return stopped(m_socket.errorString());
        if (!drained(m_socket, timeoutMs))
            return stopped(m_spec.toString() + u": "_s + m_socket.errorString());
        return Ok{};
    }

    bool canRead() const override { return true; }

    QByteArray read(int count, int timeoutMs) override
    {
        return readWithin(m_socket, count, timeoutMs);
    }

    Status close(int timeoutMs) override
    {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(timeoutMs);
        return Ok{};
    }

private:
    PrinterSpec m_spec;
    QTcpSocket m_socket;
};

class SerialTransport final : public PrinterTransport
{
public:
    explicit SerialTransport(const PrinterSpec &spec)
        : m_spec(spec)
    {}

    Status open(int) override
    {
        m_port.setPortName(m_spec.target);
        m_port.setBaudRate(m_spec.baud);
        m_port.setDataBits(QSerialPort::Data8);
        m_port.setParity(QSerialPort::NoParity);
        m_port.setStopBits(QSerialPort::OneStop);
        m_port.setFlowControl(QSerialPort::NoFlowControl);
        if (!m_port.open(QIODevice::ReadWrite))
            return unreachable(m_spec.target + u": "_s + m_port.errorString());
        return Ok{};
    }

    Status write(const QByteArray &bytes, int timeoutMs) override
    {
        if (m_port.write(bytes) != bytes.size())
            return stopped(m_port.errorString());
        if (!drained(m_port, timeoutMs))
            return stopped(m_spec.target + u": the printer took no more bytes"_s);
        return Ok{};
    }

    bool canRead() const override { return true; }

    QByteArray read(int count, int timeoutMs) override
    {
        return readWithin(m_port, count, timeoutMs);
    }

    Status close(int) override
    {
        m_port.close();
        return Ok{};
    }

private:
    PrinterSpec m_spec;
    QSerialPort m_port;
};

// A printer's device file (/dev/usb/lp0): read back where the printer and
// the kernel allow, written otherwise.
class DeviceTransport final : public PrinterTransport
{
public:
    explicit DeviceTransport(const PrinterSpec &spec)
        : m_spec(spec)
    {}
    ~DeviceTransport() override { (void)close(0); }

    Status open(int) override
    {
        const QByteArray path = m_spec.target.toLocal8Bit();
        m_fd = ::open(path.constData(), O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        m_readable = m_fd >= 0;
        if (m_fd < 0)
            m_fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (m_fd < 0)
            return unreachable(m_spec.target + u": "_s +
                               QString::fromLocal8Bit(std::strerror(errno)));
        return Ok{};
    }

    Status write(const QByteArray &bytes, int timeoutMs) override
    {
        const QDeadlineTimer deadline(timeoutMs);
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n > 0) {
                done += n;
                continue;
            }
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                return stopped(m_spec.target + u": "_s +
                               QString::fromLocal8Bit(std::strerror(errno)));
            if (deadline.hasExpired() || !wait(POLLOUT, deadline))
                return stopped(m_spec.target + u": the printer took no more bytes"_s);
        }
        return Ok{};
    }

    bool canRead() const override { return m_readable; }

    QByteArray read(int count, int timeoutMs) override
    {
        QByteArray out;
        const QDeadlineTimer deadline(timeoutMs);
        while (out.size() < count) {
            char buffer[64];
            const ssize_t n =
                ::read(m_fd, buffer, size_t(std::min<qsizetype>(64, count - out.size())));
            if (n > 0) {
                out.append(buffer, n);
                continue;
            }
            if ((n < 0 && errno != EAGAIN && errno != EINTR) || deadline.hasExpired() ||
                !wait(POLLIN, deadline))
                break;
        }
        return out;
    }

    Status close(int) override
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return Ok{};
    }

private:
    bool wait(short events, const QDeadlineTimer &deadline) const
    {
        pollfd p{m_fd, events, 0};
        return ::poll(&p, 1, int(std::max<qint64>(0, deadline.remainingTime()))) > 0;
    }

    PrinterSpec m_spec;
    int m_fd = -1;
    bool m_readable = false;
};

// A CUPS queue set up raw (lpadmin -m raw or a "Raw" driver): the bytes go
// to `lp -o raw` as one job; CUPS tells nothing of the printer back.
class CupsTransport final : public PrinterTransport
{
public:
    explicit CupsTransport(const PrinterSpec &spec)
        : m_spec(spec)
    {}

    Status open(int) override
    {
        m_bytes.clear();
        return Ok{};
    }

    Status write(const QByteArray &bytes, int) override
    {
        m_bytes += bytes;
        return Ok{};
    }

    bool canRead() const override { return false; }
    QByteArray read(int, int) override { return {}; }

    Status close(int timeoutMs) override
    {
        if (m_bytes.isEmpty())
            return Ok{};
        QProcess lp;
        lp.start(u"lp"_s, {u"-d"_s, m_spec.target, u"-o"_s, u"raw"_s, u"-t"_s, u"Kassa"_s});
        if (!lp.waitForStarted(timeoutMs))
            return unreachable(u"lp could not be run (is CUPS installed?): "_s + lp.errorString());
        lp.write(std::exchange(m_bytes, {}));
        lp.closeWriteChannel();
        if (!lp.waitForFinished(timeoutMs))
            return stopped(u"lp did not finish"_s);
        if (lp.exitStatus() != QProcess::NormalExit || lp.exitCode() != 0)
            return unreachable(m_spec.toString() + u": "_s +
                               QString::fromLocal8Bit(lp.readAllStandardError()).trimmed());
        return Ok{};
    }

private:
    PrinterSpec m_spec;
    QByteArray m_bytes;
};

} // namespace

std::unique_ptr<PrinterTransport> PrinterTransport::create(const PrinterSpec &spec)
{
    switch (spec.kind) {
    case PrinterSpec::Kind::Tcp:
        return std::make_unique<TcpTransport>(spec);
    case PrinterSpec::Kind::Serial:
        return std::make_unique<SerialTransport>(spec);
    case PrinterSpec::Kind::Usb:
        return std::make_unique<DeviceTransport>(spec);
    case PrinterSpec::Kind::Cups:
        return std::make_unique<CupsTransport>(spec);
    case PrinterSpec::Kind::None:
    case PrinterSpec::Kind::System:
        break;
    }
    return nullptr;
}

} // namespace kassa::printing
