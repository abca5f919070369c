#pragma once

#include <QString>

#include <optional>

namespace kassa {

// The control unit's stamp on a receipt: its manufacturing number and the
// control code it gave this receipt (journal table receipt_signatures).
struct ControlStamp
{
    QString unitId;
    QString controlCode;
};

// What kind of receipt is made of a journaled sale. A training sale's
// receipt is an ÖVNINGSKVITTO by the sale's own flag (Sale::training).
struct ReceiptOptions
{
    bool copy = false;       // KOPIA, at the head and the foot
    bool electronic = false; // "Elektroniskt kassakvitto": the PDF a customer is given
    // None: the till has no control unit (or the receipt is not signed yet).
    std::optional<ControlStamp> stamp;
};

} // namespace kassa
