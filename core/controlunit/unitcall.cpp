#include "core/controlunit/unitcall.h"

#include "core/controlunit/controlunit.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kassa::controlunit {

QString unitCallStatusName(UnitCallStatus status)
{
    static constexpr std::array names{"pending",          "success",     "refused",
                                      "no answer",        "cannot open", "connection lost",
                                      "malformed answer", "aborted"};
    return QString::fromLatin1(names.at(size_t(status)));
}

UnitCall::UnitCall(Kind kind, ControlUnit *unit)
    : m_kind(kind)
    , m_unit(unit)
{}

UnitCall::~UnitCall()
{
    if (m_unit)
        m_unit->forget(this);
}

Error UnitCall::error() const
{
    switch (m_status) {
    case UnitCallStatus::Pending:
    case UnitCallStatus::Success:
        return {};
    case UnitCallStatus::Refused: {
        Error e{ErrorCode::ControlUnitRefused, m_detail};
        e.resultCode = m_nak ? int(*m_nak) : 0;
        return e;
    }
    case UnitCallStatus::MalformedAnswer:
        return Error{ErrorCode::ControlUnitBadAnswer, m_detail};
    default:
        return Error{ErrorCode::ControlUnitUnavailable,
                     unitCallStatusName(m_status) + u": "_s + m_detail};
    }
}

void UnitCall::abort()
{
    if (isFinished() || !m_unit)
        return;
    m_unit->forget(this);
    m_unit = nullptr;
    QMetaObject::invokeMethod(
        this, [this] { finish(UnitCallStatus::Aborted, u"aborted"_s); }, Qt::QueuedConnection);
}

void UnitCall::finish(UnitCallStatus status, QString detail)
{
    if (isFinished())
        return;
    m_unit = nullptr;
    m_status = status;
    if (!detail.isEmpty() || status != UnitCallStatus::Refused)
        m_detail = std::move(detail);
    Q_EMIT finished();
}

} // namespace kassa::controlunit
