#include "core/controlunit/unitprobe.h"

#include "core/common/result.h"
#include "core/controlunit/controlunit.h"
#include "core/controlunit/unitcall.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace kassa::controlunit {

UnitProbe::UnitProbe(ControlUnit *unit, QObject *parent)
    : QObject(parent)
    , m_unit(unit)
{}

UnitProbe::~UnitProbe()
{
    if (m_call)
        m_call->abort();
}

void UnitProbe::start()
{
    if (!m_unit) {
        QTimer::singleShot(0, this, [this] {
            end(makeError(ErrorCode::ControlUnitUnavailable, u"no control unit"_s));
        });
        return;
    }
    follow(m_unit->identity(), [this](const UnitCall &call) {
        m_identity = call.identity();
        askStatus();
    });
}

void UnitProbe::askStatus()
{
    if (!m_unit)
        return end(makeError(ErrorCode::ControlUnitUnavailable, u"no control unit"_s));
    follow(m_unit->status(), [this](const UnitCall &call) {
        m_status = call.unitStatus();
        end(Error{});
    });
}

void UnitProbe::follow(UnitCall *call, std::function<void(const UnitCall &)> answered)
{
    m_call = call;
    connect(call, &UnitCall::finished, this, [this, call, then = std::move(answered)] {
        call->deleteLater();
        if (!call->isSuccess())
            return end(call->error());
        then(*call);
    });
}

void UnitProbe::end(const Error &error)
{
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace kassa::controlunit
