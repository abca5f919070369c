#pragma once

#include "core/common/error.h"
#include "core/controlunit/ccspmessages.h"

#include <QByteArrayList>
#include <QObject>

#include <optional>

namespace kassa::controlunit {

class ControlUnit;

// How a call to the control unit ended. Exactly one per call.
enum class UnitCallStatus
{
    Pending,
    Success,
    Refused,         // the unit answered NAK (see nak())
    NoAnswer,        // nothing (or nothing whole) in time, also after a resend
    CannotOpen,      // the device or the adapter cannot be opened
    ConnectionLost,  // the line went away during the call
    MalformedAnswer, // an answer we cannot read, also after resends
    Aborted,
};
QString unitCallStatusName(UnitCallStatus status);

// One exchange with the control unit: its identity, its status, or the
// registration of a receipt (one RR, or ST, RH, SQ for CCSP v1). Made by
// ControlUnit, which owns the line and runs calls one at a time. Emits
// finished() exactly once — also after abort() — never from inside the
// method that made or aborted it. The caller deleteLater()s it after
// finished(). Lives in its ControlUnit's thread.
class UnitCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitCall)

public:
    enum class Kind
    {
        Identity,
        Status,
        Register,
    };
    Q_ENUM(Kind)

    ~UnitCall() override;

    Kind kind() const { return m_kind; }
    UnitCallStatus status() const { return m_status; }
    bool isFinished() const { return m_status != UnitCallStatus::Pending; }
    bool isSuccess() const { return m_status == UnitCallStatus::Success; }
    std::optional<NakCode> nak() const { return m_nak; }
    // Untranslated, for logs.
    QString errorDetail() const { return m_detail; }
    // The outcome as a core Error (code None on success):
    // ControlUnitRefused (resultCode: the NAK code), ControlUnitUnavailable
    // (no answer, cannot open, lost, aborted) or ControlUnitBadAnswer.
    Error error() const;

    // Valid after success: what the unit said.
    const UnitIdentity &identity() const { return m_identity; }
    const UnitStatus &unitStatus() const { return m_unitStatus; }
    const Signature &signature() const { return m_signature; }
    const ReceiptFigures &figures() const { return m_figures; }

    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class ControlUnit;
    UnitCall(Kind kind, ControlUnit *unit);
    void finish(UnitCallStatus status, QString detail = {});

    Kind m_kind;
    ControlUnit *m_unit;
    UnitCallStatus m_status = UnitCallStatus::Pending;
    std::optional<NakCode> m_nak;
    QString m_detail;
    UnitIdentity m_identity;
    UnitStatus m_unitStatus;
    Signature m_signature;
    ReceiptFigures m_figures;
    QByteArrayList m_receiptFields;
    int m_step = 0; // which request of the call is on the line
};

} // namespace kassa::controlunit
