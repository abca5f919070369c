#pragma once

#include "core/common/result.h"
#include "core/money/decimal.h"
#include "core/money/money.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// CCSP's messages as typed values and their fields (the frame around them is
// ccspframe.h). Pure: no I/O. Used by the driver (ControlUnit) and by
// control-unit-sandbox, so both read the same protocol the same way.
namespace kassa::controlunit {

Q_NAMESPACE

// A unit's negative acknowledgement: `NAK#<code>`.
enum class NakCode
{
    InvalidLrc = 1,
    UnknownMessageType = 2,
    InvalidData = 3,
    InvalidSequence = 4,
    NotOperational = 6,
    InvalidPosId = 7,
    InternalError = 8,
    LicenseExceeded = 9,
    StorageFull = 10,
    InvalidSequenceNumber = 11,
};
Q_ENUM_NS(NakCode)
// Every code CCSP defines, in order.
QList<NakCode> allNakCodes();
QByteArray nakCodeText(NakCode code); // "001"
std::optional<NakCode> nakCodeFromText(QByteArrayView text);

// The kind of receipt registered; its key on the wire.
enum class ReceiptType
{
    Normal,   // normal
    Copy,     // kopia
    Training, // ovning
    ProForma, // profo
};
Q_ENUM_NS(ReceiptType)
QByteArray receiptTypeKey(ReceiptType type);
std::optional<ReceiptType> receiptTypeFromKey(QByteArrayView key);

// The unit's storage of signed receipts.
enum class StorageStatus
{
    Ok = 0,
    NearlyFull = 1, // high-level warning
    Full = 2,       // transaction memory full: no more receipts
};
Q_ENUM_NS(StorageStatus)

// `IR#<unit id>#<protocol version>#<firmware>`.
struct UnitIdentity
{
    QString manufacturingNumber; // printed on every receipt
    int protocolVersion = 0;     // CCSP 1 or 2
    QString firmware;
};

// `SIR#<main status>#<severities>#<storage status>`: main status 0 OK,
// 1 warning, 2 protocol error, 3 non-fatal error, 4 fatal, 5 busy.
struct UnitStatus
{
    int mainStatus = 0;
    QString severities;
    StorageStatus storage = StorageStatus::Ok;
    bool isOperational() const { return mainStatus <= 1 || mainStatus == 5; }
};

struct VatAmount
{
    Decimal ratePercent;
    Money amount; // the VAT at this rate
};

// A receipt's key figures, as the unit stores them: the sales total and
// the returns total (a positive amount: what was given back), VAT for the
// four Swedish rates (25, 12, 6 and 0 %; absent rates are sent as zero).
struct ReceiptFigures
{
    QDateTime at;            // the sale's date and time (sent as local time, minutes)
    qint64 serialNumber = 0; // the receipt number
    QString tillId;          // kassabeteckning
    QString orgNumber;       // the company's organisation number
    ReceiptType type = ReceiptType::Normal;
    Money total;
    Money returnsTotal;
    QList<VatAmount> vat;
};

// The receipt's eleven fields as RR and RH carry them, or an
// InvalidArgument error naming what cannot be sent (a `#` in the till id…).
Result<QByteArrayList> receiptFields(const ReceiptFigures &figures);
// The reverse, for the sandbox (InvalidArgument when not eleven valid fields).
Result<ReceiptFigures> parseReceiptFields(const QByteArrayList &fields);
// "109,90": the amount with a decimal comma and two decimals.
QByteArray ccspAmount(const Money &amount);

// `RRR#<control code>#<unit id>#<sequence>#<storage status>` (v2) or
// `SR#<control code>` (v1's answer to SQ).
struct Signature
{
    QString controlCode;
    QString unitId;
    StorageStatus storage = StorageStatus::Ok;
};

Result<UnitIdentity> parseIdentity(const QByteArrayList &fields);
Result<UnitStatus> parseStatus(const QByteArrayList &fields);
Result<Signature> parseSignature(const QByteArrayList &fields);

} // namespace kassa::controlunit
