#include "core/webshop/ratelimit.h"

#include <QElapsedTimer>

namespace kassa::webshop {

namespace {

constexpr qint64 kMinuteMs = 60000;

} // namespace

RateLimit::RateLimit(int perMinute, int maxKeys)
    : m_limit(perMinute)
    , m_maxKeys(maxKeys)
{}

qint64 RateLimit::now()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    // Never 0: a fresh table's first sweep is due at once.
    return clock.elapsed() + kMinuteMs;
}

bool RateLimit::allows(const QString &key, qint64 nowMs) const
{
    const auto it = m_keys.constFind(key);
    if (it == m_keys.constEnd())
        return m_keys.size() < m_maxKeys;
    qsizetype recent = 0;
    for (qint64 t : *it)
        recent += nowMs - t < kMinuteMs ? 1 : 0;
    return recent < m_limit;
}

bool RateLimit::take(const QString &key, qint64 nowMs)
{
    if (nowMs >= m_nextSweepMs)
        sweep(nowMs);
    auto it = m_keys.find(key);
    if (it == m_keys.end()) {
        if (m_keys.size() >= m_maxKeys)
            return false;
        it = m_keys.insert(key, {});
    }
    std::deque<qint64> &times = *it;
    while (!times.empty() && nowMs - times.front() >= kMinuteMs)
        times.pop_front();
    if (qsizetype(times.size()) >= m_limit)
        return false;
    times.push_back(nowMs);
    return true;
}

void RateLimit::sweep(qint64 nowMs)
{
    m_nextSweepMs = nowMs + kMinuteMs;
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (it->empty() || nowMs - it->back() >= kMinuteMs)
            it = m_keys.erase(it);
        else
            ++it;
    }
}

QString clientKeyOf(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

} // namespace kassa::webshop
