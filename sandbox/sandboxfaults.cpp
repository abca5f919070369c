#include "sandbox/sandboxserver.h"

#include "sandbox/controlreplies.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace kassa::seqr;

namespace kassa::sandbox {

// Faults at random (RandomFaults), for the fault campaigns: drawn per
// operation, counted per operation and kind.

http::HttpResponse SandboxServer::randomFaultsFromJson(const QJsonObject &body)
{
    // {"kind": "random", "percent": 10, "seed": 7, "kinds": ["drop", "dropAfter"],
    //  "operations": ["sendInvoice"]}: kinds and operations may be left out.
    RandomFaults faults;
    faults.percent = body[u"percent"_s].toInt(-1);
    faults.seed = quint32(body[u"seed"_s].toInteger(1));
    if (faults.percent < 0 || faults.percent > 100)
        return jsonError(u"percent is a whole number from 0 to 100"_s, 400);
    if (body.contains(u"kinds"_s)) {
        faults.kinds.clear();
        for (const QJsonValue &name : body[u"kinds"_s].toArray()) {
            const auto kind = faultKindFromName(name.toString());
            if (!kind || *kind == FaultKind::None)
                return jsonError(u"unknown fault kind \u201c"_s + name.toString() + u"\u201d"_s,
                                 400);
            faults.kinds.append(*kind);
        }
    }
    for (const QJsonValue &name : body[u"operations"_s].toArray()) {
        const auto op = operationFromName(name.toString());
        if (!op)
            return jsonError(u"unknown operation \u201c"_s + name.toString() + u"\u201d"_s, 400);
        faults.operations.append(*op);
    }
    setRandomFaults(faults);
    return jsonReply(QJsonObject{{u"kind"_s, u"random"_s}, {u"percent"_s, faults.percent}});
}

void SandboxServer::setRandomFaults(const RandomFaults &faults)
{
    m_random = faults;
    m_randomByOperation.clear();
    m_randomInjected.clear();
}

FaultKind SandboxServer::nextFault(const Result<AnyRequest> &decoded)
{
    if (m_faultCount > 0) {
        --m_faultCount;
        return m_fault;
    }
    if (m_random.percent <= 0 || m_random.kinds.isEmpty() || !decoded)
        return FaultKind::None;
    const Operation op =
        std::visit([](const auto &r) { return std::decay_t<decltype(r)>::operation; }, *decoded);
    if (!m_random.operations.isEmpty() && !m_random.operations.contains(op))
        return FaultKind::None;
    auto generator = m_randomByOperation.find(int(op));
    if (generator == m_randomByOperation.end())
        generator = m_randomByOperation.insert(
            int(op), QRandomGenerator(m_random.seed * 1000003u + quint32(op)));
    const bool hit = int(generator->bounded(100)) < m_random.percent;
    const FaultKind kind =
        m_random.kinds.at(int(generator->bounded(quint32(m_random.kinds.size()))));
    if (!hit)
        return FaultKind::None;
    ++m_randomInjected[operationName(op) + u'/' + faultKindName(kind)];
    return kind;
}

} // namespace kassa::sandbox
