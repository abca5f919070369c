#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <deque>

namespace kassa::webshop {

// "At most N a minute" per key (a client address), over a sliding minute:
// each key keeps the times of its last N events, no more. Keys idle for a
// minute are swept once a minute, so a check costs O(1) amortized and the
// table holds only the last minute's keys — at most `maxKeys`; a new key
// beyond that is refused (a flood from that many addresses is refused,
// not remembered). Times are milliseconds of a monotonic clock.
class RateLimit final
{
public:
    explicit RateLimit(int perMinute, int maxKeys = 200000);

    void setLimit(int perMinute) { m_limit = perMinute; }
    int limit() const { return m_limit; }
    // Counts one event of `key` and says true, or says false (and counts
    // nothing) when the key had its N in the last minute.
    bool take(const QString &key, qint64 nowMs);
    // Would take() say true now?
    bool allows(const QString &key, qint64 nowMs) const;
    int keyCount() const { return int(m_keys.size()); }

    static qint64 now(); // the monotonic clock, in ms

private:
    void sweep(qint64 nowMs);

    int m_limit;
    int m_maxKeys;
    qint64 m_nextSweepMs = 0;
    QHash<QString, std::deque<qint64>> m_keys;
};

// The key a client address is counted under: IPv4 as it is (also when
// written as ::ffff:a.b.c.d), IPv6 by its /64 (one subscriber's network).
QString clientKeyOf(const QHostAddress &address);

} // namespace kassa::webshop
