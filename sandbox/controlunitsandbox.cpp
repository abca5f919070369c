#include "sandbox/controlunitsandbox.h"

#include "core/common/enumname.h"
#include "core/controlunit/ccspframe.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace kassa::controlunit;

namespace kassa::sandbox {

namespace {

QByteArrayList nak(NakCode code)
{
    return {"NAK", nakCodeText(code)};
}

// The storage status as the control API spells it: "ok", "nearlyFull", "full".
QString storageName(StorageStatus storage)
{
    QString key = enumKey(storage);
    key[0] = key[0].toLower();
    return key;
}

std::optional<StorageStatus> storageFromName(const QString &name)
{
    for (StorageStatus s : {StorageStatus::Ok, StorageStatus::NearlyFull, StorageStatus::Full})
        if (storageName(s) == name)
            return s;
    return std::nullopt;
}

// The faults' plain settings as the control API names them: switches, and
// counts with the least each takes (nakCount -1: until cleared).
struct Switch
{
    QStringView key;
    bool UnitFaults::*member;
};
constexpr Switch switches[] = {{u"notOperational", &UnitFaults::notOperational},
                               {u"silent", &UnitFaults::silent}};

struct Count
{
    QStringView key;
    int UnitFaults::*member;
    int least;
};
constexpr Count counts[] = {{u"slowMs", &UnitFaults::slowMs, 0},
                            {u"dropByte", &UnitFaults::dropByte, 0},
                            {u"corruptByte", &UnitFaults::corruptByte, 0},
                            {u"nakCount", &UnitFaults::nakCount, -1}};

bool isNakCode(const QJsonValue &v)
{
    return v.isDouble() && (v.toInt() == 0 ||
                            nakCodeFromText(QByteArray::number(v.toInt()).rightJustified(3, '0')));
}

// Sets the fault `key` to `v`; false when there is no such setting or `v`
// does not fit it.
bool setFault(UnitFaults &faults, const QString &key, const QJsonValue &v)
{
    for (const Switch &s : switches) {
        if (key == s.key && v.isBool()) {
            faults.*s.member = v.toBool();
            return true;
        }
    }
    for (const Count &c : counts) {
        if (key == c.key && v.isDouble() && v.toInt() >= c.least) {
            faults.*c.member = v.toInt();
            return true;
        }
    }
    if (key == u"nakCode" && isNakCode(v))
        faults.nakCode = v.toInt();
    else if (const auto storage = storageFromName(v.toString()); key == u"storage" && storage)
        faults.storage = *storage;
    else
        return false;
    return true;
}

} // namespace

QJsonObject UnitFaults::toJson() const
{
    QJsonObject json{{u"storage"_s, storageName(storage)}, {u"nakCode"_s, nakCode}};
    for (const Switch &s : switches)
        json.insert(s.key, this->*s.member);
    for (const Count &c : counts)
        json.insert(c.key, this->*c.member);
    return json;
}

Status UnitFaults::merge(const QJsonObject &json)
{
    UnitFaults next = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!setFault(next, it.key(), it.value()))
            return makeError(ErrorCode::InvalidArgument, u"not a fault setting: "_s + it.key());
    }
    *this = next;
    return Ok{};
}

QJsonObject SignedReceipt::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"signedAt"_s, signedAt.toString(Qt::ISODateWithMs)},
                       {u"sequence"_s, sequence},
                       {u"tillId"_s, tillId},
                       {u"serialNumber"_s, serialNumber},
                       {u"type"_s, type},
                       {u"fields"_s, fields},
                       {u"controlCode"_s, controlCode}};
}

ControlUnitSandbox::ControlUnitSandbox(ControlUnitSandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

ControlUnitSandbox::~ControlUnitSandbox() = default;

Status ControlUnitSandbox::open()
{
    auto file = SqliteFile::open(
        m_options.journalPath,
        {u"kassa-unit-sandbox-"_s,
         u"the control unit sandbox's journal"_s,
         {u"CREATE TABLE IF NOT EXISTS signed(id INTEGER PRIMARY KEY, signed_at TEXT NOT NULL,"
          " sequence INTEGER NOT NULL, till_id TEXT NOT NULL, serial_number INTEGER NOT NULL,"
          " type TEXT NOT NULL, fields TEXT NOT NULL, control_code TEXT NOT NULL,"
          " UNIQUE(till_id, serial_number, type))"_s},
         0});
    if (!file)
        return file.error();
    m_journal = std::move(file.value());
    return Ok{};
}

QString ControlUnitSandbox::controlCode(const QByteArray &key, const QByteArrayList &receiptFields)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(receiptFields.join('#'), key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.first(16).toHex().toUpper());
}

std::optional<ControlUnitSandbox::Answer> ControlUnitSandbox::handleFrame(Session &session,
                                                                          const QByteArray &frame)
{
    ++m_framesReceived;
    if (m_faults.silent)
        return std::nullopt;
    FrameProblem problem;
    auto fields = decodeFrame(frame, &problem);
    QByteArrayList reply;
    if (!fields) {
        ++m_refusedFrames;
        reply = nak(NakCode::InvalidLrc);
    } else if (m_faults.nakCode != 0 && m_faults.nakCount != 0 && fields->first() != "IQ") {
        if (m_faults.nakCount > 0)
            --m_faults.nakCount;
        reply = {"NAK", QByteArray::number(m_faults.nakCode).rightJustified(3, '0')};
    } else {
        reply = answer(session, *fields);
    }
    return Answer{damage(encodeFrame(reply)), m_faults.slowMs};
}

QByteArray ControlUnitSandbox::damage(QByteArray frame)
{
    auto *random = QRandomGenerator::global();
    if (m_faults.dropByte > 0) {
        --m_faults.dropByte;
        frame.remove(random->bounded(int(frame.size())), 1);
    } else if (m_faults.corruptByte > 0) {
        --m_faults.corruptByte;
        // Inside the message, so the frame stays a frame with a wrong checksum.
        const int at = 7 + random->bounded(int(frame.size()) - 11);
        frame[at] = char(frame[at] == 'X' ? 'Y' : 'X');
    }
    return frame;
}

QByteArrayList ControlUnitSandbox::answer(Session &session, const QByteArrayList &fields)
{
    const QByteArray &type = fields.first();
    if (type == "IQ")
        return {"IR", m_options.unitId.toLatin1(), QByteArray::number(m_options.protocolVersion),
                m_options.firmware.toLatin1()};
    if (type == "SIQ")
        return statusAnswer();
    if (type == "RR" && m_options.protocolVersion >= 2)
        return registerV2(fields);
    if (type == "ST" || type == "RH" || type == "SQ")
        return registerV1(session, fields);
    return nak(NakCode::UnknownMessageType);
}

QByteArrayList ControlUnitSandbox::statusAnswer() const
{
    int main = 0;
    if (m_faults.notOperational)
        main = 4;
    else if (m_faults.storage == StorageStatus::Full)
        main = 3;
    else if (m_faults.storage == StorageStatus::NearlyFull)
        main = 1;
    return {"SIR", QByteArray::number(main), QByteArray::number(main),
            QByteArray::number(int(m_faults.storage))};
}

QByteArrayList ControlUnitSandbox::registerV2(const QByteArrayList &fields)
{
    bool ok = false;
    const qint64 sequence = fields.value(1).toLongLong(&ok);
    if (!ok || sequence <= 0)
        return nak(NakCode::InvalidSequenceNumber);
    auto code = sign(fields.mid(2), sequence);
    if (!code)
        return nak(NakCode(code.error().resultCode));
    return {"RRR", code->toLatin1(), m_options.unitId.toLatin1(), QByteArray::number(sequence),
            QByteArray::number(int(m_faults.storage))};
}

QByteArrayList ControlUnitSandbox::registerV1(Session &session, const QByteArrayList &fields)
{
    const QByteArray &type = fields.first();
    if (type == "ST") {
        session = Session{1, {}};
        return {"ACK"};
    }
    if (type == "RH") {
        if (session.v1Step != 1)
            return nak(NakCode::InvalidSequence);
        if (!parseReceiptFields(fields.mid(1)))
            return nak(NakCode::InvalidData);
        session = Session{2, fields.mid(1)};
        return {"ACK"};
    }
    if (session.v1Step != 2)
        return nak(NakCode::InvalidSequence);
    const QByteArrayList header = session.header;
    session = Session{};
    auto code = sign(header, 0);
    if (!code)
        return nak(NakCode(code.error().resultCode));
    return {"SR", code->toLatin1()};
}

Result<QString> ControlUnitSandbox::sign(const QByteArrayList &receipt, qint64 sequence)
{
    auto refuse = [](NakCode code) {
        Error e = makeError(ErrorCode::ControlUnitRefused);
        e.resultCode = int(code);
        return e;
    };
    if (m_faults.notOperational)
        return refuse(NakCode::NotOperational);
    auto figures = parseReceiptFields(receipt);
    if (!figures)
        return refuse(NakCode::InvalidData);
    const QString fields = QString::fromLatin1(receipt.join('#'));
    QSqlDatabase db = m_journal.database();
    QSqlQuery q(db);
    q.prepare(u"SELECT fields, control_code FROM signed WHERE till_id=? AND serial_number=?"
              " AND type=?"_s);
    q.addBindValue(figures->tillId);
    q.addBindValue(figures->serialNumber);
    q.addBindValue(QString::fromLatin1(receiptTypeKey(figures->type)));
    if (!q.exec())
        return refuse(NakCode::InternalError);
    if (q.next()) {
        // Sent again (the register did not hear the answer): the same code,
        // signed once; other figures under the same number are refused.
        if (q.value(0).toString() != fields)
            return refuse(NakCode::InvalidData);
        return q.value(1).toString();
    }
    if (m_faults.storage == StorageStatus::Full)
        return refuse(NakCode::StorageFull);
    SignedReceipt signedReceipt{0,
                                QDateTime::currentDateTimeUtc(),
                                sequence,
                                figures->tillId,
                                figures->serialNumber,
                                QString::fromLatin1(receiptTypeKey(figures->type)),
                                fields,
                                controlCode(m_options.key, receipt)};
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO signed(signed_at, sequence, till_id, serial_number, type, fields,"
                   " control_code) VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(signedReceipt.signedAt.toString(Qt::ISODateWithMs)), QVariant(sequence),
          QVariant(signedReceipt.tillId), QVariant(signedReceipt.serialNumber),
          QVariant(signedReceipt.type), QVariant(fields), QVariant(signedReceipt.controlCode)})
        insert.addBindValue(v);
    if (!insert.exec())
        return refuse(NakCode::InternalError);
    signedReceipt.id = insert.lastInsertId().toLongLong();
    Q_EMIT receiptSigned(signedReceipt);
    return signedReceipt.controlCode;
}

Result<QList<SignedReceipt>> ControlUnitSandbox::signedReceipts() const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(u"SELECT id, signed_at, sequence, till_id, serial_number, type, fields,"
                " control_code FROM signed ORDER BY id"_s))
        return SqliteFile::queryError(u"reading the signed receipts"_s, q.lastError());
    QList<SignedReceipt> receipts;
    while (q.next())
        receipts.append(
            SignedReceipt{q.value(0).toLongLong(),
                          QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                          q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toLongLong(),
                          q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return receipts;
}

QJsonObject ControlUnitSandbox::stateJson() const
{
    QSqlQuery q(m_journal.database());
    const qint64 count =
        q.exec(u"SELECT COUNT(*) FROM signed"_s) && q.next() ? q.value(0).toLongLong() : -1;
    return QJsonObject{
        {u"unitId"_s, m_options.unitId},         {u"protocolVersion"_s, m_options.protocolVersion},
        {u"firmware"_s, m_options.firmware},     {u"signedReceipts"_s, count},
        {u"framesReceived"_s, m_framesReceived}, {u"refusedFrames"_s, m_refusedFrames},
        {u"faults"_s, m_faults.toJson()}};
}

} // namespace kassa::sandbox
