#pragma once

#include "core/common/result.h"

#include <QString>

namespace kassa::journal {

// The schema version of the journal at `path`, read through a read-only
// connection that never creates, migrates or otherwise writes the file —
// for a process that reads a journal another Kassa process holds (only the
// holder of the till's lock may open it with Journal::open, which migrates).
// NotFound when there is no journal yet.
Result<int> journalSchemaVersion(const QString &path);

} // namespace kassa::journal
