#pragma once

#include "core/common/result.h"
#include "core/controlunit/ccspframe.h"
#include "sandbox/controlunitsandbox.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;
class QTcpServer;

namespace kassa::sandbox {

// One line to the unit (the pseudo-terminal, or one TCP connection): cuts
// the bytes into frames, asks the sandbox, and sends the answers in order —
// as late as a serial line at `baudRate` would deliver them (the request's
// and the answer's bytes at 10 bits each), plus a slow fault's delay.
class UnitLine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitLine)

public:
    using Writer = std::function<void(const QByteArray &)>;
    UnitLine(ControlUnitSandbox *unit, int baudRate, Writer writer, QObject *parent = nullptr);
    void receive(const QByteArray &bytes);

private:
    void sendDue();

    ControlUnitSandbox *m_unit;
    int m_baudRate;
    Writer m_writer;
    controlunit::FrameReader m_reader;
    ControlUnitSandbox::Session m_session;
    struct Pending
    {
        qint64 dueMs;
        QByteArray bytes;
    };
    std::vector<Pending> m_pending;
    QElapsedTimer m_clock;
    qint64 m_lineFreeAtMs = 0;
};

// The unit's lines: a pseudo-terminal (its slave's path is what a till
// opens as a serial device) and a TCP port (a serial-to-network adapter).
class ControlUnitPorts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlUnitPorts)

public:
    ControlUnitPorts(ControlUnitSandbox *unit, int baudRate, QObject *parent = nullptr);
    ~ControlUnitPorts() override;

    // A pseudo-terminal in raw mode; ptyPath() then names it ("/dev/pts/7").
    Status openPty();
    Status listenTcp(const QHostAddress &address, quint16 port);
    QString ptyPath() const { return m_ptyPath; }
    quint16 tcpPort() const;
    // "tcp:127.0.0.1:PORT", as a till's configuration names it.
    QString tcpDevice() const;
    // Drops every TCP connection (a unit unplugged from its adapter).
    void dropConnections();

private:
    void readPty();
    void writePty(const QByteArray &bytes);
    void handleNewConnection();

    ControlUnitSandbox *m_unit;
    int m_baudRate;
    int m_master = -1;
    int m_slave = -1; // held open so the master never sees a hang-up
    QString m_ptyPath;
    QSocketNotifier *m_ptyNotifier = nullptr;
    UnitLine *m_ptyLine = nullptr;
    QTcpServer *m_tcp = nullptr;
};

} // namespace kassa::sandbox
