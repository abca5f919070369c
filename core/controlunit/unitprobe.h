#pragma once

#include "core/common/error.h"
#include "core/controlunit/ccspmessages.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace kassa::controlunit {

class ControlUnit;
class UnitCall;

// Asks a control unit who it is and how it is (IQ, then SIQ), for a
// manager's "Test" or kassa-cli's status: one finished(), never emitted
// from inside start(). The unit must outlive the probe, or the probe
// finishes as unavailable.
class UnitProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitProbe)

public:
    explicit UnitProbe(ControlUnit *unit, QObject *parent = nullptr);
    ~UnitProbe() override;

    void start();
    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && m_error.code == ErrorCode::None; }
    // Valid after success.
    const UnitIdentity &identity() const { return m_identity; }
    const UnitStatus &status() const { return m_status; }
    // Why the unit could not be asked (code None on success).
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void askStatus();
    // Follows `call`: a failure ends the probe, an answer goes to `answered`.
    void follow(UnitCall *call, std::function<void(const UnitCall &)> answered);
    void end(const Error &error);

    QPointer<ControlUnit> m_unit;
    QPointer<UnitCall> m_call;
    UnitIdentity m_identity;
    UnitStatus m_status;
    Error m_error;
    bool m_finished = false;
};

} // namespace kassa::controlunit
