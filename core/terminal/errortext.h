#pragma once

#include "core/common/error.h"

#include <QString>

namespace kassa {

// What a person at the till reads when something went wrong: a translated
// sentence (context "ErrorText"), never a raw result code or stack trace.
// Shared by kassa-cli and the windows so both say the same thing. With
// `withDetail`, core's untranslated detail follows in parentheses (for the
// command line and logs; the cashier's windows leave it out).
QString describe(const Error &error, bool withDetail = true);

// The same for a payment that could not be started: when SEQR cannot be
// used right now (no answer, an error answer, no secure connection), it adds
// that the payment must be taken another way. Only where a payment was asked.
QString describeNotStarted(const Error &error, bool withDetail = true);

} // namespace kassa
