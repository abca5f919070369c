#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QIODevice;
class QSerialPort;
class QTcpSocket;

namespace kassa::controlunit {

// The line to a control unit: a serial device (RS-232 or USB-serial,
// 9600 baud 8N1, no flow control) or a serial-to-network adapter on TCP
// ("tcp:HOST:PORT"). Opens on demand, reports what arrives and when the line
// is lost. Lives in the thread that made it; never blocks it.
class UnitLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitLink)

public:
    explicit UnitLink(QString device, int baudRate = 9600, QObject *parent = nullptr);
    ~UnitLink() override;

    QString device() const { return m_device; }
    bool isTcp() const;
    bool isOpen() const;
    // Opens the line: a serial device at once (false with the reason in
    // errorString()), a TCP connection asynchronously (failed() follows when
    // it cannot be made). Writing before a TCP connection is up is fine.
    bool open();
    void close();
    void write(const QByteArray &bytes);
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void received(const QByteArray &bytes);
    // The line could not be made or was lost (the device vanished, the
    // adapter closed the connection); it is closed and opens again on demand.
    void failed(const QString &detail);

private:
    bool openSerial();
    bool openTcp();
    void handleReadyRead();
    void fail(const QString &detail);

    QString m_device;
    int m_baudRate;
    QPointer<QIODevice> m_io;
    QString m_error;
};

} // namespace kassa::controlunit
