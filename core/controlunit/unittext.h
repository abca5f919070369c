#pragma once

#include "core/common/error.h"
#include "core/controlunit/ccspmessages.h"

#include <QString>

namespace kassa::controlunit {

// What a cashier reads about the control unit (translation context
// "ControlUnitText"): one plain sentence per NAK code and for a unit that
// does not answer, never a raw code.
QString describeNak(int code);
// The sentence for a control unit's Error (ControlUnitRefused,
// ControlUnitUnavailable, ControlUnitBadAnswer); empty for other codes.
QString describeUnitError(const Error &error);
// "OK", "storage nearly full", … for a status line.
QString describeStorage(StorageStatus storage);
QString describeMainStatus(int mainStatus);
// "Control unit SBX-1 (CCSP version 2, firmware 1.0) on /dev/ttyUSB0: OK,
// storage OK." — for the manager's test and kassa-cli's status.
QString describeUnit(const UnitIdentity &identity, const UnitStatus &status, const QString &device);
// Empty when `device` can name a control unit's line (a serial device's
// absolute path, or tcp:HOST:PORT); else why not, for the manager.
QString deviceProblem(const QString &device);

} // namespace kassa::controlunit
