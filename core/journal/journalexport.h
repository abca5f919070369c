#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QString>

namespace kassa::journal {

class Journal;

// What an export wrote.
struct ExportedJournal
{
    QString path;
    QString checksumPath; // path + ".sha256", in sha256sum's format
    QString sha256;       // of the file, lower-case hex
    int records = 0;
};

// The journal as an inspector reads it (SKVFS 2014:9 ch. 2 § 15): every
// record of the local days `from`..`to` (inclusive) — sales (completed and
// canceled, with their rows, tenders and control codes), returns, drawer
// openings, float changes, voided carts, price changes, Z reports — then
// the event log, which holds every other kind (X reports, copies, training,
// pro forma, SEQR's invoice life…). CSV (kind, at, reference, amount,
// currency, detail; UTF-8, RFC 4180 quoting) or JSON; a SHA-256 of the file
// is written beside it. A file that cannot be written is an error; nothing
// half-written is left under the name.
enum class ExportFormat
{
    Csv,
    Json
};

Result<ExportedJournal> exportJournal(const Journal &journal, const QDate &from, const QDate &to,
                                      ExportFormat format, const QString &path);

} // namespace kassa::journal
