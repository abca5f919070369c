#pragma once

#include <QString>

namespace kassa::test {

// Runs one SQL statement on the SQLite file at `path` as another tool would
// (a connection of its own, closed afterwards): true when it ran. For the
// tests that move a table away under a running program and back.
bool execSql(const QString &path, const QString &sql);

} // namespace kassa::test
