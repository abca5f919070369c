#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kassa {

// The manager's PIN, kept only as a salted slow hash (PBKDF2-HMAC-SHA256,
// 16 random bytes of salt, 200,000 iterations) in a JSON file readable by its
// owner only. Wrong PINs are rate-limited: after 3 in a row each further try
// waits 30 s, doubling up to 15 minutes; the count survives restarts (it is
// in the same file), a right PIN resets it. Not thread-safe.
class ManagerPin
{
public:
    static constexpr int minimumLength = 4;
    static constexpr int freeAttempts = 3;

    // A missing file is "no PIN set yet".
    static Result<ManagerPin> load(const QString &path);

    bool isSet() const { return !m_hash.isEmpty(); }
    // Sets a new PIN (digits, at least minimumLength) and saves.
    Status set(const QString &pin);
    // Checks a PIN at `now`. Errors: InvalidArgument (wrong PIN; detail says
    // how many tries are left before waiting), ServiceRefused with
    // `resultCode` = seconds to wait (locked), StorageFailed.
    Status verify(const QString &pin, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Seconds until the next try is allowed (0 when it is now).
    int secondsLocked(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    int failures() const { return m_failures; }

private:
    Status save() const;
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

    QString m_path;
    QByteArray m_salt;
    QByteArray m_hash;
    int m_iterations = 200000;
    int m_failures = 0;
    QDateTime m_lockedUntil;
};

} // namespace kassa
