#pragma once

#include <QString>
#include <QtGlobal>

// Kassa's log: what Qt's logging categories report (kassa.* at info and up,
// everything else from warnings up) goes to stderr as before and is appended
// to `<AppLocalDataLocation>/logs/kassa.log` (one previous file is kept as
// kassa.log.1 once the log passes 5 MB). Secrets are never logged by any
// category, so the file holds none. Both files are owner-only (0600), also
// when the log is rotated. `folder` and `rotateAfterBytes` are for tests.
// Returns the log's path (empty when it cannot be written).
QString installLogFile(const QString &folder = {}, qint64 rotateAfterBytes = 5 * 1024 * 1024);
