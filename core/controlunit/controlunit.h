#pragma once

#include "core/controlunit/ccspframe.h"
#include "core/controlunit/ccspmessages.h"
#include "core/controlunit/unitcall.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace kassa::controlunit {

class UnitLink;

struct ControlUnitOptions
{
    // A serial device ("/dev/ttyUSB0", "/dev/pts/3") or "tcp:HOST:PORT".
    QString device;
    int baudRate = 9600;
    // How long the unit may take to answer once a request is on the wire
    // (the request's own time at baudRate is added).
    std::chrono::milliseconds answerTimeout{1000};
    // The pause between one answer and the next request.
    std::chrono::milliseconds commandGap{200};
    // Resends of one request after NAK 001 (the unit read a bad checksum),
    // an answer we could not read, or no answer.
    int resends = 2;
};

// A CleanCash control unit speaking CCSP (v1: ST, RH, SQ; v2: RR) over a
// UnitLink. Calls are queued and run one at a time on the line; each is a
// UnitCall (see there). The unit's identity is asked before the first
// registration when it is not known yet (the protocol version decides how
// a receipt is registered). Never blocks; lives in the thread that made it
// (the application's). A call may outlive the unit: it then finishes as
// Aborted.
class ControlUnit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlUnit)

public:
    explicit ControlUnit(ControlUnitOptions options, QObject *parent = nullptr);
    ~ControlUnit() override;

    const ControlUnitOptions &options() const { return m_options; }

    UnitCall *identity();
    UnitCall *status();
    // Registers a receipt: the call's signature() holds the control code.
    // Figures that cannot be sent finish the call as Refused with NAK 003
    // without touching the line.
    UnitCall *registerReceipt(const ReceiptFigures &figures);

    // What the last identity answer said.
    std::optional<UnitIdentity> knownIdentity() const { return m_identity; }
    int pendingCalls() const { return int(m_queue.size()) + (m_current ? 1 : 0); }

Q_SIGNALS:
    // The line was lost between or during calls (a serial device unplugged,
    // the adapter closed the connection): said at once, not at the next call.
    void lineLost(const QString &detail);
    // A call ended (after its own finished()): for a monitor of the unit.
    void callEnded(kassa::controlunit::UnitCall *call);

private:
    friend class UnitCall;
    UnitCall *enqueue(UnitCall *call);
    void forget(UnitCall *call);
    void scheduleNext();
    void startNext();
    void sendRequest();
    QByteArrayList request(UnitCall *call) const;
    void handleBytes(const QByteArray &bytes);
    void handleAnswer(const QByteArrayList &fields);
    bool acceptAnswer(UnitCall *call, const QByteArrayList &fields);
    void handleTimeout();
    void handleLineFailed(const QString &detail);
    void resendOr(UnitCallStatus status, const QString &detail);
    void endCurrent(UnitCallStatus status, const QString &detail = {});

    ControlUnitOptions m_options;
    UnitLink *m_link;
    FrameReader m_reader;
    QList<QPointer<UnitCall>> m_queue;
    QPointer<UnitCall> m_current;
    QByteArray m_sent; // the request on the line
    int m_resendsLeft = 0;
    qint64 m_sequence = 0; // RR's sequence number
    std::optional<UnitIdentity> m_identity;
    QTimer m_answerTimer;
    QTimer m_gapTimer;
    QElapsedTimer m_sinceAnswer;
    bool m_startQueued = false;
};

} // namespace kassa::controlunit
