#pragma once

#include "core/common/result.h"
#include "core/controlunit/ccspmessages.h"
#include "core/storage/sqlitefile.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace kassa::sandbox {

// Misbehaviour on demand (the control API's /faults).
struct UnitFaults
{
    bool notOperational = false; // SIR main status 4; receipts get NAK 006
    controlunit::StorageStatus storage = controlunit::StorageStatus::Ok; // full: NAK 010
    int slowMs = 0;      // every answer this much later
    int dropByte = 0;    // the next N answers lose one byte
    int corruptByte = 0; // the next N answers have one byte changed
    int nakCode = 0;     // every request (but IQ) is answered NAK with this code …
    int nakCount = -1;   // … this many times (-1: until cleared)
    bool silent = false; // no answer at all

    QJsonObject toJson() const;
    // Applies the keys present in `json` (the names of toJson(), storage as
    // "ok" / "nearlyFull" / "full"); InvalidArgument names a bad one.
    Status merge(const QJsonObject &json);
};

// One receipt the unit signed, as its journal keeps it.
struct SignedReceipt
{
    qint64 id = 0;
    QDateTime signedAt;
    qint64 sequence = 0; // RR's sequence number (0 for v1)
    QString tillId;
    qint64 serialNumber = 0;
    QString type;   // normal, kopia, ovning, profo
    QString fields; // the eleven receipt fields joined by '#'
    QString controlCode;
    QJsonObject toJson() const;
};

struct ControlUnitSandboxOptions
{
    QString unitId = QStringLiteral("SBX0000000001"); // the manufacturing number
    int protocolVersion = 2;                          // CCSP 1 or 2
    QString firmware = QStringLiteral("kassa-sandbox-1.0");
    QByteArray key = "kassa-control-unit-sandbox"; // for the control codes
    QString journalPath;                           // the unit's own SQLite journal
};

// A CleanCash control unit of our own, speaking CCSP: IQ, SIQ, v2's RR and
// v1's ST/RH/SQ. It refuses every frame whose length or checksum is wrong
// (NAK 001, counted in refusedFrames()), keeps everything it signed in its
// own SQLite journal (a receipt once: registering the same till, serial
// number and type again with the same figures answers the same code, with
// other figures NAK 003), and answers control codes that are a keyed hash
// of the receipt's fields (controlCode()). The lines (pseudo-terminal, TCP)
// are ControlUnitPorts'; faults come from setFaults().
class ControlUnitSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlUnitSandbox)

public:
    // One line's state: v1's receipt in progress.
    struct Session
    {
        int v1Step = 0; // 0: idle, 1: started (ST), 2: header received (RH)
        QByteArrayList header;
    };
    // What to send back: nothing (silent), or bytes after a delay.
    struct Answer
    {
        QByteArray bytes;
        int delayMs = 0;
    };

    explicit ControlUnitSandbox(ControlUnitSandboxOptions options, QObject *parent = nullptr);
    ~ControlUnitSandbox() override;

    Status open();
    const ControlUnitSandboxOptions &options() const { return m_options; }

    std::optional<Answer> handleFrame(Session &session, const QByteArray &frame);

    UnitFaults faults() const { return m_faults; }
    void setFaults(const UnitFaults &faults) { m_faults = faults; }

    qint64 framesReceived() const { return m_framesReceived; }
    qint64 refusedFrames() const { return m_refusedFrames; }
    Result<QList<SignedReceipt>> signedReceipts() const;
    QJsonObject stateJson() const;

    // The code this unit gives a receipt: HMAC-SHA256 under `key` of the
    // eleven fields joined by '#', its first 16 bytes in upper-case hex.
    static QString controlCode(const QByteArray &key, const QByteArrayList &receiptFields);

Q_SIGNALS:
    void receiptSigned(const kassa::sandbox::SignedReceipt &receipt);

private:
    QByteArrayList answer(Session &session, const QByteArrayList &fields);
    QByteArrayList statusAnswer() const;
    QByteArrayList registerV2(const QByteArrayList &fields);
    QByteArrayList registerV1(Session &session, const QByteArrayList &fields);
    // Signs (or finds) a receipt: the code, or the NAK to answer.
    Result<QString> sign(const QByteArrayList &receipt, qint64 sequence);
    QByteArray damage(QByteArray frame);

    ControlUnitSandboxOptions m_options;
    SqliteFile m_journal;
    UnitFaults m_faults;
    qint64 m_framesReceived = 0;
    qint64 m_refusedFrames = 0;
};

} // namespace kassa::sandbox
