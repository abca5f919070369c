#include "core/controlunit/ccspframe.h"

using namespace Qt::StringLiterals;

namespace kassa::controlunit {

namespace {

constexpr QByteArrayView kStart = "#!#";
// `#!#` LLL `#` … `#` CC `\r` around the message.
constexpr int kOverhead = 11;

std::optional<int> parseHex(QByteArrayView digits)
{
    int value = 0;
    for (char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return std::nullopt; // lower case is not CCSP either
        value = value * 16 + digit;
    }
    return value;
}

QByteArray hex(int value, int digits)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(digits, '0');
}

Error refuse(FrameProblem *problem, QString detail, bool checksum = false)
{
    if (problem)
        *problem = FrameProblem{detail, checksum};
    return makeError(ErrorCode::BadAnswer, std::move(detail));
}

} // namespace

quint8 lrc(QByteArrayView bytes)
{
    quint8 sum = 0;
    for (char c : bytes)
        sum ^= quint8(c);
    return sum;
}

bool isValidField(QByteArrayView field)
{
    for (char c : field) {
        const auto byte = quint8(c);
        if (byte < 0x20 || byte == '#' || byte == 0x7F)
            return false;
    }
    return true;
}

QByteArray encodeFrame(const QByteArrayList &fields)
{
    const QByteArray message = fields.join('#');
    Q_ASSERT(message.size() + kOverhead <= maxFrameLength);
    QByteArray frame =
        kStart.toByteArray() + hex(int(message.size()) + kOverhead, 3) + '#' + message + '#';
    frame += hex(lrc(frame), 2);
    frame += '\r';
    return frame;
}

Result<QByteArrayList> decodeFrame(QByteArrayView frame, FrameProblem *problem)
{
    if (frame.size() < kOverhead + 1 || !frame.startsWith(kStart) || !frame.endsWith('\r') ||
        frame[6] != '#' || frame[frame.size() - 4] != '#')
        return refuse(problem, u"not a CCSP frame"_s);
    const auto announced = parseHex(frame.sliced(3, 3));
    if (!announced)
        return refuse(problem, u"the length is not three upper-case hex digits"_s);
    if (*announced != frame.size())
        return refuse(
            problem,
            u"the frame says it is %1 bytes long but is %2"_s.arg(*announced).arg(frame.size()));
    const auto checksum = parseHex(frame.sliced(frame.size() - 3, 2));
    if (!checksum)
        return refuse(problem, u"the checksum is not two upper-case hex digits"_s, true);
    const quint8 computed = lrc(frame.first(frame.size() - 3));
    if (*checksum != computed)
        return refuse(problem,
                      u"checksum %1, computed %2"_s.arg(QString::fromLatin1(hex(*checksum, 2)),
                                                        QString::fromLatin1(hex(computed, 2))),
                      true);
    const QByteArrayView message = frame.sliced(7, frame.size() - kOverhead);
    QByteArrayList fields = message.toByteArray().split('#');
    if (fields.isEmpty() || fields.first().isEmpty())
        return refuse(problem, u"the frame has no message type"_s);
    return fields;
}

void FrameReader::append(QByteArrayView bytes)
{
    m_buffer.append(bytes);
}

std::optional<QByteArray> FrameReader::next()
{
    for (;;) {
        const qsizetype start = m_buffer.indexOf(kStart);
        if (start < 0) {
            // Keep a tail that may be the beginning of `#!#`.
            qsizetype keep = 0;
            if (m_buffer.endsWith("#!"))
                keep = 2;
            else if (m_buffer.endsWith('#'))
                keep = 1;
            m_dropped += m_buffer.size() - keep;
            m_buffer = m_buffer.right(keep);
            return std::nullopt;
        }
        if (start > 0) {
            m_dropped += start;
            m_buffer.remove(0, start);
        }
        const qsizetype end = m_buffer.indexOf('\r');
        if (end < 0) {
            if (m_buffer.size() > maxFrameLength) {
                m_dropped += m_buffer.size();
                m_buffer.clear();
            }
            return std::nullopt;
        }
        // A frame that lost its `\r` gives way to the next one.
        if (const qsizetype last = m_buffer.lastIndexOf(kStart, end); last > 0) {
            m_dropped += last;
            m_buffer.remove(0, last);
            continue;
        }
        QByteArray frame = m_buffer.left(end + 1);
        m_buffer.remove(0, end + 1);
        if (frame.size() > maxFrameLength) {
            m_dropped += frame.size();
            continue;
        }
        return frame;
    }
}

} // namespace kassa::controlunit
