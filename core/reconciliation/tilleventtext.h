#pragma once

#include "core/journal/journaltypes.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace kassa {

// The inspector's events (drawer openings, float changes, voided carts,
// price changes, Z reports, receipt copies, training sales, return
// receipts) in words, for the shop's Z report and the journal browser.

// The kinds in the order reports list them.
const QStringList &tillEventKinds();
// The kind's name as a report line says it, untranslated (context
// "Receipt"): "Drawer openings"; nullptr for a kind Kassa does not know.
const char *tillEventKindWord(const QString &kind);
// Whether the kind's amounts add up to something (voided carts, training
// sales, return receipts), not a level (the float) or a price.
bool tillEventAmountsAdd(const QString &kind);
// The kind's name in the current language ("Drawer openings"); an unknown
// kind is shown as it is.
QString tillEventKindName(const QString &kind);
// One event in a sentence an inspector reads, amounts in `locale`:
// "Drawer opened: no sale (change)", "Price of Ost (7310865004703) changed
// from 25.00 to 29.00 (edit) by anna".
QString describeTillEvent(const journal::TillEvent &event, const QLocale &locale);

} // namespace kassa
