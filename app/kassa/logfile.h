#pragma once

#include <QString>

// Kassa's log: what Qt's logging categories report (kassa.* at info and up,
// everything else from warnings up) goes to stderr as before and is appended
// to `<AppLocalDataLocation>/logs/kassa.log` (one previous file is kept as
// kassa.log.1 once the log passes 5 MB). Secrets are never logged by any
// category, so the file holds none. Returns the log's path.
QString installLogFile();
