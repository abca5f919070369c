#include "core/controlunit/unittext.h"

#include <QCoreApplication>

#include <iterator>

namespace kassa::controlunit {

namespace {

struct ControlUnitText
{
    Q_DECLARE_TR_FUNCTIONS(ControlUnitText)
};

} // namespace

QString describeNak(int code)
{
    switch (NakCode(code)) {
    case NakCode::InvalidLrc:
        return ControlUnitText::tr("The control unit kept receiving damaged messages; check its "
                                   "cable and try again.");
    case NakCode::UnknownMessageType:
        return ControlUnitText::tr(
            "The control unit does not understand Kassa's request; its protocol version may "
            "not match.");
    case NakCode::InvalidData:
        return ControlUnitText::tr(
            "The control unit refused the receipt's figures (date, number, till, organisation "
            "number or amounts); check the till's setup.");
    case NakCode::InvalidSequence:
        return ControlUnitText::tr(
            "The control unit received the receipt's messages out of order; try again.");
    case NakCode::NotOperational:
        return ControlUnitText::tr(
            "The control unit is not operational; it cannot sign receipts until it is fixed.");
    case NakCode::InvalidPosId:
        return ControlUnitText::tr(
            "The control unit does not accept this till's designation; it belongs to another "
            "register.");
    case NakCode::InternalError:
        return ControlUnitText::tr("The control unit has an internal error; restart it.");
    case NakCode::LicenseExceeded:
        return ControlUnitText::tr(
            "The control unit's licence does not allow more registers; contact its supplier.");
    case NakCode::StorageFull:
        return ControlUnitText::tr("The control unit's memory is full; it cannot sign more "
                                   "receipts until it is emptied by its supplier.");
    case NakCode::InvalidSequenceNumber:
        return ControlUnitText::tr(
            "The control unit refused the message's sequence number; try again.");
    }
    return ControlUnitText::tr("The control unit refused the request (code %1).").arg(code);
}

QString describeUnitError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::ControlUnitRefused:
        return describeNak(error.resultCode);
    case ErrorCode::ControlUnitUnavailable:
        return ControlUnitText::tr(
            "The control unit does not answer; check that it is switched on and connected.");
    case ErrorCode::ControlUnitBadAnswer:
        return ControlUnitText::tr(
            "The control unit's answers cannot be read; check its cable and settings.");
    default:
        return {};
    }
}

QString describeStorage(StorageStatus storage)
{
    switch (storage) {
    case StorageStatus::Ok:
        return ControlUnitText::tr("storage OK");
    case StorageStatus::NearlyFull:
        return ControlUnitText::tr("storage nearly full");
    case StorageStatus::Full:
        return ControlUnitText::tr("storage full");
    }
    return {};
}

QString describeMainStatus(int mainStatus)
{
    // CCSP's main status codes, 0 to 5.
    static constexpr const char *kWords[] = {
        QT_TRANSLATE_NOOP("ControlUnitText", "OK"),
        QT_TRANSLATE_NOOP("ControlUnitText", "warning"),
        QT_TRANSLATE_NOOP("ControlUnitText", "protocol error"),
        QT_TRANSLATE_NOOP("ControlUnitText", "error"),
        QT_TRANSLATE_NOOP("ControlUnitText", "fatal error"),
        QT_TRANSLATE_NOOP("ControlUnitText", "busy"),
    };
    if (mainStatus < 0 || mainStatus >= int(std::size(kWords)))
        return ControlUnitText::tr("unknown state");
    return ControlUnitText::tr(kWords[mainStatus]);
}

QString describeUnit(const UnitIdentity &identity, const UnitStatus &status, const QString &device)
{
    return ControlUnitText::tr("Control unit %1 (CCSP version %2, firmware %3) on %4: %5, %6.")
        .arg(identity.manufacturingNumber)
        .arg(identity.protocolVersion)
        .arg(identity.firmware, device, describeMainStatus(status.mainStatus),
             describeStorage(status.storage));
}

QString deviceProblem(const QString &device)
{
    if (device.startsWith(u"tcp:")) {
        const QStringView rest = QStringView(device).mid(4);
        const qsizetype colon = rest.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? rest.mid(colon + 1).toInt(&ok) : 0;
        if (ok && port > 0 && port <= 65535)
            return {};
        return ControlUnitText::tr("A network control unit is written tcp:HOST:PORT, for example "
                                   "tcp:192.168.1.60:4001.");
    }
    if (device.startsWith(u'/') && device.size() > 1)
        return {};
    return ControlUnitText::tr("Write the control unit's serial device (for example "
                               "/dev/ttyUSB0) or tcp:HOST:PORT.");
}

} // namespace kassa::controlunit
