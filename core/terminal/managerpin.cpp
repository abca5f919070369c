#include "core/terminal/managerpin.h"

#include "core/journal/journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr int kFirstWaitSeconds = 30;
constexpr int kLongestWaitSeconds = 15 * 60;

// Compares without an early exit, so timing says nothing about the hash.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// The journal's event log remembers that this till has a PIN (append-only,
// so deleting manager.json cannot make Kassa forget it).
constexpr auto kPinSet = "manager-pin-set";
constexpr auto kPinReset = "manager-pin-reset";

QString kPinReference()
{
    return u"manager-pin"_s;
}

Result<bool> wasSet(const journal::Journal &journal)
{
    // The last word counts: set, or reset with the shop's credentials.
    const auto read = journal.events(kPinReference());
    if (!read)
        return read.error();
    const QStringList &events = *read;
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events[i] == QLatin1StringView(kPinSet))
            return true;
        if (events[i] == QLatin1StringView(kPinReset))
            return false;
    }
    return false;
}

QString missingText(const QString &path)
{
    return u"the manager's PIN file "_s + path +
           u" is missing; restore it from the backup, or reset the PIN with the shop's SEQR "
           u"credentials (kassa-cli terminal reset-manager-pin)"_s;
}

} // namespace

Result<ManagerPin> ManagerPin::load(const QString &path, journal::Journal *journal)
{
    ManagerPin pin;
    pin.m_path = path;
    pin.m_journal = journal;
    bool setOnThisTill = false;
    if (journal) {
        // Unknown is not "never set": that would let a missing file reset it.
        const auto set = wasSet(*journal);
        if (!set)
            return set.error();
        setOnThisTill = *set;
    }
    QFile file(path);
    if (!file.exists()) {
        pin.m_missing = setOnThisTill;
        return pin;
    }
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot read "_s + path + u": "_s + file.errorString());
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    pin.m_salt = QByteArray::fromBase64(json.value(u"salt"_s).toString().toLatin1());
    pin.m_hash = QByteArray::fromBase64(json.value(u"hash"_s).toString().toLatin1());
    pin.m_iterations = json.value(u"iterations"_s).toInt(200000);
    pin.m_failures = json.value(u"failures"_s).toInt();
    pin.m_lockedUntil =
        QDateTime::fromString(json.value(u"lockedUntil"_s).toString(), Qt::ISODateWithMs);
    if (pin.m_hash.isEmpty() != pin.m_salt.isEmpty() || pin.m_iterations < 1000)
        return makeError(ErrorCode::StorageFailed, path + u" is damaged"_s);
    if (pin.isSet() && journal && !setOnThisTill) {
        // A PIN set before the journal kept track of it: recorded now.
        if (auto marked = journal->appendEvent(QString::fromLatin1(kPinSet), kPinReference(),
                                               u"recorded at start"_s);
            !marked)
            return marked.error();
    }
    return pin;
}

Status ManagerPin::reset(const QString &path, journal::Journal *journal, const QString &reason)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(ErrorCode::StorageFailed, u"cannot remove "_s + path);
    if (journal)
        return journal->appendEvent(QString::fromLatin1(kPinReset), kPinReference(), reason);
    return Ok{};
}

QByteArray ManagerPin::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, 32);
}

Status ManagerPin::set(const QString &pin)
{
    if (m_missing)
        return makeError(ErrorCode::NotFound, missingText(m_path));
    if (pin.size() < minimumLength)
        return makeError(ErrorCode::InvalidArgument, u"a PIN has at least 4 digits"_s);
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return makeError(ErrorCode::InvalidArgument, u"a PIN has digits only"_s);
    }
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    m_salt = salt;
    m_iterations = 200000;
    m_hash = derive(pin, m_salt, m_iterations);
    m_failures = 0;
    m_lockedUntil = {};
    if (auto saved = save(); !saved)
        return saved;
    if (m_journal) {
        const auto set = wasSet(*m_journal);
        if (!set)
            return set.error();
        if (!*set)
            return m_journal->appendEvent(QString::fromLatin1(kPinSet), kPinReference(), {});
    }
    return Ok{};
}

int ManagerPin::secondsLocked(const QDateTime &now) const
{
    if (!m_lockedUntil.isValid() || m_lockedUntil <= now)
        return 0;
    return int(now.secsTo(m_lockedUntil)) + 1;
}

Status ManagerPin::verify(const QString &pin, const QDateTime &now)
{
    if (m_missing)
        return makeError(ErrorCode::NotFound, missingText(m_path));
    if (!isSet())
        return makeError(ErrorCode::NotFound, u"no manager PIN is set"_s);
    if (const int wait = secondsLocked(now); wait > 0) {
        Error locked{ErrorCode::ServiceRefused, u"too many wrong PINs"_s, wait};
        return locked;
    }
    if (sameBytes(derive(pin, m_salt, m_iterations), m_hash)) {
        if (m_failures != 0) {
            m_failures = 0;
            m_lockedUntil = {};
            (void)save();
        }
        return Ok{};
    }
    ++m_failures;
    if (m_failures >= freeAttempts) {
        const int doublings = qMin(m_failures - freeAttempts, 10);
        const int wait = qMin(kFirstWaitSeconds << doublings, kLongestWaitSeconds);
        m_lockedUntil = now.addSecs(wait);
    }
    if (auto saved = save(); !saved)
        return saved;
    const int left = qMax(0, freeAttempts - m_failures);
    return makeError(ErrorCode::InvalidArgument,
                     u"wrong PIN; "_s + QString::number(left) + u" tries left"_s);
}

Status ManagerPin::save() const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return makeError(ErrorCode::StorageFailed, u"cannot create the folder for "_s + m_path);
    const QJsonObject json{
        {u"algorithm"_s, u"PBKDF2-HMAC-SHA256"_s},
        {u"iterations"_s, m_iterations},
        {u"salt"_s, QString::fromLatin1(m_salt.toBase64())},
        {u"hash"_s, QString::fromLatin1(m_hash.toBase64())},
        {u"failures"_s, m_failures},
        {u"lockedUntil"_s,
         m_lockedUntil.isValid() ? m_lockedUntil.toUTC().toString(Qt::ISODateWithMs) : QString()},
    };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailed,
                         u"cannot write "_s + m_path + u": "_s + file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson());
    if (!file.commit())
        return makeError(ErrorCode::StorageFailed,
                         u"cannot write "_s + m_path + u": "_s + file.errorString());
    return Ok{};
}

} // namespace kassa
