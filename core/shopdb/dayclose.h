#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/reconciliation/reconciliation.h"
#include "core/reconciliation/reconciliationreport.h"
#include "core/reconciliation/zreport.h"
#include "core/shopdb/shopdatabaseconfig.h"

#include <QStringList>

#include <optional>

namespace kassa::shopdb {

// The manager's end of day once SEQR's period is closed, shared by the
// window and kassa-cli: a shop-wide close with a shop database and SEQR's
// report is matched against every till's payments in the shop database and
// gets the shop's Z report (with every till's events, per till and in all);
// otherwise — a till's own close, no shop database, or one that cannot be
// read now (shopProblem) — this till's journal is matched and its Z report
// made. A shop close over tills that had not sent everything is not final
// (notFinal names them).
struct DayClose
{
    Reconciliation reconciliation;
    ZReport z;
    bool shopWide = false;
    std::optional<Error> shopProblem;
    QStringList notFinal;
};

struct DayCloseSetup
{
    const journal::Journal *journal = nullptr;
    Currency currency = Currency::sek();
    QString tillName; // this till's name (else its terminalId), on its own Z report
    ShopDatabaseConfig shopDatabase;
    // The shop's other tills whose journals are on this machine (kassa
    // --demo's webshop and café): without a shop database, the whole shop's
    // Z report counts them too (not a per-terminal close).
    QList<const journal::Journal *> localTills;
};

// An error only when this till's journal cannot be read for its Z report.
// Blocking (opens the shop database for its connect timeout at most).
Result<DayClose> closeDay(const DayCloseSetup &setup, const Reconciliation &closed,
                          const std::optional<ReconciliationReport> &report);

} // namespace kassa::shopdb
