#pragma once

#include "core/common/error.h"
#include "core/controlunit/controlunit.h"
#include "core/controlunit/receiptsigner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace kassa {
class TillStartupStep;
}

namespace kassa::controlunit {

// A till's control unit: the unit itself, the signer of its receipts and a
// watch on it. The watch asks the unit's status every pollInterval while
// it is idle and hears at once when its line is lost, so the status bar
// says so mid-day, not at the next sale; a unit that answers again gets
// the receipts that wait. saleRefusal() is what stops a new sale: a
// receipt waiting for a unit that failed, or a unit that does not work.
// Lives in the application's thread; owns the unit and the signer.
class ControlUnitService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlUnitService)

public:
    enum class State
    {
        Unknown,     // not asked yet
        Ready,       // it answered
        Unavailable, // it does not answer, cannot be reached or does not work
    };
    Q_ENUM(State)

    ControlUnitService(journal::Journal *journal, ControlUnitOptions options,
                       SignerSettings settings, QObject *parent = nullptr);
    ~ControlUnitService() override;

    ControlUnit *unit() const { return m_unit; }
    ReceiptSigner *signer() const { return m_signer; }
    State state() const { return m_state; }
    std::optional<UnitIdentity> identity() const { return m_unit->knownIdentity(); }
    std::optional<UnitStatus> lastStatus() const { return m_status; }
    Error lastError() const { return m_error; }
    void setPollInterval(std::chrono::milliseconds interval);

    // Empty while a sale may start; else why not (for the cashier).
    QString saleRefusal() const;
    // The same as an Error (code None while a sale may start).
    Error saleRefusalError() const;
    // One line for the status bar, translated.
    QString statusText() const;

    // Asks the unit now: who it is (until known), else its status.
    void check();

    // The till's start-up step: asks the unit who it is, marks the journal
    // (every completed sale then waits for its signature), and signs what
    // an earlier run left waiting. A unit that does not answer is said and
    // start-up goes on; sales wait for it (saleRefusal()).
    std::unique_ptr<TillStartupStep> startupStep();

Q_SIGNALS:
    // state(), saleRefusal() or statusText() changed.
    void stateChanged();

private:
    void handleCallEnded(UnitCall *call);
    void handleLineLost(const QString &detail);
    void setState(State state, const Error &error);
    void poll();

    journal::Journal *m_journal;
    ControlUnit *m_unit;
    ReceiptSigner *m_signer;
    State m_state = State::Unknown;
    Error m_error;
    std::optional<UnitStatus> m_status;
    QTimer m_poll;
    QElapsedTimer m_lastAnswer; // since the unit last answered anything
    UnitCall *m_check = nullptr;
};

} // namespace kassa::controlunit
