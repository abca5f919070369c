#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kassa {

namespace journal {
class Journal;
}

// The manager's PIN, kept only as a salted slow hash (PBKDF2-HMAC-SHA256,
// 16 random bytes of salt, 200,000 iterations) in a JSON file readable by its
// owner only. Wrong PINs are rate-limited: after 3 in a row each further try
// waits 30 s, doubling up to 15 minutes; the count survives restarts (it is
// in the same file), a right PIN resets it. Not thread-safe.
//
// That a PIN was set is also written to the till's journal, whose event log
// is append-only: deleting the file then does not open the way to a new PIN
// (nor reset the lock-out) — the PIN is "missing" and nobody gets in until
// the file is restored from the backup, or the shop's SEQR credentials prove
// who asks (reset(), used by `kassa-cli terminal reset-manager-pin`).
class ManagerPin
{
public:
    static constexpr int minimumLength = 4;
    static constexpr int freeAttempts = 3;

    // A missing file is "no PIN set yet" — unless `journal` says one was set
    // on this till (then isMissing()). Without a journal, the file alone decides.
    static Result<ManagerPin> load(const QString &path, journal::Journal *journal = nullptr);
    // After the shop's credentials were checked: forgets the PIN (file and
    // lock-out), journaled, so the next manager sets a new one.
    static Status reset(const QString &path, journal::Journal *journal, const QString &reason);

    // True also when missing: nobody may choose a new PIN then.
    bool isSet() const { return !m_hash.isEmpty() || m_missing; }
    bool isMissing() const { return m_missing; }
    // Sets a new PIN (digits, at least minimumLength) and saves.
    Status set(const QString &pin);
    // Checks a PIN at `now`. Errors: InvalidArgument (wrong PIN; detail says
    // how many tries are left before waiting), ServiceRefused with
    // `resultCode` = seconds to wait (locked), NotFound (the file is missing,
    // see above), StorageFailed.
    Status verify(const QString &pin, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Seconds until the next try is allowed (0 when it is now).
    int secondsLocked(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    int failures() const { return m_failures; }

private:
    Status save() const;
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

    QString m_path;
    journal::Journal *m_journal = nullptr;
    bool m_missing = false;
    QByteArray m_salt;
    QByteArray m_hash;
    int m_iterations = 200000;
    int m_failures = 0;
    QDateTime m_lockedUntil;
};

} // namespace kassa
