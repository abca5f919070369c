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

} // namespace kassa::controlunit
