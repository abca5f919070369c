#include "core/controlunit/controlunit.h"

#include "core/controlunit/unitlink.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcControlUnit, "kassa.controlunit")

namespace kassa::controlunit {

namespace {

// The time `bytes` take on a serial line: 10 bits a byte (8N1).
std::chrono::milliseconds wireTime(qsizetype bytes, int baudRate)
{
    return std::chrono::milliseconds(baudRate > 0 ? (bytes * 10 * 1000 + baudRate - 1) / baudRate
                                                  : 0);
}

} // namespace

ControlUnit::ControlUnit(ControlUnitOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_link(new UnitLink(m_options.device, m_options.baudRate, this))
{
    m_answerTimer.setSingleShot(true);
    m_gapTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, &ControlUnit::handleTimeout);
    connect(&m_gapTimer, &QTimer::timeout, this, &ControlUnit::sendRequest);
    connect(m_link, &UnitLink::received, this, &ControlUnit::handleBytes);
    // Queued: a write can fail inside sendRequest().
    connect(m_link, &UnitLink::failed, this, &ControlUnit::handleLineFailed, Qt::QueuedConnection);
}

ControlUnit::~ControlUnit()
{
    QList<QPointer<UnitCall>> calls = m_queue;
    calls.prepend(m_current);
    m_queue.clear();
    m_current = nullptr;
    for (const QPointer<UnitCall> &call : calls) {
        if (!call)
            continue;
        call->m_unit = nullptr;
        QMetaObject::invokeMethod(
            call,
            [c = call.data()] { c->finish(UnitCallStatus::Aborted, u"the unit was closed"_s); },
            Qt::QueuedConnection);
    }
}

UnitCall *ControlUnit::identity()
{
    return enqueue(new UnitCall(UnitCall::Kind::Identity, this));
}

UnitCall *ControlUnit::status()
{
    return enqueue(new UnitCall(UnitCall::Kind::Status, this));
}

UnitCall *ControlUnit::registerReceipt(const ReceiptFigures &figures)
{
    auto *call = new UnitCall(UnitCall::Kind::Register, this);
    call->m_figures = figures;
    auto fields = receiptFields(figures);
    if (fields)
        call->m_receiptFields = *fields;
    else
        call->m_detail = fields.error().detail;
    return enqueue(call);
}

UnitCall *ControlUnit::enqueue(UnitCall *call)
{
    m_queue.append(call);
    scheduleNext();
    return call;
}

void ControlUnit::forget(UnitCall *call)
{
    m_queue.removeAll(call);
    if (m_current == call) {
        m_current = nullptr;
        m_answerTimer.stop();
        m_gapTimer.stop();
        m_reader.clear();
        scheduleNext();
    }
}

void ControlUnit::scheduleNext()
{
    if (m_current || m_startQueued || m_queue.isEmpty())
        return;
    m_startQueued = true;
    QMetaObject::invokeMethod(this, &ControlUnit::startNext, Qt::QueuedConnection);
}

void ControlUnit::startNext()
{
    m_startQueued = false;
    if (m_current)
        return;
    while (!m_queue.isEmpty() && !m_current) {
        UnitCall *call = m_queue.takeFirst();
        if (call && !call->isFinished())
            m_current = call;
    }
    UnitCall *call = m_current;
    if (!call)
        return;
    if (call->m_kind == UnitCall::Kind::Register && call->m_receiptFields.isEmpty()) {
        call->m_nak = NakCode::InvalidData;
        return endCurrent(UnitCallStatus::Refused, u"not sent: "_s + call->m_detail);
    }
    if (!m_link->isOpen() && !m_link->open())
        return endCurrent(UnitCallStatus::CannotOpen, m_link->errorString());
    if (call->m_kind == UnitCall::Kind::Register && !m_identity)
        call->m_step = -1; // who is it (which protocol) first
    m_resendsLeft = m_options.resends;
    m_sent.clear();
    const auto pause =
        m_sinceAnswer.isValid()
            ? m_options.commandGap - std::chrono::milliseconds(m_sinceAnswer.elapsed())
            : std::chrono::milliseconds(0);
    if (pause.count() > 0)
        m_gapTimer.start(pause);
    else
        sendRequest();
}

QByteArrayList ControlUnit::request(UnitCall *call) const
{
    switch (call->m_kind) {
    case UnitCall::Kind::Identity:
        return {"IQ"};
    case UnitCall::Kind::Status:
        return {"SIQ"};
    case UnitCall::Kind::Register:
        break;
    }
    if (call->m_step < 0)
        return {"IQ"};
    if (m_identity && m_identity->protocolVersion >= 2)
        return QByteArrayList{"RR", QByteArray::number(m_sequence)} + call->m_receiptFields;
    switch (call->m_step) {
    case 0:
        return {"ST"};
    case 1:
        return QByteArrayList{"RH"} + call->m_receiptFields;
    default:
        return {"SQ"};
    }
}

void ControlUnit::sendRequest()
{
    UnitCall *call = m_current;
    if (!call)
        return;
    if (m_sent.isEmpty()) {
        // A new request (a resend repeats m_sent, sequence number and all).
        const bool isRr = call->m_kind == UnitCall::Kind::Register && call->m_step == 0 &&
                          m_identity && m_identity->protocolVersion >= 2;
        if (isRr)
            ++m_sequence;
        m_sent = encodeFrame(request(call));
    }
    // An answer to an earlier request that came too late is not this one's.
    m_reader.clear();
    m_link->write(m_sent);
    m_answerTimer.start(m_options.answerTimeout + wireTime(m_sent.size(), m_options.baudRate));
}

void ControlUnit::handleBytes(const QByteArray &bytes)
{
    m_reader.append(bytes);
    while (auto frame = m_reader.next()) {
        if (!m_current || !m_answerTimer.isActive())
            continue; // nobody asked
        FrameProblem problem;
        auto fields = decodeFrame(*frame, &problem);
        if (!fields) {
            m_answerTimer.stop();
            m_sinceAnswer.restart();
            resendOr(UnitCallStatus::MalformedAnswer, u"unreadable answer: "_s + problem.detail);
            continue;
        }
        handleAnswer(*fields);
    }
}

void ControlUnit::handleAnswer(const QByteArrayList &fields)
{
    m_answerTimer.stop();
    m_sinceAnswer.restart();
    UnitCall *call = m_current;
    if (fields.first() == "NAK") {
        const QByteArray text = fields.value(1);
        const auto code = nakCodeFromText(text);
        if (code == NakCode::InvalidLrc) {
            call->m_nak = code;
            return resendOr(UnitCallStatus::Refused, u"NAK 001 (invalid LRC)"_s);
        }
        call->m_nak = code;
        return endCurrent(UnitCallStatus::Refused, u"NAK "_s + QString::fromLatin1(text));
    }
    call->m_nak.reset();
    if (!acceptAnswer(call, fields))
        return;
    // The call goes on with its next request.
    m_resendsLeft = m_options.resends;
    m_sent.clear();
    m_gapTimer.start(m_options.commandGap);
}

bool ControlUnit::acceptAnswer(UnitCall *call, const QByteArrayList &fields)
{
    const bool isIdentity = call->m_kind == UnitCall::Kind::Identity || call->m_step < 0;
    if (isIdentity) {
        auto identity = parseIdentity(fields);
        if (!identity) {
            resendOr(UnitCallStatus::MalformedAnswer, identity.error().detail);
            return false;
        }
        m_identity = *identity;
        call->m_identity = *identity;
        if (call->m_kind == UnitCall::Kind::Identity) {
            endCurrent(UnitCallStatus::Success);
            return false;
        }
        call->m_step = 0;
        return true;
    }
    if (call->m_kind == UnitCall::Kind::Status) {
        auto status = parseStatus(fields);
        if (!status) {
            resendOr(UnitCallStatus::MalformedAnswer, status.error().detail);
            return false;
        }
        call->m_unitStatus = *status;
        endCurrent(UnitCallStatus::Success);
        return false;
    }
    const bool v2 = m_identity && m_identity->protocolVersion >= 2;
    if (!v2 && call->m_step < 2) {
        ++call->m_step; // ST and RH: any answer but NAK goes on
        return true;
    }
    auto signature = parseSignature(fields);
    if (!signature) {
        resendOr(UnitCallStatus::MalformedAnswer, signature.error().detail);
        return false;
    }
    call->m_signature = *signature;
    call->m_identity = m_identity.value_or(UnitIdentity{});
    if (call->m_signature.unitId.isEmpty())
        call->m_signature.unitId = call->m_identity.manufacturingNumber;
    endCurrent(UnitCallStatus::Success);
    return false;
}

void ControlUnit::handleTimeout()
{
    resendOr(UnitCallStatus::NoAnswer, u"no answer in time"_s);
}

void ControlUnit::resendOr(UnitCallStatus status, const QString &detail)
{
    if (!m_current)
        return;
    if (m_resendsLeft <= 0 || m_sent.isEmpty())
        return endCurrent(status, detail);
    --m_resendsLeft;
    qCInfo(lcControlUnit).noquote() << "resending after:" << detail;
    if (status == UnitCallStatus::NoAnswer)
        sendRequest();
    else
        m_gapTimer.start(m_options.commandGap);
}

void ControlUnit::handleLineFailed(const QString &detail)
{
    qCWarning(lcControlUnit).noquote() << m_options.device << "line lost:" << detail;
    m_reader.clear();
    Q_EMIT lineLost(detail);
    if (m_current)
        endCurrent(m_sinceAnswer.isValid() ? UnitCallStatus::ConnectionLost
                                           : UnitCallStatus::CannotOpen,
                   detail);
}

void ControlUnit::endCurrent(UnitCallStatus status, const QString &detail)
{
    m_answerTimer.stop();
    m_gapTimer.stop();
    UnitCall *call = m_current;
    m_current = nullptr;
    m_sent.clear();
    if (call) {
        call->finish(status, detail);
        Q_EMIT callEnded(call);
    }
    scheduleNext();
}

} // namespace kassa::controlunit
