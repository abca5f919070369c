#include "core/controlunit/unitlink.h"

#include <QSerialPort>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace kassa::controlunit {

UnitLink::UnitLink(QString device, int baudRate, QObject *parent)
    : QObject(parent)
    , m_device(std::move(device))
    , m_baudRate(baudRate)
{}

UnitLink::~UnitLink()
{
    close();
}

bool UnitLink::isTcp() const
{
    return m_device.startsWith(u"tcp:"_s);
}

bool UnitLink::isOpen() const
{
    return m_io && m_io->isOpen();
}

bool UnitLink::open()
{
    if (isOpen())
        return true;
    close();
    m_error.clear();
    return isTcp() ? openTcp() : openSerial();
}

bool UnitLink::openSerial()
{
    auto *port = new QSerialPort(this);
    port->setPortName(m_device);
    if (!port->open(QIODevice::ReadWrite)) {
        m_error = port->errorString();
        delete port;
        return false;
    }
    // 8N1, no flow control, as CleanCash units speak.
    const bool configured =
        port->setBaudRate(m_baudRate) && port->setDataBits(QSerialPort::Data8) &&
        port->setParity(QSerialPort::NoParity) && port->setStopBits(QSerialPort::OneStop) &&
        port->setFlowControl(QSerialPort::NoFlowControl);
    if (!configured) {
        m_error = port->errorString();
        delete port;
        return false;
    }
    connect(port, &QSerialPort::errorOccurred, this, [this, port](QSerialPort::SerialPortError e) {
        // A read or write failing, or the device being unplugged, loses the line.
        if (e == QSerialPort::ResourceError || e == QSerialPort::ReadError ||
            e == QSerialPort::WriteError || e == QSerialPort::DeviceNotFoundError)
            fail(port->errorString());
    });
    connect(port, &QIODevice::readyRead, this, &UnitLink::handleReadyRead);
    m_io = port;
    return true;
}

bool UnitLink::openTcp()
{
    const QString rest = m_device.mid(4);
    const qsizetype colon = rest.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? rest.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || port <= 0 || port > 65535) {
        m_error = u"not tcp:HOST:PORT: "_s + m_device;
        return false;
    }
    QString host = rest.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    auto *socket = new QTcpSocket(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError) { fail(socket->errorString()); });
    connect(socket, &QIODevice::readyRead, this, &UnitLink::handleReadyRead);
    m_io = socket;
    socket->connectToHost(host, quint16(port));
    return true;
}

void UnitLink::close()
{
    QIODevice *io = m_io;
    m_io = nullptr;
    if (!io)
        return;
    io->disconnect(this);
    io->close();
    io->deleteLater();
}

void UnitLink::write(const QByteArray &bytes)
{
    if (m_io)
        m_io->write(bytes);
}

void UnitLink::handleReadyRead()
{
    if (!m_io)
        return;
    const QByteArray bytes = m_io->readAll();
    if (!bytes.isEmpty())
        Q_EMIT received(bytes);
}

void UnitLink::fail(const QString &detail)
{
    if (!m_io)
        return;
    m_error = detail;
    close();
    Q_EMIT failed(detail);
}

} // namespace kassa::controlunit
