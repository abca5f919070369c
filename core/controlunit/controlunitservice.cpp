#include "core/controlunit/controlunitservice.h"

#include "core/common/startupstep.h"
#include "core/controlunit/unittext.h"
#include "core/journal/journal.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcControlUnit)

namespace kassa::controlunit {

namespace {

// NAKs that say the unit cannot sign anything now (not: this receipt).
bool meansUnitDown(const Error &error)
{
    if (error.code == ErrorCode::ControlUnitUnavailable ||
        error.code == ErrorCode::ControlUnitBadAnswer)
        return true;
    if (error.code != ErrorCode::ControlUnitRefused)
        return false;
    switch (NakCode(error.resultCode)) {
    case NakCode::NotOperational:
    case NakCode::InternalError:
    case NakCode::LicenseExceeded:
    case NakCode::StorageFull:
        return true;
    default:
        return false;
    }
}

Error refusedWith(NakCode code, const QString &detail)
{
    Error e{ErrorCode::ControlUnitRefused, detail};
    e.resultCode = int(code);
    return e;
}

class UnitStartupStep final : public TillStartupStep
{
public:
    UnitStartupStep(ControlUnitService *service, journal::Journal *journal)
        : m_service(service)
        , m_journal(journal)
    {}
    QString waitingText() const override
    {
        return ControlUnitService::tr("Kassa is asking the control unit who it is; try again in "
                                      "a moment.");
    }
    void run(TillStartupContext &till, std::function<void()> done) override;

private:
    ControlUnitService *m_service;
    journal::Journal *m_journal;
};

void UnitStartupStep::run(TillStartupContext &till, std::function<void()> done)
{
    ControlUnitService *service = m_service;
    if (auto marked = m_journal->setControlUnitRequired(true); !marked)
        till.reportError(marked.error());
    QObject::connect(service, &ControlUnitService::stateChanged, till.lifetime(),
                     [service, &till] { till.setLastingRefusal(service->saleRefusal()); });
    UnitCall *call = service->unit()->identity();
    QObject::connect(call, &UnitCall::finished, till.lifetime(), [call, service, &till, done] {
        call->deleteLater();
        if (call->isSuccess())
            till.announce(ControlUnitService::tr("Control unit %1 (CCSP version %2) is "
                                                 "connected.")
                              .arg(call->identity().manufacturingNumber)
                              .arg(call->identity().protocolVersion));
        else
            till.reportProblem(ControlUnitService::tr("%1 Sales wait until it answers.")
                                   .arg(describeUnitError(call->error())));
        // What an earlier run left is signed (or found waiting for a unit
        // that fails) before a new sale may start.
        ReceiptSigner *signer = service->signer();
        signer->signWaiting();
        till.setLastingRefusal(service->saleRefusal());
        if (!signer->isSigning())
            return done();
        auto *context = new QObject(signer);
        QObject::connect(signer, &ReceiptSigner::stateChanged, context,
                         [signer, context, service, &till, done] {
                             if (signer->isSigning())
                                 return;
                             context->deleteLater();
                             till.setLastingRefusal(service->saleRefusal());
                             done();
                         });
    });
}

} // namespace

ControlUnitService::ControlUnitService(journal::Journal *journal, ControlUnitOptions options,
                                       SignerSettings settings, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_unit(new ControlUnit(std::move(options), this))
    , m_signer(new ReceiptSigner(journal, m_unit, std::move(settings), this))
{
    connect(m_unit, &ControlUnit::callEnded, this, &ControlUnitService::handleCallEnded);
    connect(m_unit, &ControlUnit::lineLost, this, &ControlUnitService::handleLineLost);
    connect(m_signer, &ReceiptSigner::stateChanged, this, &ControlUnitService::stateChanged);
    m_poll.setInterval(std::chrono::seconds(5));
    connect(&m_poll, &QTimer::timeout, this, &ControlUnitService::poll);
    m_poll.start();
}

ControlUnitService::~ControlUnitService()
{
    delete m_check;
}

void ControlUnitService::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
}

std::unique_ptr<TillStartupStep> ControlUnitService::startupStep()
{
    return std::make_unique<UnitStartupStep>(this, m_journal);
}

void ControlUnitService::check()
{
    if (m_check)
        return;
    m_check = identity() ? m_unit->status() : m_unit->identity();
    connect(m_check, &UnitCall::finished, this, [this] {
        m_check->deleteLater();
        m_check = nullptr;
    });
}

void ControlUnitService::poll()
{
    // Asked only when the line is quiet: a unit that answered within the
    // interval (a signature says its storage too) is known to be there, and
    // a status request would hold the next receipt's signature up for a
    // whole exchange at 9600 baud.
    const bool answeredLately =
        m_lastAnswer.isValid() && m_lastAnswer.elapsed() < m_poll.intervalAsDuration().count();
    if (m_unit->pendingCalls() == 0 && !m_signer->isSigning() && !answeredLately)
        check();
}

void ControlUnitService::handleCallEnded(UnitCall *call)
{
    if (call->status() == UnitCallStatus::Aborted)
        return;
    if (!call->isSuccess()) {
        if (meansUnitDown(call->error()))
            setState(State::Unavailable, call->error());
        return;
    }
    m_lastAnswer.start();
    if (call->kind() == UnitCall::Kind::Register)
        m_status = UnitStatus{0, {}, call->signature().storage};
    if (call->kind() == UnitCall::Kind::Status) {
        m_status = call->unitStatus();
        if (m_status->mainStatus == 4)
            return setState(State::Unavailable,
                            refusedWith(NakCode::NotOperational, u"status: fatal error"_s));
        if (m_status->storage == StorageStatus::Full)
            return setState(State::Unavailable,
                            refusedWith(NakCode::StorageFull, u"status: storage full"_s));
    }
    setState(State::Ready, {});
}

void ControlUnitService::handleLineLost(const QString &detail)
{
    setState(State::Unavailable, Error{ErrorCode::ControlUnitUnavailable, detail});
}

void ControlUnitService::setState(State state, const Error &error)
{
    const bool back = state == State::Ready && m_state != State::Ready;
    const bool changed =
        state != m_state || error.code != m_error.code || error.resultCode != m_error.resultCode;
    m_state = state;
    m_error = error;
    if (back)
        m_signer->signWaiting(); // the receipts that waited for it
    if (changed) {
        qCInfo(lcControlUnit).noquote() << "control unit:" << statusText();
        Q_EMIT stateChanged();
    }
}

Error ControlUnitService::saleRefusalError() const
{
    if (!m_signer->saleRefusal().isEmpty())
        return m_signer->lastError();
    if (m_state == State::Unavailable)
        return m_error;
    return {};
}

QString ControlUnitService::saleRefusal() const
{
    if (const QString waiting = m_signer->saleRefusal(); !waiting.isEmpty())
        return waiting;
    if (m_state == State::Unavailable)
        return tr("The control unit does not work, so no sale can start: %1")
            .arg(describeUnitError(m_error));
    return {};
}

QString ControlUnitService::statusText() const
{
    const QString number = identity() ? identity()->manufacturingNumber : u"?"_s;
    switch (m_state) {
    case State::Unknown:
        return tr("Control unit: connecting…");
    case State::Unavailable:
        return tr("Control unit: %1").arg(describeUnitError(m_error));
    case State::Ready:
        break;
    }
    if (const int waiting = m_signer->waitingCount(); waiting > 0)
        return tr("Control unit %1: %n receipt(s) waiting", "", waiting).arg(number);
    if (m_status && m_status->storage == StorageStatus::NearlyFull)
        return tr("Control unit %1: ready, storage nearly full").arg(number);
    return tr("Control unit %1: ready").arg(number);
}

} // namespace kassa::controlunit
