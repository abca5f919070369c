#pragma once

#include "core/common/error.h"

#include <QString>

// What a person at the till reads when something went wrong: a sentence,
// never a raw result code or stack trace.
QString describe(const kassa::Error &error);
