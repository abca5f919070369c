#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

#include <optional>

// The CCSP wire format of CleanCash control units (see
// ../shared/sweden/CONTROL-UNIT.md): `#!#` LLL `#` MESSAGE `#` CC `\r`, where
// LLL is the frame's whole length (11 + the message's) in three upper-case
// hex digits and CC the XOR of every byte from the first `#` up to and
// including the `#` before it. MESSAGE is fields separated by `#`, the first
// the message type. Pure functions: bytes in, fields or an error out.
namespace kassa::controlunit {

// The longest frame LLL can announce.
inline constexpr int maxFrameLength = 0xFFF;

// The checksum of `bytes` as CCSP computes it (XOR of every byte).
quint8 lrc(QByteArrayView bytes);

// One frame holding `fields` joined by `#`. A field must not hold `#`, `\r`
// or a byte outside printable Latin-1 (the caller checks: checkField()).
QByteArray encodeFrame(const QByteArrayList &fields);

// True when `field` can travel in a frame as it is.
bool isValidField(QByteArrayView field);

// The message fields of one whole frame (ending in `\r`). Refuses a frame
// whose length or checksum is wrong, or that is not a CCSP frame at all
// (ErrorCode::BadAnswer with the reason as detail; `checksumWrong` tells
// the checksum case apart, which a unit answers with NAK 001).
struct FrameProblem
{
    QString detail;
    bool checksumWrong = false;
};
Result<QByteArrayList> decodeFrame(QByteArrayView frame, FrameProblem *problem = nullptr);

// Cuts a byte stream into frames: bytes before a `#!#` are dropped, a frame
// ends at `\r`, and a frame longer than maxFrameLength is dropped whole.
class FrameReader
{
public:
    void append(QByteArrayView bytes);
    // The next whole frame (with its `\r`), if one has arrived.
    std::optional<QByteArray> next();
    // Bytes dropped because they belonged to no frame.
    qint64 droppedBytes() const { return m_dropped; }
    void clear() { m_buffer.clear(); }
    bool hasPartialFrame() const { return !m_buffer.isEmpty(); }

private:
    QByteArray m_buffer;
    qint64 m_dropped = 0;
};

} // namespace kassa::controlunit
